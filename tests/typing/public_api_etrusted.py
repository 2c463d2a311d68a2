"""The eTrusted client's public types as a user's ``mypy --strict`` sees them (see public_api.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import etrusted_client
import reviewbridge as rb
from etrusted_client.models import CustomerReview, CustomerReviewList, ReviewVetoRequest, ReviewVetoResponse
from reviewbridge import ETrustedResume


def sync_client(etrusted: rb.ETrusted) -> None:
    assert_type(etrusted.get_review("chl-1", "rev-1"), CustomerReview)
    veto = ReviewVetoRequest.from_dict({"comment": "spam", "reason": "UNTRUTHFUL"})
    assert_type(etrusted.create_veto("chl-1", "rev-1", veto), ReviewVetoResponse)
    assert_type(etrusted.reviews(channels=["chl-1", "chl-2"], sku=["s-1"]), Iterator[rb.Review[CustomerReview]])
    assert_type(etrusted.reviews(), Iterator[rb.Review[CustomerReview]])  # the whole account
    assert_type(etrusted.generated, etrusted_client.Client)
    assert_type(etrusted.pages(channel_id="chl-1"), Iterator[CustomerReviewList])
    assert_type(etrusted.reviews(channels=["chl-1", "chl-2"], status=["APPROVED"]), Iterator[rb.Review[CustomerReview]])
    assert_type(etrusted.reviews(all_channels=True), Iterator[rb.Review[CustomerReview]])
    for et_page in etrusted.review_pages(channel_id="chl-1"):
        assert_type(et_page.resume, ETrustedResume | None)
        assert_type(et_page.raw, CustomerReviewList)


async def async_client(etrusted: rb.AsyncETrusted) -> None:
    assert_type(await etrusted.get_review("chl-1", "rev-1"), CustomerReview)
    assert_type(etrusted.reviews(channels=["chl-1"]), AsyncIterator[rb.Review[CustomerReview]])


def raw_responses(etrusted: rb.ETrusted) -> None:
    assert_type(etrusted.with_raw_response.count_reviews(channels=["chl-1"]).parse(), int)
    assert_type(etrusted.with_raw_response.get_review("rev-1"), rb.RawResponse[CustomerReview])
    assert_type(etrusted.with_raw_response.reply("rev-1", "Thanks"), rb.RawResponse[None])


async def async_raw_responses(etrusted: rb.AsyncETrusted) -> None:
    assert_type((await etrusted.with_raw_response.get_veto("rev-1")).parse(), ReviewVetoResponse)
