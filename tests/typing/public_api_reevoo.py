"""The Reevoo client's public types as a user's ``mypy --strict`` sees them (see public_api.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import assert_type

import reevoo_client
import reviewbridge as rb
from reevoo_client.models import (
    CustomerExperienceReview,
    CustomerExperienceReviewDetail,
    CustomerExperienceReviewList,
)


def sync_client(reevoo: rb.Reevoo) -> None:
    assert_type(reevoo.get_review("rv-1"), CustomerExperienceReviewDetail)
    assert_type(reevoo.generated, reevoo_client.Client)
    assert_type(reevoo.pages(trkref="ORG"), Iterator[CustomerExperienceReviewList])
    for reevoo_page in reevoo.review_pages(trkref="ORG"):
        assert_type(reevoo_page.resume, None)
        assert_type(reevoo_page.reviews[0].raw, CustomerExperienceReview)


async def async_client(reevoo: rb.AsyncReevoo) -> None:
    assert_type(await reevoo.get_review("rv-1"), CustomerExperienceReviewDetail)
