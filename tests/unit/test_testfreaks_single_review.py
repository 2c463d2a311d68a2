"""A TestFreaks single review (getReview, and the answers to createReview and updateReview) comes as the
review object itself or as ``{"data": review}``: the docs say only "the same format as list reviews
except that it only returns a single object". Both read as the same typed review, in the generated
client and in the facade; an answer holding no review is an error, not an empty review."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import httpx
import pytest
import reviewbridge as rb
from testfreaks_client.api.reviews import create_review, get_review, update_review
from testfreaks_client.models import Review, ReviewWriteRequest

from tests.conftest import load_spec
from tests.unit._support import TESTFREAKS_EXAMPLE, atf_client, tf_client

#: The review of the docs' list example (what a single-review answer holds, in either shape).
DOCS_REVIEW: dict[str, Any] = copy.deepcopy(TESTFREAKS_EXAMPLE["data"][0])
REVIEW_ID = DOCS_REVIEW["id"]
SHAPES = {"bare": DOCS_REVIEW, "enveloped": {"data": DOCS_REVIEW}}
_WRITE_EXAMPLE = load_spec("testfreaks")["components"]["requestBodies"]["ReviewWrite"]["content"]["application/json"]
WRITE = ReviewWriteRequest.from_dict(_WRITE_EXAMPLE["examples"]["docs"]["value"])


def _check(review: object) -> None:
    assert isinstance(review, Review)
    assert review.id == REVIEW_ID and review.score == 4 and review.author == "John D"
    assert review.pros == ["pro1", "pro2"]
    assert review.additional_properties == {}  # nothing of the review left unread
    assert review.to_dict() == DOCS_REVIEW


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("operation", [get_review, create_review, update_review], ids=lambda m: m.OPERATION_ID)
def test_generated_parsers_read_both_shapes_as_the_review(operation: Any, shape: str) -> None:
    for status in sorted(operation.SUCCESS_STATUSES):
        _check(operation.parse_success(httpx.Response(status, json=SHAPES[shape])))
        client = __import__("testfreaks_client").Client(base_url="http://127.0.0.1")
        _check(operation.parse_response(client=client, response=httpx.Response(status, json=SHAPES[shape])))


def _api(body: Any, seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=body)

    return handler


@pytest.mark.parametrize("shape", SHAPES)
def test_facade_single_review_and_write_answers_are_the_review(shape: str) -> None:
    seen: list[httpx.Request] = []
    with tf_client(_api(SHAPES[shape], seen)) as client:
        _check(client.get_review(REVIEW_ID, client_id="example.com"))
        _check(client.create_review(WRITE))
        _check(client.update_review(REVIEW_ID, WRITE))
    assert [f"{r.method} {r.url.path}" for r in seen] == [
        f"GET /v1/reviews/{REVIEW_ID}",
        "POST /v1/reviews",
        f"PUT /v1/reviews/{REVIEW_ID}",
    ]
    assert seen[0].url.params["client_id"] == "example.com"


@pytest.mark.parametrize("shape", SHAPES)
def test_async_facade_single_review_and_write_answers_are_the_review(shape: str) -> None:
    async def run() -> list[object]:
        async with atf_client(_api(SHAPES[shape], [])) as client:
            return [
                await client.get_review(REVIEW_ID),
                await client.create_review(WRITE),
                await client.update_review(REVIEW_ID, WRITE),
            ]

    for review in asyncio.run(run()):
        _check(review)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ({"errors": ["Review not found"]}, "Review not found"),
        ({"data": {"author": "no id"}}, "carries no review"),
        ({}, "carries no review"),
    ],
)
def test_an_answer_holding_no_review_is_a_parse_error_not_an_empty_review(body: Any, said: str) -> None:
    with tf_client(_api(body, [])) as client, pytest.raises(rb.ResponseParseError, match=said) as caught:
        client.get_review(REVIEW_ID)
    assert caught.value.operation == "getReview" and caught.value.status_code == 200
