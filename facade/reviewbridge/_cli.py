"""The ``reviewbridge`` command: ``export``, ``load``, ``providers``, ``sandbox``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ._exceptions import ReviewBridgeError
from ._export import ConfigError, ExportError, Job, ScopeResult, StateError, load_config, run_export
from ._export._sync import PROVIDERS, ClientFactory, default_client_factory
from ._export._writer import FORMATS

PROVIDER_INFO = {
    "reevoo": ("listCustomerExperienceReviews, getCustomerExperienceReview", "HTTP Basic", "none (moving window)"),
    "thanx": ("listFeedbacks", "bearer token + client id header", "page numbers"),
    "etrusted": (
        "listCustomerReviews, getCustomerReview, createCustomerReviewVeto",
        "OAuth2 client credentials",
        "cursor",
    ),
    "testfreaks": (
        "listReviews, getReview, createReview, updateReview, deleteReview",
        "HTTP Basic (API key)",
        "next link",
    ),
}
ENV_VARS = {
    "reevoo": "REVIEWBRIDGE_REEVOO_API_KEY, REVIEWBRIDGE_REEVOO_API_SECRET",
    "thanx": "REVIEWBRIDGE_THANX_CLIENT_ID, REVIEWBRIDGE_THANX_ACCESS_TOKEN",
    "etrusted": "REVIEWBRIDGE_ETRUSTED_CLIENT_ID, REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET",
    "testfreaks": "REVIEWBRIDGE_TESTFREAKS_API_KEY",
}


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, no usage dump
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _parse_since(value: str) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--since {value!r} is not an ISO 8601 date-time (e.g. 2024-05-01T00:00:00Z)") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="reviewbridge", description="Export reviews from Reevoo, Thanx, eTrusted and TestFreaks.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    export = commands.add_parser("export", help="export reviews to JSON lines or CSV, incrementally with --state")
    _add_scope_options(export, "export")
    export.add_argument("--out", help="output file, '-' for stdout")
    export.add_argument("--format", choices=FORMATS, default=None, help="jsonl (default) or csv")
    export.add_argument("--state", type=Path, help="state file: export only what changed since the last run")
    export.add_argument("--concurrency", type=int, default=1, help="pages in flight (page-number APIs, no --state)")
    load = commands.add_parser("load", help="load reviews into DuckDB (or any dlt destination), incrementally")
    _add_scope_options(load, "load")
    load.add_argument("--to", help="DuckDB database file (default reviews.duckdb); its pipeline state goes beside it")
    load.add_argument("--dataset", help="dataset (schema) of the reviews table (default reviewbridge)")
    load.add_argument(
        "--destination", help="a dlt destination name (default duckdb); credentials from dlt's env vars or secrets.toml"
    )
    load.add_argument(
        "--commit-every", type=int, help="reviews per scope between commits (default 50000): what a killed run repeats"
    )
    commands.add_parser("providers", help="list providers, operations, auth and pagination")
    sandbox = commands.add_parser("sandbox", help="run a local sandbox API", add_help=False)
    sandbox.add_argument("rest", nargs=argparse.REMAINDER)
    return parser


def _add_scope_options(parser: argparse.ArgumentParser, verb: str) -> None:
    """What to read: the options ``export`` and ``load`` share (scope, filters, base URL, --all --config)."""
    parser.add_argument("provider", nargs="?", help=f"one of {', '.join(PROVIDERS)}")
    parser.add_argument("--all", action="store_true", help=f"{verb} every [[export]] entry of --config")
    parser.add_argument("--config", type=Path, help="TOML file with [[export]] entries (with --all)")
    parser.add_argument("--since", help="only reviews changed since this ISO 8601 date-time")
    parser.add_argument("--base-url", help="API base URL (e.g. a sandbox)")
    parser.add_argument("--trkref", help="reevoo: organisation trkref (required)")
    parser.add_argument("--branch-code", help="reevoo: branch code")
    parser.add_argument("--older-reviews", action="store_true", default=None, help="reevoo: all reviews, not a window")
    parser.add_argument("--merchant-id", help="thanx: merchant id (required)")
    parser.add_argument("--states", action="append", help="thanx: feedback state filter (repeatable)")
    parser.add_argument("--channel-id", action="append", help="etrusted: channel id (required, repeatable)")
    parser.add_argument("--client-id", help="testfreaks: client id")


def _jobs_from_args(args: argparse.Namespace) -> list[Job]:
    provider = args.provider
    if provider not in PROVIDERS:
        raise UsageError(f"unknown provider {provider!r}; choose one of {', '.join(PROVIDERS)}")
    options = {
        "reevoo": {"trkref": args.trkref, "branch_code": args.branch_code, "older_reviews": args.older_reviews},
        "thanx": {"merchant_id": args.merchant_id, "states": args.states},
        "etrusted": {},
        "testfreaks": {"client_id": args.client_id},
    }[provider]
    foreign = {
        "--trkref": args.trkref,
        "--branch-code": args.branch_code,
        "--older-reviews": args.older_reviews,
        "--merchant-id": args.merchant_id,
        "--states": args.states,
        "--channel-id": args.channel_id,
        "--client-id": args.client_id,
    }
    own = {
        "reevoo": {"--trkref", "--branch-code", "--older-reviews"},
        "thanx": {"--merchant-id", "--states"},
        "etrusted": {"--channel-id"},
        "testfreaks": {"--client-id"},
    }[provider]
    wrong = sorted(name for name, value in foreign.items() if value is not None and name not in own)
    if wrong:
        raise UsageError(f"{', '.join(wrong)} do(es) not apply to {provider}")
    required = {"reevoo": ("trkref", "--trkref"), "thanx": ("merchant_id", "--merchant-id")}.get(provider)
    if required and not options.get(required[0]):
        raise UsageError(f"{provider} needs {required[1]}")
    filters = {k: v for k, v in options.items() if v is not None}
    if provider == "etrusted":
        if not args.channel_id:
            raise UsageError("etrusted needs --channel-id (repeat it for several channels)")
        return [Job(provider, {"channel_id": c}, base_url=args.base_url) for c in args.channel_id]
    return [Job(provider, filters, base_url=args.base_url)]


class _Progress:
    """A rich progress display on stderr (only on a terminal)."""

    def __init__(self, verb: str = "written") -> None:
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TextColumn("{task.completed} " + verb),
            TextColumn("{task.fields[pages]} pages"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._tasks: dict[str, Any] = {}

    def start(self, results: list[ScopeResult]) -> None:
        self._progress.start()
        for result in results:
            self._tasks[result.key] = self._progress.add_task(result.key, total=None, pages=0)

    def page(self, result: ScopeResult) -> None:
        self._progress.update(self._tasks[result.key], completed=result.written, pages=result.pages)

    def stop(self) -> None:
        self._progress.stop()


def _export(args: argparse.Namespace, client_factory: ClientFactory) -> int:
    if args.all:
        if args.provider:
            raise UsageError("give either a PROVIDER or --all, not both")
        if args.config is None:
            raise UsageError("--all needs --config FILE")
        config = load_config(args.config)
        jobs, out = config.jobs, args.out or config.output
        state = args.state or (Path(config.state) if config.state else None)
        fmt = args.format or config.format or "jsonl"
        if fmt not in FORMATS:
            raise UsageError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    else:
        if not args.provider:
            raise UsageError("give a PROVIDER (one of " + ", ".join(PROVIDERS) + ") or --all --config FILE")
        jobs, out, state, fmt = _jobs_from_args(args), args.out, args.state, args.format or "jsonl"
    if not out:
        raise UsageError("--out PATH is required ('-' for stdout)")
    since = _parse_since(args.since) if args.since else None
    progress = _Progress() if sys.stderr.isatty() else None
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
        )
    finally:
        if progress:
            progress.stop()
    elapsed = time.monotonic() - started
    for r in results:
        print(
            f"reviewbridge: {r.key}: {r.written} reviews written ({r.skipped} already exported), "
            f"{r.pages} pages, {r.retries} retries",
            file=sys.stderr,
        )
    total = sum(r.written for r in results)
    print(f"reviewbridge: {total} reviews written in {elapsed:.1f}s", file=sys.stderr)
    return 0


def _load(args: argparse.Namespace, client_factory: ClientFactory) -> int:
    try:
        from ._load import _command as command
    except ImportError as exc:
        raise UsageError(f"load needs the warehouse extra (pip install 'reviewbridge[warehouse]'): {exc}") from None
    if args.all:
        if args.provider:
            raise UsageError("give either a PROVIDER or --all, not both")
        if args.config is None:
            raise UsageError("--all needs --config FILE")
        config = load_config(args.config)
        jobs = config.jobs
        to, destination, dataset = args.to or config.to, args.destination or config.destination, args.dataset
        dataset = dataset if dataset is not None else config.dataset
    else:
        if not args.provider:
            raise UsageError("give a PROVIDER (one of " + ", ".join(PROVIDERS) + ") or --all --config FILE")
        jobs, to, destination, dataset = _jobs_from_args(args), args.to, args.destination, args.dataset
    since = _parse_since(args.since) if args.since else None
    progress = _Progress("loaded") if sys.stderr.isatty() else None
    return command.load(
        jobs,
        to=to,
        destination=destination,
        dataset=dataset,
        since=since,
        commit_every=args.commit_every,
        client_factory=client_factory,
        progress=(progress.start, progress.page, progress.stop) if progress else None,
    )


def _providers() -> int:
    for name, (operations, auth, pagination) in PROVIDER_INFO.items():
        print(f"{name}\n  operations: {operations}\n  auth:       {auth} ({ENV_VARS[name]})")
        print(f"  pagination: {pagination}")
    return 0


def _sandbox(rest: list[str]) -> int:
    try:
        from . import sandbox
    except ImportError:
        raise UsageError(
            "the sandboxes are not available in this installation (reviewbridge.sandbox is missing); "
            "install reviewbridge[sandbox]"
        ) from None
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = getattr(sandbox, "add_arguments", None)
    run: Callable[[argparse.Namespace], int] | None = getattr(sandbox, "run", None)
    if add_arguments is None or run is None:
        raise UsageError("reviewbridge.sandbox is incomplete (no add_arguments/run); update the installation")
    parser = _Parser(prog="reviewbridge sandbox")
    add_arguments(parser)
    return run(parser.parse_args(rest))


def main(argv: list[str] | None = None, *, client_factory: ClientFactory = default_client_factory) -> int:
    """Run the command line; the exit status (0 success, 1 failure, 2 usage)."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv[:1] == ["sandbox"]:  # its own parser: argparse's REMAINDER would not pass it "--help"
            return _sandbox(argv[1:])
        args = build_parser().parse_args(argv)
        if args.command == "providers":
            return _providers()
        if args.command == "sandbox":
            return _sandbox(args.rest)
        if args.command == "load":
            return _load(args, client_factory)
        return _export(args, client_factory)
    except UsageError as exc:
        return _fail(str(exc), 2)
    except (ExportError, ConfigError, StateError, ReviewBridgeError) as exc:
        return _fail(str(exc), 1)
    except OSError as exc:
        where = f" {exc.filename}" if getattr(exc, "filename", None) else ""
        return _fail(f"{exc.strerror or exc}{':' if where else ''}{where}", 1)
    except KeyboardInterrupt:
        return _fail("interrupted; run the same command again to continue", 130)


def _fail(message: str, status: int) -> int:
    first = " ".join(message.split()) or "unknown error"
    print(f"reviewbridge: error: {first}", file=sys.stderr)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
