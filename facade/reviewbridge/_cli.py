"""The ``reviewbridge`` command: ``export``, ``load``, ``check``, ``init``, ``reply``, ``providers``, ``schema``,
``sandbox``."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
import importlib.util
import logging
import math
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._client import timeout_problem
from ._exceptions import ReviewBridgeError, UsageError
from ._export import (
    FORMATS,
    PARTIAL,
    ClientFactory,
    Config,
    Job,
    Rejects,
    ScopeResult,
    default_client_factory,
    load_config,
    rejects_beside,
    run_export,
)
from ._export._config import missing_options, scopes_per_value
from ._flags import add_loose, add_typed, given_options, not_applying, provider_epilog
from ._logging import FORMATS as LOG_FORMATS
from ._logging import LEVELS as LOG_LEVELS
from ._logging import configure as configure_logging
from ._providers import REGISTRY, ProviderInfo, ScopeOption
from ._schema import FORMATS as SCHEMA_FORMATS
from ._secrets import redact
from ._suggest import did_you_mean
from ._terminal import printable
from ._timestamps import LATEST_MARK, OutOfRange, parse_iso8601
from ._version import __version__

if TYPE_CHECKING:
    from ._check import Finding
    from ._dry_run import Plan


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, typed: Callable[[ProviderInfo], _Parser] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: ``export``, ``load``, ``check``: the parser of one provider's typed flags (see parse_known_args)
        self.typed = typed
        #: the provider whose typed flags this parser has
        self.info: ProviderInfo | None = None

    def parse_known_args(  # type: ignore[override]
        self, args: list[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """A command taking a PROVIDER reads the command line twice: with every provider's flags by arity
        alone (which provider it names, whatever comes first), then with that provider's typed flags."""
        if self.typed is None:
            return super().parse_known_args(args, namespace)
        words = list(sys.argv[1:] if args is None else args)
        loose, _ = super().parse_known_args(words, None)
        info = REGISTRY.get(loose.provider) if loose.provider and not loose.all else None
        if info is None:
            if loose.help:
                self.print_help()
                self.exit()
            return super().parse_known_args(words, namespace)
        return self.typed(info).parse_args(words, namespace), []  # its own error for a flag it lacks

    def error(self, message: str) -> Any:  # one line, no usage dump
        if self.info is not None and message.startswith("unrecognized arguments: "):
            flag = message.split()[2].partition("=")[0]
            other = not_applying(flag, REGISTRY, self.info)
            if other is not None:
                raise UsageError(f"{other} (see '{self.prog} {self.info.name} --help')")
        raise UsageError(f"{message}{self._suggestion(message)} (see '{self.prog} --help')")

    def _suggestion(self, message: str) -> str:
        """Did-you-mean for an unknown option (any command's) or a choice argparse refused."""
        choice = re.search(r"invalid choice: '?(.*?)'? \(choose from (.*)\)$", message)
        if choice is not None:  # the choices quoted or not, as Python versions write them
            return did_you_mean(choice.group(1), [c.strip("'") for c in choice.group(2).split(", ")])
        if message.startswith("unrecognized arguments: "):
            unknown = [word.partition("=")[0] for word in message.split()[2:] if word.startswith("--")]
            return did_you_mean(unknown[0], self._all_options()) if unknown else ""
        return ""

    def _all_options(self) -> list[str]:
        found: list[str] = []
        for action in self._actions:
            found += (o for o in action.option_strings if o.startswith("--"))
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    found += (o for a in sub._actions for o in a.option_strings if o.startswith("--"))
        return found


def _parse_since(value: str) -> dt.datetime:
    example = "e.g. 2024-05-01T00:00:00Z"
    try:  # room for the marks' arithmetic (minutes either way) at both ends of datetime's range
        return parse_iso8601(value, latest=LATEST_MARK)
    except OutOfRange:
        raise UsageError(
            f"--since {value!r} is out of range: give a date between the years 1 and 9999 ({example})"
        ) from None
    except ValueError:
        raise UsageError(f"--since {value!r} is not an ISO 8601 date-time ({example})") from None


def _parse_timeout(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    problem = timeout_problem(seconds)
    if problem is not None:
        what = "not a positive number of seconds" if math.isnan(seconds) else problem
        raise UsageError(f"--timeout {value!r} is {what}")
    return seconds


#: Options naming files: any bytes the file system takes. Every other argument is text sent or shown.
_PATH_OPTIONS = frozenset({"out", "to", "config", "state", "output", "rejects"})


def _check_text(args: argparse.Namespace) -> None:
    """Arguments that are not text (bytes that are not UTF-8, which Python keeps as lone surrogates)
    cannot be sent to an API: one clear line, before anything starts."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if name not in _PATH_OPTIONS and isinstance(item, str) and not _is_text(item):
                option = name.removeprefix("filter_").rstrip("_")
                flag = name if name in ("provider", "review_id", "text") else "--" + option.replace("_", "-")
                raise UsageError(f"{flag} is not valid text (it holds bytes that are not UTF-8)")


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _reply_options(info: ProviderInfo) -> Iterable[ScopeOption]:
    return info.reply.options if info.reply else ()


def _reply_flags(parser: argparse.ArgumentParser) -> None:
    """Every provider's reply flags, from the registry (a flag two providers share is added once)."""
    added: dict[str, list[str]] = {}
    for info in REGISTRY.values():
        for option in _reply_options(info):
            added.setdefault(option.key, []).append(f"{info.name}: {option.help}")
    for info in REGISTRY.values():
        for option in _reply_options(info):
            if option.key not in added:
                continue
            flag_help = "; ".join(added.pop(option.key))
            if option.kind == "flag":
                parser.add_argument(option.flag, dest=option.key, action="store_true", default=None, help=flag_help)
            else:
                parser.add_argument(option.flag, dest=option.key, help=flag_help)


def _input_options(parser: argparse.ArgumentParser, verb: str, *, since: bool = True) -> None:
    """What to read and how: the options ``export``, ``load`` and ``check`` share."""
    parser.add_argument(
        "provider", nargs="?", help=f"one of {', '.join(REGISTRY)} ('{parser.prog} PROVIDER --help': its filters)"
    )
    parser.add_argument("--all", action="store_true", help=f"{verb} every [[export]] entry of --config")
    parser.add_argument("--config", type=Path, help="TOML file with [[export]] entries (with --all)")
    if since:
        parser.add_argument("--since", help="only reviews changed since this ISO 8601 date-time")
    parser.add_argument("--base-url", help="API base URL (e.g. a sandbox)")
    parser.add_argument(
        "--allow-insecure", action="store_true", help="allow plain http to a host other than this machine"
    )
    parser.add_argument(
        "--timeout", help="seconds one attempt of a request may take in all, a slow body included (default 30)"
    )
    if since:  # export and load: what they write
        parser.add_argument(
            "--max-reviews",
            type=int,
            help="stop each scope after N reviews (to try it); the next run goes on from there",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="check each scope, then say where its walk would start (from the state); write nothing",
        )
        parser.add_argument(
            "--rejects",
            type=Path,
            help="where records that cannot be read or written are set aside (default: beside the output, "
            "NAME.rejects.jsonl)",
        )
        parser.add_argument(
            "--strict", action="store_true", help="stop at the first record that cannot be read or written"
        )


def _logging_options(default: object) -> _Parser:
    """-v, --log-level, --log-format: before the command or after it (``default`` SUPPRESS after it, so
    that a command's parser leaves what was given before it)."""
    options = _Parser(add_help=False)
    options.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=default if default is argparse.SUPPRESS else 0,
        help="log to stderr: -v retries, -vv every request, -vvv the HTTP libraries' records too",
    )
    options.add_argument(
        "--log-level", choices=tuple(LOG_LEVELS), default=default, help="log from this level up (instead of -v)"
    )
    options.add_argument(
        "--log-format",
        choices=LOG_FORMATS,
        default=default if default is argparse.SUPPRESS else "text",
        help="text lines (default) or JSON lines: time, level, provider, operation, method, url, status, ...",
    )
    return options


def _export_options(export: argparse.ArgumentParser) -> None:
    _input_options(export, "export")
    export.add_argument("--out", help="output file, '-' for stdout")
    export.add_argument("--format", choices=FORMATS, default=None, help="jsonl (default) or csv")
    export.add_argument("--state", type=Path, help="state file: export only what changed since the last run")
    export.add_argument("--concurrency", type=int, default=1, help="pages in flight (page-number APIs, no --state)")
    export.add_argument(
        "--csv-raw",
        action="store_true",
        help="CSV: write cells starting with = + - @ tab or CR as they are (by default they get a leading ')",
    )
    export.add_argument(
        "--csv-bom",
        action="store_true",
        help="CSV: start the file with a UTF-8 byte-order mark, so that Excel reads accents right",
    )


def _load_options(load: argparse.ArgumentParser) -> None:
    _input_options(load, "load")
    load.add_argument("--to", help="DuckDB database file (default reviews.duckdb); its pipeline state goes beside it")
    load.add_argument("--dataset", help="dataset (schema) of the reviews table (default reviewbridge)")
    load.add_argument(
        "--destination", help="a dlt destination name (default duckdb); credentials from dlt's env vars or secrets.toml"
    )
    load.add_argument(
        "--commit-every", type=int, help="reviews per scope between commits (default 50000): what a killed run repeats"
    )


def _check_options(check: argparse.ArgumentParser) -> None:
    _input_options(check, "check", since=False)


#: the commands that read a PROVIDER's scopes: their help, and their own options
_INPUT_COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "export": ("export reviews to JSON lines or CSV, incrementally with --state", _export_options),
    "load": ("load reviews into DuckDB (or any dlt destination), incrementally", _load_options),
    "check": ("authenticate and read the first page of each scope: what is there, or what is wrong", _check_options),
}


def _typed_parser(command: str, info: ProviderInfo) -> _Parser:
    """``reviewbridge COMMAND PROVIDER``'s parser: the command's options and the provider's typed flags, and
    a ``--help`` naming its filters, its credential variables and an example."""
    what, add_options = _INPUT_COMMANDS[command]
    parser = _Parser(
        prog=f"reviewbridge {command}",
        description=f"{what}. {info.name}: {info.operations}",
        epilog=provider_epilog(command, info),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_logging_options(argparse.SUPPRESS)],
    )
    parser.info = info
    add_options(parser)
    add_typed(parser, info, f"{info.name} scope and filters (from its list operation)")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reviewbridge",
        description="Export reviews from " + ", ".join(REGISTRY) + ".",
        parents=[_logging_options(None)],
    )
    parser.add_argument("--version", action="version", version=f"reviewbridge {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    # Every command takes the logging options too, after its name (the sandbox's are its own).
    logging_options = [_logging_options(argparse.SUPPRESS)]
    add = functools.partial(subparsers.add_parser, parents=logging_options)
    for command, (what, add_options) in _INPUT_COMMANDS.items():
        typed = functools.partial(_typed_parser, command)
        found = add(command, help=what, add_help=False, typed=typed)
        found.add_argument("-h", "--help", action="store_true", help="show this help (PROVIDER --help: its filters)")
        add_options(found)
        add_loose(found, REGISTRY.values())
    repliers = [name for name, info in REGISTRY.items() if info.reply is not None]
    reply = add("reply", help=f"reply to one review ({', '.join(repliers)})")
    reply.add_argument("provider", help=f"one of {', '.join(repliers)}")
    reply.add_argument("review_id", help="id of the review, as the provider's API names it")
    reply.add_argument("text", help="the reply")
    reply.add_argument("--base-url", help="API base URL (e.g. a sandbox)")
    reply.add_argument(
        "--allow-insecure", action="store_true", help="allow plain http to a host other than this machine"
    )
    reply.add_argument("--timeout", help="seconds one attempt of a request may take in all (default 30)")
    _reply_flags(reply)
    add("providers", help="list providers, operations, auth, pagination and replies")
    init = add("init", help="a commented config file: every provider's scope keys and credentials")
    init.add_argument("--output", type=Path, help="write it to this new file (never overwritten) instead of stdout")
    schema = add("schema", help="describe the output: an export line's JSON Schema, or the warehouse table's SQL")
    schema.add_argument("--format", choices=SCHEMA_FORMATS, default="json-schema", help="default json-schema")
    schema.add_argument("--dataset", help="sql: the table's dataset (schema), as load's (default reviewbridge)")
    sandbox = subparsers.add_parser("sandbox", help="run a local sandbox API", add_help=False)
    sandbox.add_argument("rest", nargs=argparse.REMAINDER)
    return parser


def _jobs_from_args(args: argparse.Namespace) -> list[Job]:
    info = REGISTRY.get(args.provider)
    if info is None:
        hint = did_you_mean(args.provider, REGISTRY)
        raise UsageError(f"unknown provider {args.provider!r}{hint}; choose one of {', '.join(REGISTRY)}")
    given = given_options(info, args)
    for option in missing_options(info, given, cli=True):
        repeat = " (repeat it for several)" if option.many else ""
        instead = info.option(option.unless) if option.unless else None
        alternative = f" or {instead.flag}" if instead is not None else ""
        raise UsageError(f"{info.name} needs {option.flag}{repeat}{alternative}")
    return [
        Job(info.name, scope, base_url=args.base_url, allow_insecure=args.allow_insecure)
        for scope in scopes_per_value(info, given)
    ]


def _jobs(args: argparse.Namespace) -> tuple[list[Job], Config | None]:
    """The scopes to read, from PROVIDER and its flags or from --all --config (with the config)."""
    config: Config | None
    if args.all:
        if args.provider:
            raise UsageError("give either a PROVIDER or --all, not both")
        if args.config is None:
            raise UsageError("--all needs --config FILE")
        config = load_config(args.config)
        jobs = config.jobs
        if args.allow_insecure:
            jobs = [dataclasses.replace(job, allow_insecure=True) for job in jobs]
    elif not args.provider:
        raise UsageError("give a PROVIDER (one of " + ", ".join(REGISTRY) + ") or --all --config FILE")
    else:
        jobs, config = _jobs_from_args(args), None
    if args.timeout is not None:
        timeout = _parse_timeout(args.timeout)
        jobs = [dataclasses.replace(job, timeout=timeout) for job in jobs]
    return jobs, config


class _Progress:
    """A rich progress display on stderr (only on a terminal)."""

    def __init__(self, verb: str = "written", console: Any = None) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TextColumn("{task.fields[written]} " + verb),
            TextColumn("{task.fields[pages]} pages{task.fields[of]}"),
            BarColumn(bar_width=20),  # pulses without a total
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),  # from the rate so far, where the API gives a total
            console=console or Console(stderr=True),
            transient=True,
        )
        self._tasks: dict[str, Any] = {}

    def start(self, results: list[ScopeResult]) -> None:
        self._progress.start()
        for result in results:
            description = printable(result.key).replace("[", r"\[")  # no rich markup either
            self._tasks[result.key] = self._progress.add_task(description, total=None, written=0, pages=0, of="")

    def page(self, result: ScopeResult) -> None:
        self._progress.update(self._tasks[result.key], **progress_fields(result))

    def stop(self) -> None:
        self._progress.stop()


def progress_fields(result: ScopeResult) -> dict[str, Any]:
    """A scope's progress task: counts, and (where its API gives the walk's size) the total and how far."""
    fields: dict[str, Any] = {"written": result.written, "pages": result.pages, "completed": result.progress}
    size = result.size
    if size is not None:
        total = max(size.count, result.progress)  # a listing that grew meanwhile: never past 100%
        fields.update(total=total, of=f" of {total}" if size.unit == "pages" else f" ({total} reviews in all)")
    if result.done:
        fields["total"] = fields["completed"] = result.progress or 1
    return fields


def _export(args: argparse.Namespace, client_factory: ClientFactory) -> int:
    jobs, config = _jobs(args)
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
    since = _parse_since(args.since) if args.since else None
    for flag in ("csv_raw", "csv_bom"):
        if getattr(args, flag) and fmt != "csv":
            raise UsageError(f"--{flag.replace('_', '-')} applies to --format csv only")
    if args.dry_run:
        from ._dry_run import plan_export

        plan = plan_export(jobs, out=out, fmt=fmt, state_path=state, since=since, client_factory=client_factory)
        return _show(plan)
    rejects = Rejects(args.rejects or rejects_beside(out), strict=args.strict)
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
            csv_raw=args.csv_raw,
            csv_bom=args.csv_bom,
            max_reviews=args.max_reviews,
            rejects=rejects,
        )
    finally:
        if progress:
            progress.stop()
    elapsed = time.monotonic() - started
    for r in results:
        _say(r.summary("written", "exported", state is not None))
        if r.limited:
            _say(f"{r.key}: stopped at --max-reviews {args.max_reviews}; {_goes_on(state)}")
        for line in (r.future_warning("exported"), r.rejects_line(rejects)):
            if line is not None:
                _say(line)
    total = sum(r.written for r in results)
    _say(f"{total} reviews written in {elapsed:.1f}s{_up_to_date(total, state is not None)}")
    return PARTIAL if rejects.total else 0


def _up_to_date(total: int, incremental: bool) -> str:
    return ": nothing new since the last run, the output is up to date" if incremental and not total else ""


def _goes_on(state: Path | None) -> str:
    if state is None:
        return "without --state, the next run starts from the beginning again"
    return "the next run with this state continues the walk after the last review written"


def _load(args: argparse.Namespace, client_factory: ClientFactory) -> int:
    try:
        from ._load import _command
    except ImportError as exc:
        raise UsageError(f"load needs the warehouse extra: pip install 'reviewbridge[warehouse]' ({exc})") from None
    jobs, config = _jobs(args)
    to, destination, dataset = args.to, args.destination, args.dataset
    if config is not None:
        to, destination = to or config.to, destination or config.destination
        dataset = dataset if dataset is not None else config.dataset
    since = _parse_since(args.since) if args.since else None
    if args.dry_run:
        plan = _command.dry_run(
            jobs, to=to, destination=destination, dataset=dataset, since=since, client_factory=client_factory
        )
        return _show(plan)
    progress = _Progress("loaded") if sys.stderr.isatty() else None
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
        client_factory=client_factory,
        progress=(progress.start, progress.page, progress.stop) if progress else None,
    )


def _check(args: argparse.Namespace, client_factory: ClientFactory) -> int:
    """``reviewbridge check``: a line per scope, on standard output when it is fine, as an error otherwise."""
    from ._check import check

    jobs, _ = _jobs(args)
    return _findings(check(jobs, client_factory))


def _findings(findings: list[Finding]) -> int:
    """``check``'s lines: what was found on standard output, what is wrong as errors; the exit status."""
    for finding in findings:
        if finding.ok:
            _out(finding.line)
        else:
            _fail(finding.line, 1)
    return 0 if all(finding.ok for finding in findings) else 1


def _show(plan: Plan) -> int:
    """A dry run's lines: ``check``'s, then where each scope would start; the exit status."""
    status = _findings(plan.findings)
    for line in plan.starts:
        _out(line)
    _say("dry run: nothing was written")
    return status


def _out(line: str) -> None:
    print(" ".join(redact(printable(line)).split()))


def _init(args: argparse.Namespace) -> int:
    """``reviewbridge init``: the config template on standard output, or in a new file."""
    from ._export._config import config_template

    text = config_template()
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        with args.output.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise UsageError(f"{args.output} exists; init never overwrites a file (remove it, or name another)") from None
    _say(f"wrote {args.output}: edit it, then run: reviewbridge check --all --config {args.output}")
    return 0


def _providers() -> int:
    for info in REGISTRY.values():
        env = ", ".join(c.env for c in info.credentials)
        print(f"{info.name}\n  operations: {info.operations}\n  auth:       {info.auth} ({env})")
        print(f"  pagination: {info.pagination}")
        print(f"  replies:    {info.reply.summary if info.reply else 'not supported'}")
    return 0


def _reply(args: argparse.Namespace, client_factory: ClientFactory) -> int:
    """``reviewbridge reply PROVIDER REVIEW_ID TEXT``: credentials from the environment, as for export."""
    info = REGISTRY.get(args.provider)
    repliers = ", ".join(name for name, other in REGISTRY.items() if other.reply is not None)
    if info is None:
        hint = did_you_mean(args.provider, REGISTRY)
        raise UsageError(f"unknown provider {args.provider!r}{hint}; choose one of {repliers}")
    if info.reply is None:
        raise UsageError(f"{info.name} does not support replies (these do: {repliers})")
    flags = {o.key: o.flag for other in REGISTRY.values() for o in _reply_options(other)}
    given = {key: getattr(args, key) for key in flags if getattr(args, key, None) is not None}
    own = {o.key for o in info.reply.options}
    wrong = sorted({flags[key] for key in given if key not in own})
    if wrong:
        raise UsageError(f"{', '.join(wrong)} do(es) not apply to {info.name} replies")
    for option in info.reply.options:
        if option.required and not given.get(option.key):
            raise UsageError(f"{info.name} replies need {option.flag}")
    timeout = _parse_timeout(args.timeout) if args.timeout is not None else None
    job = Job(info.name, {}, base_url=args.base_url, allow_insecure=args.allow_insecure, timeout=timeout)
    client = client_factory(job)
    try:
        outcome = info.reply.send(client, args.review_id, args.text, given)
    finally:
        client.close()
    _say(f"{info.name}: {outcome}")
    return 0


def _sandbox(rest: list[str]) -> int:
    """``reviewbridge sandbox ARGS`` runs ``reviewbridge-sandbox ARGS`` as a child process (the SDK never
    imports the sandbox) and answers its exit status; Ctrl-C and SIGTERM stop the sandbox too."""
    if importlib.util.find_spec("reviewbridge_sandbox") is None:
        raise UsageError("the sandbox is not installed; install it with: pip install 'reviewbridge[sandbox]'")
    command = [sys.executable, "-m", "reviewbridge_sandbox", *rest]
    child = subprocess.Popen(command)  # noqa: S603 - this interpreter and our own module, arguments as a list
    on_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, lambda *_: child.terminate()) if on_main_thread else None
    try:
        while True:
            try:
                return child.wait()
            except KeyboardInterrupt:  # pass it on, then wait for the sandbox to stop
                child.send_signal(signal.SIGINT)
    finally:
        if on_main_thread:
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)
        if child.poll() is None:
            child.kill()
            child.wait()


def main(argv: list[str] | None = None, *, client_factory: ClientFactory = default_client_factory) -> int:
    """Run the command line; the exit status (0 success, 1 failure, 2 usage)."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv[:1] == ["sandbox"]:  # its own parser: argparse's REMAINDER would not pass it "--help"
            return _sandbox(argv[1:])
        args = build_parser().parse_args(argv)
        _check_text(args)
        undo = _log_to_stderr(args)
        try:
            return _command(args, client_factory)
        finally:
            undo()
    except UsageError as exc:
        return _fail(str(exc), 2)
    except ReviewBridgeError as exc:
        return _fail(str(exc), 1)
    except OSError as exc:
        where = f" {exc.filename}" if getattr(exc, "filename", None) else ""
        return _fail(f"{exc.strerror or exc}{':' if where else ''}{where}", 1)
    except KeyboardInterrupt:
        return _fail("interrupted; run the same command again to continue", 130)


def _log_to_stderr(args: argparse.Namespace) -> Callable[[], None]:
    """Logging as the options ask (nothing changes without them: ``REVIEWBRIDGE_LOG`` applies)."""
    if args.log_level is None and not args.verbose:
        return lambda: None
    level = LOG_LEVELS[args.log_level] if args.log_level else logging.INFO if args.verbose == 1 else logging.DEBUG
    return configure_logging(level, args.log_format, wire=args.verbose >= 3)


def _command(args: argparse.Namespace, client_factory: ClientFactory) -> int:
    if args.command == "providers":
        return _providers()
    if args.command == "init":
        return _init(args)
    if args.command == "schema":
        from ._schema import describe

        sys.stdout.write(describe(args.format, args.dataset))
        return 0
    if args.command == "sandbox":
        return _sandbox(args.rest)
    if args.command == "load":
        return _load(args, client_factory)
    if args.command == "reply":
        return _reply(args, client_factory)
    if args.command == "check":
        return _check(args, client_factory)
    return _export(args, client_factory)


def _say(message: str) -> None:
    """One line on stderr; escape sequences and control characters a server sent are dropped, and any
    credential the client holds is masked (the exceptions mask theirs already; this is every other line)."""
    print(f"reviewbridge: {' '.join(redact(printable(message)).split())}", file=sys.stderr)


def _fail(message: str, status: int) -> int:
    _say(f"error: {' '.join(printable(message).split()) or 'unknown error'}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
