"""The dlt source: one resource per scope, all into the ``reviews`` table, merged on (provider, id).

Each resource walks its scope with the export's rules (``Walk``) and keeps the scope's mark, boundary
and any unfinished walk in its own dlt resource state, which dlt commits together with the rows it
extracted: a run that fails or is killed commits neither, and the next run repeats it. A walk over
several channels keeps a mark per channel, as export does: channel A's entry lives in the
resource state of the scope of channel A alone, whichever walk moved it (``_entries``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dlt
import pyarrow as pa
from dlt.extract import DltResource, DltSource

from .._client import SyncClient
from .._exceptions import ExportError
from .._export import (
    ClientFactory,
    DigestStore,
    Entries,
    Footprint,
    Job,
    PageLoop,
    Rejects,
    ScopeResult,
    Tombstone,
    Walk,
    check_walks,
    client_limit,
    default_client_factory,
    provider_info,
    rejects_beside,
    scope_key,
)
from .._review import Review
from ._entries import StoredEntries, resource_name, store
from ._rows import checked_batch, kept, resource_hints, tombstone_batch

SOURCE = "reviewbridge"
#: the digest store of the source's scopes, in the pipeline's working directory: what a full re-scan
#: compares with, and each review's row as loaded (to send it again with ``deleted_at``). Lost with the
#: working directory (dlt restoring its state from the destination), the next full re-scan loads every
#: review once again and reports no deletion it cannot prove.
DIGESTS = "reviewbridge.digests"
#: reviews per Arrow table handed to dlt: dlt's cost is per item, so fewer, larger items load faster
BATCH = 5000

OnPage = Callable[[ScopeResult], None]


class _QuietArrowHints(logging.Filter):
    """Drops dlt's notice that the ``json`` columns arrive as Arrow strings: that is how they are sent."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "when merging arrow schema with dlt schema" not in record.getMessage()


_QUIET = _QuietArrowHints()


class _Tables:
    """Load's sink: the walk's reviews as Arrow tables of about BATCH rows for dlt, which commits them
    together with the walk's entries (resource state) when the resource ends."""

    lock = contextlib.nullcontext()  # one walk per resource: nothing to share

    def __init__(self) -> None:
        self.pending: list[pa.Table] = []

    def encode(self, reviews: list[Review]) -> tuple[pa.Table, list[tuple[Review, str]]]:
        return checked_batch(reviews)

    def put(self, encoded: pa.Table) -> list[pa.Table]:
        self.pending.append(encoded)
        return self.rest() if sum(t.num_rows for t in self.pending) >= BATCH else []

    def rest(self) -> list[pa.Table]:
        """What is kept, as one table (none if it holds no row)."""
        pending, self.pending = self.pending, []
        return [pa.concat_tables(pending)] if any(t.num_rows for t in pending) else []

    def recorded(self) -> None:
        """Nothing to save yet: the entries go into the resource states when the walk ends."""

    commits = False  # dlt commits the entries, with the rows, once the resource ends

    def tombstones(self, stones: list[Tombstone]) -> pa.Table:
        return tombstone_batch(stones)


@dataclass(frozen=True)
class _Scope:
    """One scope of the source: what to walk, where its results are counted, and the page loop's settings
    (see ``PageLoop``; its sink is made for each run)."""

    job: Job
    key: str
    scope: dict[str, Any]
    footprint: Footprint
    since: dt.datetime | None
    client_factory: ClientFactory
    result: ScopeResult
    on_page: OnPage | None
    max_reviews: int | None
    per_run: int | None
    rejects: Rejects | None
    full: bool = False

    def tables(self) -> Iterator[pa.Table]:
        result, job = self.result, self.job
        if result.limited:  # stopped at max_reviews in an earlier run of this source's results
            return
        result.done = False
        policy = provider_info(job.provider).export
        # As export refuses a scope that overlaps another's unfinished walk: that walk is finished first.
        stored = StoredEntries.current()
        check_walks([(self.footprint, policy)], stored.unfinished(), "the pipeline state", verb="load")
        ledger = Entries(stored.entry)
        # The digests of what is loaded live in the pipeline's working directory (see DIGESTS).
        # dlt commits the entries once the resource ends: the store syncs once, then (see DigestStore).
        digests = DigestStore(Path(dlt.current.pipeline().working_dir) / DIGESTS, keep=kept, sync_stages=False)
        try:
            walk = Walk(ledger, job.provider, self.key, self.scope, policy, self.since, store=digests, full=self.full)
            sink = _Tables()
            loop = PageLoop(sink, self.rejects, self.on_page, self.max_reviews, self.per_run)
            with self.client_factory(job) as client:
                yield from loop.walk(walk, job, client, self.key, result)
            yield from sink.rest()
            store(ledger.entries)
            digests.sync()
        finally:
            digests.close()

    def resource(self) -> DltResource:
        def tables() -> Iterator[pa.Table]:  # a plain function: dlt inspects its signature
            yield from self.tables()

        return dlt.resource(
            tables,
            name=resource_name(self.key),
            **resource_hints(),
            # Scopes are walked side by side, as export walks them (each waits on its API).
            parallelized=True,
        )


def check_scopes(jobs: Sequence[Job], client_factory: ClientFactory = default_client_factory) -> list[str]:
    """The scope keys of ``jobs``, after checking each: known provider, credentials (those of the clients
    ``client_factory`` makes), filters, no repeats.

    Raises ExportError or a ReviewBridgeError naming what is wrong; contacts no server."""
    return [key for key, _, _ in _checked(jobs, client_factory)]


def _checked(jobs: Sequence[Job], client_factory: ClientFactory) -> list[tuple[str, dict[str, Any], Footprint]]:
    """Each job's scope key, scope and footprint (see ``check_scopes``)."""
    if not jobs:
        raise ExportError("nothing to load")
    found: list[tuple[str, dict[str, Any], Footprint]] = []
    names: dict[str, str] = {}
    walks = []
    for job in jobs:
        with client_factory(job) as client:
            scope = client.scope_of(job.filters)
        key = scope_key(job.provider, scope, job.filters)
        if key in names.values():
            raise ExportError(f"scope {key} is listed twice")
        name = resource_name(key)
        if name in names:
            raise ExportError(f"scopes {names[name]} and {key} would share the resource name {name}")
        policy = provider_info(job.provider).export
        footprint = Footprint.of(job.provider, key, scope, policy)
        walks.append((footprint, policy))
        found.append((key, scope, footprint))
        names[name] = key
    check_walks(walks, verb="load")  # two walks moving one partition's mark would undo each other's
    return found


def _stand_in(job: Job) -> SyncClient:
    """A client of the job's provider holding stand-ins for its credentials, which checking a scope's
    filters does not need: it sends nothing. So a source is built (a DAG file imported) without them."""
    info = provider_info(job.provider)
    stand_ins = {credential.argument: "unread" for credential in info.credentials}
    return info.client(
        base_url=job.base_url, allow_insecure=job.allow_insecure, **stand_ins, **job.client_options, **client_limit(job)
    )


def reviews_source(
    scopes: Sequence[Job],
    *,
    since: dt.datetime | None = None,
    reviews_per_run: int | None = None,
    client_factory: ClientFactory = default_client_factory,
    results: Sequence[ScopeResult] | None = None,
    on_page: OnPage | None = None,
    max_reviews: int | None = None,
    rejects: Rejects | None = None,
    full_scan: bool = False,
) -> DltSource:
    """A dlt source loading the reviews of ``scopes`` into one ``reviews`` table (see ``reviewbridge.dlt``).

    ``max_reviews`` stops each scope after that many reviews (counted in ``results``, across the sources
    made with them); its resource state then records an unfinished walk that the next run continues.
    A record that cannot be read, mapped or written goes to ``rejects`` (by default
    ``reviewbridge.rejects.jsonl`` in the working directory) and the walk goes on; a strict ``Rejects``
    fails the run at it instead (before its page is recorded). ``full_scan`` walks each scope's whole list:
    it loads every review whose content changed since it was last loaded and, once the list's end is
    reached, sets ``deleted_at`` on the rows of those no longer listed (the rows stay)."""
    checked = _checked(scopes, _stand_in)  # credentials are read when a resource runs
    if rejects is None:
        rejects = Rejects(rejects_beside(None))  # in the working directory
    keys = [key for key, _, _ in checked]
    logging.getLogger("dlt").addFilter(_QUIET)  # the same filter object: added once however often called
    if results is None:
        results = [ScopeResult(key) for key in keys]
    if [r.key for r in results] != keys:
        raise ExportError("results must hold one ScopeResult per scope, in order")
    if reviews_per_run is not None and reviews_per_run < 1:
        raise ExportError(f"reviews_per_run must be 1 or more, not {reviews_per_run}")
    if max_reviews is not None and max_reviews < 1:
        raise ExportError(f"max_reviews must be 1 or more, not {max_reviews}")
    resources = [
        _Scope(
            job,
            key,
            scope,
            footprint,
            since,
            client_factory,
            result,
            on_page,
            max_reviews,
            reviews_per_run,
            rejects,
            full_scan,
        ).resource()
        for job, (key, scope, footprint), result in zip(scopes, checked, results, strict=True)
    ]

    @dlt.source(name=SOURCE, max_table_nesting=0, root_key=False)
    def reviewbridge() -> list[DltResource]:
        return resources

    source: DltSource = reviewbridge()
    return source


__all__ = ["SOURCE", "check_scopes", "resource_name", "reviews_source"]
