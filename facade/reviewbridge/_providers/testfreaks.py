"""TestFreaks Reviews API: Basic (key, empty password) or bearer; next-link pagination; full CRUD."""

from __future__ import annotations

import functools
import json
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, Unpack, cast

import httpx

from .._auth import BasicAuth
from .._client import Adapter, AsyncClient, AsyncOptions, SyncClient, SyncOptions, drop_unset
from .._http import ProviderHTTP
from .._json import identifier, items, member, number, text
from .._pagination import NextLink, Strategy
from .._review import Review, parse_timestamp
from .._secrets import Secret, credential
from ._common import operation_namer
from ._info import Credential, ExportPolicy, ProviderInfo, ScopeOption


def _operation_id(method: str, path: str) -> str | None:
    from testfreaks_client.api import operation_id  # the generated route table, loaded on first use

    return operation_id(method, path)


if TYPE_CHECKING:
    import testfreaks_client
    from testfreaks_client.api.reviews.list_reviews import ListReviewsFilterName
    from testfreaks_client.api.reviews.list_reviews import ListReviewsFilters as TestFreaksFilters
    from testfreaks_client.models import (
        DeleteResult,
        ReviewEnvelope,
        ReviewJSON,
        ReviewList,
        ReviewView,
        ReviewWriteRequest,
    )
    from testfreaks_client.models import Review as TestFreaksReview

    from .._client import ListOperation, ReviewPage

    #: One page of a TestFreaks listing, as ``TestFreaks.review_pages()`` yields it.
    TestFreaksPage = ReviewPage[ReviewList, TestFreaksReview, "TestFreaksResume"]


@functools.cache
def _review_view() -> type[ReviewView]:
    # The generated models load on first use: importing them all with reviewbridge would double its import time.
    from testfreaks_client.models import ReviewView

    return ReviewView


API_KEY = Credential("api_key", "REVIEWBRIDGE_TESTFREAKS_API_KEY", "TestFreaks API key")


def _error(body: Any) -> tuple[str | None, str | None]:
    errors = body.get("errors") if isinstance(body, dict) else None
    if isinstance(errors, list) and errors:
        return None, "; ".join(str(e) for e in errors)
    return None, None


class TestFreaksResume(TypedDict, total=False):
    """Where a TestFreaks listing resumes (``ReviewPage.resume``): the cursor of the next link."""

    after: str


class TestFreaksAdapter(Adapter["ReviewList", "TestFreaksReview", "testfreaks_client.Client"]):
    name = "testfreaks"
    production_url = "https://api.testfreaks.com"
    resume_args: ClassVar[tuple[str, ...]] = ("after",)
    http = ProviderHTTP(
        name="testfreaks",
        operation_of=operation_namer(_operation_id),
        parse_error=_error,
    )

    def __init__(self, api_key: Secret) -> None:
        self._api_key = api_key

    def auth(self) -> httpx.Auth:
        return BasicAuth(self._api_key)

    def retryable_post(self, request: httpx.Request) -> bool:
        # POST with an external_id updates the review of that id when it exists: repeating it is safe.
        if request.url.path.rstrip("/") != "/v1/reviews":
            return False
        try:
            body = json.loads(request.content or b"{}")
        except ValueError:
            return False
        review = body.get("review") if isinstance(body, dict) else None
        return isinstance(review, dict) and bool(review.get("external_id"))

    scope_keys: ClassVar[tuple[ListReviewsFilterName, ...]] = ("client_id",)

    def list_operation(self) -> ListOperation[ReviewList]:
        from testfreaks_client.api.reviews import list_reviews

        return list_reviews

    def load_filters(self) -> type[TestFreaksFilters]:
        from testfreaks_client.api.reviews.list_reviews import ListReviewsFilters

        return ListReviewsFilters

    def load_models(self) -> tuple[type[ReviewList], type[TestFreaksReview]]:
        from testfreaks_client.models import Review, ReviewList

        return ReviewList, Review

    def generated_client(self, base_url: str) -> testfreaks_client.Client:
        from testfreaks_client import Client

        return Client(base_url=base_url)

    def strategy(self, base_url: httpx.URL, *, follow_changes: bool = False) -> Strategy[Any]:
        return NextLink(
            items_of=lambda body: items(body, "data"),
            link_of=lambda body: text(member(body, "links", "next")),
            origin=base_url,
            path=base_url.path.rstrip("/") + "/v1/reviews",
        )

    def to_review(self, item: dict[str, Any], scope: dict[str, Any]) -> Review[TestFreaksReview]:
        review = _review_view()(cast("ReviewJSON", item))
        accepted = review.accepted
        # The docs leave the shape of responses open; take the first text-like member of the first one.
        replies = [r for r in item.get("responses") or [] if isinstance(r, dict)]  # their members are undocumented
        reply = next((text(r.get(k)) for r in replies for k in ("text", "response", "comment") if text(r.get(k))), None)
        return Review(
            provider="testfreaks",
            id=identifier(review.id),
            rating=number(review.score),
            rating_max=int(number(review.score_max) or 5),
            text=text(review.extract),
            pros=tuple(p for p in review.pros or () if isinstance(p, str)),
            cons=tuple(c for c in review.cons or () if isinstance(c, str)),
            author=text(review.author),
            created_at=parse_timestamp(review.date),
            updated_at=parse_timestamp(review.updated_at),
            reply=reply,
            product=text(review.product),
            order_ref=text(review.order_id),
            # `accepted`: true approved, false rejected, null left to moderation.
            status="accepted" if accepted is True else "rejected" if accepted is False else "pending",
            source=item,
            model=self.models[1],
        )


def _adapter(api_key: str | None) -> TestFreaksAdapter:
    return TestFreaksAdapter(credential(api_key, API_KEY.env, what=API_KEY.description))


class TestFreaks(SyncClient["ReviewList", "TestFreaksReview", "testfreaks_client.Client", TestFreaksResume]):
    """TestFreaks Reviews API client. ``api_key`` defaults to ``$REVIEWBRIDGE_TESTFREAKS_API_KEY``.

    ``reviews(**filters)`` / ``pages(**filters)`` take ``testfreaks_client``'s ``ListReviewsFilters``
    (generated from the spec's listReviews); ``get_review``, ``create_review``, ``update_review``,
    ``delete_review`` call the typed generated operations.
    """

    def __init__(self, api_key: str | None = None, **options: Unpack[SyncOptions]) -> None:
        super().__init__(_adapter(api_key), **options)

    def reviews(self, **filters: Unpack[TestFreaksFilters]) -> Iterator[Review[TestFreaksReview]]:
        """Every review across all pages."""
        return self._reviews(filters)

    def review_pages(
        self,
        *,
        resume: TestFreaksResume | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        **filters: Unpack[TestFreaksFilters],
    ) -> Iterator[TestFreaksPage]:
        """Every page with its reviews and a resume point; ``resume=`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports)."""
        return self._review_pages(resume, concurrency, follow_changes, filters)

    def pages(self, *, concurrency: int = 1, **filters: Unpack[TestFreaksFilters]) -> Iterator[ReviewList]:
        """Every page as the generated list response model."""
        return self._pages(concurrency, filters)

    def get_review(self, review_id: str, *, client_id: str | None = None) -> ReviewEnvelope:
        """One review (getReview)."""
        from testfreaks_client.api.reviews import get_review

        return self._call(get_review, review_id, **drop_unset(client_id=client_id))

    def create_review(self, body: ReviewWriteRequest, *, client_id: str | None = None) -> ReviewEnvelope:
        """Create a review (createReview); the answer is the stored review."""
        from testfreaks_client.api.reviews import create_review

        return self._call(create_review, body=body, **drop_unset(client_id=client_id))

    def update_review(
        self, review_id: str, body: ReviewWriteRequest, *, client_id: str | None = None
    ) -> ReviewEnvelope:
        """Replace a review's data (updateReview); the answer is the stored review."""
        from testfreaks_client.api.reviews import update_review

        return self._call(update_review, review_id, body=body, **drop_unset(client_id=client_id))

    def delete_review(self, review_id: str, *, client_id: str | None = None) -> DeleteResult | None:
        """Delete a review (deleteReview)."""
        from testfreaks_client.api.reviews import delete_review

        return self._call(delete_review, review_id, **drop_unset(client_id=client_id))


class AsyncTestFreaks(AsyncClient["ReviewList", "TestFreaksReview", "testfreaks_client.Client", TestFreaksResume]):
    """The async twin of :class:`TestFreaks`."""

    def __init__(self, api_key: str | None = None, **options: Unpack[AsyncOptions]) -> None:
        super().__init__(_adapter(api_key), **options)

    def reviews(self, **filters: Unpack[TestFreaksFilters]) -> AsyncIterator[Review[TestFreaksReview]]:
        """Every review across all pages."""
        return self._reviews(filters)

    def review_pages(
        self,
        *,
        resume: TestFreaksResume | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        **filters: Unpack[TestFreaksFilters],
    ) -> AsyncIterator[TestFreaksPage]:
        """Every page with its reviews and a resume point; ``resume=`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports)."""
        return self._review_pages(resume, concurrency, follow_changes, filters)

    def pages(self, *, concurrency: int = 1, **filters: Unpack[TestFreaksFilters]) -> AsyncIterator[ReviewList]:
        """Every page as the generated list response model."""
        return self._pages(concurrency, filters)

    async def get_review(self, review_id: str, *, client_id: str | None = None) -> ReviewEnvelope:
        """One review (getReview)."""
        from testfreaks_client.api.reviews import get_review

        return await self._call(get_review, review_id, **drop_unset(client_id=client_id))

    async def create_review(self, body: ReviewWriteRequest, *, client_id: str | None = None) -> ReviewEnvelope:
        """Create a review (createReview); the answer is the stored review."""
        from testfreaks_client.api.reviews import create_review

        return await self._call(create_review, body=body, **drop_unset(client_id=client_id))

    async def update_review(
        self, review_id: str, body: ReviewWriteRequest, *, client_id: str | None = None
    ) -> ReviewEnvelope:
        """Replace a review's data (updateReview); the answer is the stored review."""
        from testfreaks_client.api.reviews import update_review

        return await self._call(update_review, review_id, body=body, **drop_unset(client_id=client_id))

    async def delete_review(self, review_id: str, *, client_id: str | None = None) -> DeleteResult | None:
        """Delete a review (deleteReview)."""
        from testfreaks_client.api.reviews import delete_review

        return await self._call(delete_review, review_id, **drop_unset(client_id=client_id))


PROVIDER = ProviderInfo(
    name=TestFreaksAdapter.name,
    client=TestFreaks,
    async_client=AsyncTestFreaks,
    credentials=(API_KEY,),
    options=(
        ScopeOption("client_id", "client id"),
        ScopeOption("limit", "reviews per page", kind="count", cli=False),
    ),
    export=ExportPolicy(since_filter="updated_after"),
    resume_keys=TestFreaksAdapter.resume_args,
    operations="listReviews, getReview, createReview, updateReview, deleteReview",
    auth="HTTP Basic (API key)",
    pagination="next link",
)
