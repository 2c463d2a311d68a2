"""The incremental export engine: every page is written, made durable, then recorded in the state.

Order per page: append the page's new reviews to the output, flush and fsync, then atomically replace
the state with the new output offset and the page's resume point. A run killed at any moment restarts
from the last recorded page and first cuts the output back to the recorded offset, so each review
version ends up in the output exactly once.
"""

from __future__ import annotations

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
from ._state import ScopeState, State, lock_state
from ._walk import ScopeWalk
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


@dataclass
class ScopeResult:
    key: str
    written: int = 0
    skipped: int = 0
    pages: int = 0
    retries: int = 0
    done: bool = False


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
    return info.client(
        base_url=job.base_url, allow_insecure=job.allow_insecure, **job.credentials, **job.client_options
    )


def scope_key(provider: str, scope: dict[str, Any]) -> str:
    return f"{provider}:" + ",".join(f"{k}={v}" for k, v in scope.items() if v is not None)


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

    def walk(self, job: Job, client: SyncClient, key: str, result: ScopeResult) -> None:
        state = self.state
        with self.io_lock:
            scope = state.scopes.setdefault(key, ScopeState())
            walk = ScopeWalk(scope, provider_info(job.provider).export, self.since)
        concurrency = 1 if self.incremental else self.concurrency
        pages = client.review_pages(
            resume=walk.resume, concurrency=concurrency, follow_changes=True, **walk.filters(job.filters)
        )
        complete = False
        for page in pages:
            # Only this thread changes this scope's sets, so reading them needs no lock; encoding
            # (the costly part) runs outside it too, and scopes export in parallel.
            fresh, skipped, stop = walk.select(page)
            data = self.writer.encode(fresh)
            with self.io_lock:
                self.writer.append(data)
                complete = walk.record(page, fresh, stop)
                state.output_offset = self.writer.offset
                if self.incremental:
                    state.save()
                result.written += len(fresh)
                result.skipped += skipped
                result.pages += 1
                result.retries = client.retries
            if self.on_page is not None:
                self.on_page(result)
            if complete:
                break
        with self.io_lock:
            if not complete:  # the walk ended without a page saying so
                walk.finish()
                if self.incremental:
                    state.save()
            result.retries = client.retries
            result.done = True
        if self.on_page is not None:
            self.on_page(result)


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
) -> list[ScopeResult]:
    """Export every job's scope to ``out``; incremental and crash-safe with ``state_path``.

    Everything is checked (providers, credentials, filters, state, lock) before the output is touched.
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
        if state_path is None:
            return _run(jobs, clients, keys, State(None), out, fmt, None, since, concurrency, on_start, on_page)
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
            if state.output is None and target.exists() and target.stat().st_size > 0:
                raise ExportError(
                    f"{out} already has content that state file {state_path} does not know of; "
                    "remove it, or export to a new file"
                )
            state.output, state.format = str(target), fmt
            return _run(jobs, clients, keys, state, out, fmt, state.output_offset, since, 1, on_start, on_page)
    finally:
        for client in clients:
            client.close()


def _run(
    jobs: list[Job],
    clients: list[SyncClient],
    keys: list[str],
    state: State,
    out: str,
    fmt: str,
    offset: int | None,
    since: dt.datetime | None,
    concurrency: int,
    on_start: Callable[[list[ScopeResult]], None] | None,
    on_page: Callable[[ScopeResult], None] | None,
) -> list[ScopeResult]:
    writer = Writer.open(out, fmt, offset=offset)
    if state.path is not None and not state.path.exists():
        # Claim the output before writing to it: a run killed after its first page then restarts
        # from offset 0 instead of finding content that no state knows of.
        state.save()
    results = [ScopeResult(key) for key in keys]
    if on_start is not None:
        on_start(results)
    engine = _Engine(state, writer, since, offset is not None, concurrency, on_page)
    try:
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
            if offset is not None:
                state.output_offset = writer.offset
                state.save()
        writer.commit()
    finally:
        writer.close()
    return results
