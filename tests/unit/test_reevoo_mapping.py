"""Reevoo maps a record to every unified field of its Review, from the docs' payloads (tests/unit/_mapping.py)."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import reviewbridge as rb

from tests.unit._mapping import (
    NOT_LIST,
    NOT_NUMBER,
    NOT_OBJECT,
    NOT_TEXT,
    MappingTests,
    Unusable,
    fields,
    utc,
)
from tests.unit._support_reevoo import REEVOO_EXAMPLE, reevoo


def _reevoo(item: dict[str, Any]) -> rb.Review:
    body = {"customer_experience_reviews": [item]}
    return next(iter(reevoo(lambda _: httpx.Response(200, json=body)).reviews(trkref="ABC")))


def _docs_item() -> dict[str, Any]:
    item: dict[str, Any] = copy.deepcopy(REEVOO_EXAMPLE["customer_experience_reviews"][0])
    return item


def _filled() -> dict[str, Any]:
    """The docs' item with a distinct value in every member a unified field is read from."""
    item = _docs_item()
    answers = {"good_points": "Quick delivery", "bad_points": "Pricey", "general_comments": "All fine"}
    for response in item["responses"]:
        response["answer"] = answers.get(response["display_key"], response["answer"])
    item["fast_responses"] = [{"response": "Thank you, Robert"}]
    return item


#: What the docs' item maps to, field by field.
DOCS_REVIEW = rb.Review(
    provider="reevoo",
    # Pinned: content-derived ids are stored in users' state and warehouses.
    id="rv-2b9912d014607998baf971c2",
    rating=7.0,
    rating_max=10,
    text="Ordered 3pm arrived 9.20 am next day.",
    author="Robert",
    created_at=utc(2016, 5, 23),
    updated_at=utc(2016, 5, 23),
    order_ref="TEST 230516:1536",
    status="published",
)

#: What the filled item maps to: every field its own value.
FILLED_REVIEW = rb.Review(
    provider="reevoo",
    id="rv-2f5835d8e33f713a61a7cbff",  # pinned, as above
    rating=7.0,
    rating_max=10,
    text="All fine",
    pros=("Quick delivery",),
    cons=("Pricey",),
    author="Robert",
    created_at=utc(2016, 5, 23),  # Reevoo items carry one date: published
    updated_at=utc(2016, 5, 23),
    reply="Thank you, Robert",
    order_ref="TEST 230516:1536",
    status="published",
)

_UNUSABLE: Unusable = {
    "nps_score": (NOT_NUMBER, {"rating": None}),
    "responses": (NOT_LIST, {"text": None, "pros": (), "cons": ()}),
    "fast_responses": (NOT_LIST, {"reply": None}),
    "reviewer": (NOT_OBJECT, {"author": None}),
    "publish_date": (NOT_TEXT, {"created_at": None, "updated_at": None}),
    "order_ref": (NOT_TEXT, {"order_ref": None}),
}


class TestMapping(MappingTests):
    provider = "reevoo"
    list_path = "/v4/organisations/{trkref}/customer_experience_reviews"
    list_member = "customer_experience_reviews"
    docs_review = DOCS_REVIEW
    filled_review = FILLED_REVIEW
    unusable = _UNUSABLE
    one_date = True  # a Reevoo item has one date, published: created and updated alike
    pros_and_cons = True

    def map(self, item: dict[str, Any]) -> rb.Review:
        return _reevoo(item)

    def docs_item(self) -> dict[str, Any]:
        return _docs_item()

    def filled(self) -> dict[str, Any]:
        return _filled()

    def derived_id(self, item: dict[str, Any]) -> str | None:
        return rb.reevoo_review_id(item)  # the id is derived from the content


def test_list_entries_of_the_wrong_type_are_skipped() -> None:
    item = _filled()
    item["responses"] = [
        5,
        "x",
        None,
        {"answer": "no key"},
        {"display_key": ["general_comments"]},
        *item["responses"],
    ]
    item["fast_responses"] = [5, {"response": 5}, {"response": ""}, {}, *item["fast_responses"]]
    review = _reevoo(item)
    expected = fields(FILLED_REVIEW)
    expected["id"] = rb.reevoo_review_id(item)
    assert fields(review) == expected
