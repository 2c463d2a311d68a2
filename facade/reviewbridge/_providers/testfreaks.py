"""TestFreaks Reviews API: Basic (key, empty password) or bearer; next-link pagination; full CRUD."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any, TypedDict, Unpack

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
        operation_of=operation_namer(
            [
                ("GET", r"/v1/reviews", "listReviews"),
                ("POST", r"/v1/reviews", "createReview"),
                ("GET", r"/v1/reviews/[^/]+", "getReview"),
                ("PUT", r"/v1/reviews/[^/]+", "updateReview"),
                ("DELETE", r"/v1/reviews/[^/]+", "deleteReview"),
            ]
        ),
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
        accepted = item.get("accepted")
        # The docs leave the shape of responses open; take the first text-like member of the first one.
        replies = [r for r in item.get("responses") or [] if isinstance(r, dict)]
        reply = next((text(r.get(k)) for r in replies for k in ("text", "response", "comment") if text(r.get(k))), None)
        return Review(
            provider="testfreaks",
            id=identifier(item.get("id")),
            rating=number(item.get("score")),
            rating_max=int(number(item.get("score_max")) or 5),
            text=text(item.get("extract")),
            pros=tuple(p for p in item.get("pros") or () if isinstance(p, str)),
            cons=tuple(c for c in item.get("cons") or () if isinstance(c, str)),
            author=text(item.get("author")),
            created_at=parse_timestamp(item.get("date")),
            updated_at=parse_timestamp(item.get("updated_at")),
            reply=reply,
            product=text(item.get("product")),
            order_ref=text(item.get("order_id")),
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

    def get_review(self, review_id: str, *, client_id: str | None = None) -> Any:
        return self.call("get_review", review_id, **drop_unset(client_id=client_id))

    def create_review(self, body: Any, *, client_id: str | None = None) -> Any:
        return self.call("create_review", body=body, **drop_unset(client_id=client_id))

    def update_review(self, review_id: str, body: Any, *, client_id: str | None = None) -> Any:
        return self.call("update_review", review_id, body=body, **drop_unset(client_id=client_id))

    def delete_review(self, review_id: str, *, client_id: str | None = None) -> Any:
        return self.call("delete_review", review_id, **drop_unset(client_id=client_id))


class AsyncTestFreaks(AsyncClient):
    """The async twin of :class:`TestFreaks`."""

    def __init__(self, api_key: str | None = None, **options: Unpack[AsyncOptions]) -> None:
        super().__init__(_adapter(api_key), **options)

    def reviews(self, **filters: Unpack[TestFreaksFilters]) -> AsyncIterator[Review]:
        """Every review across all pages."""
        return self._reviews(dict(filters))

    async def get_review(self, review_id: str, *, client_id: str | None = None) -> Any:
        return await self.call("get_review", review_id, **drop_unset(client_id=client_id))

    async def create_review(self, body: Any, *, client_id: str | None = None) -> Any:
        return await self.call("create_review", body=body, **drop_unset(client_id=client_id))

    async def update_review(self, review_id: str, body: Any, *, client_id: str | None = None) -> Any:
        return await self.call("update_review", review_id, body=body, **drop_unset(client_id=client_id))

    async def delete_review(self, review_id: str, *, client_id: str | None = None) -> Any:
        return await self.call("delete_review", review_id, **drop_unset(client_id=client_id))


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
