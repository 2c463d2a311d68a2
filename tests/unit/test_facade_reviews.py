"""Each provider's reviews() walks every page and yields exactly the expected Review objects."""

from __future__ import annotations

import datetime as dt

import etrusted_client.models
import httpx
import reevoo_client.models
import reviewbridge as rb
import testfreaks_client.models
import thanx_client.models

from tests.unit._support import (
    aetrusted,
    areevoo,
    atf_client,
    athanx,
    etrusted,
    paged_etrusted,
    paged_testfreaks,
    paged_thanx,
    reevoo,
    reevoo_item,
    tf_client,
    thanx,
)


def _aware(review: rb.Review) -> None:
    for stamp in (review.created_at, review.updated_at):
        assert isinstance(stamp, dt.datetime)
        assert stamp.tzinfo is not None and stamp.utcoffset() is not None


def _check_testfreaks(reviews: list[rb.Review], total: int) -> None:
    assert [r.id for r in reviews] == [f"tf{i:06d}" for i in range(total)]
    for i, r in enumerate(reviews):
        assert r.provider == "testfreaks"
        assert (r.rating, r.rating_max) == (float(i % 5 + 1), 5)
        assert isinstance(r.raw, testfreaks_client.models.Review)
        assert r.created_at == dt.datetime(2021, 11, i % 28 + 1, tzinfo=dt.UTC)
        _aware(r)


def _check_etrusted(reviews: list[rb.Review], total: int) -> None:
    assert [r.id for r in reviews] == [f"rev-{i:08d}" for i in range(total)]
    for i, r in enumerate(reviews):
        assert r.provider == "etrusted"
        assert (r.rating, r.rating_max) == (float(i % 5 + 1), 5)
        assert type(r.raw).__module__.startswith("etrusted_client.models")
        assert r.updated_at == dt.datetime(2024, 2, i % 28 + 1, 8, tzinfo=dt.UTC)
        assert r.title == f"title {i}"
        _aware(r)


def _check_thanx(reviews: list[rb.Review], total: int) -> None:
    assert [r.id for r in reviews] == [f"fb{i:06d}" for i in range(total)]
    for i, r in enumerate(reviews):
        assert r.provider == "thanx"
        assert (r.rating, r.rating_max) == (float(i % 11), 10)
        assert isinstance(r.raw, thanx_client.models.Feedback)
        _aware(r)


def test_etrusted_raw_model_is_generated() -> None:
    handler, _ = paged_etrusted(1, 1)
    review = next(iter(etrusted(handler).reviews(channel_id="chl-1")))
    assert isinstance(review.raw, etrusted_client.models.CustomerReview)


def test_testfreaks_three_pages() -> None:
    handler, seen = paged_testfreaks(8, 3)
    _check_testfreaks(list(tf_client(handler).reviews()), 8)
    assert len(seen) == 3


def test_etrusted_three_pages() -> None:
    handler, seen = paged_etrusted(7, 3)
    _check_etrusted(list(etrusted(handler).reviews(channel_id="chl-1")), 7)
    assert len(seen) == 3


def test_thanx_three_pages() -> None:
    handler, seen = paged_thanx(9, 4)
    _check_thanx(list(thanx(handler).reviews(merchant_id="woeri34")), 9)
    assert len(seen) == 3


async def test_async_testfreaks_three_pages() -> None:
    handler, seen = paged_testfreaks(8, 3)
    _check_testfreaks([r async for r in atf_client(handler).reviews()], 8)
    assert len(seen) == 3


async def test_async_etrusted_two_pages() -> None:
    handler, seen = paged_etrusted(6, 3)
    _check_etrusted([r async for r in aetrusted(handler).reviews(channel_id="chl-1")], 6)
    assert len(seen) == 2


async def test_async_thanx_three_pages() -> None:
    handler, seen = paged_thanx(9, 4)
    _check_thanx([r async for r in athanx(handler).reviews(merchant_id="woeri34")], 9)
    assert len(seen) == 3


def _reevoo_handler(request: httpx.Request) -> httpx.Response:
    assert request.url.path == "/v4/organisations/ABC/customer_experience_reviews"
    return httpx.Response(200, json={"customer_experience_reviews": [reevoo_item(i) for i in range(3)]})


def _check_reevoo(reviews: list[rb.Review]) -> None:
    assert [r.id for r in reviews] == [rb.reevoo_review_id(reevoo_item(i)) for i in range(3)]
    assert len({r.id for r in reviews}) == 3
    for i, r in enumerate(reviews):
        assert r.provider == "reevoo"
        assert (r.rating, r.rating_max) == (float(i % 11), 10)
        assert r.id.startswith("rv-") and len(r.id) == 3 + 24
        assert isinstance(r.raw, reevoo_client.models.CustomerExperienceReview)
        assert r.text == "Ordered 3pm arrived 9.20 am next day."
        _aware(r)


def test_reevoo_reviews_and_deterministic_ids() -> None:
    first = list(reevoo(_reevoo_handler).reviews(trkref="ABC"))
    second = list(reevoo(_reevoo_handler).reviews(trkref="ABC"))
    _check_reevoo(first)
    assert [r.id for r in first] == [r.id for r in second]


def test_reevoo_id_ignores_fast_responses_and_key_order() -> None:
    item = reevoo_item(5)
    changed = {**dict(reversed(list(item.items()))), "fast_responses": [{"response": "thanks!"}]}
    assert rb.reevoo_review_id(item) == rb.reevoo_review_id(changed)
    assert rb.reevoo_review_id(item) != rb.reevoo_review_id({**item, "nps_score": 1})


async def test_async_reevoo_reviews() -> None:
    _check_reevoo([r async for r in areevoo(_reevoo_handler).reviews(trkref="ABC")])
