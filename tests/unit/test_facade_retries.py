"""Retries: which requests, which outcomes, how many times, how long to wait."""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Callable

import httpx
import pytest
import reviewbridge as rb
from testfreaks_client.models import ReviewWriteRequest

from tests.unit._support import (
    atf_client,
    tf_client,
    tf_item,
    tf_page,
)

OK = tf_page([tf_item(1)], None)


def _flaky(failures: list[httpx.Response | Exception]):
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) <= len(failures):
            outcome = failures[len(calls) - 1]
            if isinstance(outcome, Exception):
                raise outcome
            return outcome
        return httpx.Response(200, json=OK)

    return handler, calls


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_get_retried_on_status_then_succeeds(status: int) -> None:
    handler, calls = _flaky([httpx.Response(status), httpx.Response(status)])
    client = tf_client(handler)
    assert [r.id for r in client.reviews()] == ["tf000001"]
    assert len(calls) == 3
    assert client.retries == 2


def test_get_retried_on_connect_error() -> None:
    handler, calls = _flaky([httpx.ConnectError("refused")])
    client = tf_client(handler)
    assert len(list(client.reviews())) == 1
    assert len(calls) == 2 and client.retries == 1


@pytest.mark.parametrize(("max_retries", "expected_calls"), [(0, 1), (1, 2), (3, 4), (5, 6)])
def test_at_most_max_retries_then_typed_error(max_retries: int, expected_calls: int) -> None:
    handler, calls = _flaky([httpx.Response(503)] * 10)
    client = tf_client(handler, max_retries=max_retries)
    with pytest.raises(rb.InternalServerError) as info:
        list(client.reviews())
    assert info.value.status_code == 503
    assert len(calls) == expected_calls
    assert client.retries == max_retries


def test_default_is_three_retries_and_rate_limit_error() -> None:
    handler, calls = _flaky([httpx.Response(429)] * 10)
    client = tf_client(handler)
    with pytest.raises(rb.RateLimitError):
        list(client.reviews())
    assert len(calls) == 4 and client.retries == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
def test_not_retried_on_other_statuses(status: int) -> None:
    handler, calls = _flaky([httpx.Response(status)] * 5)
    client = tf_client(handler)
    with pytest.raises(rb.APIStatusError):
        list(client.reviews())
    assert len(calls) == 1
    assert client.retries == 0


def test_retry_after_seconds_honoured_and_capped() -> None:
    handler, _ = _flaky(
        [httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(429, headers={"Retry-After": "3600"})]
    )
    client = tf_client(handler)
    delays = client._policy.sleep.__self__  # the list no_sleep() records into
    list(client.reviews())
    assert delays == [7.0, client._policy.max_retry_after]


def test_retry_after_http_date_honoured() -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    handler, _ = _flaky([httpx.Response(503, headers={"Retry-After": when})])
    client = tf_client(handler)
    delays = client._policy.sleep.__self__
    list(client.reviews())
    assert len(delays) == 1 and 17 <= delays[0] <= 20.5


def test_backoff_without_retry_after_is_bounded() -> None:
    handler, _ = _flaky([httpx.Response(500)] * 3)
    client = tf_client(handler)
    delays = client._policy.sleep.__self__
    list(client.reviews())
    policy = client._policy
    assert len(delays) == 3
    for attempt, delay in enumerate(delays, start=1):
        assert 0 <= delay <= min(policy.max_delay, policy.base_delay * 2 ** (attempt - 1))


def _review_body(external_id: str | None) -> ReviewWriteRequest:
    review: dict[str, object] = {"product_id": "P001", "score": 4, "author": "John D", "extract": "Great product"}
    if external_id:
        review["external_id"] = external_id
    return ReviewWriteRequest.from_dict({"review": review})


@pytest.mark.parametrize(("external_id", "expected_calls"), [("ext-1", 4), (None, 1)])
def test_testfreaks_post_retried_only_with_external_id(external_id: str | None, expected_calls: int) -> None:
    handler, calls = _flaky([httpx.Response(502)] * 10)
    client = tf_client(handler)
    with pytest.raises(rb.InternalServerError) as info:
        client.create_review(_review_body(external_id))
    assert info.value.operation == "createReview"
    assert len(calls) == expected_calls
    assert all(c.method == "POST" for c in calls)
    assert client.retries == expected_calls - 1


async def test_async_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    async def fake_sleep(delay: float) -> None:
        slept.append(delay)

    monkeypatch.setattr(asyncio, "sleep", fake_sleep)
    handler, calls = _flaky([httpx.Response(503, headers={"Retry-After": "2"}), httpx.ConnectError("x")])
    client = atf_client(handler)
    assert len([r async for r in client.reviews()]) == 1
    assert len(calls) == 3 and client.retries == 2
    assert slept[0] == 2.0


async def test_async_gives_up_after_max_retries() -> None:
    handler, calls = _flaky([httpx.Response(500)] * 10)
    client = atf_client(handler, max_retries=2)
    with pytest.raises(rb.InternalServerError):
        [r async for r in client.reviews()]
    assert len(calls) == 3 and client.retries == 2


def test_negative_max_retries_refused() -> None:
    with pytest.raises(rb.ConfigurationError):
        rb.TestFreaks("k", base_url="http://127.0.0.1", max_retries=-1)


# -- one decision: requests and suspect pages, sync and async alike on an injected sleep ---------------


def _recorded(client: rb.TestFreaks | rb.AsyncTestFreaks) -> list[float]:
    """The waits ``client`` asks for, recorded instead of slept; the jitter fixed at half the ceiling."""
    delays: list[float] = []
    policy = client._policy
    policy.sleep, policy.random, policy.base_delay = delays.append, lambda: 0.5, 0.5
    return delays


def _empty() -> httpx.Response:
    return httpx.Response(200, json={})  # no list in it: a suspect page, fetched again


def _refused() -> Exception:
    return httpx.ConnectError("refused")


RETRY_AFTER_2 = {"Retry-After": "2"}


@pytest.mark.parametrize(
    ("failures", "waits"),
    [
        # the server's Retry-After, then backoff (half of 0.5 s * 2**n, capped)
        (lambda: [httpx.Response(429, headers=RETRY_AFTER_2), _refused(), httpx.Response(503)], [2, 0.5, 1]),
        (lambda: [_empty(), _empty()], [0.25, 0.5]),  # suspect pages
        (lambda: [httpx.Response(503), _empty()], [0.25, 0.25]),  # the request's retry, then the page's
    ],
    ids=["request", "suspect-page", "both"],
)
async def test_retries_wait_alike_sync_and_async_on_an_injected_sleep(
    failures: Callable[[], list[httpx.Response | Exception]], waits: list[float]
) -> None:
    handler, calls = _flaky(failures())
    client = tf_client(handler)
    sync_waits = _recorded(client)
    assert [r.id for r in client.reviews()] == ["tf000001"]
    handler, acalls = _flaky(failures())
    aclient = atf_client(handler)
    async_waits = _recorded(aclient)
    assert [r.id async for r in aclient.reviews()] == ["tf000001"]
    assert sync_waits == async_waits == waits
    assert client.retries == aclient.retries == len(waits)
    assert len(calls) == len(acalls) == len(waits) + 1


async def test_an_async_client_awaits_an_injected_async_sleep() -> None:
    handler, calls = _flaky([httpx.Response(503), _empty()])
    client = atf_client(handler)
    slept: list[float] = []

    async def sleep(delay: float) -> None:
        slept.append(delay)

    client._policy.sleep, client._policy.random = sleep, lambda: 1.0
    assert len([r async for r in client.reviews()]) == 1
    assert slept == [client._policy.base_delay] * 2 and len(calls) == 3
