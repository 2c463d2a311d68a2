"""The command line's parsers: every command's options, and for ``export``, ``load`` and ``check`` the
typed flags of the PROVIDER named (read twice: see :class:`Parser`)."""

from __future__ import annotations

import argparse
import functools
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .._exceptions import UsageError
from .._export import (
    FORMATS,
)
from .._logging import FORMATS as LOG_FORMATS
from .._logging import LEVELS as LOG_LEVELS
from .._providers import REGISTRY, ProviderInfo, ScopeOption
from .._schema import FORMATS as SCHEMA_FORMATS
from .._suggest import did_you_mean
from .._version import __version__
from ._flags import add_loose, add_typed, not_applying, provider_epilog, providers_epilog


class Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, typed: Callable[[ProviderInfo], Parser] | None = None, **kwargs: Any) -> None:
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
        where = f"{self.prog} {self.info.name}" if self.info is not None else self.prog
        raise UsageError(f"{message}{self._suggestion(message)} (see '{where} --help')")

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


def reply_options(info: ProviderInfo) -> Iterable[ScopeOption]:
    return info.reply.options if info.reply else ()


def _reply_flags(parser: argparse.ArgumentParser) -> None:
    """Every provider's reply flags, from the registry (a flag two providers share is added once)."""
    added: dict[str, list[str]] = {}
    for info in REGISTRY.values():
        for option in reply_options(info):
            added.setdefault(option.key, []).append(f"{info.name}: {option.help}")
    for info in REGISTRY.values():
        for option in reply_options(info):
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
        parser.add_argument(
            "--full-scan",
            action="store_true",
            help="walk each scope's whole list: write reviews whose content changed since last written, "
            "and report those no longer listed as deleted (README: Full re-scan)",
        )


def _logging_options(default: object) -> Parser:
    """-v, --log-level, --log-format: before the command or after it (``default`` SUPPRESS after it, so
    that a command's parser leaves what was given before it)."""
    options = Parser(add_help=False)
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


def _typed_parser(command: str, info: ProviderInfo) -> Parser:
    """``reviewbridge COMMAND PROVIDER``'s parser: the command's options and the provider's typed flags, and
    a ``--help`` naming its filters, its credential variables and an example."""
    what, add_options = _INPUT_COMMANDS[command]
    parser = Parser(
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
    parser = Parser(
        prog="reviewbridge",
        description="Export reviews from " + ", ".join(REGISTRY) + ".",
        parents=[_logging_options(None)],
    )
    parser.add_argument("--version", action="version", version=f"reviewbridge {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    # Every command takes the logging options too, after its name (the sandbox's are its own).
    logging_options = [_logging_options(argparse.SUPPRESS)]
    add = functools.partial(subparsers.add_parser, parents=logging_options)
    for command, (what, add_options) in _INPUT_COMMANDS.items():
        typed = functools.partial(_typed_parser, command)
        found = add(
            command,
            help=what,
            add_help=False,
            typed=typed,
            epilog=providers_epilog(command, REGISTRY.values()),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
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
