"""Reading JSON bodies defensively: a member that is missing, null or of the wrong type is None."""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

from typing_extensions import TypeAliasType

#: Any JSON value as ``json.loads`` gives it; ``JSONObject``, a JSON object.
JSONValue = TypeAliasType("JSONValue", "str | int | float | bool | list[JSONValue] | dict[str, JSONValue] | None")
JSONObject = dict[str, JSONValue]

ModelT_co = TypeVar("ModelT_co", covariant=True)


class FromJSON(Protocol[ModelT_co]):
    """A generated model class, as far as building it from a JSON object goes."""

    def from_dict(self, src_dict: Mapping[str, Any], /) -> ModelT_co: ...


class ShapeError(ValueError):
    """A response body is not shaped as the spec documents (reported as ResponseParseError)."""


def member(obj: Any, *path: str) -> Any:
    """``obj[path[0]][path[1]]...``, or None where a level is missing, null or not an object."""
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def items(body: Any, key: str) -> list[dict[str, Any]]:
    """The list of records under ``key``; a ShapeError if the body is not shaped so.

    A body without the list (``{}``, or the member null) is not an empty page: taken as one, it would end
    a walk early and silently."""
    if not isinstance(body, dict):
        raise ShapeError(f"expected a JSON object with {key!r}, got {type(body).__name__}")
    found = body.get(key)
    if found is None:
        raise ShapeError(f"the body has no {key!r} list")
    # map(isinstance, ...): checked in C, no Python call per record (a walk checks every page's list).
    if not isinstance(found, list) or not all(map(isinstance, found, itertools.repeat(dict))):
        raise ShapeError(f"expected {key!r} to be a list of objects")
    return found


def identifier(value: Any) -> str:
    """A record's id as a string; a ShapeError if it is missing, null, empty or not a string or number
    (``str(None)`` would make every such record the one record ``"None"``)."""
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    what = "missing or null" if value is None else "empty" if value == "" else f"a {type(value).__name__}"
    raise ShapeError(f"its id is {what}, not a string or number")


def text(obj: Any) -> str | None:
    """A non-empty string, or None (missing, null, non-string and placeholder values alike)."""
    return obj if isinstance(obj, str) and obj else None
