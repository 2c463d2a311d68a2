"""``client.with_raw_response``: any call's HTTP answer (status, headers, request id) beside the value the
plain call returns; a raw answer per page from ``review_pages``."""

from __future__ import annotations

import asyncio
import copy
import dataclasses
from typing import Any

import httpx
import pytest
import reviewbridge as rb
from reviewbridge._raw import _LISTENING
from reviewbridge._request_id import RequestIds

from tests.unit._support import (
    API_KEY,
    TESTFREAKS_EXAMPLE,
    aetrusted,
    atf_client,
    athanx,
    etrusted,
    paged_thanx,
    tf_client,
    thanx,
    token_body,
)

REVIEW: dict[str, Any] = copy.deepcopy(TESTFREAKS_EXAMPLE["data"][0])


def _single(calls: list[httpx.Request], *, fail_first: bool = False) -> Any:
    """TestFreaks getReview: the review, with a rate-limit header counting down (a 503 first if asked)."""

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if fail_first and len(calls) == 1:
            return httpx.Response(503, headers={"X-RateLimit-Remaining": "failed"})
        headers = {"X-RateLimit-Remaining": str(100 - len(calls)), "X-Request-Id": "not-in-the-spec"}
        return httpx.Response(200, headers=headers, json=REVIEW)

    return handler


def test_a_raw_call_gives_the_answer_and_the_value_of_the_plain_call() -> None:
    calls: list[httpx.Request] = []
    client = tf_client(_single(calls))
    raw = client.with_raw_response.get_review(REVIEW["id"], client_id="c-1")
    plain = client.get_review(REVIEW["id"], client_id="c-1")
    assert raw.status_code == 200 and raw.headers["X-RateLimit-Remaining"] == "99"
    assert raw.parse().to_dict() == plain.to_dict() == REVIEW
    assert raw.request_id is None  # TestFreaks' spec names no request-id place: nothing is guessed
    assert [c.url.params.get("client_id") for c in calls] == ["c-1", "c-1"]  # the same request both times
    assert repr(raw) == "RawResponse(status_code=200, request_id=None)"
    assert _LISTENING.get() is None  # nothing listens once the call is done


def test_a_retried_call_answers_with_its_last_attempt() -> None:
    calls: list[httpx.Request] = []
    raw = tf_client(_single(calls, fail_first=True)).with_raw_response.get_review(REVIEW["id"])
    assert len(calls) == 2 and raw.status_code == 200 and raw.headers["X-RateLimit-Remaining"] == "98"


def test_a_raw_call_raises_what_the_plain_call_raises() -> None:
    client = tf_client(lambda request: httpx.Response(404, json={"errors": ["Review not found"]}))
    with pytest.raises(rb.NotFoundError):
        client.with_raw_response.get_review("missing")
    assert _LISTENING.get() is None


def test_headers_of_a_raw_answer_are_masked_like_an_error_s() -> None:
    echo = tf_client(lambda request: httpx.Response(200, headers={"X-Echo": f"key={API_KEY}"}, json=REVIEW))
    raw = echo.with_raw_response.get_review(REVIEW["id"])
    assert API_KEY not in str(raw.headers.raw) and raw.headers["X-Echo"].startswith("key=")


def test_a_write_without_a_value_answers_with_its_status() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("et-token"))
        return httpx.Response(204 if request.method == "DELETE" else 200, headers={"X-Seen": request.method})

    client = etrusted(handler)
    saved = client.with_raw_response.reply("rev-1", "Thank you")
    deleted = client.with_raw_response.delete_reply("rev-1")
    assert (saved.status_code, saved.headers["X-Seen"], saved.parse()) == (200, "POST", None)
    assert (deleted.status_code, deleted.headers["X-Seen"], deleted.parse()) == (204, "DELETE", None)


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


async def test_async_raw_calls_answer_each_with_its_own_response() -> None:
    calls: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        await asyncio.sleep(0.01 if request.url.path.endswith("/a") else 0)  # the first one answers last
        return httpx.Response(200, headers={"X-Which": request.url.path[-1]}, json=REVIEW)

    client = atf_client(handler)
    a, b = await asyncio.gather(client.with_raw_response.get_review("a"), client.with_raw_response.get_review("b"))
    assert (a.headers["X-Which"], b.headers["X-Which"]) == ("a", "b")
    assert a.parse().to_dict() == REVIEW and _LISTENING.get() is None
    await client.aclose()


async def test_async_raw_review_pages_and_writes() -> None:
    handler, _ = _paged_with_headers(12, 10)
    client = athanx(handler)
    pages = [p async for p in client.with_raw_response.review_pages(merchant_id="m1", per_page=10)]
    assert [p.headers["X-Page"] for p in pages] == ["1", "2"] and len(pages[1].parse().reviews) == 2

    def et_handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("et-token"))
        return httpx.Response(200, json={"accountId": "acc-1", "channelList": ["chl-1"], "totalElements": 7})

    counted = await aetrusted(et_handler).with_raw_response.count_reviews(channels=["chl-1"])
    assert (counted.status_code, counted.parse()) == (200, 7)
