"""eTrusted's cursor pages: a cursor loop refused, an empty cursor the end, each item once."""

from __future__ import annotations

import httpx
import pytest
import reviewbridge as rb
from hypothesis import given
from hypothesis import strategies as st

from tests.unit._support import (
    etrusted,
    etrusted_item,
    etrusted_page,
    paged_etrusted,
    token_body,
)
from tests.unit.test_facade_pagination import PROPERTY


def test_etrusted_cursor_loop_refused() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("tok"))
        calls.append(request)
        return httpx.Response(200, json=etrusted_page([etrusted_item(len(calls))], "cur-A"))

    with pytest.raises(rb.PaginationError):
        list(etrusted(handler).reviews(channel_id="chl-1"))
    assert len(calls) == 2


@pytest.mark.parametrize("after", ["", None])
def test_etrusted_stops_on_empty_cursor(after: str | None) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("tok"))
        calls.append(request)
        return httpx.Response(200, json=etrusted_page([etrusted_item(1)], after))

    assert len(list(etrusted(handler).reviews(channel_id="chl-1"))) == 1
    assert len(calls) == 1


@PROPERTY
@given(total=st.integers(0, 60), size=st.integers(1, 10))
def test_property_etrusted_each_item_once(total: int, size: int) -> None:
    handler, _ = paged_etrusted(total, size)
    assert [r.id for r in etrusted(handler).reviews(channel_id="chl-1")] == [f"rev-{i:08d}" for i in range(total)]
