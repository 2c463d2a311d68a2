"""``export``, ``load`` and ``check``: the commands that read a provider's scopes."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .._counted import counted
from .._exceptions import UsageError
from .._export import (
    FORMATS,
    PARTIAL,
    ClientFactory,
    Rejects,
    rejects_beside,
    run_export,
)
from ._args import parse_since, read_jobs
from ._progress import Progress
from ._say import fail, out, say

if TYPE_CHECKING:
    from .._check import Finding
    from .._dry_run import Plan


def export_command(args: argparse.Namespace, client_factory: ClientFactory) -> int:
    jobs, config = read_jobs(args)
    if config is not None:
        out = args.out or config.output
        state = args.state or (Path(config.state) if config.state else None)
        fmt = args.format or config.format or "jsonl"
        if fmt not in FORMATS:
            raise UsageError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    else:
        out, state, fmt = args.out, args.state, args.format or "jsonl"
    if not out:
        raise UsageError("--out PATH is required ('-' for stdout)")
    since = parse_since(args.since) if args.since else None
    for flag in ("csv_raw", "csv_bom"):
        if getattr(args, flag) and fmt != "csv":
            raise UsageError(f"--{flag.replace('_', '-')} applies to --format csv only")
    if args.dry_run:
        from .._dry_run import plan_export

        full, factory = args.full_scan, client_factory
        return _show(
            plan_export(jobs, out=out, fmt=fmt, state_path=state, since=since, client_factory=factory, full_scan=full)
        )
    rejects = Rejects(args.rejects or rejects_beside(out), strict=args.strict)
    progress = Progress() if sys.stderr.isatty() else None
    started = time.monotonic()
    try:
        results = run_export(
            jobs,
            out=out,
            fmt=fmt,
            state_path=state,
            since=since,
            concurrency=args.concurrency,
            client_factory=client_factory,
            on_start=progress.start if progress else None,
            on_page=progress.page if progress else None,
            csv_raw=args.csv_raw,
            csv_bom=args.csv_bom,
            max_reviews=args.max_reviews,
            rejects=rejects,
            full_scan=args.full_scan,
        )
    finally:
        if progress:
            progress.stop()
    elapsed = time.monotonic() - started
    for r in results:
        say(r.summary("written", "exported", state is not None))
        if r.limited:
            say(f"{r.key}: stopped at --max-reviews {args.max_reviews}; {_goes_on(state)}")
        for line in (r.future_warning("exported"), r.rejects_line(rejects), r.scan_line()):
            if line is not None:
                say(line)
    total, deleted = sum(r.written for r in results), sum(r.deleted for r in results)
    if deleted:
        recorded = f"{counted(deleted, 'deletion')} recorded (tombstone lines)"
        say(f"{counted(total, 'review')} written and {recorded} in {elapsed:.1f}s")
    else:
        say(f"{counted(total, 'review')} written in {elapsed:.1f}s{_up_to_date(total, state is not None)}")
    return PARTIAL if rejects.total else 0


def _up_to_date(total: int, incremental: bool) -> str:
    return ": nothing new since the last run, the output is up to date" if incremental and not total else ""


def _goes_on(state: Path | None) -> str:
    if state is None:
        return "without --state, the next run starts from the beginning again"
    return "the next run with this state continues the walk after the last review written"


def load_command(args: argparse.Namespace, client_factory: ClientFactory) -> int:
    try:
        from .._load import _command
    except ImportError as exc:
        raise UsageError(f"load needs the warehouse extra: pip install 'reviewbridge[warehouse]' ({exc})") from None
    jobs, config = read_jobs(args)
    to, destination, dataset = args.to, args.destination, args.dataset
    if config is not None:
        to, destination = to or config.to, destination or config.destination
        dataset = dataset if dataset is not None else config.dataset
    since = parse_since(args.since) if args.since else None
    if args.dry_run:
        plan = _command.dry_run(
            jobs,
            to=to,
            destination=destination,
            dataset=dataset,
            since=since,
            client_factory=client_factory,
            full_scan=args.full_scan,
        )
        return _show(plan)
    progress = Progress("loaded") if sys.stderr.isatty() else None
    return _command.load(
        jobs,
        to=to,
        destination=destination,
        dataset=dataset,
        since=since,
        commit_every=args.commit_every,
        max_reviews=args.max_reviews,
        rejects_path=args.rejects,
        strict=args.strict,
        full_scan=args.full_scan,
        client_factory=client_factory,
        progress=(progress.start, progress.page, progress.stop) if progress else None,
    )


def check_command(args: argparse.Namespace, client_factory: ClientFactory) -> int:
    """``reviewbridge check``: a line per scope, on standard output when it is fine, as an error otherwise."""
    from .._check import check

    jobs, _ = read_jobs(args)
    return _findings(check(jobs, client_factory))


def _findings(findings: list[Finding]) -> int:
    """``check``'s lines: what was found on standard output, what is wrong as errors; the exit status."""
    for finding in findings:
        if finding.ok:
            out(finding.line)
        else:
            fail(finding.line, 1)
    return 0 if all(finding.ok for finding in findings) else 1


def _show(plan: Plan) -> int:
    """A dry run's lines: ``check``'s, then where each scope would start; the exit status."""
    status = _findings(plan.findings)
    for line in plan.starts:
        out(line)
    say("dry run: nothing was written")
    return status
