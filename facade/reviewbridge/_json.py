"""JSON in and out, numbers kept exactly as sent; reading bodies defensively (a member that is missing,
null or of the wrong type is None).

Bodies are parsed by msgspec: as fast as orjson on review pages (``make bench``), and it reads integers of
any size as exact ints, where orjson reads those beyond 64 bits as doubles (two ids 2**64 + 1 and 2**64 + 2
became one). A number with a fraction or an exponent is a float when the float says the same number
(``0.1``, ``4.5``, ``1E2``), else a ``Decimal`` (``1e400``, ``0.10000000000000000555``): nothing is rounded.
Written back (:func:`dumps`, orjson), ints beyond 64 bits and Decimals come out as the digits they were.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Protocol, TypeVar

import msgspec
import orjson
from typing_extensions import TypeAliasType

#: Any JSON value as :func:`loads` gives it; ``JSONObject``, a JSON object.
JSONValue = TypeAliasType(
    "JSONValue", "str | int | float | Decimal | bool | list[JSONValue] | dict[str, JSONValue] | None"
)
JSONObject = dict[str, JSONValue]


def _number(text: str) -> float | Decimal:
    """A JSON number with a fraction or an exponent: the float when it says the same number, else exact."""
    value = float(text)
    if repr(value) == text:  # what encoders write (the shortest spelling of a double): no check needed
        return value
    if math.isfinite(value) and Decimal(repr(value)) == Decimal(text):
        return value
    return Decimal(text)


_decode = msgspec.json.Decoder(float_hook=_number).decode


def loads(content: bytes | str) -> Any:
    """The JSON value of ``content``, numbers exact (see the module). A ValueError when it is not JSON,
    a RecursionError when it is nested too deeply to read."""
    try:
        return _decode(content)
    except msgspec.DecodeError:
        # msgspec refuses a string holding a lone surrogate escape ("\ud83d", half an emoji), which JSON's
        # grammar allows: the standard library reads it (numbers as exact), so that only the record holding
        # it is set aside later, not its whole page. Anything it refuses too is not JSON.
        try:
            text = content.decode("utf-8") if isinstance(content, bytes) else content
            return json.loads(text, parse_float=_number, parse_constant=_no_constant)
        except (ValueError, RecursionError):
            pass
        raise


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON number")


#: The ints orjson writes itself; others (beyond 64 bits) are written as fragments of their digits.
_INT_RANGE = range(-(2**63), 2**64)
_MAX_DEPTH = 255  # deeper than orjson writes: left as it is, for orjson's own error


def _exact(value: object) -> object:
    """Values orjson cannot write as numbers (a Decimal), as the JSON text of their digits."""
    if isinstance(value, Decimal) and value.is_finite():
        return orjson.Fragment(str(value))
    raise TypeError


def _big_ints(value: object, depth: int = 0) -> object:
    """``value`` with every int beyond 64 bits replaced by the JSON text of its digits."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if value in _INT_RANGE else orjson.Fragment(str(value))
    if depth > _MAX_DEPTH:
        return value
    if isinstance(value, dict):
        return {key: _big_ints(item, depth + 1) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_big_ints(item, depth + 1) for item in value]
    return value


def _exact_or_str(value: object) -> object:
    return str(value) if not isinstance(value, Decimal) or not value.is_finite() else _exact(value)


def dumps(value: object, *, option: int = 0, default: Callable[[Any], object] | None = None) -> bytes:
    """``orjson.dumps``, numbers exact: ints beyond 64 bits and Decimals written as their digits. ``default``
    serialises what JSON has no type for (after Decimals); orjson's errors otherwise (too deep, a bad key)."""
    fallback: Callable[[Any], object]
    if default is None:
        fallback = _exact
    elif default is str:
        fallback = _exact_or_str
    else:

        def fallback(item: object) -> object:
            return _exact(item) if isinstance(item, Decimal) and item.is_finite() else default(item)

    try:
        return orjson.dumps(value, default=fallback, option=option)
    except orjson.JSONEncodeError as exc:
        if "64-bit" not in str(exc):
            raise
    return orjson.dumps(_big_ints(value), default=fallback, option=option)


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
    if isinstance(value, Decimal) and value.is_finite():
        return str(value)
    what = "missing or null" if value is None else "empty" if value == "" else f"a {type(value).__name__}"
    raise ShapeError(f"its id is {what}, not a string or number")


def text(obj: Any) -> str | None:
    """A non-empty string, or None (missing, null, non-string and placeholder values alike)."""
    return obj if isinstance(obj, str) and obj else None


# A string (whatever its escapes hold: a lone surrogate too), or a character that opens, separates or
# closes a container; everything else (numbers, literals, colons, spaces) lies between them.
_STRUCTURE = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{},]', re.DOTALL)


def array_elements(content: bytes) -> list[list[bytes]]:
    """The elements of every JSON array in ``content``, each as its bytes exactly as they are there
    (surrounding spaces aside), arrays in the order they close. For a body read already, so it trusts its
    grammar; past a container closed that was never opened it stops with what it found."""
    arrays: list[list[bytes]] = []
    # per open container: [is an array, its elements so far, where its current element starts]
    open_: list[list[Any]] = []
    for match in _STRUCTURE.finditer(content):
        char = content[match.start()]
        if char == 0x22:  # a string, skipped whole
            continue
        if char in b"[{":
            open_.append([char == 0x5B, [], match.end()])
        elif char == 0x2C:  # ,
            if open_ and open_[-1][0]:
                top = open_[-1]
                top[1].append(content[top[2] : match.start()].strip())
                top[2] = match.end()
        elif not open_:
            break
        else:
            is_array, elements, start = open_.pop()
            if is_array:
                last = content[start : match.start()].strip()
                if last or elements:
                    elements.append(last)
                arrays.append(elements)
    return arrays
