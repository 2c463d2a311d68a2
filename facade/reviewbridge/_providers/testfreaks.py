"""TestFreaks Reviews API: Basic (key, empty password) or bearer; next-link pagination; full CRUD."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, Unpack, cast

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
    from testfreaks_client.models import DeleteResult, ReviewEnvelope, ReviewJSON, ReviewView, ReviewWriteRequest


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


class TestFreaksFilters(TypedDict, total=False):
    """Scope and filters of ``listReviews``."""

    client_id: str
    updated_after: dt.date | dt.datetime
    created_after: dt.date | dt.datetime
    order_id: str
    customer_id: str
    moderation_status: str
    limit: int


class TestFreaksAdapter(Adapter):
    name = "testfreaks"
    package = "testfreaks_client"
    tag = "reviews"
    production_url = "https://api.testfreaks.com"
    list_operation = "list_reviews"
    list_model = "ReviewList"
    item_model = "Review"
    resume_args = ("after",)
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

    filters = TestFreaksFilters
    scope_keys = ("client_id",)

    def list_args(self, filters: dict[str, Any]) -> dict[str, Any]:
        if filters.get("moderation_status") is not None:
            from testfreaks_client.models import ModerationStatus

            filters = {**filters, "moderation_status": ModerationStatus(filters["moderation_status"])}
        return filters

    def strategy(self, base_url: httpx.URL, *, follow_changes: bool = False) -> Strategy[Any]:
        return NextLink(
            items_of=lambda body: items(body, "data"),
            link_of=lambda body: text(member(body, "links", "next")),
            origin=base_url,
            path=base_url.path.rstrip("/") + "/v1/reviews",
        )

    def to_review(self, item: dict[str, Any], scope: dict[str, Any]) -> Review:
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


class TestFreaks(SyncClient):
    """TestFreaks Reviews API client. ``api_key`` defaults to ``$REVIEWBRIDGE_TESTFREAKS_API_KEY``.

    ``reviews(**filters)`` / ``pages(**filters)`` take :class:`TestFreaksFilters`; ``get_review``,
    ``create_review``, ``update_review``, ``delete_review`` call the typed generated operations.
    """

    def __init__(self, api_key: str | None = None, **options: Unpack[SyncOptions]) -> None:
        super().__init__(_adapter(api_key), **options)

    def reviews(self, **filters: Unpack[TestFreaksFilters]) -> Iterator[Review]:
        """Every review across all pages."""
        return self._reviews(dict(filters))

    def get_review(self, review_id: str, *, client_id: str | None = None) -> ReviewEnvelope:
        """One review (getReview)."""
        envelope: ReviewEnvelope = self._call("get_review", review_id, **drop_unset(client_id=client_id))
        return envelope

    def create_review(self, body: ReviewWriteRequest, *, client_id: str | None = None) -> ReviewEnvelope:
        """Create a review (createReview); the answer is the stored review."""
        envelope: ReviewEnvelope = self._call("create_review", body=body, **drop_unset(client_id=client_id))
        return envelope

    def update_review(
        self, review_id: str, body: ReviewWriteRequest, *, client_id: str | None = None
    ) -> ReviewEnvelope:
        """Replace a review's data (updateReview); the answer is the stored review."""
        scope = drop_unset(client_id=client_id)
        envelope: ReviewEnvelope = self._call("update_review", review_id, body=body, **scope)
        return envelope

    def delete_review(self, review_id: str, *, client_id: str | None = None) -> DeleteResult | None:
        """Delete a review (deleteReview)."""
        result: DeleteResult | None = self._call("delete_review", review_id, **drop_unset(client_id=client_id))
        return result


class AsyncTestFreaks(AsyncClient):
    """The async twin of :class:`TestFreaks`."""

    def __init__(self, api_key: str | None = None, **options: Unpack[AsyncOptions]) -> None:
        super().__init__(_adapter(api_key), **options)

    def reviews(self, **filters: Unpack[TestFreaksFilters]) -> AsyncIterator[Review]:
        """Every review across all pages."""
        return self._reviews(dict(filters))

    async def get_review(self, review_id: str, *, client_id: str | None = None) -> ReviewEnvelope:
        """One review (getReview)."""
        envelope: ReviewEnvelope = await self._call("get_review", review_id, **drop_unset(client_id=client_id))
        return envelope

    async def create_review(self, body: ReviewWriteRequest, *, client_id: str | None = None) -> ReviewEnvelope:
        """Create a review (createReview); the answer is the stored review."""
        envelope: ReviewEnvelope = await self._call("create_review", body=body, **drop_unset(client_id=client_id))
        return envelope

    async def update_review(
        self, review_id: str, body: ReviewWriteRequest, *, client_id: str | None = None
    ) -> ReviewEnvelope:
        """Replace a review's data (updateReview); the answer is the stored review."""
        envelope: ReviewEnvelope = await self._call(
            "update_review", review_id, body=body, **drop_unset(client_id=client_id)
        )
        return envelope

    async def delete_review(self, review_id: str, *, client_id: str | None = None) -> DeleteResult | None:
        """Delete a review (deleteReview)."""
        result: DeleteResult | None = await self._call("delete_review", review_id, **drop_unset(client_id=client_id))
        return result


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
