"""Reevoo's reviews(): its one window as Review objects, with ids derived from the content."""

from __future__ import annotations

import httpx
import reevoo_client.models
import reviewbridge as rb

from tests.unit._support import (
    areevoo,
    reevoo,
    reevoo_item,
)
from tests.unit.test_facade_reviews import _aware


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
