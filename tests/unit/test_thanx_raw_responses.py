"""Thanx's ``client.with_raw_response.review_pages``: a raw answer per numbered page, with its headers."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
from reviewbridge._request_id import RequestIds

from tests.unit._support import athanx, paged_thanx, thanx


def _paged_with_headers(total: int, size: int) -> tuple[Any, list[httpx.Request]]:
    handler, seen = paged_thanx(total, size)

    def with_headers(request: httpx.Request) -> httpx.Response:
        response = handler(request)
        response.headers["X-Page"] = request.url.params["page"]
        return response

    return with_headers, seen


def test_raw_review_pages_give_each_page_s_answer() -> None:
    handler, _ = _paged_with_headers(25, 10)
    client = thanx(handler)
    raw_pages = list(client.with_raw_response.review_pages(merchant_id="m1", per_page=10))
    plain = list(client.review_pages(merchant_id="m1", per_page=10))
    assert [(p.status_code, p.headers["X-Page"], p.request_id) for p in raw_pages] == [
        (200, "1", None),
        (200, "2", None),
        (200, "3", None),
    ]
    assert [[r.id for r in p.parse().reviews] for p in raw_pages] == [[r.id for r in p.reviews] for p in plain]
    assert [p.parse().resume for p in raw_pages] == [p.resume for p in plain]


def test_leaving_raw_pages_early_ends_the_walk() -> None:
    handler, seen = _paged_with_headers(50, 10)
    pages = thanx(handler).with_raw_response.review_pages(merchant_id="m1", per_page=10)
    first = next(pages)
    pages.close()  # type: ignore[attr-defined]  # a generator, typed as an Iterator
    assert first.headers["X-Page"] == "1" and len(seen) == 1


def test_a_provider_whose_spec_names_a_header_has_it_on_raw_answers() -> None:
    handler, _ = _paged_with_headers(15, 10)

    def with_id(request: httpx.Request) -> httpx.Response:
        response = handler(request)
        response.headers["X-Trace"] = f"trace-{request.url.params['page']}"
        return response

    client = thanx(with_id)
    # As if the spec said ``x-reviewbridge-request-id: {headers: [X-Trace]}``.
    client._adapter.http = dataclasses.replace(
        client._adapter.http, request_id=RequestIds(lambda: (("X-Trace",), None))
    )
    assert [p.request_id for p in client.with_raw_response.review_pages(merchant_id="m1", per_page=10)] == [
        "trace-1",
        "trace-2",
    ]


async def test_async_raw_review_pages() -> None:
    handler, _ = _paged_with_headers(12, 10)
    client = athanx(handler)
    pages = [p async for p in client.with_raw_response.review_pages(merchant_id="m1", per_page=10)]
    assert [p.headers["X-Page"] for p in pages] == ["1", "2"] and len(pages[1].parse().reviews) == 2
