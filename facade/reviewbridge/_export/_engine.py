"""The incremental export engine: every page is written, made durable, then recorded in the state.

Order per page: append the page's new reviews to the output, flush and fsync, then atomically replace
the state with the new output offset and the page's resume point. A run killed at any moment restarts
from the last recorded page and first cuts the output back to the recorded offset, so each review
version ends up in the output exactly once.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._client import ReviewPage, SyncClient
from .._exceptions import ConfigurationError, ExportError, ReviewBridgeError, StateError
from .._logging import log_scope
from .._providers import REGISTRY, ExportPolicy, ProviderInfo, WalkSize
from .._suggest import did_you_mean
from ._marks import Footprint, check_walks, scope_key
from ._rejects import Rejects, rejects_beside, set_aside
from ._state import CLOCK_SKEW, State, lock_state
from ._walk import Selection, Walk
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
    #: the environment variable each credential was read from, by constructor argument (a config file's
    #: ``*_env`` keys), for messages; a credential not named here comes from its provider's default one
    credential_env: dict[str, str] = field(default_factory=dict)


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
    #: the walk stopped at ``max_reviews`` before its end: its state records where the next run goes on
    limited: bool = False
    #: the walk's size where its API tells it (with progress only): a total for the progress display
    size: WalkSize | None = None
    #: records set aside in the rejects file: they could not be read, mapped or written
    rejected: int = 0

    def count(self, selection: Selection, retries: int, unwritten: int = 0, rejected: int = 0) -> None:
        """A page is recorded, ``selection`` of it delivered but ``unwritten`` of those, ``rejected`` of it
        set aside (those, and records that could not be read); ``retries``: the client's retries so far."""
        self.written += len(selection.fresh) - unwritten
        self.rejected += rejected
        self.skipped += selection.skipped
        self.pages += 1
        self.retries = retries
        if selection.future:
            self.future += selection.future
            self.future_example = selection.future_example

    def future_warning(self, delivered: str) -> str | None:
        """The warning about reviews stamped in the future (``delivered``: exported), if there were any."""
        if not self.future:
            return None
        return (
            f"warning: {self.key}: {self.future} review(s) carry a change time in the future "
            f"(e.g. {self.future_example}); {delivered}, but the incremental mark stays at this run's start"
        )

    @property
    def progress(self) -> int:
        """How far the walk is, in the unit of ``size`` (pages, or reviews listed)."""
        return self.pages if self.size is None or self.size.unit == "pages" else self.written + self.skipped

    def summary(self, verb: str, already: str, incremental: bool) -> str:
        """The scope's line at the end of a run (``verb``: written, ``already``: exported); a run that found
        nothing new says why."""
        done = f"{self.pages} pages, {self.retries} retries"
        if self.written:
            return f"{self.key}: {self.written} reviews {verb} ({self.skipped} already {already}), {done}"
        if self.skipped:
            why = f"the {self.skipped} reviews listed were {already} already"
        else:
            why = "no review changed since the last run" if incremental else "the scope lists no reviews"
        return f"{self.key}: nothing new ({why}), {done}"

    def rejects_line(self, rejects: Rejects | None) -> str | None:
        """The line naming the records this scope set aside, if it set any aside."""
        if not self.rejected or rejects is None:
            return None
        return (
            f"{self.key}: {self.rejected} record(s) could not be used and were set aside in {rejects.path} "
            "(each with the reason and the record); the run is partial"
        )


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


ClientFactory = Callable[[Job], SyncClient]


def provider_info(name: str) -> ProviderInfo:
    """The registry entry of ``name``; an ExportError naming the known providers otherwise."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise ExportError(
            f"unknown provider {name!r}{did_you_mean(name, REGISTRY)}; known: {', '.join(REGISTRY)}"
        ) from None


def job_credentials(job: Job) -> dict[str, str]:
    """The job's credentials: those it holds, and those it names by variable (``credential_env``) read
    now. A scope of ``reviewbridge.dlt.scopes_from_config`` holds names only, so that its credentials
    are read when its client is made (an orchestrator's task), not when the config is."""
    found = dict(job.credentials)
    for argument, var in job.credential_env.items():
        if argument not in found:
            value = os.environ.get(var)
            if not value:
                raise ConfigurationError(f"environment variable {var} (from {argument}_env) is not set")
            found[argument] = value
    return found


def default_client_factory(job: Job) -> SyncClient:
    info = provider_info(job.provider)
    # Plain http is accepted for loopback (the sandboxes) and refused elsewhere by the client itself.
    options: dict[str, Any] = {"timeout": job.timeout} if job.timeout is not None else {}
    credentials = job_credentials(job)
    return info.client(
        base_url=job.base_url, allow_insecure=job.allow_insecure, **credentials, **job.client_options, **options
    )


class _Engine:
    def __init__(
        self,
        state: State,
        writer: Writer,
        since: dt.datetime | None,
        incremental: bool,
        concurrency: int,
        on_page: Callable[[ScopeResult], None] | None,
        max_reviews: int | None = None,
        rejects: Rejects | None = None,
    ) -> None:
        self.rejects = rejects
        self.state = state
        self.max_reviews = max_reviews
        self.writer = writer
        self.since = since
        self.incremental = incremental
        self.concurrency = concurrency
        self.on_page = on_page
        self.io_lock = threading.Lock()
        # The mark never moves past this, whatever the records say: a change stamped later than the run's
        # start is a clock error or a lie, and the next run asks again from the run's start.
        self.ceiling = dt.datetime.now(dt.UTC) + CLOCK_SKEW

    def walk(self, job: Job, client: SyncClient, key: str, scope: dict[str, Any], result: ScopeResult) -> None:
        policy = provider_info(job.provider).export
        walk = Walk(self.state, job.provider, key, scope, policy, self.since, self.io_lock, self.ceiling)
        filters = walk.filters(job.filters)
        concurrency = 1 if self.incremental else self.concurrency
        pages = client.review_pages_for(
            filters,
            resume=walk.resume,
            concurrency=concurrency,
            follow_changes=True,
            set_aside=self.rejects is not None,
        )
        done = False
        at = walk.resume  # where the current page is read from: a walk cut within a page goes on there
        for page in pages:
            if self.on_page is not None and result.pages == 0 and at is None:
                result.size = walk_size(provider_info(job.provider), client, filters, page, walk.since is None)
            selection = walk.select(page, None if self.max_reviews is None else self.max_reviews - result.written)
            # Encoding (the costly part) runs outside the lock, and scopes export in parallel.
            data, unwritten = self.writer.encode_each(selection.reviews)
            rejected = set_aside(self.rejects, job.provider, key, page, unwritten)
            with self.io_lock:
                self.writer.append(data)
                done = walk.record(page, selection, at)
                self.state.output_offset = self.writer.offset
                if self.incremental:
                    self.state.save()
                result.count(selection, client.retries, len(unwritten), rejected)
            if self.on_page is not None:
                self.on_page(result)
            reached = self.max_reviews is not None and result.written >= self.max_reviews
            if reached and (selection.cut or not done or concurrency > 1):  # pages in flight never know the last
                result.limited = True
                break
            if selection.stop:
                break
            at = dict(page.resume) if page.resume is not None else None
        with self.io_lock:
            if not done and not result.limited:  # the walk ended without a page saying so
                walk.commit()
                if self.incremental:
                    self.state.save()
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
    csv_raw: bool = False,
    csv_bom: bool = False,
    max_reviews: int | None = None,
    rejects: Rejects | None = None,
) -> list[ScopeResult]:
    """Export every job's scope to ``out``; incremental and crash-safe with ``state_path``.

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
    if rejects is None:
        rejects = Rejects(rejects_beside(out))
    clients: list[SyncClient] = []
    try:
        keys: list[str] = []
        scopes: list[dict[str, Any]] = []
        walks: list[tuple[Footprint, ExportPolicy]] = []
        for job in jobs:
            info = provider_info(job.provider)
            client = client_factory(job)
            clients.append(client)
            scope = client.scope_of(job.filters)
            key = scope_key(job.provider, scope)
            if key in keys:
                raise ExportError(f"scope {key} is listed twice")
            keys.append(key)
            scopes.append(scope)
            walks.append((Footprint.of(job.provider, key, scope, info.export), info.export))
        check_walks(walks, None)
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
            check_walks(walks, state, state_path)
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
                plan = _Plan(jobs, clients, keys, scopes)
                return _run(plan, state, writer, fmt, True, since, 1, on_start, on_page, max_reviews, rejects)
            finally:
                writer.close()
    finally:
        for client in clients:
            client.close()


def check_outputs(out: str, state_path: Path | None) -> None:
    """Refuse an output and state file that cannot go together (before any file is touched)."""
    if state_path is None:
        return
    if out == "-":
        raise ExportError("--state needs a file for --out (the output is the ledger of what was exported)")
    if not state_path.name or state_path.is_dir():  # before any lock is made
        raise StateError(f"state file {state_path} is a directory; name a file")
    if Path(out).resolve() in (Path(f"{state_path}{end}").resolve() for end in ("", ".lock", ".run")):
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


def logged_walk(
    engine: _Engine, job: Job, client: SyncClient, key: str, scope: dict[str, Any], result: ScopeResult
) -> None:
    """``engine.walk``, its requests' log records naming the scope."""
    with log_scope(key):
        engine.walk(job, client, key, scope, result)


@dataclass(frozen=True)
class _Plan:
    """The walks of an export, checked: each job with its client, scope key and scope."""

    jobs: list[Job]
    clients: list[SyncClient]
    keys: list[str]
    scopes: list[dict[str, Any]]


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
    engine = _Engine(state, writer, since, incremental, concurrency, on_page, max_reviews, rejects)
    walks = list(zip(plan.jobs, plan.clients, plan.keys, plan.scopes, results, strict=True))
    if len(walks) == 1:
        logged_walk(engine, *walks[0])
    else:
        with concurrent.futures.ThreadPoolExecutor(max_workers=min(len(walks), 8)) as pool:
            futures = [pool.submit(logged_walk, engine, *walk) for walk in walks]
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
