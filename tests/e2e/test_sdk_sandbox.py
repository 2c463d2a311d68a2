"""The SDK conventions against a real sandbox over loopback: with_options and raw responses per call and
per page (one provider as the example; each provider's own conventions are in its test files)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import reviewbridge
from reviewbridge_sandbox import spawn


@pytest.fixture(scope="module")
def sandbox() -> Iterator[str]:
    with spawn("testfreaks", "--reviews", "45") as url:
        yield url


def test_testfreaks_raw_pages_add_up_to_the_listing(sandbox: str) -> None:
    with reviewbridge.TestFreaks("sk_test", base_url=sandbox) as client:
        ids = [r.id for r in client.reviews(client_id="example.com", limit=10)]
        raw_pages = list(
            client.with_options(max_retries=0).with_raw_response.review_pages(client_id="example.com", limit=10)
        )
        assert [r.id for p in raw_pages for r in p.parse().reviews] == ids and len(raw_pages) == 5
        assert all(p.headers["content-type"].startswith("application/json") for p in raw_pages)
        one = client.with_raw_response.get_review(ids[3])
        assert one.parse().id == ids[3] and one.status_code == 200
