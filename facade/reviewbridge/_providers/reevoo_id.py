"""Content-derived review ids, for providers whose records carry none (Reevoo list items)."""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from .._json import dumps

# Bound once: the id is derived for every Reevoo record mapped.
_sha256 = hashlib.sha256
_dumps = dumps  # orjson's, numbers exact (an int beyond 64 bits as its digits, not an error)
_SORT_KEYS = orjson.OPT_SORT_KEYS


def reevoo_review_id(item: dict[str, Any]) -> str:
    """``rv-`` and 24 hex digits of the SHA-256 of the item's canonical JSON, without mutable fields.

    Canonical JSON: keys sorted, no whitespace, UTF-8 (what ``json.dumps(sort_keys=True,
    separators=(",", ":"), ensure_ascii=False)`` gives for the integers, strings, booleans and nulls of a
    Reevoo item). The same review always gets the same id, in every run and on every machine.
    """
    stable = dict(item)
    # Left out of the hash: ``fast_responses``, which a retailer may add after publication (the id stays
    # stable when they change), and ``id``, which only the detail endpoint carries (list item and detail
    # of one review get the same id).
    stable.pop("fast_responses", None)
    stable.pop("id", None)
    return "rv-" + _sha256(_dumps(stable, option=_SORT_KEYS)).hexdigest()[:24]
