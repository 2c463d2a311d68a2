"""The TestFreaks client's public types as a user's ``mypy --strict`` sees them (see public_api.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import assert_type

import httpx
import reviewbridge as rb
import testfreaks_client
from reviewbridge import TestFreaksResume
from testfreaks_client.models import DeleteResult, ReviewList, ReviewWriteRequest
from testfreaks_client.models import Review as TestFreaksReview


def sync_client(testfreaks: rb.TestFreaks, body: ReviewWriteRequest) -> None:
    assert_type(testfreaks.get_review("r-1"), TestFreaksReview)
    assert_type(testfreaks.create_review(body), TestFreaksReview)
    assert_type(testfreaks.update_review("r-1", body), TestFreaksReview)
    assert_type(testfreaks.delete_review("r-1"), DeleteResult | None)
    testfreaks.reviews(moderation_status=3)  # type: ignore[arg-type]
    assert_type(testfreaks.generated, testfreaks_client.Client)
    assert_type(testfreaks.pages(client_id="c-1"), Iterator[ReviewList])
    for tf_page in testfreaks.review_pages(client_id="c-1"):
        assert_type(tf_page.resume, TestFreaksResume | None)
        assert_type(tf_page.reviews[0].raw, TestFreaksReview)


async def async_client(testfreaks: rb.AsyncTestFreaks) -> None:
    assert_type(await testfreaks.get_review("r-1"), TestFreaksReview)
    assert_type(await testfreaks.delete_review("r-1"), DeleteResult | None)
    async for page in testfreaks.review_pages(client_id="c-1"):
        assert_type(page, rb.ReviewPage[ReviewList, TestFreaksReview, TestFreaksResume])
        assert_type(page.raw, ReviewList)


def filters_as_data_and_options(testfreaks: rb.TestFreaks) -> None:
    # Filters held as data (a config file's), as the export and load engines hold them: checked at run time.
    filters: dict[str, object] = {"client_id": "c-1"}
    assert_type(testfreaks.scope_of(filters), dict[str, object])
    for data_page in testfreaks.review_pages_for(filters, resume=None, follow_changes=True):
        assert_type(data_page, rb.ReviewPage[ReviewList, TestFreaksReview, TestFreaksResume])
    # with_options gives a client of the same class, so every call on it keeps its types.
    assert_type(testfreaks.with_options(timeout=5, max_retries=0), rb.TestFreaks)
    assert_type(testfreaks.with_options(max_retries=0).get_review("r-1"), TestFreaksReview)
    testfreaks.with_options(base_url="http://127.0.0.1:1")  # type: ignore[call-arg]
    testfreaks.with_options(max_retries="3")  # type: ignore[arg-type]


def raw_responses(testfreaks: rb.TestFreaks) -> None:
    # with_raw_response: each call's RawResponse, typed with the call's parameters and value.
    raw = testfreaks.with_raw_response.get_review("r-1", client_id="c-1")
    assert_type(raw, rb.RawResponse[TestFreaksReview])
    assert_type(raw.parse(), TestFreaksReview)
    assert_type(raw.status_code, int)
    assert_type(raw.headers, httpx.Headers)
    assert_type(raw.request_id, str | None)
    assert_type(testfreaks.with_raw_response.delete_review("r-1"), rb.RawResponse[DeleteResult | None])
    testfreaks.with_raw_response.get_review(1)  # type: ignore[arg-type]


async def async_raw_responses(testfreaks: rb.AsyncTestFreaks) -> None:
    raw = await testfreaks.with_raw_response.get_review("r-1")
    assert_type(raw, rb.RawResponse[TestFreaksReview])
