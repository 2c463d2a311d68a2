"""The Trustpilot client's public types as a user's ``mypy --strict`` sees them (see public_api.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import reviewbridge as rb


def sync_client(trustpilot: rb.Trustpilot) -> None:
    from trustpilot_client.models import BusinessUnit, PrivateReview, PrivateReviewList

    reviews = trustpilot.reviews(business_unit_id="507f191e810c19729de860ea", stars=[4, 5], per_page=100)
    assert_type(reviews, Iterator[rb.Review[PrivateReview]])
    for review in reviews:
        assert_type(review.raw, PrivateReview)
    for page in trustpilot.review_pages(business_unit_id="bu-1", resume={"page": 3}):
        assert_type(page.resume, rb.TrustpilotResume | None)
        assert_type(page.raw, PrivateReviewList)
    assert_type(trustpilot.get_review("r-1"), PrivateReview)
    assert_type(trustpilot.find_business_unit("example.com"), BusinessUnit)
    assert_type(trustpilot.reply("r-1", "Thanks"), None)
    assert_type(trustpilot.delete_reply("r-1"), None)
    trustpilot.reviews(business_unit_id="bu-1", stars="5")  # type: ignore[arg-type]
    trustpilot.reviews()  # type: ignore[call-arg]


async def async_client(trustpilot: rb.AsyncTrustpilot) -> None:
    from trustpilot_client.models import PrivateReview

    assert_type(trustpilot.reviews(business_unit_id="bu-1"), AsyncIterator[rb.Review[PrivateReview]])
    assert_type(await trustpilot.get_review("r-1"), PrivateReview)
    await trustpilot.reply("r-1", "Thanks")


def per_call_options(trustpilot: rb.Trustpilot) -> None:
    assert_type(trustpilot.with_options(timeout=2.5).with_options(max_retries=1), rb.Trustpilot)


def raw_responses(trustpilot: rb.Trustpilot) -> None:
    from trustpilot_client.models import PrivateReview

    assert_type(trustpilot.with_options(max_retries=0).with_raw_response.get_review("r-1").parse(), PrivateReview)
