"""The Thanx client's public types as a user's ``mypy --strict`` sees them (see public_api.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import httpx
import reviewbridge as rb
import thanx_client
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
