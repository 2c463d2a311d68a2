"""The SDK conventions against real sandboxes over loopback: with_options, raw responses per call and per
page, and Trustpilot's correlation id on errors (its sandbox sends one in each error body, as the body
a user reported does)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import httpx
import pytest
import reviewbridge
from reviewbridge_sandbox import spawn

UNIT = "507f191e810c19729de860ea"  # the Trustpilot sandbox's business unit of example.com
MISSING = "0" * 24


@pytest.fixture(scope="module")
def sandboxes() -> Iterator[dict[str, str]]:
    with contextlib.ExitStack() as stack:
        yield {p: stack.enter_context(spawn(p, "--reviews", "45")) for p in ("trustpilot", "testfreaks")}


def _correlation_id(url: str) -> str:
    """What the sandbox's own error body says, read without the SDK."""
    response = httpx.get(
        f"{url}/v1/business-units/find", params={"name": "no-such-shop.example"}, headers={"apikey": "sandbox-key"}
    )
    assert response.status_code == 404
    return str(response.json()["correlationId"])


def test_trustpilot_errors_carry_the_correlation_id_of_their_body(sandboxes: dict[str, str]) -> None:
    url = sandboxes["trustpilot"]
    with reviewbridge.Trustpilot("sandbox-key", "sandbox-secret", base_url=url) as client:
        with pytest.raises(reviewbridge.NotFoundError) as caught:
            client.get_review(MISSING)
        request_id = caught.value.request_id
        assert request_id is not None and request_id == caught.value.response.json()["correlationId"]
        with pytest.raises(reviewbridge.NotFoundError) as again:
            client.with_options(max_retries=0).get_review(MISSING)
        assert again.value.request_id not in (None, request_id)  # one id per request
        raw = client.with_raw_response.get_review(next(client.reviews(business_unit_id=UNIT)).id)
        assert raw.status_code == 200 and raw.request_id is None  # no header documented, none read
        assert client.token_requests == 1  # the derived client used the client's token
    assert len(_correlation_id(url)) == 36


async def test_async_trustpilot_error_and_raw_pages(sandboxes: dict[str, str]) -> None:
    url = sandboxes["trustpilot"]
    async with reviewbridge.AsyncTrustpilot("sandbox-key", "sandbox-secret", base_url=url) as client:
        with pytest.raises(reviewbridge.NotFoundError) as caught:
            await client.with_options(timeout=5).find_business_unit("no-such-shop.example")
        assert caught.value.request_id == caught.value.response.json()["correlationId"]
        pages = [p async for p in client.with_raw_response.review_pages(business_unit_id=UNIT, per_page=20)]
        assert [p.status_code for p in pages] == [200] * len(pages)
        assert sum(len(p.parse().reviews) for p in pages) == 45


def test_testfreaks_raw_pages_add_up_to_the_listing(sandboxes: dict[str, str]) -> None:
    with reviewbridge.TestFreaks("sk_test", base_url=sandboxes["testfreaks"]) as client:
        ids = [r.id for r in client.reviews(client_id="example.com", limit=10)]
        raw_pages = list(
            client.with_options(max_retries=0).with_raw_response.review_pages(client_id="example.com", limit=10)
        )
        assert [r.id for p in raw_pages for r in p.parse().reviews] == ids and len(raw_pages) == 5
        assert all(p.headers["content-type"].startswith("application/json") for p in raw_pages)
        one = client.with_raw_response.get_review(ids[3])
        assert one.parse().id == ids[3] and one.status_code == 200
