"""Each provider maps a record to every unified field of its Review, from the docs' payloads.

The fixtures give every field its own value (no two string fields alike, no two timestamps alike), so a
value landing in the wrong field fails a test: the adapters build reviews positionally (``new_review``).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import reviewbridge as rb
from reviewbridge._review import FIELDS

from tests.unit._support import (
    ETRUSTED_EXAMPLE,
    REEVOO_EXAMPLE,
    TESTFREAKS_EXAMPLE,
    THANX_EXAMPLE,
    etrusted_page,
    reevoo,
    tf_client,
    tf_page,
    thanx,
    thanx_page,
    token_body,
)
from tests.unit._support import etrusted as etrusted_client


def _utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, us: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, second, us, tzinfo=dt.UTC)


def _thanx(item: dict[str, Any]) -> rb.Review:
    page = thanx_page([item], 1, 1, 1)
    return next(iter(thanx(lambda _: httpx.Response(200, json=page)).reviews(merchant_id="woeri34")))


def _reevoo(item: dict[str, Any]) -> rb.Review:
    body = {"customer_experience_reviews": [item]}
    return next(iter(reevoo(lambda _: httpx.Response(200, json=body)).reviews(trkref="ABC")))


def _testfreaks(item: dict[str, Any]) -> rb.Review:
    page = tf_page([item], None)
    return next(iter(tf_client(lambda _: httpx.Response(200, json=page)).reviews()))


def _etrusted(item: dict[str, Any]) -> rb.Review:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("et-token"))
        return httpx.Response(200, json=etrusted_page([item], ""))

    return next(iter(etrusted_client(handler).reviews(channel_id="chl-1")))


MAPPERS: dict[str, Callable[[dict[str, Any]], rb.Review]] = {
    "thanx": _thanx,
    "reevoo": _reevoo,
    "testfreaks": _testfreaks,
    "etrusted": _etrusted,
}


def _docs_item(provider: str) -> dict[str, Any]:
    example = {
        "thanx": (THANX_EXAMPLE, "feedbacks"),
        "reevoo": (REEVOO_EXAMPLE, "customer_experience_reviews"),
        "testfreaks": (TESTFREAKS_EXAMPLE, "data"),
        "etrusted": (ETRUSTED_EXAMPLE, "items"),
    }[provider]
    item: dict[str, Any] = copy.deepcopy(example[0][example[1]][0])
    return item


def _filled(provider: str) -> dict[str, Any]:
    """The docs' item with a distinct value in every member a unified field is read from."""
    item = _docs_item(provider)
    if provider == "thanx":
        item.update(
            rating=9,
            rated_at="2020-01-02T20:00:00Z",
            reviewed_at="2020-01-03T20:00:00Z",
            viewed_at="2020-01-04T20:00:00Z",
            responded_at="2020-01-05T20:00:00Z",
        )
    elif provider == "reevoo":
        answers = {"good_points": "Quick delivery", "bad_points": "Pricey", "general_comments": "All fine"}
        for response in item["responses"]:
            response["answer"] = answers.get(response["display_key"], response["answer"])
        item["fast_responses"] = [{"response": "Thank you, Robert"}]
    elif provider == "testfreaks":
        item.update(score_max=10, cons=["con1"], responses=[{"text": "Thanks, John"}])
    else:
        item.update(rating=4, state="APPROVED", updatedAt="2018-02-03T08:00:00.000+01:00")
    return item


#: What each provider's docs' item maps to, field by field.
DOCS_REVIEWS = {
    "thanx": rb.Review(
        provider="thanx",
        id="590485d6f0",
        rating=10.0,
        rating_max=10,
        text="Customer's written review for their latest purchase.",
        author="fsjlk",
        created_at=None,  # neither reviewed nor rated
        updated_at=_utc(2020, 1, 1, 20),  # no state timestamp: the purchase time
        reply="Merchant's written response to the customer's review.",
        order_ref="aepo3cme2p",
        status="responded",
    ),
    "reevoo": rb.Review(
        provider="reevoo",
        # Pinned: content-derived ids are stored in users' state and warehouses.
        id="rv-2b9912d014607998baf971c2",
        rating=7.0,
        rating_max=10,
        text="Ordered 3pm arrived 9.20 am next day.",
        author="Robert",
        created_at=_utc(2016, 5, 23),
        updated_at=_utc(2016, 5, 23),
        order_ref="TEST 230516:1536",
        status="published",
    ),
    "testfreaks": rb.Review(
        provider="testfreaks",
        id="e63b2ad38dd9ada0",
        rating=4.0,
        rating_max=5,
        text="Great product",
        pros=("pro1", "pro2"),
        author="John D",
        created_at=_utc(2021, 11, 22),
        updated_at=_utc(2021, 11, 22, 6, 38, 4),
        product="Product name",
        order_ref="O123",
        status="accepted",
    ),
    "etrusted": rb.Review(
        provider="etrusted",
        id="rev-xxxxxxxx-yyyy-xxxx-yyyy-xxxxxxxxxxxx",
        rating=None,
        rating_max=5,
        title="Great experience",
        text="Everything went well. Very helpful staff!",
        author="John Doe",
        created_at=_utc(2018, 2, 1, 17, 9, 41, 790000),
        updated_at=_utc(2018, 2, 1, 17, 9, 41, 790000),
        reply="We appreciate your feedback.",
        product="Specialbrand T-Shirt White M",
        order_ref="ORDER-12792",
        status=None,  # the docs' example sends {}: not a status
    ),
}

#: What the filled items map to: every field its own value.
FILLED_REVIEWS = {
    "thanx": rb.Review(
        provider="thanx",
        id="590485d6f0",
        rating=9.0,
        rating_max=10,
        text="Customer's written review for their latest purchase.",
        author="fsjlk",
        created_at=_utc(2020, 1, 3, 20),  # reviewed_at before rated_at
        updated_at=_utc(2020, 1, 5, 20),  # the latest state timestamp
        reply="Merchant's written response to the customer's review.",
        order_ref="aepo3cme2p",
        status="responded",
    ),
    "reevoo": rb.Review(
        provider="reevoo",
        id="rv-2f5835d8e33f713a61a7cbff",  # pinned, as above
        rating=7.0,
        rating_max=10,
        text="All fine",
        pros=("Quick delivery",),
        cons=("Pricey",),
        author="Robert",
        created_at=_utc(2016, 5, 23),  # Reevoo items carry one date: published
        updated_at=_utc(2016, 5, 23),
        reply="Thank you, Robert",
        order_ref="TEST 230516:1536",
        status="published",
    ),
    "testfreaks": rb.Review(
        provider="testfreaks",
        id="e63b2ad38dd9ada0",
        rating=4.0,
        rating_max=10,
        text="Great product",
        pros=("pro1", "pro2"),
        cons=("con1",),
        author="John D",
        created_at=_utc(2021, 11, 22),
        updated_at=_utc(2021, 11, 22, 6, 38, 4),
        reply="Thanks, John",
        product="Product name",
        order_ref="O123",
        status="accepted",
    ),
    "etrusted": rb.Review(
        provider="etrusted",
        id="rev-xxxxxxxx-yyyy-xxxx-yyyy-xxxxxxxxxxxx",
        rating=4.0,
        rating_max=5,
        title="Great experience",
        text="Everything went well. Very helpful staff!",
        author="John Doe",
        created_at=_utc(2018, 2, 1, 17, 9, 41, 790000),
        updated_at=_utc(2018, 2, 3, 7),
        reply="We appreciate your feedback.",
        product="Specialbrand T-Shirt White M",
        order_ref="ORDER-12792",
        status="APPROVED",
    ),
}


def _fields(review: rb.Review) -> dict[str, object]:
    return {name: getattr(review, name) for name in FIELDS}


@pytest.mark.parametrize("provider", sorted(MAPPERS))
def test_the_docs_item_maps_to_every_field(provider: str) -> None:
    item = _docs_item(provider)
    review = MAPPERS[provider](item)
    assert _fields(review) == _fields(DOCS_REVIEWS[provider])
    assert review.raw_json == item


@pytest.mark.parametrize("provider", sorted(MAPPERS))
def test_every_field_gets_its_own_member(provider: str) -> None:
    item = _filled(provider)
    review = MAPPERS[provider](item)
    assert _fields(review) == _fields(FILLED_REVIEWS[provider])
    assert review == FILLED_REVIEWS[provider]
    assert review.raw_json == item


@pytest.mark.parametrize("provider", sorted(MAPPERS))
def test_the_filled_fixtures_tell_every_field_apart(provider: str) -> None:
    # A self-check of the fixtures: a swap of two fields can only go unnoticed between equal values.
    fields = _fields(FILLED_REVIEWS[provider])
    texts = [v for v in fields.values() if isinstance(v, str)]
    stamps = [v for v in fields.values() if isinstance(v, dt.datetime)]
    numbers = [v for v in fields.values() if isinstance(v, (int, float))]
    assert len(set(texts)) == len(texts)
    assert len(set(numbers)) == len(numbers)
    if provider != "reevoo":  # a Reevoo item has one date, published: created and updated alike
        assert len(set(stamps)) == len(stamps) == 2
    if provider in ("reevoo", "testfreaks"):  # the others have no pros and cons
        assert fields["pros"] and fields["cons"] and fields["pros"] != fields["cons"]
