"""Request parsing and response rendering shared by the four sandboxes.

Parsers raise :class:`BadInput`; each provider turns it into its own error status and body.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import Any
from urllib.parse import urlencode

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response

from ._times import parse_date, parse_stamp

MAX_BODY_BYTES = 4 * 1024 * 1024


class BadInput(Exception):
    """The request is malformed; ``status`` is 400 (syntax) or 422 (well-formed but invalid data)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def json_response(data: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    """JSON with every non-ASCII character escaped: always valid UTF-8, even for lone surrogates a
    client sent in a body."""
    body = json.dumps(data, ensure_ascii=True, allow_nan=False, separators=(",", ":"))
    return Response(body, status_code=status, headers=dict(headers or {}), media_type="application/json")


def empty_response(status: int, headers: Mapping[str, str] | None = None) -> Response:
    return Response(b"", status_code=status, headers=dict(headers or {}))


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


async def read_json(request: Request) -> Any:
    """The request body as JSON; BadInput(400) for a wrong content type, bad UTF-8 or bad JSON."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/json" and not content_type.endswith("+json"):
        raise BadInput("Content-Type must be application/json")
    raw = await request.body()
    if not raw:
        raise BadInput("The request body is empty")
    if len(raw) > MAX_BODY_BYTES:
        raise BadInput("The request body is too large")
    try:
        text = raw.decode("utf-8")
        return json.loads(text, parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BadInput(f"Malformed JSON body: {exc}") from None


def query_int(query: QueryParams, name: str, *, default: int, minimum: int, maximum: int | None = None) -> int:
    raw = query.get(name)
    if raw is None:
        return default
    digits = raw[1:] if raw.startswith("-") else raw
    if not digits or not digits.isascii() or not digits.isdigit():
        raise BadInput(f"{name} must be an integer")
    value = int(raw)
    if value < minimum or (maximum is not None and value > maximum):
        bounds = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
        raise BadInput(f"{name} must be {bounds}")
    return value


def query_bool(query: QueryParams, name: str, default: bool | None = None) -> bool | None:
    raw = query.get(name)
    if raw is None:
        return default
    if raw == "true":
        return True
    if raw == "false":
        return False
    raise BadInput(f"{name} must be true or false")


def query_datetime(query: QueryParams, name: str, *, millis: bool, allow_date: bool = False) -> int | None:
    """A timestamp parameter in the one form its provider documents (see ``parse_stamp``), or with
    ``allow_date`` a date (``YYYY-MM-DD``); None when absent; BadInput(400) for anything else."""
    raw = query.get(name)
    if raw is None:
        return None
    value = parse_stamp(raw, millis=millis)
    if value is None and allow_date:
        value = parse_date(raw)
    if value is None:
        form = "YYYY-MM-DDTHH:MM:SS.SSSZ" if millis else "YYYY-MM-DDTHH:MM:SSZ"
        expected = f"a date (YYYY-MM-DD) or a UTC timestamp ({form})" if allow_date else f"a UTC timestamp ({form})"
        raise BadInput(f"{name} must be {expected}")
    return value


def query_csv(query: QueryParams, name: str, allowed: Collection[str]) -> frozenset[str] | None:
    """A comma-separated list (``style: form, explode: false``); None when absent. The specs say
    ``minItems: 1``, so an empty value (``status=``) is as invalid as an unknown one."""
    raw = query.get(name)
    if raw is None:
        return None
    values = [part.strip() for part in raw.split(",")]
    unknown = [value for value in values if value not in allowed]
    if unknown:
        raise BadInput(f"{name}: unknown value {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})")
    return frozenset(values)


def query_list(query: QueryParams, name: str) -> tuple[str, ...] | None:
    """A comma-separated list of free values (ids, SKUs, values of an extensible enumeration), in order
    and without repeats; None when absent. Empty items (``a,,b``, ``name=``) are invalid."""
    raw = query.get(name)
    if raw is None:
        return None
    values = tuple(dict.fromkeys(raw.split(",")))
    if "" in values:
        raise BadInput(f"{name}: empty value")
    return values


def query_multi(query: QueryParams, name: str, allowed: Collection[str]) -> frozenset[str] | None:
    """A repeated parameter (``name[]=a&name[]=b``); None when absent."""
    values = query.getlist(name)
    if not values:
        return None
    unknown = [value for value in values if value not in allowed]
    if unknown:
        raise BadInput(f"{name}: unknown value {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})")
    return frozenset(values)


def link(request: Request, params: list[tuple[str, str]]) -> str:
    """An absolute URL on the request's own base URL and path with ``params`` as the query."""
    base = str(request.base_url).rstrip("/")
    path = request.url.path
    query = urlencode(params)
    return f"{base}{path}?{query}" if query else f"{base}{path}"


def with_params(request: Request, replace: Mapping[str, str], drop: Collection[str] = ()) -> list[tuple[str, str]]:
    """The request's query pairs in order, minus ``drop`` and ``replace``'s keys, then ``replace``."""
    pairs = [(k, v) for k, v in request.query_params.multi_items() if k not in replace and k not in drop]
    pairs.extend(replace.items())
    return pairs
