"""reviews() walks every page and yields exactly the expected Review objects (one provider as the example;
the others in their own test files)."""

from __future__ import annotations

import datetime as dt

import reviewbridge as rb
import testfreaks_client.models

from tests.unit._support import (
    atf_client,
    paged_testfreaks,
    tf_client,
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


def test_testfreaks_three_pages() -> None:
    handler, seen = paged_testfreaks(8, 3)
    _check_testfreaks(list(tf_client(handler).reviews()), 8)
    assert len(seen) == 3


async def test_async_testfreaks_three_pages() -> None:
    handler, seen = paged_testfreaks(8, 3)
    _check_testfreaks([r async for r in atf_client(handler).reviews()], 8)
    assert len(seen) == 3
