"""TestFreaks Reviews API: Basic (key, empty password) or bearer; next-link pagination; full CRUD."""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar, TypedDict, Unpack, cast

import httpx
import testfreaks_client
import testfreaks_client.api
import testfreaks_client.client
from testfreaks_client.api import operation_id
from testfreaks_client.api.reviews import create_review, delete_review, get_review, list_reviews, update_review
from testfreaks_client.api.reviews.list_reviews import ListReviewsFilterName, ListReviewsListing
from testfreaks_client.api.reviews.list_reviews import ListReviewsFilters as TestFreaksFilters
from testfreaks_client.models import (
    DeleteResult,
    ReviewJSON,
    ReviewList,
    ReviewWriteRequest,
)
from testfreaks_client.models import Review as TestFreaksReview

from . import _kit as kit

#: One page of a TestFreaks listing, as ``TestFreaks.review_pages()`` yields it.
TestFreaksPage = kit.ReviewPage[ReviewList, TestFreaksReview, "TestFreaksResume"]


API_KEY = kit.Credential("api_key", "REVIEWBRIDGE_TESTFREAKS_API_KEY", "TestFreaks API key")


def _error(body: Any) -> tuple[str | None, str | None]:
    errors = body.get("errors") if isinstance(body, dict) else None
    if isinstance(errors, list) and errors:
        return None, "; ".join(str(e) for e in errors)
    return None, None


class TestFreaksResume(TypedDict, total=False):
    """Where a TestFreaks listing resumes (``ReviewPage.resume``): the cursor of the next link."""

    after: str


class TestFreaksAdapter(kit.Adapter["ReviewList", "TestFreaksReview", "testfreaks_client.Client"]):
    name = "testfreaks"
    parse_error = staticmethod(_error)
    package = kit.Generated(list_reviews, TestFreaksFilters, ReviewList, TestFreaksReview, testfreaks_client.Client)

    def __init__(self, api_key: kit.Secret) -> None:
        self._api_key = api_key

    def auth(self) -> httpx.Auth:
        return kit.BasicAuth(self._api_key)

    def retryable_post(self, request: httpx.Request) -> bool:
        # POST with an external_id updates the review of that id when it exists: repeating it is safe.
        if operation_id(request.method, request.url.path) != create_review.OPERATION_ID:
            return False
        try:
            body = json.loads(request.content or b"{}")
        except ValueError:
            return False
        review = body.get("review") if isinstance(body, dict) else None
        return isinstance(review, dict) and bool(review.get("external_id"))

    scope_keys: ClassVar[tuple[ListReviewsFilterName, ...]] = ("client_id",)

    def to_review(self, item: dict[str, Any], scope: dict[str, Any]) -> kit.Review[TestFreaksReview]:
        # read flat through the generated JSON types (see Adapter.to_review)
        review = cast("ReviewJSON", item)
        review_id = review["id"] if "id" in review else None
        score = review["score"] if "score" in review else None
        score_max = review["score_max"] if "score_max" in review else None
        extract = review["extract"] if "extract" in review else None
        author = review["author"] if "author" in review else None
        date = review["date"] if "date" in review else None
        updated_at = review["updated_at"] if "updated_at" in review else None
        product = review["product"] if "product" in review else None
        order_id = review["order_id"] if "order_id" in review else None
        accepted = review["accepted"] if "accepted" in review else None
        responses = review["responses"] if "responses" in review else None
        # The review's own scale (a number other than 0), else stars out of 5.
        scale = (
            int(float(score_max))
            if score_max and isinstance(score_max, (int, float)) and not isinstance(score_max, bool)
            else 5
        )
        return kit.new_review(
            "testfreaks",
            review_id if review_id and isinstance(review_id, str) else kit.identifier(review_id),
            float(score) if isinstance(score, (int, float)) and not isinstance(score, bool) else None,  # rating
            scale,  # rating_max
            None,  # title
            extract if extract and isinstance(extract, str) else None,  # text
            _texts(review["pros"] if "pros" in review else None),
            _texts(review["cons"] if "cons" in review else None),
            author if author and isinstance(author, str) else None,
            kit.parse_iso(date) if date and isinstance(date, str) else None,  # created_at
            kit.parse_iso(updated_at) if updated_at and isinstance(updated_at, str) else None,
            _reply(responses) if responses else None,
            product if product and isinstance(product, str) else None,
            order_id if order_id and isinstance(order_id, str) else None,  # order_ref
            # `accepted`: true approved, false rejected, null left to moderation.
            "accepted" if accepted is True else "rejected" if accepted is False else "pending",
            item,
            self.models[1],
        )


def _texts(values: object) -> tuple[str, ...]:
    """The strings of a JSON list (pros, cons) as a tuple; () for anything else."""
    if not isinstance(values, list) or not values:
        return ()
    if all(map(isinstance, values, itertools.repeat(str))):  # the usual case, checked in C
        return tuple(values)
    return tuple(value for value in values if isinstance(value, str))


def _reply(responses: object) -> str | None:
    # The docs leave the shape of responses open; take the first text-like member of the first one.
    if not isinstance(responses, list):
        return None
    for response in responses:
        if isinstance(response, dict):  # its members are undocumented
            for key in ("text", "response", "comment"):
                value = response.get(key)
                if value and isinstance(value, str):
                    return value
    return None


class _Single:
    """A single-review answer (getReview, createReview, updateReview) read as the review, bare or in
    ``data`` (the generated parser takes both); one without a review id is unreadable (ResponseParseError)."""

    def __init__(self, operation: kit.Operation[TestFreaksReview]) -> None:
        self.OPERATION_ID = operation.OPERATION_ID
        self.SUCCESS_STATUSES = operation.SUCCESS_STATUSES
        self.build_request = operation.build_request
        self._operation = operation

    def parse_success(self, response: httpx.Response) -> TestFreaksReview:
        review = self._operation.parse_success(response)
        if not (isinstance(review.id, str) and review.id):
            errors = review.additional_properties.get("errors")
            said = "; ".join(map(str, errors)) if isinstance(errors, list) and errors else None
            raise ValueError("the answer carries no review" + (f" ({said})" if said else ""))
        return review


def _adapter(api_key: str | None) -> TestFreaksAdapter:
    return TestFreaksAdapter(API_KEY.read(api_key))


class TestFreaks(
    kit.SyncClient["ReviewList", "TestFreaksReview", "testfreaks_client.Client", TestFreaksResume],
    kit.WithRaw["TestFreaksRaw[TestFreaks]"],
    ListReviewsListing[
        Iterator[kit.Review[TestFreaksReview]], Iterator[TestFreaksPage], Iterator[ReviewList], TestFreaksResume
    ],
):
    """TestFreaks Reviews API client. ``api_key`` defaults to ``$REVIEWBRIDGE_TESTFREAKS_API_KEY``.

    ``reviews(**filters)`` / ``pages(**filters)`` take ``testfreaks_client``'s ``ListReviewsFilters``
    (generated from the spec's listReviews); ``get_review``, ``create_review``, ``update_review``,
    ``delete_review`` call the typed generated operations.
    """

    def __init__(self, api_key: str | None = None, **options: Unpack[kit.SyncOptions]) -> None:
        super().__init__(_adapter(api_key), **options)

    def get_review(self, review_id: str, *, client_id: str | None = None) -> TestFreaksReview:
        """One review (getReview), whether the answer is the review itself or holds it in ``data``."""
        return self._call(_Single(get_review), review_id, **kit.drop_unset(client_id=client_id))

    def create_review(self, body: ReviewWriteRequest, *, client_id: str | None = None) -> TestFreaksReview:
        """Create a review (createReview); the answer is the stored review (bare or in ``data``)."""
        return self._call(_Single(create_review), body=body, **kit.drop_unset(client_id=client_id))

    def update_review(
        self, review_id: str, body: ReviewWriteRequest, *, client_id: str | None = None
    ) -> TestFreaksReview:
        """Replace a review's data (updateReview); the answer is the stored review (bare or in ``data``)."""
        return self._call(_Single(update_review), review_id, body=body, **kit.drop_unset(client_id=client_id))

    def delete_review(self, review_id: str, *, client_id: str | None = None) -> DeleteResult | None:
        """Delete a review (deleteReview)."""
        return self._call(delete_review, review_id, **kit.drop_unset(client_id=client_id))


class AsyncTestFreaks(
    kit.AsyncClient["ReviewList", "TestFreaksReview", "testfreaks_client.Client", TestFreaksResume],
    kit.WithRaw["TestFreaksRaw[AsyncTestFreaks]"],
    ListReviewsListing[
        AsyncIterator[kit.Review[TestFreaksReview]],
        AsyncIterator[TestFreaksPage],
        AsyncIterator[ReviewList],
        TestFreaksResume,
    ],
):
    """The async twin of :class:`TestFreaks`."""

    def __init__(self, api_key: str | None = None, **options: Unpack[kit.AsyncOptions]) -> None:
        super().__init__(_adapter(api_key), **options)

    async def get_review(self, review_id: str, *, client_id: str | None = None) -> TestFreaksReview:
        """One review (getReview), whether the answer is the review itself or holds it in ``data``."""
        return await self._call(_Single(get_review), review_id, **kit.drop_unset(client_id=client_id))

    async def create_review(self, body: ReviewWriteRequest, *, client_id: str | None = None) -> TestFreaksReview:
        """Create a review (createReview); the answer is the stored review (bare or in ``data``)."""
        return await self._call(_Single(create_review), body=body, **kit.drop_unset(client_id=client_id))

    async def update_review(
        self, review_id: str, body: ReviewWriteRequest, *, client_id: str | None = None
    ) -> TestFreaksReview:
        """Replace a review's data (updateReview); the answer is the stored review (bare or in ``data``)."""
        return await self._call(_Single(update_review), review_id, body=body, **kit.drop_unset(client_id=client_id))

    async def delete_review(self, review_id: str, *, client_id: str | None = None) -> DeleteResult | None:
        """Delete a review (deleteReview)."""
        return await self._call(delete_review, review_id, **kit.drop_unset(client_id=client_id))


class TestFreaksRaw(kit.RawCalls[kit.ClientT_co]):
    """``with_raw_response`` of :class:`TestFreaks` and :class:`AsyncTestFreaks` (see :class:`RawCalls`)."""

    get_review = kit.raw_call(TestFreaks.get_review)
    create_review = kit.raw_call(TestFreaks.create_review)
    update_review = kit.raw_call(TestFreaks.update_review)
    delete_review = kit.raw_call(TestFreaks.delete_review)
    review_pages = kit.raw_pages(TestFreaks.review_pages)


PROVIDER = kit.ProviderInfo(
    adapter=TestFreaksAdapter,
    client=TestFreaks,
    async_client=AsyncTestFreaks,
    credentials=(API_KEY,),
    example="--client-id example.com --moderation-status accepted --page-size 1000",
    export=kit.ExportPolicy(since_filter="updated_after"),
    operations=kit.operation_list(list_reviews, get_review, create_review, update_review, delete_review),
    auth="HTTP Basic (API key)",
)

#: What ``reviewbridge`` exports from this module (its line in ``reviewbridge/__init__.py`` says the same).
EXPORTS = ("TestFreaks", "AsyncTestFreaks", "TestFreaksResume")
