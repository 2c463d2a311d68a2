"""The ids a scope has exported, for providers whose ids are versions (derived from the content)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ._stamps import iso, key_time

__all__ = ["SeenIds"]


class SeenIds:
    """The ids a scope has exported, where ids are derived from the content (an id is a version), each
    with its review's change time (for a provider with no change time, the publish date).

    Such a provider lists a whole window in one answer, so a complete walk shows what can come back: an
    id older than the oldest review the walk listed has left the window and is forgotten when the walk
    completes (``settle``), while one as recent, listed or not (a review whose content changed has a new
    id; the old one ages out with its date), is kept. So the set holds about one listing, not the
    scope's history. Nothing is ever skipped by its date: a review listed with an old date and an id not
    here is written. The sorted form the state file holds is kept until the set changes, so saving the
    state after every page of other scopes does not sort it again.
    """

    __slots__ = ("_ids", "_listed", "_low", "_saved")

    def __init__(self, ids: dict[str, dt.datetime | None] | None = None) -> None:
        self._ids: dict[str, dt.datetime | None] = dict(ids or {})
        self._listed: set[str] = set()  # listed by the walk under way
        self._low: dt.datetime | None = None  # the oldest change time it listed
        self._saved: list[str] | None = None

    def __contains__(self, review_id: object) -> bool:
        return review_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def note(
        self, listed: Iterable[tuple[str, dt.datetime | None]], written: Iterable[tuple[str, dt.datetime | None]]
    ) -> None:
        """A page of the walk: the (id, change time) of every review on it, and of those written."""
        for review_id, stamp in written:
            self._ids[review_id] = stamp
            self._saved = None
        for review_id, stamp in listed:
            self._listed.add(review_id)
            if stamp is not None:
                self._low = stamp if self._low is None else min(self._low, stamp)
                if review_id in self._ids and self._ids[review_id] != stamp:
                    self._ids[review_id] = stamp  # an id kept by an earlier version, without its date
                    self._saved = None

    def settle(self) -> None:
        """The walk listed everything: forget the ids older than all it listed (none if it listed none)."""
        low, listed = self._low, self._listed
        if low is not None:
            kept = {k: v for k, v in self._ids.items() if k in listed or (v is not None and v >= low)}
            if len(kept) != len(self._ids):
                self._ids, self._saved = kept, None
        self._listed, self._low = set(), None

    def to_json(self) -> list[str]:
        if self._saved is None:
            self._saved = sorted(k if v is None else f"{k}@{iso(v)}" for k, v in self._ids.items())
        return self._saved

    @classmethod
    def from_json(cls, values: list[str]) -> SeenIds:
        """From the state's list: ``id@time``, or a bare ``id`` (as earlier versions wrote them)."""
        ids: dict[str, dt.datetime | None] = {}
        for value in values:
            review_id, at, _ = value.rpartition("@")
            stamp = key_time(value) if at else None
            if review_id and stamp is not None:
                ids[review_id] = stamp
            else:
                ids[value] = None
        return cls(ids)
