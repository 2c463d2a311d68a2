"""Trustpilot's SDK conventions against its sandbox over loopback: the correlation id on errors (the
sandbox sends one in each error body, as the body a user reported does), with_options and raw pages."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import reviewbridge
from reviewbridge_sandbox import spawn

UNIT = "507f191e810c19729de860ea"  # the Trustpilot sandbox's business unit of example.com
MISSING = "0" * 24


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with spawn("trustpilot", "--reviews", "45") as found:
        yield found


def _correlation_id(url: str) -> str:
    """What the sandbox's own error body says, read without the SDK."""
    response = httpx.get(
        f"{url}/v1/business-units/find", params={"name": "no-such-shop.example"}, headers={"apikey": "sandbox-key"}
    )
    assert response.status_code == 404
    return str(response.json()["correlationId"])


def test_trustpilot_errors_carry_the_correlation_id_of_their_body(url: str) -> None:
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


async def test_async_trustpilot_error_and_raw_pages(url: str) -> None:
    async with reviewbridge.AsyncTrustpilot("sandbox-key", "sandbox-secret", base_url=url) as client:
        with pytest.raises(reviewbridge.NotFoundError) as caught:
            await client.with_options(timeout=5).find_business_unit("no-such-shop.example")
        assert caught.value.request_id == caught.value.response.json()["correlationId"]
        pages = [p async for p in client.with_raw_response.review_pages(business_unit_id=UNIT, per_page=20)]
        assert [p.status_code for p in pages] == [200] * len(pages)
        assert sum(len(p.parse().reviews) for p in pages) == 45
