"""Filters given at run time, checked against the generated TypedDict that names them."""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from collections.abc import Mapping
from typing import Any

from ._exceptions import UsageError

_TYPE_NAMES: dict[object, str] = {
    str: "a string",
    int: "a whole number",
    bool: "true or false",
    float: "a number",
    dt.datetime: "a datetime",
    dt.date: "a date",
}


def _describe(annotation: object) -> str:
    if typing.get_origin(annotation) in (types.UnionType, typing.Union):
        return " or ".join(_describe(a) for a in typing.get_args(annotation))
    if typing.get_origin(annotation) is list:
        return f"a list of {_describe(typing.get_args(annotation)[0])}"
    return _TYPE_NAMES.get(annotation, str(annotation))


def _fits(value: object, annotation: object) -> bool:
    """Whether ``value`` has the type a filter's annotation names (the kinds filters use)."""
    origin = typing.get_origin(annotation)
    if origin in (types.UnionType, typing.Union):
        return any(_fits(value, a) for a in typing.get_args(annotation))
    if origin is list:
        (inner,) = typing.get_args(annotation)
        return isinstance(value, list | tuple) and all(_fits(v, inner) for v in value)
    if annotation is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if annotation is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if isinstance(annotation, type):
        return isinstance(value, annotation)
    return True


def checked_filters(
    what: str, filters_type: type[Mapping[str, object]], filters: Mapping[str, object]
) -> dict[str, Any]:
    """``filters`` without the ones left at None, checked against the TypedDict naming them: an unknown
    name, a missing required one or a value of the wrong type is a UsageError (before any request)."""
    known = _filter_types(filters_type)
    unknown = sorted(set(filters) - set(known))
    if unknown:
        raise UsageError(f"{what}: unknown filter(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    values = {k: v for k, v in filters.items() if v is not None}
    missing = sorted(k for k in _required_filters(filters_type) if k not in values)
    if missing:
        raise UsageError(f"{what}: missing required argument(s) {', '.join(missing)}")
    for name, value in values.items():
        if not _fits(value, known[name]):
            raise UsageError(f"{what}: {name} must be {_describe(known[name])}, not {type(value).__name__} {value!r}")
    return values


@functools.cache
def _filter_types(filters: type[Mapping[str, object]]) -> dict[str, object]:
    return typing.get_type_hints(filters)


@functools.cache
def _required_filters(filters: type[Mapping[str, object]]) -> frozenset[str]:
    # Read from the annotations: under postponed evaluation the TypedDict's own
    # __required_keys__ cannot see ``Required[...]``.
    hints = typing.get_type_hints(filters, include_extras=True)
    return frozenset(k for k, v in hints.items() if typing.get_origin(v) is typing.Required)


def drop_unset(**kwargs: object) -> dict[str, object]:
    """Keyword arguments without the ones left at None (the generated code's UNSET default applies)."""
    return {k: v for k, v in kwargs.items() if v is not None}
