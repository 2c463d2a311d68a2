"""Thanx's numbered pages: total_pages the end, concurrent walks the same as sequential, each item once."""

from __future__ import annotations

import httpx
from hypothesis import given
from hypothesis import strategies as st

from tests.unit._support import (
    athanx,
    paged_thanx,
    thanx,
    thanx_item,
    thanx_page,
)
from tests.unit.test_facade_pagination import PROPERTY


def test_thanx_stops_at_total_pages() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        page = int(request.url.params.get("page", "1"))
        return httpx.Response(200, json=thanx_page([thanx_item(page)], page, 1, 2))

    assert [r.id for r in thanx(handler).reviews(merchant_id="m")] == ["fb000001", "fb000002"]
    assert len(calls) == 2


def test_thanx_concurrent_same_as_sequential() -> None:
    handler, _ = paged_thanx(37, 3)
    sequential = [r.id for r in thanx(handler).reviews(merchant_id="m")]
    handler, seen = paged_thanx(37, 3)
    concurrent = [r.id for r in thanx(handler).reviews(merchant_id="m", concurrency=4)]
    assert concurrent == sequential == [f"fb{i:06d}" for i in range(37)]
    assert sorted(int(r.url.params.get("page", "1")) for r in seen) == list(range(1, 14))


async def test_async_thanx_concurrent_same_as_sequential() -> None:
    handler, _ = paged_thanx(25, 4)
    sequential = [r.id async for r in athanx(handler).reviews(merchant_id="m")]
    handler, _ = paged_thanx(25, 4)
    concurrent = [r.id async for r in athanx(handler).reviews(merchant_id="m", concurrency=4)]
    assert concurrent == sequential == [f"fb{i:06d}" for i in range(25)]


@PROPERTY
@given(total=st.integers(0, 60), size=st.integers(1, 10), concurrency=st.sampled_from([1, 4]))
def test_property_thanx_each_item_once(total: int, size: int, concurrency: int) -> None:
    handler, _ = paged_thanx(total, size)
    ids = [r.id for r in thanx(handler).reviews(merchant_id="m", concurrency=concurrency)]
    assert ids == [f"fb{i:06d}" for i in range(total)]
