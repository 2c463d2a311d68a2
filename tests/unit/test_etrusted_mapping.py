"""eTrusted maps a record to every unified field of its Review, from the docs' payloads (tests/unit/_mapping.py)."""

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
from tests.unit._support_etrusted import ETRUSTED_EXAMPLE, etrusted_page, token_body
from tests.unit._support_etrusted import etrusted as etrusted_client


def _etrusted(item: dict[str, Any]) -> rb.Review:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("et-token"))
        return httpx.Response(200, json=etrusted_page([item], ""))

    return next(iter(etrusted_client(handler).reviews(channel_id="chl-1")))


def _docs_item() -> dict[str, Any]:
    item: dict[str, Any] = copy.deepcopy(ETRUSTED_EXAMPLE["items"][0])
    return item


def _filled() -> dict[str, Any]:
    """The docs' item with a distinct value in every member a unified field is read from."""
    item = _docs_item()
    item.update(rating=4, state="APPROVED", updatedAt="2018-02-03T08:00:00.000+01:00")
    return item


#: What the docs' item maps to, field by field.
DOCS_REVIEW = rb.Review(
    provider="etrusted",
    id="rev-xxxxxxxx-yyyy-xxxx-yyyy-xxxxxxxxxxxx",
    rating=None,
    rating_max=5,
    title="Great experience",
    text="Everything went well. Very helpful staff!",
    author="John Doe",
    created_at=utc(2018, 2, 1, 17, 9, 41, 790000),
    updated_at=utc(2018, 2, 1, 17, 9, 41, 790000),
    reply="We appreciate your feedback.",
    product="Specialbrand T-Shirt White M",
    order_ref="ORDER-12792",
    status=None,  # the docs' example sends {}: not a status
)

#: What the filled item maps to: every field its own value.
FILLED_REVIEW = rb.Review(
    provider="etrusted",
    id="rev-xxxxxxxx-yyyy-xxxx-yyyy-xxxxxxxxxxxx",
    rating=4.0,
    rating_max=5,
    title="Great experience",
    text="Everything went well. Very helpful staff!",
    author="John Doe",
    created_at=utc(2018, 2, 1, 17, 9, 41, 790000),
    updated_at=utc(2018, 2, 3, 7),
    reply="We appreciate your feedback.",
    product="Specialbrand T-Shirt White M",
    order_ref="ORDER-12792",
    status="APPROVED",
)

_UNUSABLE: Unusable = {
    "rating": (NOT_NUMBER, {"rating": None}),
    "title": (NOT_TEXT, {"title": None}),
    "comment": (NOT_TEXT, {"text": None}),
    "customer": (NOT_OBJECT, {"author": None}),
    "submittedAt": (NOT_TEXT, {"created_at": None}),
    "updatedAt": (NOT_TEXT, {"updated_at": None}),
    "reply": (NOT_OBJECT, {"reply": None}),
    "product": (NOT_OBJECT, {"product": None}),
    "transaction": (NOT_OBJECT, {"order_ref": None}),
    "state": (NOT_TEXT, {"status": None}),
}


class TestMapping(MappingTests):
    provider = "etrusted"
    list_path = "/reviews"
    list_member = "items"
    docs_review = DOCS_REVIEW
    filled_review = FILLED_REVIEW
    unusable = _UNUSABLE

    def map(self, item: dict[str, Any]) -> rb.Review:
        return _etrusted(item)

    def docs_item(self) -> dict[str, Any]:
        return _docs_item()

    def filled(self) -> dict[str, Any]:
        return _filled()
