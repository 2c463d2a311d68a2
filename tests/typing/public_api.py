"""What a user's ``mypy --strict`` sees of the public API (checked by ``make lint``, never run).

Each ``assert_type`` fails the type check if a public signature loses its type (or turns into Any). The
provider-independent part is here, with one provider as its example; each provider's own signatures are
in ``public_api_<provider>.py`` beside this file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import assert_type

import reviewbridge as rb
from reviewbridge import JSONObject, ThanxResume
from thanx_client.models import Feedback, FeedbackList


def reviews_and_pages(thanx: rb.Thanx) -> None:
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
    for page in thanx.review_pages(merchant_id="m-1"):
        assert_type(page, rb.ReviewPage[FeedbackList, Feedback, ThanxResume])
        assert_type(page.raw, FeedbackList)
        assert_type(page.raw_json, JSONObject)
        assert_type(page.reviews, list[rb.Review[Feedback]])
        assert_type(page.resume, ThanxResume | None)
        if page.resume is not None:
            assert_type(page.resume.get("page"), int | None)
            thanx.review_pages(merchant_id="m-1", resume=page.resume)
