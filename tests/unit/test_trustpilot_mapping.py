"""Trustpilot maps a record to every unified field of its Review, from the docs' payloads
(tests/unit/_mapping.py)."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import reviewbridge as rb

from tests.unit._mapping import (
    NOT_NUMBER,
    NOT_OBJECT,
    NOT_TEXT,
    MappingTests,
    Unusable,
    utc,
)
from tests.unit._support_trustpilot import (
    TRUSTPILOT_EXAMPLE,
    TRUSTPILOT_TOKEN_PATH,
    trustpilot,
    trustpilot_page,
    trustpilot_token,
)


def _trustpilot(item: dict[str, Any]) -> rb.Review:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == TRUSTPILOT_TOKEN_PATH:
            return httpx.Response(200, json=trustpilot_token("tp-token"))
        return httpx.Response(200, json=trustpilot_page([item]))

    return next(iter(trustpilot(handler).reviews(business_unit_id="507f191e810c19729de860ea")))


#: The id the Trustpilot docs' review is given: the published example is truncated before its id.
TRUSTPILOT_ID = "5d2f4a1b9c8e7f6a5b4c3d2e"


def _docs_item() -> dict[str, Any]:
    item: dict[str, Any] = copy.deepcopy(TRUSTPILOT_EXAMPLE["reviews"][0])
    item["id"] = TRUSTPILOT_ID
    return item


def _filled() -> dict[str, Any]:
    """The docs' item with a distinct value in every member a unified field is read from."""
    item = _docs_item()
    # A zone-less stamp (the docs' form, read as UTC) and one with an offset.
    item.update(
        stars=4, createdAt="2013-09-01T08:00:00", updatedAt="2013-09-07T15:37:00+02:00", referenceId="ORDER-77",
        status="active",
    )  # fmt: skip
    return item


#: What the docs' item maps to, field by field.
DOCS_REVIEW = rb.Review(
    provider="trustpilot",
    id=TRUSTPILOT_ID,
    rating=5.0,
    rating_max=5,
    title="My review",
    text="This shop is great",
    author="John Doe",
    created_at=None,  # the published example is cut before createdAt
    updated_at=utc(2013, 9, 7, 13, 37),  # zone-less: UTC
    reply="This is our reply.",
)

#: What the filled item maps to: every field its own value.
FILLED_REVIEW = rb.Review(
    provider="trustpilot",
    id=TRUSTPILOT_ID,
    rating=4.0,
    rating_max=5,
    title="My review",
    text="This shop is great",
    author="John Doe",
    created_at=utc(2013, 9, 1, 8),
    updated_at=utc(2013, 9, 7, 13, 37),
    reply="This is our reply.",
    order_ref="ORDER-77",
    status="active",
)

_UNUSABLE: Unusable = {
    "stars": (NOT_NUMBER, {"rating": None}),
    "title": (NOT_TEXT, {"title": None}),
    "text": (NOT_TEXT, {"text": None}),
    "consumer": (NOT_OBJECT, {"author": None}),
    "createdAt": (NOT_TEXT, {"created_at": None}),
    "updatedAt": (NOT_TEXT, {"updated_at": utc(2013, 9, 1, 8)}),  # never edited: changed when written
    "companyReply": (NOT_OBJECT, {"reply": None}),
    "referenceId": (NOT_TEXT, {"order_ref": None}),
    "status": (NOT_TEXT, {"status": None}),
}


class TestMapping(MappingTests):
    provider = "trustpilot"
    list_path = "/v1/private/business-units/{businessUnitId}/reviews"
    list_member = "reviews"
    docs_review = DOCS_REVIEW
    filled_review = FILLED_REVIEW
    unusable = _UNUSABLE

    def map(self, item: dict[str, Any]) -> rb.Review:
        return _trustpilot(item)

    def docs_item(self) -> dict[str, Any]:
        return _docs_item()

    def filled(self) -> dict[str, Any]:
        return _filled()

    def bare(self) -> dict[str, Any]:
        bare = super().bare()
        # Its spec requires no member (the docs' example lacks even the id); a review without an id
        # cannot be keyed and is refused (test_trustpilot), so the leanest mappable one keeps it.
        bare["id"] = TRUSTPILOT_ID
        return bare
