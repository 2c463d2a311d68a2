"""Thanx's client against lying and broken servers: empty pages before the total, absurd totals, redirects, ids."""

from __future__ import annotations

import httpx
import pytest
import reviewbridge as rb

from tests.unit._support import (
    BASE,
    THANX_CLIENT_ID,
    THANX_TOKEN,
    athanx,
    thanx,
    thanx_item,
    thanx_page,
)


def test_thanx_empty_page_before_total_pages_is_retried() -> None:
    answers = iter([thanx_page([], 2, 1, 3), thanx_page([thanx_item(2)], 2, 1, 2)])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("page", "1") == "1":
            return httpx.Response(200, json=thanx_page([thanx_item(1)], 1, 1, 3))
        return httpx.Response(200, json=next(answers))

    assert [r.id for r in thanx(handler).reviews(merchant_id="m")] == ["fb000001", "fb000002"]


@pytest.mark.parametrize("concurrency", [1, 8])
def test_thanx_absurd_total_pages_refused_with_concurrency(concurrency: int) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        page = int(request.url.params.get("page", "1"))
        items = [thanx_item(page)] if page <= 2 else []
        return httpx.Response(200, json=thanx_page(items, page, 1, 10**8))

    client = thanx(handler)
    if concurrency > 1:
        with pytest.raises(rb.PaginationError, match="100000000 pages"):
            list(client.reviews(merchant_id="m", concurrency=concurrency))
        assert len(calls) == 1
    else:  # one page at a time: the first empty page before the announced end is an error
        with pytest.raises(rb.ResponseParseError, match="empty page still points"):
            list(client.reviews(merchant_id="m"))
        assert len(calls) == 2 + 4


async def test_async_thanx_total_pages_within_max_pages() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        return httpx.Response(200, json=thanx_page([thanx_item(page)], page, 1, 50))

    client = athanx(handler, max_pages=10)
    with pytest.raises(rb.PaginationError, match="refusing to walk more than 10"):
        [r async for r in client.reviews(merchant_id="m", concurrency=4)]


def test_redirect_not_followed_even_by_a_user_client_that_follows_redirects() -> None:
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        if request.url.host == "127.0.0.1":
            return httpx.Response(307, headers={"Location": "https://evil.example/steal"})
        return httpx.Response(200, json=thanx_page([], 1, 1, 1))

    user_client = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    client = rb.Thanx(THANX_CLIENT_ID, THANX_TOKEN, base_url=BASE, http_client=user_client, max_retries=0)
    with pytest.raises(rb.APIStatusError, match=r"redirect to https://evil\.example/steal, not followed") as info:
        list(client.reviews(merchant_id="m"))
    assert hosts == ["127.0.0.1"]
    request = info.value.response.request
    assert request.headers["X-ClientId"] == "********"
    assert request.headers["Authorization"] == "********"
    assert THANX_TOKEN not in repr(request.headers) and THANX_CLIENT_ID not in repr(request.headers)


def test_numeric_ids_are_kept() -> None:
    items = [{**thanx_item(1), "id": 17}, {**thanx_item(2), "id": 18}]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=thanx_page(items, 1, 2, 1))

    assert [r.id for r in thanx(handler).reviews(merchant_id="m")] == ["17", "18"]
