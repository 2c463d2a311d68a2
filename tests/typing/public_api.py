"""What a user's ``mypy --strict`` sees of the public API (checked by ``make lint``, never run).

Each ``assert_type`` fails the type check if a public signature loses its type (or turns into Any).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import etrusted_client
import httpx
import reevoo_client
import reviewbridge as rb
import testfreaks_client
import thanx_client
from etrusted_client.models import CustomerReview, CustomerReviewList, ReviewVetoRequest, ReviewVetoResponse
from reevoo_client.models import (
    CustomerExperienceReview,
    CustomerExperienceReviewDetail,
    CustomerExperienceReviewList,
)
from reviewbridge import ETrustedResume, JSONObject, TestFreaksResume, ThanxResume
from testfreaks_client.models import DeleteResult, ReviewList, ReviewWriteRequest
from testfreaks_client.models import Review as TestFreaksReview
from thanx_client.models import Feedback, FeedbackList


def sync_clients(
    testfreaks: rb.TestFreaks, etrusted: rb.ETrusted, reevoo: rb.Reevoo, thanx: rb.Thanx, body: ReviewWriteRequest
) -> None:
    assert_type(testfreaks.get_review("r-1"), TestFreaksReview)
    assert_type(testfreaks.create_review(body), TestFreaksReview)
    assert_type(testfreaks.update_review("r-1", body), TestFreaksReview)
    assert_type(testfreaks.delete_review("r-1"), DeleteResult | None)
    assert_type(etrusted.get_review("chl-1", "rev-1"), CustomerReview)
    veto = ReviewVetoRequest.from_dict({"comment": "spam", "reason": "UNTRUTHFUL"})
    assert_type(etrusted.create_veto("chl-1", "rev-1", veto), ReviewVetoResponse)
    assert_type(reevoo.get_review("rv-1"), CustomerExperienceReviewDetail)
    assert_type(etrusted.reviews(channels=["chl-1", "chl-2"], sku=["s-1"]), Iterator[rb.Review[CustomerReview]])
    assert_type(etrusted.reviews(), Iterator[rb.Review[CustomerReview]])  # the whole account
    reviews = thanx.reviews(merchant_id="m-1")
    assert_type(reviews, Iterator[rb.Review[Feedback]])
    for review in reviews:
        assert_type(review.id, str)
        assert_type(review.rating, float | None)
        assert_type(review.text, str | None)
        assert_type(review.author, str | None)
        assert_type(review.created_at, dt.datetime | None)
        assert_type(review.raw, Feedback)
        assert_type(review.raw_json, JSONObject)
        anything: rb.Review = review  # a provider's review is a Review (of any provider)
        assert_type(anything.raw, object)
    # The filters are the spec's: a name the list operation does not have is an error (the ignore is
    # checked too: mypy --strict reports it if unused, so this line fails should filters become Any).
    thanx.reviews(merchant_id="m-1", no_such_filter=1)  # type: ignore[call-arg]
    testfreaks.reviews(moderation_status=3)  # type: ignore[arg-type]


def generated_clients(testfreaks: rb.TestFreaks, etrusted: rb.ETrusted, reevoo: rb.Reevoo, thanx: rb.Thanx) -> None:
    assert_type(testfreaks.generated, testfreaks_client.Client)
    assert_type(etrusted.generated, etrusted_client.Client)
    assert_type(reevoo.generated, reevoo_client.Client)
    assert_type(thanx.generated, thanx_client.Client)


def pages_and_resume(testfreaks: rb.TestFreaks, etrusted: rb.ETrusted, reevoo: rb.Reevoo, thanx: rb.Thanx) -> None:
    assert_type(thanx.pages(merchant_id="m-1", states=["rated"]), Iterator[FeedbackList])
    assert_type(testfreaks.pages(client_id="c-1"), Iterator[ReviewList])
    assert_type(etrusted.pages(channel_id="chl-1"), Iterator[CustomerReviewList])
    assert_type(etrusted.reviews(channels=["chl-1", "chl-2"], status=["APPROVED"]), Iterator[rb.Review[CustomerReview]])
    assert_type(etrusted.reviews(all_channels=True), Iterator[rb.Review[CustomerReview]])
    assert_type(reevoo.pages(trkref="ORG"), Iterator[CustomerExperienceReviewList])

    for page in thanx.review_pages(merchant_id="m-1"):
        assert_type(page, rb.ReviewPage[FeedbackList, Feedback, ThanxResume])
        assert_type(page.raw, FeedbackList)
        assert_type(page.raw_json, JSONObject)
        assert_type(page.reviews, list[rb.Review[Feedback]])
        assert_type(page.resume, ThanxResume | None)
        if page.resume is not None:
            assert_type(page.resume.get("page"), int | None)
            thanx.review_pages(merchant_id="m-1", resume=page.resume)
    for tf_page in testfreaks.review_pages(client_id="c-1"):
        assert_type(tf_page.resume, TestFreaksResume | None)
        assert_type(tf_page.reviews[0].raw, TestFreaksReview)
    for et_page in etrusted.review_pages(channel_id="chl-1"):
        assert_type(et_page.resume, ETrustedResume | None)
        assert_type(et_page.raw, CustomerReviewList)
    for reevoo_page in reevoo.review_pages(trkref="ORG"):
        assert_type(reevoo_page.resume, None)
        assert_type(reevoo_page.reviews[0].raw, CustomerExperienceReview)
    # Filters held as data (a config file's), as the export and load engines hold them: checked at run time.
    filters: dict[str, object] = {"client_id": "c-1"}
    assert_type(testfreaks.scope_of(filters), dict[str, object])
    for data_page in testfreaks.review_pages_for(filters, resume=None, follow_changes=True):
        assert_type(data_page, rb.ReviewPage[ReviewList, TestFreaksReview, TestFreaksResume])


async def async_clients(
    testfreaks: rb.AsyncTestFreaks, etrusted: rb.AsyncETrusted, reevoo: rb.AsyncReevoo, thanx: rb.AsyncThanx
) -> None:
    assert_type(await testfreaks.get_review("r-1"), TestFreaksReview)
    assert_type(await testfreaks.delete_review("r-1"), DeleteResult | None)
    assert_type(await etrusted.get_review("chl-1", "rev-1"), CustomerReview)
    assert_type(await reevoo.get_review("rv-1"), CustomerExperienceReviewDetail)
    assert_type(thanx.reviews(merchant_id="m-1"), AsyncIterator[rb.Review[Feedback]])
    assert_type(etrusted.reviews(channels=["chl-1"]), AsyncIterator[rb.Review[CustomerReview]])
    assert_type(thanx.pages(merchant_id="m-1"), AsyncIterator[FeedbackList])
    assert_type(thanx.generated, thanx_client.Client)
    async for page in testfreaks.review_pages(client_id="c-1"):
        assert_type(page, rb.ReviewPage[ReviewList, TestFreaksReview, TestFreaksResume])
        assert_type(page.raw, ReviewList)


def trustpilot_clients(trustpilot: rb.Trustpilot) -> None:
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


async def async_trustpilot(trustpilot: rb.AsyncTrustpilot) -> None:
    from trustpilot_client.models import PrivateReview

    assert_type(trustpilot.reviews(business_unit_id="bu-1"), AsyncIterator[rb.Review[PrivateReview]])
    assert_type(await trustpilot.get_review("r-1"), PrivateReview)
    await trustpilot.reply("r-1", "Thanks")


def per_call_options(testfreaks: rb.TestFreaks, thanx: rb.AsyncThanx, trustpilot: rb.Trustpilot) -> None:
    # with_options gives a client of the same class, so every call on it keeps its types.
    assert_type(testfreaks.with_options(timeout=5, max_retries=0), rb.TestFreaks)
    assert_type(testfreaks.with_options(max_retries=0).get_review("r-1"), TestFreaksReview)
    assert_type(thanx.with_options(timeout=httpx.Timeout(5.0, connect=1.0)), rb.AsyncThanx)
    assert_type(trustpilot.with_options(timeout=2.5).with_options(max_retries=1), rb.Trustpilot)
    testfreaks.with_options(base_url="http://127.0.0.1:1")  # type: ignore[call-arg]
    testfreaks.with_options(max_retries="3")  # type: ignore[arg-type]


def raw_responses(testfreaks: rb.TestFreaks, etrusted: rb.ETrusted, thanx: rb.Thanx, trustpilot: rb.Trustpilot) -> None:
    from trustpilot_client.models import PrivateReview

    # with_raw_response: each call's RawResponse, typed with the call's parameters and value.
    raw = testfreaks.with_raw_response.get_review("r-1", client_id="c-1")
    assert_type(raw, rb.RawResponse[TestFreaksReview])
    assert_type(raw.parse(), TestFreaksReview)
    assert_type(raw.status_code, int)
    assert_type(raw.headers, httpx.Headers)
    assert_type(raw.request_id, str | None)
    assert_type(testfreaks.with_raw_response.delete_review("r-1"), rb.RawResponse[DeleteResult | None])
    assert_type(etrusted.with_raw_response.count_reviews(channels=["chl-1"]).parse(), int)
    assert_type(etrusted.with_raw_response.get_review("rev-1"), rb.RawResponse[CustomerReview])
    assert_type(etrusted.with_raw_response.reply("rev-1", "Thanks"), rb.RawResponse[None])
    assert_type(thanx.with_raw_response.reply("fb-1", "Thanks", merchant_id="m-1").parse(), Feedback)
    assert_type(trustpilot.with_options(max_retries=0).with_raw_response.get_review("r-1").parse(), PrivateReview)
    for page in thanx.with_raw_response.review_pages(merchant_id="m-1"):
        assert_type(page, rb.RawResponse[rb.ReviewPage[FeedbackList, Feedback, ThanxResume]])
        assert_type(page.parse().resume, ThanxResume | None)
    testfreaks.with_raw_response.get_review(1)  # type: ignore[arg-type]
    thanx.with_raw_response.review_pages(merchant_id="m-1", no_such_filter=1)  # type: ignore[call-arg]
    thanx.with_raw_response.reviews(merchant_id="m-1")  # type: ignore[attr-defined]


async def async_raw_responses(testfreaks: rb.AsyncTestFreaks, etrusted: rb.AsyncETrusted, thanx: rb.AsyncThanx) -> None:
    raw = await testfreaks.with_raw_response.get_review("r-1")
    assert_type(raw, rb.RawResponse[TestFreaksReview])
    assert_type((await etrusted.with_raw_response.get_veto("rev-1")).parse(), ReviewVetoResponse)
    async for page in thanx.with_raw_response.review_pages(merchant_id="m-1"):
        assert_type(page.parse().raw, FeedbackList)
