"""The Thanx client's public types as a user's ``mypy --strict`` sees them (see public_api.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import httpx
import reviewbridge as rb
import thanx_client
from reviewbridge import ThanxResume
from thanx_client.models import Feedback, FeedbackList


def sync_client(thanx: rb.Thanx) -> None:
    assert_type(thanx.generated, thanx_client.Client)
    assert_type(thanx.pages(merchant_id="m-1", states=["rated"]), Iterator[FeedbackList])


async def async_client(thanx: rb.AsyncThanx) -> None:
    assert_type(thanx.reviews(merchant_id="m-1"), AsyncIterator[rb.Review[Feedback]])
    assert_type(thanx.pages(merchant_id="m-1"), AsyncIterator[FeedbackList])
    assert_type(thanx.generated, thanx_client.Client)


def per_call_options(thanx: rb.AsyncThanx) -> None:
    assert_type(thanx.with_options(timeout=httpx.Timeout(5.0, connect=1.0)), rb.AsyncThanx)


def raw_responses(thanx: rb.Thanx) -> None:
    assert_type(thanx.with_raw_response.reply("fb-1", "Thanks", merchant_id="m-1").parse(), Feedback)
    for page in thanx.with_raw_response.review_pages(merchant_id="m-1"):
        assert_type(page, rb.RawResponse[rb.ReviewPage[FeedbackList, Feedback, ThanxResume]])
        assert_type(page.parse().resume, ThanxResume | None)
    thanx.with_raw_response.review_pages(merchant_id="m-1", no_such_filter=1)  # type: ignore[call-arg]
    thanx.with_raw_response.reviews(merchant_id="m-1")  # type: ignore[attr-defined]


async def async_raw_responses(thanx: rb.AsyncThanx) -> None:
    async for page in thanx.with_raw_response.review_pages(merchant_id="m-1"):
        assert_type(page.parse().raw, FeedbackList)
