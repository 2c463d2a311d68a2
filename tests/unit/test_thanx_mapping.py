"""Thanx maps a record to every unified field of its Review, from the docs' payloads (tests/unit/_mapping.py)."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import httpx
import reviewbridge as rb
from reviewbridge._providers.thanx import last_change as thanx_last_change

from tests.unit._mapping import (
    NOT_NUMBER,
    NOT_OBJECT,
    NOT_TEXT,
    MappingTests,
    Unusable,
    utc,
)
from tests.unit._support_thanx import THANX_EXAMPLE, thanx, thanx_page


def _thanx(item: dict[str, Any]) -> rb.Review:
    page = thanx_page([item], 1, 1, 1)
    return next(iter(thanx(lambda _: httpx.Response(200, json=page)).reviews(merchant_id="woeri34")))


def _docs_item() -> dict[str, Any]:
    item: dict[str, Any] = copy.deepcopy(THANX_EXAMPLE["feedbacks"][0])
    return item


def _filled() -> dict[str, Any]:
    """The docs' item with a distinct value in every member a unified field is read from."""
    item = _docs_item()
    item.update(
        rating=9,
        rated_at="2020-01-02T20:00:00Z",
        reviewed_at="2020-01-03T20:00:00Z",
        viewed_at="2020-01-04T20:00:00Z",
        responded_at="2020-01-05T20:00:00Z",
    )
    return item


#: What the docs' item maps to, field by field.
DOCS_REVIEW = rb.Review(
    provider="thanx",
    id="590485d6f0",
    rating=10.0,
    rating_max=10,
    text="Customer's written review for their latest purchase.",
    author="fsjlk",
    created_at=None,  # neither reviewed nor rated
    updated_at=utc(2020, 1, 1, 20),  # no state timestamp: the purchase time
    reply="Merchant's written response to the customer's review.",
    order_ref="aepo3cme2p",
    status="responded",
)

#: What the filled item maps to: every field its own value.
FILLED_REVIEW = rb.Review(
    provider="thanx",
    id="590485d6f0",
    rating=9.0,
    rating_max=10,
    text="Customer's written review for their latest purchase.",
    author="fsjlk",
    created_at=utc(2020, 1, 3, 20),  # reviewed_at before rated_at
    updated_at=utc(2020, 1, 5, 20),  # the latest state timestamp
    reply="Merchant's written response to the customer's review.",
    order_ref="aepo3cme2p",
    status="responded",
)

_UNUSABLE: Unusable = {
    "rating": (NOT_NUMBER, {"rating": None}),
    "review": (NOT_TEXT, {"text": None}),
    "user_id": (NOT_TEXT, {"author": None}),
    "response": (NOT_TEXT, {"reply": None}),
    "state": (NOT_TEXT, {"status": None}),
    "purchase": (NOT_OBJECT, {"order_ref": None}),
    "reviewed_at": (NOT_TEXT, {"created_at": utc(2020, 1, 2, 20)}),  # then the rating's time
    "responded_at": (NOT_TEXT, {"updated_at": utc(2020, 1, 4, 20)}),  # then the latest other
}


class TestMapping(MappingTests):
    provider = "thanx"
    list_path = "/partner/feedbacks"
    list_member = "feedbacks"
    docs_review = DOCS_REVIEW
    filled_review = FILLED_REVIEW
    unusable = _UNUSABLE

    def map(self, item: dict[str, Any]) -> rb.Review:
        return _thanx(item)

    def docs_item(self) -> dict[str, Any]:
        return _docs_item()

    def filled(self) -> dict[str, Any]:
        return _filled()


def test_thanx_last_change_is_the_latest_readable_state_timestamp() -> None:
    stamps = {
        "updated_at": "2024-05-01T12:00:00Z",  # undocumented, read when sent
        "responded_at": None,
        "reviewed_at": "not a time",
        "rated_at": "2024-05-01T14:00:00+02:00",  # the same instant as updated_at
        "viewed_at": "2024-04-30",
    }
    item = {**_docs_item(), **stamps}
    latest = thanx_last_change(item)
    # The latest instant; of equal ones the first read (updated_at): its offset shows in version keys.
    assert latest == utc(2024, 5, 1, 12) and latest is not None and latest.utcoffset() == dt.timedelta(0)
    assert _thanx(item).updated_at == latest
    item["rated_at"] = "2024-05-01T15:00:00+02:00"
    assert thanx_last_change(item) == utc(2024, 5, 1, 13)
    unreadable = {**_docs_item(), **dict.fromkeys(stamps, "0000-01-01"), "reviewed_at": 5}
    assert thanx_last_change(unreadable) == utc(2020, 1, 1, 20)  # none readable: the purchase time
    assert thanx_last_change({**unreadable, "purchase": {"purchased_at": ""}}) is None
    assert thanx_last_change({**unreadable, "purchase": "2020-01-01T20:00:00Z"}) is None
