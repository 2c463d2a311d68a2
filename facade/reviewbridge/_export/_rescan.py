"""One walk's side of the digest store (``Book``), and the tombstone a full re-scan reports a deletion with.

Every walk with a ledger on disk keeps in the store the digest of each review it writes, so that a full
re-scan (``--full-scan``) knows what was last written whichever walk wrote it. A full re-scan walks the
scope's whole list with no start: it writes a review whose content digest differs from the stored one
(or that was never written, or was found deleted), notes every review it lists as listed by this scan
(the scope entry's ``scans`` plus one), and, once its pages reached the documented end of the list,
reports every stored review it did not list as deleted (``Tombstone``). A scan that set records aside,
ended without its last page saying so, or listed nothing where the store holds reviews is suspect: it
reports no deletion (the next complete scan does). An interrupted or killed scan reports none either:
its entry keeps the unfinished scan, which the next run continues from its resume point.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from .._json import dumps
from .._review import Review
from ._digests import DigestStore, Row, digest
from ._scope import ScopeState


@dataclass(frozen=True)
class Tombstone:
    """A review a complete full re-scan no longer found listed: its provider, id, and when the scan ended.

    In JSON lines: ``{"provider": ..., "id": ..., "deleted_at": ...}`` (a line with ``deleted_at`` and no
    ``rating``); in the warehouse, ``deleted_at`` set on the review's row."""

    provider: str
    id: str
    deleted_at: dt.datetime
    #: what the store kept of the review as last written (``DigestStore.keep``), if it keeps anything
    content: bytes | None = None


def encode_tombstones(stones: list[Tombstone]) -> bytes:
    """Tombstones as JSON lines: ``{"provider": ..., "id": ..., "deleted_at": ...}`` each."""
    return b"".join(
        dumps({"provider": t.provider, "id": t.id, "deleted_at": t.deleted_at.isoformat()}) + b"\n" for t in stones
    )


class Book:
    """The digests of the walk of entry ``key`` (``entry``, its home entry) in ``store``; a full re-scan's
    listing too when ``full``. Opening it brings the store in line with the entry (``recover``)."""

    def __init__(self, store: DigestStore, key: str, entry: ScopeState, full: bool) -> None:
        self.store, self.key, self.entry, self.full = store, key, entry, full
        store.recover(key, entry.store_seq)
        self.seq = entry.store_seq + 1  # what this walk stages goes under the next number
        self.scan = entry.scans + 1 if full else entry.scans

    def changed(self, reviews: Sequence[Review]) -> set[str]:
        """The ids of ``reviews`` whose content differs from what was last written (or was never
        written, or was found deleted since)."""
        stored = self.store.lookup(self.key, self.seq, [r.id for r in reviews])
        found = set()
        for review in reviews:
            held = stored.get(review.id)
            if held is None or held.deleted or held.digest != digest(review):
                found.add(review.id)
        return found

    def stage(self, listed: Sequence[Review], written: Iterable[Review]) -> None:
        """A page is recorded: stage the digests of ``written``, and (a full re-scan) note the rest of
        ``listed`` as listed by this scan; the entry then names the staged rows."""
        keep = self.store.keep
        rows = {r.id: Row(r.id, digest(r), self.scan, None, keep(r) if keep else None) for r in written}
        if self.full:
            others = [r.id for r in listed if r.id not in rows]
            held = self.store.lookup(self.key, self.seq, others) if others else {}
            for review_id, stored in held.items():
                if not stored.deleted:  # a review found deleted and listed again is among those written
                    rows[review_id] = Row(review_id, stored.digest, self.scan)
        if rows:
            self.store.stage(self.key, self.seq, rows.values())
        self.entry.store_seq = self.seq

    def saved(self) -> None:
        """The ledger holding the entry was saved (its commit point): apply what it names; later pages
        stage under the next number."""
        if self.entry.store_seq == self.seq:
            self.store.apply(self.key, self.seq)
            self.seq += 1

    def suspect(self, clean: bool) -> str | None:
        """Why a full re-scan that reached its end may not report deletions (``clean``: no record was set
        aside and its last page said it was the last), or None when it may."""
        if not clean:
            return "records were set aside or the list ended without its last page saying so"
        if not self.store.listed(self.key, self.seq, self.scan) and self.store.live(self.key):
            return "the list came back empty where reviews were written before"
        return None

    def deletions(self, provider: str, at: dt.datetime) -> Iterator[list[Tombstone]]:
        """The tombstones of the reviews this scan did not list, in batches, each batch staged as found
        deleted as it is handed out (to be written before the ledger is saved)."""
        stamp = at.isoformat()
        for batch in self.store.unlisted(self.key, self.seq, self.scan):
            self.store.stage(self.key, self.seq, (Row(i, d, self.scan, stamp) for i, d, _ in batch))
            yield [Tombstone(provider, review_id, at, content) for review_id, _, content in batch]
        self.entry.store_seq = self.seq

    def finished(self) -> None:
        """The full re-scan is complete: the entry counts it."""
        self.entry.scans = self.scan


__all__ = ["Book", "Tombstone", "encode_tombstones"]
