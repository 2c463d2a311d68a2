"""The page loop of one walk, the same for export and load: list the scope's pages, ``select`` each page's
new reviews, hand them to a sink, set aside what cannot be used, ``record`` the page, end at the walk's
limit, its stop line or a checkpoint, and ``commit`` a walk whose pages ended without one saying so.

Each rule has its home elsewhere, and this loop only keeps their order: ``Walk`` decides which reviews
are new and what the marks become, ``set_aside`` what a record that cannot be used does, the client's
pagination when a listing loops or stops making progress. Export and load differ only in the ``Sink``
and in how its ledger commits: export appends each page to its output (flushed and fsynced) and then
saves its state file; load hands Arrow tables to dlt, which commits the rows together with the walk's
entries (its resource state) once the walk's resource ends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from .._client import ReviewPage, SyncClient
from .._exceptions import ReviewBridgeError
from .._pagination import announced
from .._providers import ProviderInfo, WalkSize
from .._review import Review
from ._jobs import Job, provider_info
from ._rejects import Rejects, set_aside
from ._rescan import Tombstone
from ._result import ScopeResult
from ._walk import Walk

Encoded = TypeVar("Encoded")
Out = TypeVar("Out", covariant=True)


class Sink(Protocol[Encoded, Out]):
    """Where a walk's reviews go: export's output file, or the tables load hands to dlt."""

    @property
    def lock(self) -> AbstractContextManager[object]:
        """Held while a page is handed over and recorded (an export's scopes share its output and state)."""
        ...

    def encode(self, reviews: list[Review]) -> tuple[Encoded, list[tuple[Review, str]]]:
        """The reviews encoded for the sink, and those that cannot be (each with why); no lock held."""
        ...

    def put(self, encoded: Encoded) -> Iterable[Out]:
        """Hand a page's reviews over, before the page is recorded: written durably, or kept for the ledger
        that commits with them; what the walk yields on (load's full batches)."""
        ...

    def recorded(self) -> None:
        """The walk's entries have moved (a page recorded, or the walk committed): keep them (export saves
        its state file; load's are kept when the walk ends)."""
        ...

    @property
    def commits(self) -> bool:
        """Whether ``recorded`` commits the entries (export's state file): the digests staged with them
        are applied then; otherwise when the ledger is next read (load's, committed by dlt)."""
        ...

    def tombstones(self, stones: list[Tombstone]) -> Encoded:
        """The deletions a complete full re-scan found, encoded for ``put`` (see ``Tombstone``)."""
        ...


def announced_by(
    info: ProviderInfo, filters: dict[str, Any], page: ReviewPage[Any, Any, Any]
) -> tuple[int, str] | None:
    """What the first page of a whole list announces of its length, where the list operation's paging
    descriptor names a total (see ``announced``)."""
    descriptor = info.listing.PAGINATION
    size = descriptor.page_size
    return announced(descriptor, page.raw_json, filters.get(size.parameter.python_name) if size else None)


def walk_size(
    info: ProviderInfo, client: SyncClient, filters: dict[str, Any], page: ReviewPage[Any, Any, Any], whole: bool
) -> WalkSize | None:
    """The size of a walk starting at the top of its listing, where the API tells it (for progress only:
    an API that refuses to tell leaves it unknown)."""
    if info.walk_size is None:
        return None
    try:
        return info.walk_size(client, filters, page, whole)
    except ReviewBridgeError:
        return None


@dataclass(frozen=True)
class PageLoop(Generic[Encoded, Out]):
    """How the walks of one run go: into ``sink``, what cannot be used to ``rejects`` (None: it stops the
    run, before its page is recorded), each at most ``max_reviews`` reviews, ``per_run`` reviews at a time
    (a checkpoint: the walk ends uncommitted and the next run goes on from its resume point), its pages
    fetched ``concurrency`` at a time (no resume points then: a walk that cannot be resumed)."""

    sink: Sink[Encoded, Out]
    rejects: Rejects | None = None
    on_page: Callable[[ScopeResult], None] | None = None
    max_reviews: int | None = None
    per_run: int | None = None
    concurrency: int = 1

    def walk(self, walk: Walk, job: Job, client: SyncClient, key: str, result: ScopeResult) -> Iterator[Out]:
        """Walk ``job``'s scope (entry ``key``) from where ``walk`` starts, counting in ``result``; yields
        what the sink hands on. ``result.done`` at the end: the walk is complete or stopped at its limit."""
        sink, limit, on_page = self.sink, self.max_reviews, self.on_page
        filters = walk.filters(job.filters)
        pages = client.review_pages_for(
            filters,
            resume=walk.resume,
            concurrency=self.concurrency,
            follow_changes=True,
            set_aside=self.rejects is not None,
        )
        done = paused = False
        delivered = 0
        at = walk.resume  # where the current page is read from: a walk cut within a page goes on there
        for read, page in enumerate(pages):
            if on_page is not None and result.pages == 0 and at is None:
                result.size = walk_size(provider_info(job.provider), client, filters, page, walk.since is None)
            if walk.full and read == 0 and at is None:  # a full re-scan's first page, at the top of the list
                walk.expect = announced_by(provider_info(job.provider), filters, page)
            selection = walk.select(page, None if limit is None else limit - result.written)
            # Encoding (the costly part) runs outside the lock, and an export's scopes walk in parallel.
            data, unwritten = sink.encode(selection.reviews)
            rejected = set_aside(self.rejects, job.provider, key, page, unwritten)
            walk.suspect = walk.suspect or (walk.full and rejected > 0)  # what was set aside may still be listed
            # An empty page ending the list after others: a lie (an empty 200, ``{}``) reads the same.
            empty_tail = (read > 0 or at is not None) and not page.reviews and not page.rejects
            with sink.lock:
                handed = list(sink.put(data))
                done = walk.record(page, selection, at, [review for review, _ in unwritten])
                walk.suspect = walk.suspect or (walk.full and done and empty_tail)
                if done and walk.full:  # the page said it was the last: the documented end of the list
                    handed += self._finish(walk, job, result, True)
                sink.recorded()
                walk.saved(sink.commits)
                result.count(selection, client.retries, len(unwritten), rejected)
            yield from handed
            if on_page is not None:
                on_page(result)
            delivered += len(selection.fresh)
            reached = limit is not None and result.written >= limit
            if reached and (selection.cut or not done or self.concurrency > 1):  # pages in flight never know the last
                result.limited = True
                break
            if selection.stop:
                break
            if self.per_run is not None and delivered >= self.per_run and not done:
                paused = True  # a checkpoint: this run commits what it has; the next continues the walk
                break
            at = dict(page.resume) if page.resume is not None else None
        ended: list[Out] = []
        with sink.lock:
            if not (done or paused or result.limited):  # the walk ended without a page saying so
                walk.commit()
                if walk.full:
                    ended = self._finish(walk, job, result, False)
                sink.recorded()
                walk.saved(sink.commits)
            result.retries = client.retries
            result.done = not paused
        yield from ended
        if on_page is not None:
            on_page(result)

    def _finish(self, walk: Walk, job: Job, result: ScopeResult, clean: bool) -> list[Out]:
        """A full re-scan is complete: hand over its deletions (none if it is suspect, and why in
        ``result``); what the sink hands on. Called under the sink's lock, before the entries are kept."""
        handed: list[Out] = []
        for stones in walk.deletions(job.provider, clean, result):
            handed += self.sink.put(self.sink.tombstones(stones))
        return handed


__all__ = ["PageLoop", "Sink", "walk_size"]
