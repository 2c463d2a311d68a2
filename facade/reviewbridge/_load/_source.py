"""The dlt source: one resource per scope, all into the ``reviews`` table, merged on (provider, id).

Each resource walks its scope with the export's rules (``Walk``) and keeps the scope's mark, boundary
and any unfinished walk in its own dlt resource state, which dlt commits together with the rows it
extracted: a run that fails or is killed commits neither, and the next run repeats it. A walk over
several channels keeps a mark per channel, as export does: channel A's entry lives in the
resource state of the scope of channel A alone (``resource_name`` of its key), whichever walk moved it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import dlt
import pyarrow as pa
from dlt.extract import DltResource, DltSource

from .._client import SyncClient
from .._exceptions import ExportError
from .._export import (
    ClientFactory,
    Entries,
    Footprint,
    Job,
    Rejects,
    ScopeResult,
    ScopeState,
    Walk,
    check_walks,
    default_client_factory,
    provider_info,
    rejects_beside,
    scope_key,
    set_aside,
    walk_size,
)
from ._rows import checked_batch, resource_hints

SOURCE = "reviewbridge"
#: reviews per Arrow table handed to dlt: dlt's cost is per item, so fewer, larger items load faster
BATCH = 5000

OnPage = Callable[[ScopeResult], None]


class _QuietArrowHints(logging.Filter):
    """Drops dlt's notice that the ``json`` columns arrive as Arrow strings: that is how they are sent."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "when merging arrow schema with dlt schema" not in record.getMessage()


_QUIET = _QuietArrowHints()


def resource_name(key: str) -> str:
    """A scope's resource name (also its task name in an orchestrator): the scope key as an identifier."""
    return re.sub(r"[^0-9a-zA-Z]+", "_", key).strip("_").lower()


def _stored(key: str) -> ScopeState | None:
    """The entry ``key`` as the pipeline's state holds it (None: none yet), in the resource state of the
    resource it names, where every version of the source keeps it."""
    found = dlt.current.resource_state(resource_name(key)).get(key)
    return ScopeState.from_json(key, found) if found is not None else None


class _Scope:
    """One scope of the source: what to walk, how to report, and where its state lives."""

    def __init__(
        self,
        job: Job,
        key: str,
        scope: dict[str, Any],
        since: dt.datetime | None,
        reviews_per_run: int | None,
        client_factory: ClientFactory,
        result: ScopeResult,
        on_page: OnPage | None,
        max_reviews: int | None = None,
        rejects: Rejects | None = None,
    ) -> None:
        self.rejects = rejects
        self.max_reviews = max_reviews
        self.job = job
        self.key = key
        self.scope = scope
        self.since = since
        self.reviews_per_run = reviews_per_run
        self.client_factory = client_factory
        self.result = result
        self.on_page = on_page

    def tables(self) -> Iterator[pa.Table]:
        ledger = Entries(_stored)
        policy = provider_info(self.job.provider).export
        walk = Walk(ledger, self.job.provider, self.key, self.scope, policy, self.since)
        result, pending, delivered, limit = self.result, list[pa.Table](), 0, self.max_reviews
        if result.limited:  # stopped at max_reviews in an earlier run of this source's results
            return
        result.done = False
        filters = walk.filters(self.job.filters)
        with self.client_factory(self.job) as client:
            pages = client.review_pages_for(
                filters, resume=walk.resume, follow_changes=True, set_aside=self.rejects is not None
            )
            complete = False
            at = walk.resume  # where the current page is read from: a walk cut within a page goes on there
            for page in pages:
                if self.on_page is not None and result.pages == 0 and at is None:
                    info = provider_info(self.job.provider)
                    result.size = walk_size(info, client, filters, page, walk.since is None)
                selection = walk.select(page, None if limit is None else limit - result.written)
                table, unwritten = checked_batch(selection.reviews)
                rejected = set_aside(self.rejects, self.job.provider, self.key, page, unwritten)
                pending.append(table)
                if sum(t.num_rows for t in pending) >= BATCH:
                    yield pa.concat_tables(pending)
                    pending = []
                complete = walk.record(page, selection, at)
                delivered += len(selection.fresh)
                result.count(selection, client.retries, len(unwritten), rejected)
                if self.on_page is not None:
                    self.on_page(result)
                if complete:
                    break
                if limit is not None and result.written >= limit:
                    result.limited = True
                    break
                if self.reviews_per_run is not None and delivered >= self.reviews_per_run:
                    break  # a checkpoint: this run commits; the next continues from the walk's run
                at = dict(page.resume) if page.resume is not None else None
            else:
                walk.commit()  # the pages ended without one saying it was the last
                complete = True
        if any(t.num_rows for t in pending):
            yield pa.concat_tables(pending)
        for key, entry in ledger.entries.items():  # each entry lives in the state of the resource it names
            dlt.current.resource_state(resource_name(key))[key] = entry.to_json()
        result.done = complete
        if self.on_page is not None:
            self.on_page(result)

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
    return [key for key, _ in _checked(jobs, client_factory)]


def _checked(jobs: Sequence[Job], client_factory: ClientFactory) -> list[tuple[str, dict[str, Any]]]:
    """Each job's scope key and scope (see ``check_scopes``)."""
    if not jobs:
        raise ExportError("nothing to load")
    found: list[tuple[str, dict[str, Any]]] = []
    names: dict[str, str] = {}
    walks = []
    for job in jobs:
        with client_factory(job) as client:
            scope = client.scope_of(job.filters)
        key = scope_key(job.provider, scope)
        if key in names.values():
            raise ExportError(f"scope {key} is listed twice")
        name = resource_name(key)
        if name in names:
            raise ExportError(f"scopes {names[name]} and {key} would share the resource name {name}")
        policy = provider_info(job.provider).export
        walks.append((Footprint.of(job.provider, key, scope, policy), policy))
        found.append((key, scope))
        names[name] = key
    check_walks(walks, None, verb="load")  # two walks moving one partition's mark would undo each other's
    return found


def _stand_in(job: Job) -> SyncClient:
    """A client of the job's provider holding stand-ins for its credentials, which checking a scope's
    filters does not need: it sends nothing. So a source is built (a DAG file imported) without them."""
    info = provider_info(job.provider)
    stand_ins = {credential.argument: "unread" for credential in info.credentials}
    return info.client(base_url=job.base_url, allow_insecure=job.allow_insecure, **stand_ins, **job.client_options)


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
) -> DltSource:
    """A dlt source loading the reviews of ``scopes`` into one ``reviews`` table (see ``reviewbridge.dlt``).

    ``max_reviews`` stops each scope after that many reviews (counted in ``results``, across the sources
    made with them); its resource state then records an unfinished walk that the next run continues.
    A record that cannot be read, mapped or written goes to ``rejects`` (by default
    ``reviewbridge.rejects.jsonl`` in the working directory) and the walk goes on; a strict ``Rejects``
    fails the run at it instead (before its page is recorded)."""
    checked = _checked(scopes, _stand_in)  # credentials are read when a resource runs
    if rejects is None:
        rejects = Rejects(rejects_beside(None))  # in the working directory
    keys = [key for key, _ in checked]
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
            job, key, scope, since, reviews_per_run, client_factory, result, on_page, max_reviews, rejects
        ).resource()
        for job, (key, scope), result in zip(scopes, checked, results, strict=True)
    ]

    @dlt.source(name=SOURCE, max_table_nesting=0, root_key=False)
    def reviewbridge() -> list[DltResource]:
        return resources

    source: DltSource = reviewbridge()
    return source


__all__ = ["SOURCE", "check_scopes", "resource_name", "reviews_source"]
