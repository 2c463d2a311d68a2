"""What a user's ``mypy --strict`` sees of the public API (checked by ``make lint``, never run).

Each ``assert_type`` fails the type check if a public signature loses its type (or turns into Any).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import reviewbridge as rb
from etrusted_client.models import CustomerReview, ReviewVetoRequest, ReviewVetoResponse
from reevoo_client.models import CustomerExperienceReviewDetail
from testfreaks_client.models import DeleteResult, ReviewEnvelope, ReviewWriteRequest


def sync_clients(
    testfreaks: rb.TestFreaks, etrusted: rb.ETrusted, reevoo: rb.Reevoo, thanx: rb.Thanx, body: ReviewWriteRequest
) -> None:
    assert_type(testfreaks.get_review("r-1"), ReviewEnvelope)
    assert_type(testfreaks.create_review(body), ReviewEnvelope)
    assert_type(testfreaks.update_review("r-1", body), ReviewEnvelope)
    assert_type(testfreaks.delete_review("r-1"), DeleteResult | None)
    assert_type(etrusted.get_review("chl-1", "rev-1"), CustomerReview)
    veto = ReviewVetoRequest.from_dict({"comment": "spam", "reason": "UNTRUTHFUL"})
    assert_type(etrusted.create_veto("chl-1", "rev-1", veto), ReviewVetoResponse)
    assert_type(reevoo.get_review("rv-1"), CustomerExperienceReviewDetail)
    assert_type(etrusted.reviews(channels=["chl-1", "chl-2"], sku=["s-1"]), Iterator[rb.Review])
    assert_type(etrusted.reviews(), Iterator[rb.Review])  # the whole account
    reviews = thanx.reviews(merchant_id="m-1")
    assert_type(reviews, Iterator[rb.Review])
    for review in reviews:
        assert_type(review.id, str)
        assert_type(review.rating, float | None)
        assert_type(review.text, str | None)
        assert_type(review.author, str | None)
        assert_type(review.created_at, dt.datetime | None)


async def async_clients(
    testfreaks: rb.AsyncTestFreaks, etrusted: rb.AsyncETrusted, reevoo: rb.AsyncReevoo, thanx: rb.AsyncThanx
) -> None:
    assert_type(await testfreaks.get_review("r-1"), ReviewEnvelope)
    assert_type(await testfreaks.delete_review("r-1"), DeleteResult | None)
    assert_type(await etrusted.get_review("chl-1", "rev-1"), CustomerReview)
    assert_type(await reevoo.get_review("rv-1"), CustomerExperienceReviewDetail)
    assert_type(thanx.reviews(merchant_id="m-1"), AsyncIterator[rb.Review])
    assert_type(etrusted.reviews(channels=["chl-1"]), AsyncIterator[rb.Review])
