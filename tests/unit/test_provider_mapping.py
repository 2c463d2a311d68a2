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
from reviewbridge._providers.thanx import last_change as thanx_last_change
from reviewbridge._review import FIELDS

from tests.conftest import bare_variant, load_spec, resolve_ref, response_schema
from tests.unit._support import (
    ETRUSTED_EXAMPLE,
    REEVOO_EXAMPLE,
    TESTFREAKS_EXAMPLE,
    THANX_EXAMPLE,
    TRUSTPILOT_EXAMPLE,
    TRUSTPILOT_TOKEN_PATH,
    etrusted_page,
    reevoo,
    tf_client,
    tf_page,
    thanx,
    thanx_page,
    token_body,
    trustpilot,
    trustpilot_page,
    trustpilot_token,
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


def _trustpilot(item: dict[str, Any]) -> rb.Review:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == TRUSTPILOT_TOKEN_PATH:
            return httpx.Response(200, json=trustpilot_token("tp-token"))
        return httpx.Response(200, json=trustpilot_page([item]))

    return next(iter(trustpilot(handler).reviews(business_unit_id="507f191e810c19729de860ea")))


MAPPERS: dict[str, Callable[[dict[str, Any]], rb.Review]] = {
    "thanx": _thanx,
    "reevoo": _reevoo,
    "testfreaks": _testfreaks,
    "etrusted": _etrusted,
    "trustpilot": _trustpilot,
}

#: The id the Trustpilot docs' review is given: the published example is truncated before its id.
TRUSTPILOT_ID = "5d2f4a1b9c8e7f6a5b4c3d2e"


def _docs_item(provider: str) -> dict[str, Any]:
    example = {
        "thanx": (THANX_EXAMPLE, "feedbacks"),
        "reevoo": (REEVOO_EXAMPLE, "customer_experience_reviews"),
        "testfreaks": (TESTFREAKS_EXAMPLE, "data"),
        "etrusted": (ETRUSTED_EXAMPLE, "items"),
        "trustpilot": (TRUSTPILOT_EXAMPLE, "reviews"),
    }[provider]
    item: dict[str, Any] = copy.deepcopy(example[0][example[1]][0])
    if provider == "trustpilot":
        item["id"] = TRUSTPILOT_ID
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
    elif provider == "trustpilot":
        # A zone-less stamp (the docs' form, read as UTC) and one with an offset.
        item.update(
            stars=4, createdAt="2013-09-01T08:00:00", updatedAt="2013-09-07T15:37:00+02:00", referenceId="ORDER-77",
            status="active",
        )  # fmt: skip
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
    "trustpilot": rb.Review(
        provider="trustpilot",
        id=TRUSTPILOT_ID,
        rating=5.0,
        rating_max=5,
        title="My review",
        text="This shop is great",
        author="John Doe",
        created_at=None,  # the published example is cut before createdAt
        updated_at=_utc(2013, 9, 7, 13, 37),  # zone-less: UTC
        reply="This is our reply.",
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
    "trustpilot": rb.Review(
        provider="trustpilot",
        id=TRUSTPILOT_ID,
        rating=4.0,
        rating_max=5,
        title="My review",
        text="This shop is great",
        author="John Doe",
        created_at=_utc(2013, 9, 1, 8),
        updated_at=_utc(2013, 9, 7, 13, 37),
        reply="This is our reply.",
        order_ref="ORDER-77",
        status="active",
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


_LIST_ITEMS = {
    "thanx": ("/partner/feedbacks", "feedbacks"),
    "reevoo": ("/v4/organisations/{trkref}/customer_experience_reviews", "customer_experience_reviews"),
    "testfreaks": ("/v1/reviews", "data"),
    "etrusted": ("/reviews", "items"),
    "trustpilot": ("/v1/private/business-units/{businessUnitId}/reviews", "reviews"),
}


@pytest.mark.parametrize("provider", sorted(MAPPERS))
def test_a_record_with_only_what_the_spec_promises_maps(provider: str) -> None:
    """The facade relies on nothing the spec leaves optional: the docs' item cut to its ``required``
    members, nullable ones null, still maps, and every field read from a member it lacks is empty."""
    path, member = _LIST_ITEMS[provider]
    spec = load_spec(provider)
    items = _array_items_of(spec, response_schema(spec, path), member)
    bare = bare_variant(spec, items, _docs_item(provider))
    if provider == "trustpilot":
        # Its spec requires no member (the docs' example lacks even the id); a review without an id
        # cannot be keyed and is refused (test_trustpilot), so the leanest mappable one keeps it.
        bare["id"] = TRUSTPILOT_ID
    review = MAPPERS[provider](bare)
    assert review.raw_json == bare
    assert review.provider == provider
    assert review.id


def _array_items_of(spec: dict[str, Any], envelope: dict[str, Any], member: str) -> dict[str, Any]:
    schema: dict[str, Any] = resolve_ref(spec, resolve_ref(spec, envelope["properties"][member])["items"])
    return schema


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


_NOT_TEXT = [None, 5, True, [], {}, ""]
_NOT_NUMBER = [None, "5", True, [], {}]
_NOT_LIST = [None, 5, "abc", {"a": "b"}, True]
_NOT_OBJECT = [None, 5, "abc", ["a"], True]

#: provider -> member -> (the values that are no use there, the fields that change: to what)
_UNUSABLE: dict[str, dict[str, tuple[list[Any], dict[str, object]]]] = {
    "thanx": {
        "rating": (_NOT_NUMBER, {"rating": None}),
        "review": (_NOT_TEXT, {"text": None}),
        "user_id": (_NOT_TEXT, {"author": None}),
        "response": (_NOT_TEXT, {"reply": None}),
        "state": (_NOT_TEXT, {"status": None}),
        "purchase": (_NOT_OBJECT, {"order_ref": None}),
        "reviewed_at": (_NOT_TEXT, {"created_at": _utc(2020, 1, 2, 20)}),  # then the rating's time
        "responded_at": (_NOT_TEXT, {"updated_at": _utc(2020, 1, 4, 20)}),  # then the latest other
    },
    "reevoo": {
        "nps_score": (_NOT_NUMBER, {"rating": None}),
        "responses": (_NOT_LIST, {"text": None, "pros": (), "cons": ()}),
        "fast_responses": (_NOT_LIST, {"reply": None}),
        "reviewer": (_NOT_OBJECT, {"author": None}),
        "publish_date": (_NOT_TEXT, {"created_at": None, "updated_at": None}),
        "order_ref": (_NOT_TEXT, {"order_ref": None}),
    },
    "testfreaks": {
        "score": (_NOT_NUMBER, {"rating": None}),
        "score_max": ([*_NOT_NUMBER, 0], {"rating_max": 5}),
        "extract": (_NOT_TEXT, {"text": None}),
        "pros": (_NOT_LIST, {"pros": ()}),
        "cons": (_NOT_LIST, {"cons": ()}),
        "author": (_NOT_TEXT, {"author": None}),
        "date": (_NOT_TEXT, {"created_at": None}),
        "updated_at": (_NOT_TEXT, {"updated_at": None}),
        "responses": (_NOT_LIST, {"reply": None}),
        "product": (_NOT_TEXT, {"product": None}),
        "order_id": (_NOT_TEXT, {"order_ref": None}),
        "accepted": ([None, "yes", 1, 0], {"status": "pending"}),
    },
    "etrusted": {
        "rating": (_NOT_NUMBER, {"rating": None}),
        "title": (_NOT_TEXT, {"title": None}),
        "comment": (_NOT_TEXT, {"text": None}),
        "customer": (_NOT_OBJECT, {"author": None}),
        "submittedAt": (_NOT_TEXT, {"created_at": None}),
        "updatedAt": (_NOT_TEXT, {"updated_at": None}),
        "reply": (_NOT_OBJECT, {"reply": None}),
        "product": (_NOT_OBJECT, {"product": None}),
        "transaction": (_NOT_OBJECT, {"order_ref": None}),
        "state": (_NOT_TEXT, {"status": None}),
    },
    "trustpilot": {
        "stars": (_NOT_NUMBER, {"rating": None}),
        "title": (_NOT_TEXT, {"title": None}),
        "text": (_NOT_TEXT, {"text": None}),
        "consumer": (_NOT_OBJECT, {"author": None}),
        "createdAt": (_NOT_TEXT, {"created_at": None}),
        "updatedAt": (_NOT_TEXT, {"updated_at": _utc(2013, 9, 1, 8)}),  # never edited: changed when written
        "companyReply": (_NOT_OBJECT, {"reply": None}),
        "referenceId": (_NOT_TEXT, {"order_ref": None}),
        "status": (_NOT_TEXT, {"status": None}),
    },
}


@pytest.mark.parametrize(
    ("provider", "member"), [(provider, member) for provider, members in _UNUSABLE.items() for member in members]
)
def test_an_unusable_member_empties_its_field_and_stays_in_the_raw_json(provider: str, member: str) -> None:
    values, changes = _UNUSABLE[provider][member]
    for value in [*values, "missing"]:
        item = _filled(provider)
        if value == "missing":
            del item[member]
        else:
            item[member] = value
        review = MAPPERS[provider](item)
        expected = {**_fields(FILLED_REVIEWS[provider]), **changes}
        if provider == "reevoo":  # the id is derived from the content
            expected["id"] = rb.reevoo_review_id(item)
        assert _fields(review) == expected, value
        assert review.raw_json == item


@pytest.mark.parametrize("provider", ["reevoo", "testfreaks"])
def test_list_entries_of_the_wrong_type_are_skipped(provider: str) -> None:
    item = _filled(provider)
    if provider == "reevoo":
        item["responses"] = [
            5,
            "x",
            None,
            {"answer": "no key"},
            {"display_key": ["general_comments"]},
            *item["responses"],
        ]
        item["fast_responses"] = [5, {"response": 5}, {"response": ""}, {}, *item["fast_responses"]]
    else:
        item["pros"] = [5, "pro1", None, "pro2", {"a": 1}]
        item["cons"] = [True, "con1"]
        item["responses"] = [5, {"text": 5}, {"text": "", "response": None}, {"comment": "Thanks, John"}]
    review = MAPPERS[provider](item)
    expected = _fields(FILLED_REVIEWS[provider])
    if provider == "reevoo":
        expected["id"] = rb.reevoo_review_id(item)
    assert _fields(review) == expected


def test_thanx_last_change_is_the_latest_readable_state_timestamp() -> None:
    stamps = {
        "updated_at": "2024-05-01T12:00:00Z",  # undocumented, read when sent
        "responded_at": None,
        "reviewed_at": "not a time",
        "rated_at": "2024-05-01T14:00:00+02:00",  # the same instant as updated_at
        "viewed_at": "2024-04-30",
    }
    item = {**_docs_item("thanx"), **stamps}
    latest = thanx_last_change(item)
    # The latest instant; of equal ones the first read (updated_at): its offset shows in version keys.
    assert latest == _utc(2024, 5, 1, 12) and latest is not None and latest.utcoffset() == dt.timedelta(0)
    assert _thanx(item).updated_at == latest
    item["rated_at"] = "2024-05-01T15:00:00+02:00"
    assert thanx_last_change(item) == _utc(2024, 5, 1, 13)
    unreadable = {**_docs_item("thanx"), **dict.fromkeys(stamps, "0000-01-01"), "reviewed_at": 5}
    assert thanx_last_change(unreadable) == _utc(2020, 1, 1, 20)  # none readable: the purchase time
    assert thanx_last_change({**unreadable, "purchase": {"purchased_at": ""}}) is None
    assert thanx_last_change({**unreadable, "purchase": "2020-01-01T20:00:00Z"}) is None
