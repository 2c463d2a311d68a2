"""The concurrency gate: how many requests carrying a token may be out at once."""

from __future__ import annotations

import collections
import concurrent.futures
import math
import threading

__all__ = ["UNGATED", "Gate"]

#: A limit on requests out at once that grows past this is lifted.
UNGATED = 1024.0


class Gate:
    """How many requests carrying a token may be out at once, across threads and event loops.

    No limit, until a token dies in a queue (a 401 that came after its life): too many requests are out
    for the server to read each within a token's life, so the limit becomes half of those out then, and
    grows by one per round of answers (additive increase, multiplicative decrease, as TCP's congestion
    control), lifted again past ``UNGATED``. Requests wait for a slot in turn, before taking a token, so
    a token is not spent waiting. One cut per round: deaths of requests sent before the last cut do not
    cut again.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.limit = math.inf
        self.out = 0
        self._waiting: collections.deque[concurrent.futures.Future[None]] = collections.deque()
        self._cut_at = -math.inf

    def enter(self) -> concurrent.futures.Future[None] | None:
        """Take a slot: None when taken now, else a future done once it is taken for the caller."""
        with self._lock:
            if self.out < self.limit and not self._waiting:
                self.out += 1
                return None
            turn: concurrent.futures.Future[None] = concurrent.futures.Future()
            self._waiting.append(turn)
            return turn

    def give_up(self, turn: concurrent.futures.Future[None]) -> None:
        """Stop waiting for a slot (the caller was cancelled or interrupted)."""
        if not turn.cancel():  # it had been given the slot already
            self.leave()

    def leave(self) -> None:
        """Give the slot back."""
        with self._lock:
            self.out -= 1
            self._admit()

    def crowded(self, sent_at: float, now: float) -> None:
        """A request sent at ``sent_at`` came back with its token dead of waiting: fewer out at once."""
        with self._lock:
            if sent_at < self._cut_at:
                return
            self._cut_at = now
            self.limit = max(1.0, min(self.limit, self.out) / 2)

    def answered(self) -> None:
        """A request came back: more may be out, while there is a limit."""
        if self.limit == math.inf:  # the common case, read without the lock
            return
        with self._lock:
            self.limit = math.inf if self.limit + 1 / self.limit > UNGATED else self.limit + 1 / self.limit
            self._admit()

    def _admit(self) -> None:
        """Give the slots free to the callers waiting, in turn (called with the lock held)."""
        while self._waiting and self.out < self.limit:
            turn = self._waiting.popleft()
            if turn.set_running_or_notify_cancel():
                self.out += 1
                turn.set_result(None)
