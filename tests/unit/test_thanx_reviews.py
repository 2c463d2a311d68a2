"""Thanx's reviews() walks every numbered page and yields exactly the expected Review objects."""

from __future__ import annotations

import reviewbridge as rb
import thanx_client.models

from tests.unit._support import (
    athanx,
    paged_thanx,
    thanx,
)
from tests.unit.test_facade_reviews import _aware


def _check_thanx(reviews: list[rb.Review], total: int) -> None:
    assert [r.id for r in reviews] == [f"fb{i:06d}" for i in range(total)]
    for i, r in enumerate(reviews):
        assert r.provider == "thanx"
        assert (r.rating, r.rating_max) == (float(i % 11), 10)
        assert isinstance(r.raw, thanx_client.models.Feedback)
        _aware(r)


def test_thanx_three_pages() -> None:
    handler, seen = paged_thanx(9, 4)
    _check_thanx(list(thanx(handler).reviews(merchant_id="woeri34")), 9)
    assert len(seen) == 3


async def test_async_thanx_three_pages() -> None:
    handler, seen = paged_thanx(9, 4)
    _check_thanx([r async for r in athanx(handler).reviews(merchant_id="woeri34")], 9)
    assert len(seen) == 3
