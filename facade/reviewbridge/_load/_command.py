"""The ``load`` command's run: progress while it goes, one summary line per scope at the end."""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from .._counted import counted
from .._dry_run import Plan, plan_load
from .._export import PARTIAL, ClientFactory, Job, Rejects, ScopeResult, SharedClients, fanned_out, rejects_beside
from .._terminal import printable
from ._pipeline import REVIEWS_PER_RUN, LoadError, resolve_target, run_load, stored_digests, stored_scopes
from ._source import check_scopes

Progress = tuple[Callable[[list[ScopeResult]], None], Callable[[ScopeResult], None], Callable[[], None]]


def load(
    jobs: Sequence[Job],
    *,
    to: str | None,
    destination: str | None,
    dataset: str | None,
    since: dt.datetime | None,
    commit_every: int | None,
    client_factory: ClientFactory,
    progress: Progress | None,
    max_reviews: int | None = None,
    rejects_path: Path | None = None,
    strict: bool = False,
    full_scan: bool = False,
) -> int:
    """Run ``reviewbridge load``; the exit status."""
    # reviewbridge talks to the review APIs and the destination only, never to dlt's usage statistics
    # (a user who wants to send them sets RUNTIME__DLTHUB_TELEMETRY themselves).
    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
    target = resolve_target(destination, dataset, to)
    if commit_every is not None and commit_every < 1:
        raise LoadError(f"--commit-every must be 1 or more, not {commit_every}")
    if max_reviews is not None and max_reviews < 1:
        raise LoadError(f"--max-reviews must be 1 or more, not {max_reviews}")
    _check_full_scan(full_scan, since)
    rejects = Rejects(rejects_path or rejects_beside(target.database), strict=strict)
    # The scopes of one account (every location) share a connection and a token, the fan-out's too.
    shared = SharedClients(client_factory)
    try:
        jobs = fanned_out(jobs, shared)  # a scope standing for many (every location): each of them
        started = time.monotonic()
        try:
            results = run_load(
                jobs,
                target,
                since=since,
                reviews_per_run=commit_every or REVIEWS_PER_RUN,
                client_factory=shared,
                max_reviews=max_reviews,
                rejects=rejects,
                full_scan=full_scan,
                on_start=progress[0] if progress else None,
                on_page=progress[1] if progress else None,
            )
        finally:
            if progress:
                progress[2]()
    finally:
        shared.close()
    elapsed = time.monotonic() - started
    for r in results:
        print(f"reviewbridge: {r.summary('loaded', 'loaded', True)}", file=sys.stderr)
        if r.limited:
            print(
                f"reviewbridge: {r.key}: stopped at --max-reviews {max_reviews}; the next load continues the "
                "walk after the last review loaded",
                file=sys.stderr,
            )
        for line in (r.future_warning("loaded"), r.rejects_line(rejects), r.scan_line()):
            if line is not None:
                print(f"reviewbridge: {printable(line)}", file=sys.stderr)  # it may quote a server's record
    total, deleted = sum(r.written for r in results), sum(r.deleted for r in results)
    same = ": nothing new since the last load, the table is up to date" if not total and not deleted else ""
    same += f" ({counted(deleted, 'deletion')} recorded in deleted_at)" if deleted else ""
    print(
        f"reviewbridge: {counted(total, 'review')} loaded into {target.describe()} in {elapsed:.1f}s{same}",
        file=sys.stderr,
    )
    return PARTIAL if rejects.total else 0


def _check_full_scan(full_scan: bool, since: dt.datetime | None) -> None:
    if full_scan and since is not None:
        raise LoadError("--full-scan walks each scope's whole list: --since does not apply to it")


def dry_run(
    jobs: Sequence[Job],
    *,
    to: str | None,
    destination: str | None,
    dataset: str | None,
    since: dt.datetime | None,
    client_factory: ClientFactory,
    full_scan: bool = False,
) -> Plan:
    """``reviewbridge load --dry-run``: the load's own checks, ``check``'s, and where each scope would start
    (``full_scan``: each scope's full re-scan, and where the digest store is)."""
    target = resolve_target(destination, dataset, to)
    _check_full_scan(full_scan, since)
    check_scopes(jobs, client_factory)
    stored, where = stored_scopes(target)
    running = stored.unfinished()
    return plan_load(
        jobs,
        since=since,
        client_factory=client_factory,
        scope_state=stored.entry,
        unfinished=running,
        where=where,
        digests=stored_digests(target),
        full_scan=full_scan,
    )
