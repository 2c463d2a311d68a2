"""A provider's scope and filter options, derived from its generated list operation.

Each filter of the list operation (its ``FILTERS``, generated from the spec's parameters) is an option:
a command-line flag and a config-file key, of the spec's kind, with its listed values, bounds and pattern,
and its description as help. The page-size parameter of the paging descriptor is the option behind
``--page-size``. A provider module declares only what its spec does not say (``ProviderInfo.scope``).
Filters the export sets itself (the walk's order, the "changed since" filter) are no options: given,
they are refused with why (``refused``). So a filter added to a spec is an option with no facade change.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .._timestamps import LATEST_MARK, OutOfRange, parse_iso8601, parse_iso_date
from ._info import FilterDescription, OptionKind, ScopeOption

if TYPE_CHECKING:
    from ._info import ProviderInfo

_KINDS: dict[str, OptionKind] = {
    "string": "text",
    "integer": "int",
    "number": "number",
    "boolean": "flag",
    "date": "date",
    "date-time": "date-time",
    "date-or-date-time": "date-or-date-time",
}
#: what a declaration of a spec's filter may change (the rest is the spec's)
_DECLARED = ("cli", "unless", "cli_flag", "scope_per_value")


def option_of(parameter: FilterDescription, *, page_size: bool = False) -> ScopeOption:
    """A filter of a list operation (a generated ``FilterParameter``) as an option."""
    kind = _KINDS.get(parameter.kind)
    if kind is None:
        raise ValueError(f"filter {parameter.python_name}: unknown kind {parameter.kind!r}")
    return ScopeOption(
        parameter.python_name,
        parameter.description or parameter.python_name.replace("_", " "),
        kind=kind,
        required=parameter.required,
        cli=not page_size,  # the page size is --page-size
        repeated=parameter.repeated,
        choices=parameter.choices,
        open_choices=parameter.open_choices,
        minimum=parameter.minimum,
        maximum=parameter.maximum,
        pattern=parameter.pattern if kind == "text" else None,  # a stamp's pattern is its wire form
        example=parameter.example,
        page_size=page_size,
    )


def _declared(spec: ScopeOption, declared: ScopeOption) -> ScopeOption:
    """A spec's filter as a provider module declares it is given (its flag, a scope per value, ...)."""
    changes: dict[str, object] = {name: getattr(declared, name) for name in _DECLARED}
    changes["required"] = spec.required or declared.required
    if declared.help:
        changes["help"] = declared.help
    return dataclasses.replace(spec, **changes)  # type: ignore[arg-type]


def refused(info: ProviderInfo) -> dict[str, str]:
    """The list operation's filters that are no option, each with why: those the export sets itself, and
    those the provider module names (``not_offered``)."""
    why: dict[str, str] = {}
    for key in info.export.order:
        why[key] = f"{info.name}'s export sets {key} itself (it fixes the walk's order)"
    changed = info.listing.PAGINATION.change_cursor
    for since in (info.export.since_filter, changed.python_name if changed else None):
        if since is not None:
            why[since] = f"{info.name}'s export sets {since} itself: give --since (or --state) instead"
    return {**why, **info.not_offered}


def options(info: ProviderInfo) -> tuple[ScopeOption, ...]:
    """Every scope and filter option of ``info``: the facade's own (declared, not in the spec) first, then
    each filter of the list operation in the spec's order, but the refused ones."""
    size = info.listing.PAGINATION.page_size
    page_key = size.parameter.python_name if size is not None else None
    declared = {option.key: option for option in info.scope}
    no = refused(info)
    derived: list[ScopeOption] = []
    for parameter in info.listing.FILTERS:
        if parameter.python_name in no:
            continue
        option = option_of(parameter, page_size=parameter.python_name == page_key)
        own = declared.pop(option.key, None)
        derived.append(option if own is None else _declared(option, own))
    return (*declared.values(), *derived)


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------


class BadValue(ValueError):
    """A value an option does not take; the message says why, without the option's name."""


_EXAMPLE_STAMP = "e.g. 2024-05-01T00:00:00Z"


def _stamp(text: str) -> dt.datetime:
    try:  # room for the marks' arithmetic at both ends of datetime's range, as --since
        return parse_iso8601(text, latest=LATEST_MARK)
    except OutOfRange:
        raise BadValue(f"{text!r} is out of range: give a date between the years 1 and 9999") from None
    except ValueError:
        raise BadValue(f"{text!r} is not an ISO 8601 date-time ({_EXAMPLE_STAMP})") from None


def _date(text: str) -> dt.date:
    try:
        return parse_iso_date(text)
    except ValueError:
        raise BadValue(f"{text!r} is not an ISO 8601 date (e.g. 2024-05-01)") from None


def _date_or_stamp(text: str) -> dt.date | dt.datetime:
    return _date(text) if len(text) == 10 else _stamp(text)


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise BadValue(f"{text!r} is not a whole number") from None


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise BadValue(f"{text!r} is not a number") from None


_FROM_TEXT: dict[OptionKind, Callable[[str], object]] = {
    "text": str,
    "int": _whole,
    "number": _number,
    "date": _date,
    "date-time": _stamp,
    "date-or-date-time": _date_or_stamp,
}


def from_text(option: ScopeOption, text: str) -> object:
    """One value of ``option`` given as text (a command-line argument), read and checked."""
    return checked(option, _FROM_TEXT[option.kind](text))


def _fits_kind(option: ScopeOption, value: object) -> object:
    """A config file's value (TOML's types) as the option's kind, or BadValue."""
    kind = option.kind
    if isinstance(value, str) and kind in ("date", "date-time", "date-or-date-time"):
        return _FROM_TEXT[kind](value)
    if kind == "date-time" and isinstance(value, dt.datetime):
        if value.utcoffset() is None:
            raise BadValue(f"{value.isoformat()} has no time zone (add Z for UTC)")
        return value
    if kind in ("date", "date-or-date-time") and isinstance(value, dt.date):
        if isinstance(value, dt.datetime) and value.utcoffset() is None:
            raise BadValue(f"{value.isoformat()} has no time zone (add Z for UTC)")
        return value
    fits = {
        "text": isinstance(value, str),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, int | float) and not isinstance(value, bool),
        "flag": isinstance(value, bool),
    }
    if not fits.get(kind, False):
        raise BadValue(f"must be {describe_kind(option)}")
    return value


def from_config(option: ScopeOption, value: object) -> object:
    """A config file's value of ``option``, read and checked (a lone value stands for a list of one)."""
    if option.many:
        values = value if isinstance(value, list) else [value]
        if not values:
            raise BadValue("is an empty list: leave it out")
        return [checked(option, _fits_kind(option, item)) for item in values]
    if isinstance(value, list):
        raise BadValue(f"takes one value ({describe_kind(option)}), not a list")
    return checked(option, _fits_kind(option, value))


def checked(option: ScopeOption, value: object) -> object:
    """``value`` if ``option`` takes it: one of the listed values (unless they are open), within the bounds,
    matching the pattern; BadValue otherwise."""
    if option.choices and not option.open_choices and value not in option.choices:
        listed = ", ".join(map(str, option.choices))
        raise BadValue(f"{value!r} is not one of {listed}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        low, high = option.minimum, option.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            raise BadValue(f"{value!r} is out of range: {bounds(option)}")
    if option.pattern is not None and isinstance(value, str) and re.search(option.pattern, value) is None:
        example = option.example[0] if isinstance(option.example, tuple) else option.example
        form = f"e.g. {example}" if isinstance(example, str) else option.pattern  # an example reads better
        raise BadValue(f"{value!r} is not of the form the API documents ({form})")
    return value


def bounds(option: ScopeOption) -> str:
    """``1 to 100``, ``at least 1``, ``at most 5`` (or '' without bounds)."""
    low, high = option.minimum, option.maximum
    if low is not None and high is not None:
        return f"{low} to {high}"
    if low is not None:
        return f"at least {low}"
    return f"at most {high}" if high is not None else ""


def describe_kind(option: ScopeOption) -> str:
    """What a value of ``option`` is, in words (``a whole number``, ``true or false``)."""
    return {
        "text": "a string",
        "int": "a whole number",
        "number": "a number",
        "flag": "true or false",
        "date": "an ISO 8601 date",
        "date-time": "an ISO 8601 date-time",
        "date-or-date-time": "an ISO 8601 date or date-time",
    }[option.kind]
