"""TestFreaks Reviews API: Basic (key, empty password) or bearer; next-link pagination; full CRUD."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any, TypedDict, Unpack

import httpx

from .._auth import BasicAuth
from .._client import Adapter, AsyncClient, SyncClient, drop_unset
from .._http import ProviderHTTP
from .._pagination import NextLink, Strategy
from .._review import Review, parse_timestamp, text_or_none
from .._secrets import Secret, credential
from ._common import enum_text, operation_namer, value

ENV_API_KEY = "REVIEWBRIDGE_TESTFREAKS_API_KEY"


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

    def strategy(self, base_url: httpx.URL) -> Strategy[Any]:
        return NextLink(
            items_of=lambda page: value(page.data) or [],
            link_of=lambda page: value(value(page.links).next_) if value(page.links) else None,
            origin=base_url,
            path=base_url.copy_with(path=base_url.path.rstrip("/") + "/v1/reviews").path,
            arg_names={},
        )

    def to_review(self, item: Any, scope: dict[str, Any]) -> Review:
        accepted = value(item.accepted)
        status = {True: "accepted", False: "rejected"}.get(accepted, "pending") if accepted is not None else "pending"
        score = value(item.score)
        responses = value(item.responses) or []
        reply = None
        for response in responses:
            fields = response.to_dict() if hasattr(response, "to_dict") else response
            if isinstance(fields, dict):
                reply = next(
                    (text_or_none(fields.get(k)) for k in ("text", "response", "comment") if fields.get(k)), None
                )
            if reply:
                break
        return Review(
            provider="testfreaks",
            id=str(item.id),
            rating=float(score) if isinstance(score, int | float) else None,
            rating_max=int(value(item.score_max) or 5),
            text=text_or_none(value(item.extract)),
            pros=tuple(p for p in (value(item.pros) or []) if isinstance(p, str)),
            cons=tuple(c for c in (value(item.cons) or []) if isinstance(c, str)),
            author=text_or_none(value(item.author)),
            created_at=parse_timestamp(value(item.date)),
            updated_at=parse_timestamp(value(item.updated_at)),
            reply=reply,
            product=text_or_none(value(item.product)),
            order_ref=text_or_none(value(item.order_id)),
            status=status if enum_text(status) else None,
            raw=item,
        )


class TestFreaks(SyncClient):
    """TestFreaks Reviews API client. ``api_key`` defaults to ``$REVIEWBRIDGE_TESTFREAKS_API_KEY``.

    ``reviews(**filters)`` / ``pages(**filters)`` take :class:`TestFreaksFilters`; ``get_review``,
    ``create_review``, ``update_review``, ``delete_review`` call the typed generated operations.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        max_retries: int = 3,
        http_client: httpx.Client | None = None,
        allow_insecure: bool = False,
    ) -> None:
        self.adapter = TestFreaksAdapter(credential(api_key, ENV_API_KEY, what="TestFreaks API key"))
        self._init(base_url, timeout, max_retries, http_client, allow_insecure)

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

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        max_retries: int = 3,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure: bool = False,
    ) -> None:
        self.adapter = TestFreaksAdapter(credential(api_key, ENV_API_KEY, what="TestFreaks API key"))
        self._init(base_url, timeout, max_retries, http_client, allow_insecure)

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
