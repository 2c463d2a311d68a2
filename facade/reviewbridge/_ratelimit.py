"""A client-side limit on calls per time window, shared by every client of a provider in the process.

Some APIs publish how many calls an application should make (say 833 in 5 minutes and 10,000
in an hour) and count the calls over it against the account. Every attempt of every request (token
requests and retries included) takes a slot first; when a window is full it waits until its oldest
call leaves it. The limit is one per provider and process, so concurrent walks (threads, tasks, several
clients, an export's parallel scopes) share it rather than each spending the whole allowance.
"""

from __future__ import annotations

import asyncio
import collections
import threading
import time
from collections.abc import Awaitable, Callable

from ._exceptions import UsageError

#: (calls, seconds): at most ``calls`` in any ``seconds``
Window = tuple[int, float]


class RateLimit:
    """At most ``calls`` calls in any ``seconds`` seconds, for each of ``windows``; thread- and task-safe."""

    def __init__(self, *windows: Window, clock: Callable[[], float] = time.monotonic) -> None:
        if not windows or any(calls < 1 or seconds <= 0 for calls, seconds in windows):
            raise ValueError(f"a rate limit needs windows of 1 call or more in a positive time, not {windows}")
        self.windows = windows
        self.clock = clock
        self.sleep: Callable[[float], object] = time.sleep
        self.asleep: Callable[[float], Awaitable[object]] = asyncio.sleep
        self._calls: collections.deque[float] = collections.deque(maxlen=max(calls for calls, _ in windows))
        self._lock = threading.Lock()
        #: seconds waited for a slot so far (for summaries and tests)
        self.waited = 0.0

    def __repr__(self) -> str:
        return f"RateLimit({', '.join(f'{c} per {s:g} s' for c, s in self.windows)})"

    def _take(self) -> float:
        """Take a slot now (0.0), or the seconds to wait before asking again."""
        with self._lock:
            now = self.clock()
            wait = 0.0
            for calls, seconds in self.windows:
                if len(self._calls) >= calls:
                    # the call that must leave the window before another may enter it
                    wait = max(wait, self._calls[-calls] + seconds - now)
            if wait <= 0:
                self._calls.append(now)
                return 0.0
            return wait

    def acquire(self) -> None:
        """Wait (blocking) until a call may be made, and count it."""
        while (wait := self._take()) > 0:
            self.waited += wait
            self.sleep(wait)

    async def aacquire(self) -> None:
        """The async twin of :meth:`acquire`: the event loop runs on while it waits."""
        while (wait := self._take()) > 0:
            self.waited += wait
            await self.asleep(wait)


_shared: dict[str, RateLimit] = {}
_shared_lock = threading.Lock()


def shared(name: str, *windows: Window) -> RateLimit:
    """The process's one limit called ``name`` (a provider's), made with ``windows`` on first use."""
    with _shared_lock:
        limit = _shared.get(name)
        if limit is None or limit.windows != windows:
            limit = _shared[name] = RateLimit(*windows)
        return limit


#: the constructor argument of a client whose provider has a client-side limit a user may set (and the
#: config key; ``--requests-per-minute`` on the command line)
REQUESTS_PER_MINUTE = "requests_per_minute"


def per_minute_problem(value: object) -> str | None:
    """Why ``value`` is not a usable ``requests_per_minute``, or None: a whole number of 1 or more."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        return f"must be a whole number of 1 or more, not {value!r}"
    return None


def per_minute(value: object, what: str = REQUESTS_PER_MINUTE) -> int:
    """``value`` as a ``requests_per_minute``; a UsageError naming ``what`` and the value otherwise."""
    problem = per_minute_problem(value)
    if problem is not None or not isinstance(value, int):
        raise UsageError(f"{what} {problem}")
    return value
