"""The Google Business Profile client's public types as a user's ``mypy --strict`` sees them (see public_api.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import reviewbridge as rb

LOCATION = "accounts/112233445566778899001/locations/4321098765432109876"
REVIEW = LOCATION + "/reviews/AbFvOqm1X2Lk"


def sync_client(google: rb.GoogleBusinessProfile) -> None:
    from google_client.models import Account, Location, Review, ReviewList, ReviewReply

    reviews = google.reviews(locations=[LOCATION], page_size=50, order_by="updateTime desc")
    assert_type(reviews, Iterator[rb.Review[Review]])
    for review in google.reviews(all_locations=True):
        assert_type(review.raw, Review)
    for page in google.review_pages(location=LOCATION, resume={"page_token": "t"}):
        assert_type(page.resume, rb.GoogleResume | None)
        assert_type(page.raw, ReviewList)
    assert_type(google.accounts(), list[Account])
    assert_type(google.locations("accounts/1"), list[Location])
    assert_type(google.location_names(), list[str])
    assert_type(google.get_review(REVIEW), Review)
    assert_type(google.reply(REVIEW, "Thank you!"), ReviewReply)
    assert_type(google.delete_reply(REVIEW), None)
    assert_type(google.token_requests, int)
    google.reviews(location=LOCATION, page_size="50")  # type: ignore[arg-type]
    google.reviews(store=LOCATION)  # type: ignore[call-arg]


async def async_client(google: rb.AsyncGoogleBusinessProfile) -> None:
    from google_client.models import Review, ReviewReply

    assert_type(google.reviews(all_locations=True), AsyncIterator[rb.Review[Review]])
    assert_type(await google.get_review(REVIEW), Review)
    assert_type(await google.reply(REVIEW, "Thanks"), ReviewReply)
    assert_type(await google.location_names(), list[str])


def construction() -> None:
    client = rb.GoogleBusinessProfile("client-id", "client-secret", "refresh-token", requests_per_minute=120)
    assert_type(client.with_options(timeout=2.5), rb.GoogleBusinessProfile)
    rb.GoogleBusinessProfile(requests_per_minute="fast")  # type: ignore[arg-type]


def raw_responses(google: rb.GoogleBusinessProfile) -> None:
    from google_client.models import Review

    assert_type(google.with_raw_response.get_review(REVIEW).parse(), Review)
