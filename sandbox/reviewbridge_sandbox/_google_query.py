"""Reading Google requests: page sizes, the locations' ``readMask``, ``filter`` and ``orderBy``, the
accounts' ``filter``, and the bodies of ``batchGetReviews`` and ``updateReply``.

What the docs do not allow is a ``BadInput``; its message names the field, as Google's answers do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import QueryParams

from ._google_data import REPLY_MAX_BYTES
from ._google_table import order_of
from ._http import BadInput, query_int

#: the members of a Business Information ``Location`` a ``readMask`` may name
LOCATION_FIELDS = frozenset(
    {
        "name", "languageCode", "storeCode", "title", "phoneNumbers", "categories", "storefrontAddress",
        "websiteUri", "regularHours", "specialHours", "serviceArea", "labels", "adWordsLocationExtensions",
        "latlng", "openInfo", "metadata", "profile", "relationshipData", "moreHours", "serviceItems",
    }
)  # fmt: skip
ACCOUNT_TYPES = ("ACCOUNT_TYPE_UNSPECIFIED", "PERSONAL", "LOCATION_GROUP", "USER_GROUP", "ORGANIZATION")
#: the location fields ``filter`` and ``orderBy`` take (the filter syntax is ND: ``field=value``, ANDed)
LOCATION_SORTS = ("title", "storeCode")
_PATH = re.compile(r"[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*")
_CLAUSE = re.compile(r'\s*([A-Za-z][A-Za-z.]*)\s*=\s*("([^"]*)"|[^\s"]+)\s*')
MAX_BATCH_LOCATIONS = 50
MAX_BATCH_PAGE = 50  # "pageSize (int, default 50)", as the list's maximum


def page_size(query: QueryParams, default: int, maximum: int) -> int:
    """``pageSize``, 1 to ``maximum`` (``default`` when absent)."""
    return query_int(query, "pageSize", default=default, minimum=1, maximum=maximum)


def read_mask(query: QueryParams) -> tuple[str, ...]:
    """``readMask``, required: comma-separated paths into a Location."""
    raw = query.get("readMask")
    if raw is None or not raw.strip():
        raise BadInput("readMask is required")
    paths = tuple(dict.fromkeys(part.strip() for part in raw.split(",")))
    for path in paths:
        if not _PATH.fullmatch(path) or path.split(".")[0] not in LOCATION_FIELDS:
            raise BadInput(f"Invalid field mask provided: {path!r} is not a field of Location")
    return paths


def masked(doc: dict[str, Any], paths: tuple[str, ...]) -> dict[str, Any]:
    """The members of ``doc`` the mask's ``paths`` name (a path into a member keeps that part of it)."""
    out: dict[str, Any] = {}
    for path in paths:
        source: Any = doc
        target = out
        parts = path.split(".")
        for depth, part in enumerate(parts):
            if not isinstance(source, dict) or part not in source:
                break
            source = source[part]
            if depth == len(parts) - 1:
                target[part] = source
            else:
                target = target.setdefault(part, {})
    return out


def _clauses(raw: str, known: tuple[str, ...], what: str) -> list[tuple[str, str]]:
    clauses = []
    for part in re.split(r"\s+AND\s+", raw.strip()):
        match = _CLAUSE.fullmatch(part)
        if match is None or match[1] not in known:
            raise BadInput(f"Invalid filter {raw!r}: {what} filters on {' or '.join(known)} (field=value)")
        clauses.append((match[1], match[3] if match[3] is not None else match[2]))
    return clauses


def account_filter(query: QueryParams) -> str | None:
    """The account type of ``filter`` ("The type field is the only supported filter"), or None."""
    raw = query.get("filter")
    if raw is None or not raw.strip():
        return None
    clauses = _clauses(raw, ("type",), "the accounts list")
    value = clauses[0][1]
    if len(clauses) > 1 or value not in ACCOUNT_TYPES:
        raise BadInput(f"Invalid filter {raw!r}: type is one of {', '.join(ACCOUNT_TYPES)}")
    return value


def location_filter(query: QueryParams) -> Callable[[dict[str, Any]], bool] | None:
    """A test of a Location for ``filter`` (``title="..."``, ``storeCode=...``, ANDed), or None."""
    raw = query.get("filter")
    if raw is None or not raw.strip():
        return None
    clauses = _clauses(raw, LOCATION_SORTS, "the locations list")
    return lambda doc: all(doc.get(field) == value for field, value in clauses)


def location_order(query: QueryParams) -> list[tuple[str, bool]]:
    """``orderBy`` of the locations list: ``(field, descending)`` pairs, ascending by default."""
    raw = query.get("orderBy")
    if raw is None or not raw.strip():
        return []
    order = []
    for part in raw.split(","):
        words = part.split()
        if not words or words[0] not in LOCATION_SORTS or len(words) > 2 or words[1:] not in ([], ["desc"]):
            raise BadInput(f"Invalid orderBy {raw!r}: order by title or storeCode, each optionally desc")
        order.append((words[0], len(words) == 2))
    return order


def review_order(raw: str | None) -> str:
    order = order_of(raw)
    if order is None:
        raise BadInput(f"Invalid orderBy {raw!r}: valid orders are rating, rating desc and updateTime desc")
    return order


@dataclass(frozen=True)
class Batch:
    location_names: tuple[str, ...]
    page_size: int
    page_token: str | None
    order: str
    ignore_rating_only: bool


def batch(body: Any) -> Batch:
    """A ``batchGetReviews`` body: ``locationNames`` (1 to 50), ``pageSize`` (default 50), ``pageToken``,
    ``orderBy``, ``ignoreRatingOnlyReviews`` (deprecated)."""
    if not isinstance(body, dict):
        raise BadInput("The request body must be a JSON object")
    names = body.get("locationNames")
    if not isinstance(names, list) or not names or not all(isinstance(name, str) for name in names):
        raise BadInput("locationNames is required: the resource names of the locations")
    if len(names) > MAX_BATCH_LOCATIONS:
        raise BadInput(f"locationNames: at most {MAX_BATCH_LOCATIONS} locations")
    size = body.get("pageSize", MAX_BATCH_PAGE)
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_BATCH_PAGE:
        raise BadInput(f"pageSize must be an integer between 1 and {MAX_BATCH_PAGE}")
    token = body.get("pageToken")
    if token is not None and not isinstance(token, str):
        raise BadInput("pageToken must be a string")
    order = body.get("orderBy")
    if order is not None and not isinstance(order, str):
        raise BadInput("orderBy must be a string")
    ignore = body.get("ignoreRatingOnlyReviews", False)
    if not isinstance(ignore, bool):
        raise BadInput("ignoreRatingOnlyReviews must be true or false")
    return Batch(tuple(dict.fromkeys(names)), size, token or None, review_order(order), ignore)


def reply_comment(body: Any) -> str:
    """The ``comment`` of an ``updateReply`` body (a ReviewReply; ``updateTime`` is output only)."""
    if not isinstance(body, dict):
        raise BadInput("The request body must be a JSON object")
    comment = body.get("comment")
    if not isinstance(comment, str) or not comment:
        raise BadInput("comment is required: the text of the reply")
    if len(comment.encode("utf-8", "surrogatepass")) > REPLY_MAX_BYTES:
        raise BadInput(f"comment is longer than {REPLY_MAX_BYTES} bytes")
    return comment
