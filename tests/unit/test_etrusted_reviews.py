"""eTrusted's reviews() walks every cursor page and yields exactly the expected Review objects."""

from __future__ import annotations

import datetime as dt

import etrusted_client.models
import reviewbridge as rb

from tests.unit._support import (
    aetrusted,
    etrusted,
    paged_etrusted,
)
from tests.unit.test_facade_reviews import _aware


def _check_etrusted(reviews: list[rb.Review], total: int) -> None:
    assert [r.id for r in reviews] == [f"rev-{i:08d}" for i in range(total)]
    for i, r in enumerate(reviews):
        assert r.provider == "etrusted"
        assert (r.rating, r.rating_max) == (float(i % 5 + 1), 5)
        assert type(r.raw).__module__.startswith("etrusted_client.models")
        assert r.updated_at == dt.datetime(2024, 2, i % 28 + 1, 8, tzinfo=dt.UTC)
        assert r.title == f"title {i}"
        _aware(r)


def test_etrusted_raw_model_is_generated() -> None:
    handler, _ = paged_etrusted(1, 1)
    review = next(iter(etrusted(handler).reviews(channel_id="chl-1")))
    assert isinstance(review.raw, etrusted_client.models.CustomerReview)


def test_etrusted_three_pages() -> None:
    handler, seen = paged_etrusted(7, 3)
    _check_etrusted(list(etrusted(handler).reviews(channel_id="chl-1")), 7)
    assert len(seen) == 3


async def test_async_etrusted_two_pages() -> None:
    handler, seen = paged_etrusted(6, 3)
    _check_etrusted([r async for r in aetrusted(handler).reviews(channel_id="chl-1")], 6)
    assert len(seen) == 2
