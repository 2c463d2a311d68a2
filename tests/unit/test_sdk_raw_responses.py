"""``client.with_raw_response``: any call's HTTP answer (status, headers, request id) beside the value the
plain call returns; a raw answer per page from ``review_pages``."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import httpx
import pytest
import reviewbridge as rb
from reviewbridge._raw import _LISTENING

from tests.unit._support import (
    API_KEY,
    TESTFREAKS_EXAMPLE,
    atf_client,
    tf_client,
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
