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
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Never

from .._client import SyncClient
from .._exceptions import ExportError, StateError
from .._logging import log_scope
from .._providers import ExportPolicy
from .._review import Review
from ._digests import DigestStore, digests_beside
from ._jobs import ClientFactory, Job, SharedClients, default_client_factory, fanned_out, provider_info
from ._loop import PageLoop
from ._marks import Footprint, check_walks, scope_key
from ._rejects import Rejects, rejects_beside
from ._rescan import Tombstone, encode_tombstones
from ._result import ScopeResult
from ._state import State, lock_state
from ._walk import Walk, ceiling_now
from ._writer import Writer


class _Ledger:
    """Export's sink: the output, the ledger of what was exported, and the state that records it. A page is
    appended, flushed and fsynced before it is recorded; the state is saved after each (``incremental``)."""

    def __init__(self, writer: Writer, state: State, incremental: bool) -> None:
        self.writer, self.state, self.incremental = writer, state, incremental
        self.lock = threading.Lock()

    def encode(self, reviews: list[Review]) -> tuple[bytes, list[tuple[Review, str]]]:
        return self.writer.encode_each(reviews)

    def put(self, encoded: bytes) -> tuple[()]:
        self.writer.append(encoded)
        return ()

    def recorded(self) -> None:
        self.state.output_offset = self.writer.offset
        if self.incremental:
            self.state.save()

    @property
    def commits(self) -> bool:
        return self.incremental

    def tombstones(self, stones: list[Tombstone]) -> bytes:
        return encode_tombstones(stones)


class _Engine:
    """The walks of one export, over one ledger: each scope's ``Walk`` driven by the shared page loop."""

    def __init__(
        self,
        ledger: _Ledger,
        since: dt.datetime | None,
        loop: PageLoop[bytes, Never],
        store: DigestStore | None = None,
        full: bool = False,
    ) -> None:
        self.ledger, self.since, self.loop, self.store, self.full = ledger, since, loop, store, full
        self.ceiling = ceiling_now()  # the run's start: its walks' marks never pass it

    def walk(self, job: Job, client: SyncClient, key: str, scope: dict[str, Any], result: ScopeResult) -> None:
        """Walk one scope, its requests' log records naming it."""
        policy = provider_info(job.provider).export
        state, lock = self.ledger.state, self.ledger.lock
        walk = Walk(state, job.provider, key, scope, policy, self.since, lock, self.ceiling, self.store, self.full)
        with log_scope(key):
            for _ in self.loop.walk(walk, job, client, key, result):
                pass  # the output is written as the loop goes: nothing is handed on


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
    csv_bom: bool = False,
    max_reviews: int | None = None,
    rejects: Rejects | None = None,
    full_scan: bool = False,
) -> list[ScopeResult]:
    """Export every job's scope to ``out``; incremental and crash-safe with ``state_path``.

    ``full_scan`` (needs ``state_path``, JSON lines) walks each scope's whole list: it writes every review
    whose content changed since it was last written and, once the list's end is reached, a tombstone
    line for every review no longer listed (see ``_rescan``). The digests of what was written are kept
    beside the state file (``<state>.digests``) by every run with a state.

    Everything is checked (providers, credentials, filters, state, locks) before the output is written.
    CSV cells a spreadsheet would run as formulas get a leading ``'`` unless ``csv_raw``; ``csv_bom``
    starts a CSV file with UTF-8's byte-order mark (an incremental run appending to a file adds none).
    ``max_reviews`` stops each scope's walk after that many reviews written; its state then records an
    unfinished walk that the next run continues (the mark moves only when a walk completes).
    A record that cannot be read, mapped or written goes to ``rejects`` (by default a file beside the
    output, as ``reviewbridge export`` does: ``out.jsonl`` -> ``out.rejects.jsonl``) and the walk goes on;
    a strict ``Rejects`` stops the run at it instead (before its page is recorded).
    """
    if not jobs:
        raise ExportError("nothing to export")
    if max_reviews is not None and max_reviews < 1:
        raise ExportError(f"--max-reviews must be 1 or more, not {max_reviews}")
    if concurrency < 1:
        raise ExportError(f"--concurrency must be 1 or more, not {concurrency}")
    check_outputs(out, state_path)
    if full_scan and state_path is None:
        raise ExportError("--full-scan needs --state (what was written before is known from it)")
    if full_scan and since is not None:
        raise ExportError("--full-scan walks each scope's whole list: --since does not apply to it")
    if full_scan and fmt != "jsonl":
        raise ExportError("--full-scan writes tombstone lines for deleted reviews: it needs --format jsonl")
    # The scopes of one account (every location) share a connection and a token, the fan-out's too.
    shared = client_factory = SharedClients(client_factory)
    clients: list[SyncClient] = []
    try:
        jobs = fanned_out(jobs, client_factory)  # a scope standing for many (every location): each of them
        if rejects is None:
            rejects = Rejects(rejects_beside(out))
        keys: list[str] = []
        scopes: list[dict[str, Any]] = []
        walks: list[tuple[Footprint, ExportPolicy]] = []
        for job in jobs:
            info = provider_info(job.provider)
            client = client_factory(job)
            clients.append(client)
            scope = client.scope_of(job.filters)
            key = scope_key(job.provider, scope, job.filters)
            if key in keys:
                raise ExportError(f"scope {key} is listed twice")
            keys.append(key)
            scopes.append(scope)
            walks.append((Footprint.of(job.provider, key, scope, info.export), info.export))
        check_walks(walks)
        neutralise = not csv_raw
        if state_path is None:
            writer = Writer.open(out, fmt, neutralise=neutralise, bom=csv_bom)
            try:
                plan = _Plan(jobs, clients, keys, scopes)
                return _run(
                    plan, State(None), writer, fmt, False, since, concurrency, on_start, on_page, max_reviews, rejects
                )
            finally:
                writer.close()
        target = Path(out).resolve()
        with lock_state(state_path):
            state = State.load(state_path)
            check_walks(walks, state.scopes, f"state file {state_path}")
            check_state(state, state_path, out, fmt)
            # The output's own lock, then its content checked under it: two runs with different state
            # files cannot both find it empty and interleave their pages.
            writer = Writer.open_ledger(out, fmt, neutralise=neutralise, bom=csv_bom)
            try:
                if state.output is None and writer.offset > 0:
                    raise ExportError(
                        f"{out} already has content that state file {state_path} does not know of; "
                        "remove it, or export to a new file"
                    )
                writer.cut(state.output_offset, out)
                state.output, state.format = str(target), fmt
                plan = _Plan(jobs, clients, keys, scopes, DigestStore(digests_beside(state_path)), full_scan)
                try:
                    return _run(plan, state, writer, fmt, True, since, 1, on_start, on_page, max_reviews, rejects)
                finally:
                    plan.close()
            finally:
                writer.close()
    finally:
        for client in clients:
            client.close()
        shared.close()


def check_outputs(out: str, state_path: Path | None) -> None:
    """Refuse an output and state file that cannot go together (before any file is touched)."""
    if state_path is None:
        return
    if out == "-":
        raise ExportError("--state needs a file for --out (the output is the ledger of what was exported)")
    if not state_path.name or state_path.is_dir():  # before any lock is made
        raise StateError(f"state file {state_path} is a directory; name a file")
    if Path(out).resolve() in (Path(f"{state_path}{end}").resolve() for end in ("", ".lock", ".run", ".digests")):
        raise ExportError("--out and --state name the same file; give each its own")


def check_state(state: State, state_path: Path, out: str, fmt: str) -> None:
    """Refuse a state that belongs to another output, or to records of another format."""
    target = Path(out).resolve()
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


@dataclass(frozen=True)
class _Plan:
    """The walks of an export, checked: each job with its client, scope key and scope."""

    jobs: list[Job]
    clients: list[SyncClient]
    keys: list[str]
    scopes: list[dict[str, Any]]
    #: where the digests of what is written are kept (runs with a state), and whether to re-scan in full
    store: DigestStore | None = None
    full: bool = False

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def _run(
    plan: _Plan,
    state: State,
    writer: Writer,
    fmt: str,
    incremental: bool,
    since: dt.datetime | None,
    concurrency: int,
    on_start: Callable[[list[ScopeResult]], None] | None,
    on_page: Callable[[ScopeResult], None] | None,
    max_reviews: int | None,
    rejects: Rejects | None,
) -> list[ScopeResult]:
    if state.path is not None and not state.path.exists():
        # Claim the output before writing to it: a run killed after its first page then restarts
        # from offset 0 instead of finding content that no state knows of.
        state.save()
    results = [ScopeResult(key) for key in plan.keys]
    if on_start is not None:
        on_start(results)
    ledger = _Ledger(writer, state, incremental)
    loop: PageLoop[bytes, Never] = PageLoop(
        ledger, rejects, on_page, max_reviews, concurrency=1 if incremental else concurrency
    )
    engine = _Engine(ledger, since, loop, plan.store, plan.full)
    walks = list(zip(plan.jobs, plan.clients, plan.keys, plan.scopes, results, strict=True))
    if len(walks) == 1:
        engine.walk(*walks[0])
    else:
        with concurrent.futures.ThreadPoolExecutor(max_workers=min(len(walks), 8)) as pool:
            futures = [pool.submit(engine.walk, *walk) for walk in walks]
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
