"""TestFreaks maps a record to every unified field of its Review, from the docs' payloads
(tests/unit/_mapping.py)."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import reviewbridge as rb

from tests.unit._mapping import (
    NOT_LIST,
    NOT_NUMBER,
    NOT_TEXT,
    MappingTests,
    Unusable,
    fields,
    utc,
)
from tests.unit._support_testfreaks import TESTFREAKS_EXAMPLE, tf_client, tf_page


def _testfreaks(item: dict[str, Any]) -> rb.Review:
    page = tf_page([item], None)
    return next(iter(tf_client(lambda _: httpx.Response(200, json=page)).reviews()))


def _docs_item() -> dict[str, Any]:
    item: dict[str, Any] = copy.deepcopy(TESTFREAKS_EXAMPLE["data"][0])
    return item


def _filled() -> dict[str, Any]:
    """The docs' item with a distinct value in every member a unified field is read from."""
    item = _docs_item()
    item.update(score_max=10, cons=["con1"], responses=[{"text": "Thanks, John"}])
    return item


#: What the docs' item maps to, field by field.
DOCS_REVIEW = rb.Review(
    provider="testfreaks",
    id="e63b2ad38dd9ada0",
    rating=4.0,
    rating_max=5,
    text="Great product",
    pros=("pro1", "pro2"),
    author="John D",
    created_at=utc(2021, 11, 22),
    updated_at=utc(2021, 11, 22, 6, 38, 4),
    product="Product name",
    order_ref="O123",
    status="accepted",
)

#: What the filled item maps to: every field its own value.
FILLED_REVIEW = rb.Review(
    provider="testfreaks",
    id="e63b2ad38dd9ada0",
    rating=4.0,
    rating_max=10,
    text="Great product",
    pros=("pro1", "pro2"),
    cons=("con1",),
    author="John D",
    created_at=utc(2021, 11, 22),
    updated_at=utc(2021, 11, 22, 6, 38, 4),
    reply="Thanks, John",
    product="Product name",
    order_ref="O123",
    status="accepted",
)

_UNUSABLE: Unusable = {
    "score": (NOT_NUMBER, {"rating": None}),
    "score_max": ([*NOT_NUMBER, 0], {"rating_max": 5}),
    "extract": (NOT_TEXT, {"text": None}),
    "pros": (NOT_LIST, {"pros": ()}),
    "cons": (NOT_LIST, {"cons": ()}),
    "author": (NOT_TEXT, {"author": None}),
    "date": (NOT_TEXT, {"created_at": None}),
    "updated_at": (NOT_TEXT, {"updated_at": None}),
    "responses": (NOT_LIST, {"reply": None}),
    "product": (NOT_TEXT, {"product": None}),
    "order_id": (NOT_TEXT, {"order_ref": None}),
    "accepted": ([None, "yes", 1, 0], {"status": "pending"}),
}


class TestMapping(MappingTests):
    provider = "testfreaks"
    list_path = "/v1/reviews"
    list_member = "data"
    docs_review = DOCS_REVIEW
    filled_review = FILLED_REVIEW
    unusable = _UNUSABLE
    pros_and_cons = True

    def map(self, item: dict[str, Any]) -> rb.Review:
        return _testfreaks(item)

    def docs_item(self) -> dict[str, Any]:
        return _docs_item()

    def filled(self) -> dict[str, Any]:
        return _filled()


def test_list_entries_of_the_wrong_type_are_skipped() -> None:
    item = _filled()
    item["pros"] = [5, "pro1", None, "pro2", {"a": 1}]
    item["cons"] = [True, "con1"]
    item["responses"] = [5, {"text": 5}, {"text": "", "response": None}, {"comment": "Thanks, John"}]
    review = _testfreaks(item)
    expected = fields(FILLED_REVIEW)
    assert fields(review) == expected
