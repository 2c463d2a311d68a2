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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from .._json import dumps
from .._review import Review
from ._digests import DigestStore, Row, Stored, digest
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
    listing too when ``full``. Opening it brings the store in line with the entry (``recover``).

    A review's digest is kept under ``part_of(review)``: the walk's own key, or (a provider with
    partitions) its partition's, as marks are kept, so that walks over different sets of partitions
    share what each wrote. A full re-scan reports deletions among the partitions ``covered()`` names.
    Its number (``scan``) is above every number the store held when it began, so a review carries it
    only if this scan listed it, whichever walk listed it before; an unfinished scan keeps its number
    (``resume_scan``)."""

    def __init__(
        self,
        store: DigestStore,
        key: str,
        entry: ScopeState,
        full: bool,
        part_of: Callable[[Review], str] | None = None,
        covered: Callable[[], Sequence[str]] | None = None,
        resume_scan: int | None = None,
    ) -> None:
        self.store, self.key, self.entry, self.full = store, key, entry, full
        self.part_of = part_of or (lambda review: key)
        self.covered = covered or (lambda: (key,))
        store.recover(key, entry.store_seq)
        self.seq = entry.store_seq + 1  # what this walk stages goes under the next number
        self.scan = (resume_scan or store.last_scan() + 1) if full else 0

    def _held(self, reviews: Iterable[Review]) -> dict[tuple[str, str], Stored]:
        """What the store holds of ``reviews``, by (part, id)."""
        ids: dict[str, list[str]] = {}
        for review in reviews:
            ids.setdefault(self.part_of(review), []).append(review.id)
        return {
            (part, review_id): held
            for part, chunk in ids.items()
            for review_id, held in self.store.lookup(self.key, self.seq, chunk, part).items()
        }

    def changed(self, reviews: Sequence[Review]) -> set[str]:
        """The ids of ``reviews`` whose content differs from what was last written (or was never
        written, or was found deleted since)."""
        stored = self._held(reviews)
        found = set()
        for review in reviews:
            held = stored.get((self.part_of(review), review.id))
            if held is None or held.deleted or held.digest != digest(review):
                found.add(review.id)
        return found

    def stage(self, listed: Sequence[Review], written: Iterable[Review]) -> None:
        """A page is recorded: stage the digests of ``written``, and (a full re-scan) note the rest of
        ``listed`` as listed by this scan; the entry then names the staged rows."""
        keep = self.store.keep
        rows = {
            r.id: Row(r.id, digest(r), self.scan, None, keep(r) if keep else None, self.part_of(r)) for r in written
        }
        if self.full:
            for (part, review_id), stored in self._held(r for r in listed if r.id not in rows).items():
                if not stored.deleted:  # a review found deleted and listed again is among those written
                    rows[review_id] = Row(review_id, stored.digest, self.scan, part=part)
        if rows:
            self.store.stage(self.key, self.seq, rows.values())
        self.entry.store_seq = self.seq

    def saved(self) -> None:
        """The ledger holding the entry was saved (its commit point): apply what it names; later pages
        stage under the next number."""
        if self.entry.store_seq == self.seq:
            self.store.apply(self.key, self.seq)
            self.seq += 1

    def suspect(self, clean: bool, expect: tuple[int, str] | None = None) -> str | None:
        """Why a full re-scan that reached its end may not report deletions (``clean``: no record was set
        aside and its last page said it was the last; ``expect``: the fewest reviews its first page
        announced, in words too), or None when it may."""
        if not clean:
            return "records were set aside or the list ended without its last page saying so"
        parts = self.covered()
        if not self.store.listed(self.key, self.seq, self.scan, parts) and self.store.live(parts):
            return "the list came back empty where reviews were written before"
        if expect is not None:
            listed = self.store.count_listed(self.key, self.seq, self.scan, parts)
            if listed < expect[0]:
                return f"the list ended after {listed} reviews, where its first page announced {expect[1]}"
        return None

    def deletions(self, provider: str, at: dt.datetime) -> Iterator[list[Tombstone]]:
        """The tombstones of the reviews this scan did not list, in batches, each batch staged as found
        deleted as it is handed out (to be written before the ledger is saved)."""
        stamp = at.isoformat()
        for part in self.covered():
            for batch in self.store.unlisted(self.key, self.seq, self.scan, part):
                self.store.stage(self.key, self.seq, (Row(i, d, self.scan, stamp, part=part) for i, d, _ in batch))
                yield [Tombstone(provider, review_id, at, content) for review_id, _, content in batch]
        self.entry.store_seq = self.seq

    def finished(self) -> None:
        """The full re-scan is complete: the entry keeps its number."""
        self.entry.scans = self.scan


__all__ = ["Book", "Tombstone", "encode_tombstones"]
