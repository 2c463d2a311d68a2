"""The command line's scope and filter flags, from each provider's options (``ProviderInfo.options``, derived
from its generated list operation): typed, checked and described for one provider, or by their arity alone
over every provider (to find which provider a command line names; see ``_parser.Parser``)."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .._exceptions import UsageError
from .._providers import ProviderInfo, ScopeOption
from .._providers._filters import BadValue, bounds, from_text
from .._ratelimit import REQUESTS_PER_MINUTE, per_minute_problem

#: the destination of ``--page-size``, mapped to each provider's page-size option
PAGE_SIZE = "page_size"
#: a provider's client-side limit on calls (``ProviderInfo.call_limit``), its destination the clients' argument
LIMIT_FLAG = "--requests-per-minute"


def flag_of(option: ScopeOption, parser: argparse.ArgumentParser) -> str:
    """The option's flag: its own, or ``--filter-NAME`` where the command has an option of that name."""
    taken = option.flag in parser._option_string_actions
    return "--filter-" + option.flag.removeprefix("--") if taken else option.flag


def dest_of(key: str) -> str:
    """Where argparse keeps an option's value (apart from the command's own options)."""
    return f"filter_{key}"


def _help(option: ScopeOption) -> str:
    """An option's help: its description (the spec's), then what it takes."""
    notes: list[str] = []
    if option.choices:
        listed = ", ".join(map(str, option.choices))
        notes.append(f"known values: {listed}; others are passed on" if option.open_choices else f"one of {listed}")
    if bounds(option):
        notes.append(bounds(option))
    if option.kind in ("date", "date-time", "date-or-date-time"):
        notes.append(
            {"date": "YYYY-MM-DD", "date-time": "ISO 8601, UTC without an offset"}.get(
                option.kind, "YYYY-MM-DD or an ISO 8601 date-time"
            )
        )
    if option.many:
        notes.append("repeatable: a scope each" if option.scope_per_value else "repeatable")
    if option.required:
        notes.append(f"required, or {'--' + option.unless.replace('_', '-')}" if option.unless else "required")
    text = option.help.rstrip(".") + (f" ({'; '.join(notes)})" if notes else "")
    return text.replace("%", "%%")


def _metavar(option: ScopeOption) -> str:
    if option.choices and not option.open_choices:
        return "{" + ",".join(map(str, option.choices)) + "}"
    return {"int": "N", "number": "X", "date": "DATE", "date-time": "TIME", "date-or-date-time": "DATE"}.get(
        option.kind, option.key.rstrip("_").upper()
    )


def _reader(option: ScopeOption) -> Any:
    """argparse's ``type``: the value read and checked, or the reason it is refused (argparse names the flag)."""

    def read(text: str) -> object:
        try:
            return from_text(option, text)
        except BadValue as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    read.__name__ = option.kind  # argparse's message for an error without one
    return read


class _Refused(argparse.Action):
    """A filter the export sets itself (or the provider does not offer): one clear line, why."""

    def __init__(self, option_strings: Sequence[str], dest: str, why: str = "", **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs="?", help=argparse.SUPPRESS, **kwargs)
        self.why = why

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, *_: object) -> None:
        raise UsageError(f"{self.option_strings[0]} is not an option: {self.why}")


def _per_minute(text: str) -> int:
    """``--requests-per-minute``'s value: a whole number of 1 or more (argparse names the flag otherwise)."""
    try:
        value: object = int(text)
    except ValueError:
        value = text
    if per_minute_problem(value) is not None or not isinstance(value, int):
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return value


def add_typed(parser: argparse.ArgumentParser, info: ProviderInfo, group_title: str) -> None:
    """``info``'s flags, each of its kind: read, checked (listed values, bounds, pattern) and described."""
    group = parser.add_argument_group(group_title)
    for option in info.options:
        if not option.cli:
            continue
        flag, dest = flag_of(option, parser), dest_of(option.key)
        if option.kind == "flag":
            group.add_argument(flag, dest=dest, action=argparse.BooleanOptionalAction, default=None, help=_help(option))
            continue
        action = "append" if option.many else "store"
        group.add_argument(
            flag, dest=dest, action=action, type=_reader(option), metavar=_metavar(option), help=_help(option)
        )
    size = info.page_size
    if size is not None:
        default = info.export.defaults.get(size.key)
        export_default = f"; an export asks for {default}" if default is not None else ""
        group.add_argument(
            "--page-size",
            dest=PAGE_SIZE,
            type=_reader(size),
            metavar="N",
            help=f"records per page, as {size.key} ({bounds(size) or 'any'}{export_default})",
        )
    if info.call_limit is not None:
        parser.add_argument(
            LIMIT_FLAG,
            dest=REQUESTS_PER_MINUTE,
            type=_per_minute,
            metavar="N",
            help=f"at most N requests a minute to {info.name}, shared by every scope of the run (default "
            f"{info.call_limit.default})".replace("%", "%%"),
        )
    for key, why in info.refused.items():
        refused = ScopeOption(key, "")
        group.add_argument(flag_of(refused, parser), dest=dest_of(f"refused_{key}"), action=_Refused, why=why)


def add_loose(parser: argparse.ArgumentParser, infos: Iterable[ProviderInfo]) -> None:
    """Every provider's flags by arity alone, their help hidden (``COMMAND PROVIDER --help`` shows them):
    enough to find the provider a command line names, whatever flags come before it."""
    arity: dict[str, tuple[str, set[bool]]] = {}
    for info in infos:
        named = [(o.key, o.kind == "flag") for o in info.options if o.cli]
        named += [(f"refused_{key}", False) for key in info.refused]
        for key, no_value in named:
            option = ScopeOption(key.removeprefix("refused_"), "")
            own = info.option(key)
            flag = flag_of(own if own is not None else option, parser)
            arity.setdefault(flag, (dest_of(key), set()))[1].add(no_value)
        if info.page_size is not None:
            arity.setdefault("--page-size", (PAGE_SIZE, set()))[1].add(False)
    if any(info.call_limit is not None for info in infos):
        arity.setdefault(LIMIT_FLAG, (REQUESTS_PER_MINUTE, set()))[1].add(False)
    for flag, (dest, kinds) in arity.items():
        if kinds == {True}:
            parser.add_argument(flag, dest=dest, action=argparse.BooleanOptionalAction, help=argparse.SUPPRESS)
        else:  # a value; where another provider's flag of this name takes none, a value or nothing
            nargs = "?" if True in kinds else None
            parser.add_argument(flag, dest=dest, action="append", nargs=nargs, help=argparse.SUPPRESS)


def given_options(info: ProviderInfo, args: argparse.Namespace) -> dict[str, Any]:
    """The options of ``info`` a typed command line gives, by key (``--page-size`` as its own key)."""
    given = {
        option.key: getattr(args, dest_of(option.key))
        for option in info.options
        if option.cli and getattr(args, dest_of(option.key), None) is not None
    }
    size = info.page_size
    if size is not None and getattr(args, PAGE_SIZE, None) is not None:
        given[size.key] = getattr(args, PAGE_SIZE)
    return given


def not_applying(flag: str, infos: Mapping[str, ProviderInfo], info: ProviderInfo) -> str | None:
    """``--x does not apply to P``, where ``flag`` is a flag of another provider (else None)."""
    for other in infos.values():
        flags = {option.flag for option in other.options if option.cli}
        if other.page_size is not None:
            flags.add("--page-size")
        if other.call_limit is not None:
            flags.add(LIMIT_FLAG)
        if other is not info and flag in flags:
            return f"{flag} does not apply to {info.name}"
    return None


#: what an example command line of each command ends with
_EXAMPLE_TAILS = {"export": " --out reviews.jsonl", "load": " --to reviews.duckdb", "check": ""}


def provider_epilog(command: str, info: ProviderInfo) -> str:
    """``COMMAND PROVIDER --help``'s end: the credential variables, an example, and the filters that are
    no options (with why)."""
    width = max(len(c.env) for c in info.credentials)
    lines = [f"{info.name} credentials, from these environment variables ({info.auth}):"]
    lines += [f"  {c.env:<{width}}  {c.description}" for c in info.credentials]
    if info.example:
        lines += ["", "example:", f"  reviewbridge {command} {info.name} {info.example}{_EXAMPLE_TAILS[command]}"]
    if info.refused:
        lines += ["", "not options (filters of the list operation that are not given here):"]
        lines += [f"  --{key.rstrip('_').replace('_', '-')}: {why}" for key, why in info.refused.items()]
    return "\n".join(lines).replace("%", "%%")


def providers_epilog(command: str, infos: Iterable[ProviderInfo]) -> str:
    """``COMMAND --help``'s end: each provider's credential variables and an example, and where its filters
    are listed."""
    lines = [f"providers (reviewbridge {command} PROVIDER --help lists a provider's scope and filter flags):"]
    for info in infos:
        lines.append(f"  {info.name}: credentials from {', '.join(c.env for c in info.credentials)}")
        if info.example:
            lines.append(f"    e.g. reviewbridge {command} {info.name} {info.example}{_EXAMPLE_TAILS[command]}")
    return "\n".join(lines).replace("%", "%%")
