"""Reevoo's content-derived ids never change: users keep them in their state and warehouses."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import orjson
import reviewbridge as rb
from hypothesis import given
from hypothesis import strategies as st

from tests.unit._support import REEVOO_EXAMPLE

#: A Reevoo item's values: integers, strings, booleans and nulls, in objects and lists.
_scalars = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=12)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)
_members = st.sampled_from(sorted(REEVOO_EXAMPLE["customer_experience_reviews"][0])) | st.sampled_from(
    ["id", "fast_responses"]
)
_items = st.dictionaries(_members | st.text(max_size=8), _values, max_size=14)


def _canonical_id(item: dict[str, Any]) -> str:
    """The id as its docstring defines it, with the standard library's JSON."""
    stable = {k: v for k, v in item.items() if k not in ("fast_responses", "id")}
    canonical = json.dumps(stable, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "rv-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:24]


def _first_id(item: dict[str, Any]) -> str:
    """The id as the first implementation computed it (kept verbatim as the reference)."""
    stable = dict(item)
    for name in ("fast_responses", "id"):
        stable.pop(name, None)
    return "rv-" + hashlib.sha256(orjson.dumps(stable, option=orjson.OPT_SORT_KEYS)).hexdigest()[:24]


def test_the_docs_items_keep_their_ids() -> None:
    item = REEVOO_EXAMPLE["customer_experience_reviews"][0]
    assert rb.reevoo_review_id(item) == "rv-2b9912d014607998baf971c2" == _first_id(item) == _canonical_id(item)
    assert rb.reevoo_review_id({**item, "id": "x", "fast_responses": [{"response": "r"}]}) == (
        "rv-2b9912d014607998baf971c2"
    )


@given(_items)
def test_every_item_gets_the_id_it_always_got(item: dict[str, Any]) -> None:
    before = dict(item)
    assert rb.reevoo_review_id(item) == _first_id(item) == _canonical_id(item)
    assert item == before  # the item is not changed
