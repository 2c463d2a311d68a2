"""The incremental export engine: every page is written, made durable, then recorded in the state.

Order per page: append the page's new reviews to the output, flush and fsync, then atomically replace
the state with the new output offset and the page's resume point. A run killed at any moment restarts
from the last recorded page and first cuts the output back to the recorded offset, so each review
version ends up in the output exactly once.
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._client import SyncClient
from .._exceptions import ExportError, StateError
from .._providers import REGISTRY, ProviderInfo
from .._review import Review
from ._state import CLOCK_SKEW, OVERLAP, Run, ScopeState, State, key_time, lock_state
from ._writer import Writer


@dataclass(frozen=True)
class Job:
    """One scope of one provider to export."""

    provider: str
    filters: dict[str, Any]
    credentials: dict[str, str] = field(default_factory=dict)
    base_url: str | None = None
    #: constructor options besides credentials the provider allows (``ProviderInfo.client_options``)
    client_options: dict[str, str] = field(default_factory=dict)
    allow_insecure: bool = False
    #: seconds one attempt of a request may take in all (the client's default when None)
    timeout: float | None = None


@dataclass
class ScopeResult:
    key: str
    written: int = 0
    skipped: int = 0
    pages: int = 0
    retries: int = 0
    done: bool = False
    #: reviews written whose change time lies beyond the run's start (plus CLOCK_SKEW): exported, but
    #: the mark does not follow them (one such stamp would otherwise hide every later change for good)
    future: int = 0
    future_example: str | None = None


ClientFactory = Callable[[Job], SyncClient]


def provider_info(name: str) -> ProviderInfo:
    """The registry entry of ``name``; an ExportError naming the known providers otherwise."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise ExportError(f"unknown provider {name!r}; known: {', '.join(REGISTRY)}") from None


def default_client_factory(job: Job) -> SyncClient:
    info = provider_info(job.provider)
    # Plain http is accepted for loopback (the sandboxes) and refused elsewhere by the client itself.
    options: dict[str, Any] = {"timeout": job.timeout} if job.timeout is not None else {}
    return info.client(
        base_url=job.base_url, allow_insecure=job.allow_insecure, **job.credentials, **job.client_options, **options
    )


def scope_key(provider: str, scope: dict[str, Any]) -> str:
    """The state's name of a scope: ``provider:key=value,...``; a set of values is written comma-separated."""
    return f"{provider}:" + ",".join(f"{k}={_scope_value(v)}" for k, v in scope.items() if v is not None)


def _scope_value(value: object) -> str:
    return ",".join(map(str, value)) if isinstance(value, tuple | list) else str(value)


def _max(a: dt.datetime | None, b: dt.datetime | None) -> dt.datetime | None:
    if a is None or b is None:
        return a or b
    return max(a, b)


def _keep(version_key: str, floor: dt.datetime | None) -> bool:
    stamp = key_time(version_key)
    return stamp is None or floor is None or stamp >= floor


class _Engine:
    def __init__(
        self,
        state: State,
        writer: Writer,
        since: dt.datetime | None,
        incremental: bool,
        concurrency: int,
        on_page: Callable[[ScopeResult], None] | None,
    ) -> None:
        self.state = state
        self.writer = writer
        self.since = since
        self.incremental = incremental
        self.concurrency = concurrency
        self.on_page = on_page
        self.io_lock = threading.Lock()
        # The mark never moves past this, whatever the records say: a change stamped later than the run's
        # start is a clock error or a lie, and the next run asks again from the run's start.
        self.ceiling = dt.datetime.now(dt.UTC) + CLOCK_SKEW

    def walk(self, job: Job, client: SyncClient, key: str, result: ScopeResult) -> None:
        state = self.state
        with self.io_lock:
            scope = state.scopes.setdefault(key, ScopeState())
            run = scope.run
            if run is not None:
                since, resume, run_hwm = run.since, run.resume, run.hwm
            else:
                # --since narrows a first run; once a mark exists, going back before it would write
                # reviews again that are already in the output, so the later of the two applies.
                mark = scope.hwm - OVERLAP if scope.hwm is not None else None
                since = _max(self.since, mark)
                resume, run_hwm = None, None
        policy = provider_info(job.provider).export
        filters = {**policy.defaults, **job.filters, **policy.filters(since)}
        concurrency = 1 if self.incremental else self.concurrency
        # Versions written by the last pages of this walk: a page-number API may shift a record onto the
        # next page when others are inserted before it. Two pages of keys suffice, and keep memory flat
        # however long the export.
        recent: collections.deque[set[str]] = collections.deque(maxlen=2)
        pages = client.review_pages(resume=resume, concurrency=concurrency, follow_changes=True, **filters)
        for page in pages:
            fresh: list[Review] = []
            written: set[str] = set().union(*recent)
            stop = False
            reviews = page.reviews
            if policy.newest_first and since is not None:
                older = [r for r in reviews if r.updated_at is not None and r.updated_at < since]
                stop = bool(reviews) and len(older) == len(reviews)
                reviews = [r for r in reviews if not (r.updated_at is not None and r.updated_at < since)]
            # Only this thread changes this scope's sets, so reading them needs no lock; encoding
            # (the costly part) runs outside it too, and scopes export in parallel.
            for review in reviews:
                version = review.version_key()
                if version in scope.boundary or version in written or review.id in scope.seen:
                    result.skipped += 1
                    continue
                if review.updated_at is not None and review.updated_at > self.ceiling:
                    result.future += 1
                    result.future_example = f"{review.id} at {review.updated_at.isoformat()}"
                    if self._exported_lately(scope, written, review.id):
                        # Its only news is a change time nobody can have made yet: not a new version.
                        result.skipped += 1
                        continue
                fresh.append(review)
                written.add(version)
            recent.append({r.version_key() for r in fresh})
            data = self.writer.encode(fresh)
            with self.io_lock:
                self.writer.append(data)
                for review in page.reviews:
                    changed = review.updated_at
                    run_hwm = _max(run_hwm, min(changed, self.ceiling) if changed is not None else None)
                floor = _max(scope.hwm, run_hwm)
                floor = floor - OVERLAP if floor is not None else None
                scope.boundary |= {r.version_key() for r in fresh if _keep(r.version_key(), floor)}
                if policy.ids_are_versions:
                    scope.seen |= {r.id for r in fresh}
                if page.resume is None or stop:
                    self._commit(scope, run_hwm)
                else:
                    scope.run = Run(resume=page.resume, since=since, hwm=run_hwm)
                state.output_offset = self.writer.offset
                if self.incremental:
                    state.save()
                result.written += len(fresh)
                result.pages += 1
                result.retries = client.retries
            if self.on_page is not None:
                self.on_page(result)
            if stop:
                break
        with self.io_lock:
            if scope.run is not None:  # the walk ended without a page saying so
                self._commit(scope, run_hwm)
                if self.incremental:
                    state.save()
            result.retries = client.retries
            result.done = True
        if self.on_page is not None:
            self.on_page(result)

    @staticmethod
    def _exported_lately(scope: ScopeState, written: set[str], review_id: str) -> bool:
        """Whether a version of ``review_id`` is among those this scope keeps (the overlap window)."""
        prefix = review_id + "@"
        return any(key.startswith(prefix) for key in (*scope.boundary, *written))

    @staticmethod
    def _commit(scope: ScopeState, run_hwm: dt.datetime | None) -> None:
        scope.hwm = _max(scope.hwm, run_hwm)
        floor = scope.hwm - OVERLAP if scope.hwm is not None else None
        scope.boundary = {k for k in scope.boundary if _keep(k, floor)}
        scope.run = None


def run_export(
    jobs: list[Job],
    *,
    out: str,
    fmt: str = "jsonl",
    state_path: Path | None = None,
    since: dt.datetime | None = None,
    concurrency: int = 1,
    client_factory: ClientFactory = default_client_factory,
    on_start: Callable[[list[ScopeResult]], None] | None = None,
    on_page: Callable[[ScopeResult], None] | None = None,
    csv_raw: bool = False,
) -> list[ScopeResult]:
    """Export every job's scope to ``out``; incremental and crash-safe with ``state_path``.

    Everything is checked (providers, credentials, filters, state, locks) before the output is written.
    CSV cells a spreadsheet would run as formulas get a leading ``'`` unless ``csv_raw``.
    """
    if not jobs:
        raise ExportError("nothing to export")
    if concurrency < 1:
        raise ExportError(f"--concurrency must be 1 or more, not {concurrency}")
    if state_path is not None and out == "-":
        raise ExportError("--state needs a file for --out (the output is the ledger of what was exported)")
    clients: list[SyncClient] = []
    try:
        keys: list[str] = []
        for job in jobs:
            provider_info(job.provider)
            client = client_factory(job)
            clients.append(client)
            scope, _ = client.adapter.check_filters(dict(job.filters))
            key = scope_key(job.provider, scope)
            if key in keys:
                raise ExportError(f"scope {key} is listed twice")
            keys.append(key)
        neutralise = not csv_raw
        if state_path is None:
            writer = Writer.open(out, fmt, neutralise=neutralise)
            try:
                return _run(jobs, clients, keys, State(None), writer, fmt, False, since, concurrency, on_start, on_page)
            finally:
                writer.close()
        target = Path(out).resolve()
        if target in (state_path.resolve(), Path(f"{state_path}.lock").resolve()):
            raise ExportError("--out and --state name the same file; give each its own")
        with lock_state(state_path):
            state = State.load(state_path)
            if state.output is not None and state.output != str(target):
                raise StateError(
                    f"state file {state_path} belongs to output {state.output}, not {target}; "
                    "use another --state file for this output"
                )
            if state.format is not None and state.format != fmt:
                raise StateError(
                    f"{out} holds {state.format} records (state {state_path}); "
                    f"export with --format {state.format}, or to another output"
                )
            # The output's own lock, then its content checked under it: two runs with different state
            # files cannot both find it empty and interleave their pages.
            writer = Writer.open_ledger(out, fmt, neutralise=neutralise)
            try:
                if state.output is None and writer.offset > 0:
                    raise ExportError(
                        f"{out} already has content that state file {state_path} does not know of; "
                        "remove it, or export to a new file"
                    )
                writer.cut(state.output_offset, out)
                state.output, state.format = str(target), fmt
                return _run(jobs, clients, keys, state, writer, fmt, True, since, 1, on_start, on_page)
            finally:
                writer.close()
    finally:
        for client in clients:
            client.close()


def _run(
    jobs: list[Job],
    clients: list[SyncClient],
    keys: list[str],
    state: State,
    writer: Writer,
    fmt: str,
    incremental: bool,
    since: dt.datetime | None,
    concurrency: int,
    on_start: Callable[[list[ScopeResult]], None] | None,
    on_page: Callable[[ScopeResult], None] | None,
) -> list[ScopeResult]:
    if state.path is not None and not state.path.exists():
        # Claim the output before writing to it: a run killed after its first page then restarts
        # from offset 0 instead of finding content that no state knows of.
        state.save()
    results = [ScopeResult(key) for key in keys]
    if on_start is not None:
        on_start(results)
    engine = _Engine(state, writer, since, incremental, concurrency, on_page)
    if len(jobs) == 1:
        engine.walk(jobs[0], clients[0], keys[0], results[0])
    else:
        with concurrent.futures.ThreadPoolExecutor(max_workers=min(len(jobs), 8)) as pool:
            futures = [
                pool.submit(engine.walk, job, client, key, result)
                for job, client, key, result in zip(jobs, clients, keys, results, strict=True)
            ]
            errors = [f.exception() for f in futures]
        first = next((e for e in errors if e is not None), None)
        if first is not None:
            raise first
    if fmt == "csv" and writer.offset == 0:
        writer.write([])  # the header, even for an empty export
        if incremental:
            state.output_offset = writer.offset
            state.save()
    writer.commit()
    return results
