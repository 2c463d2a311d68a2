"""Thanx Partner API: bearer token plus client-id and version headers; page-number pagination."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator
from typing import Any, Required, TypedDict, Unpack

import httpx

from .._auth import HeaderSetAuth
from .._client import Adapter, AsyncClient, SyncClient
from .._http import ProviderHTTP
from .._pagination import PageNumber, Strategy
from .._review import Review, parse_timestamp, text_or_none
from .._secrets import Secret, credential
from ._common import enum_text, operation_namer, value

ENV_CLIENT_ID = "REVIEWBRIDGE_THANX_CLIENT_ID"
ENV_ACCESS_TOKEN = "REVIEWBRIDGE_THANX_ACCESS_TOKEN"
USER_AGENT = "reviewbridge/0.1 (+partner feedback export)"


def _error(body: Any) -> tuple[str | None, str | None]:
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        return error.get("code"), error.get("message")
    return None, None


class ThanxFilters(TypedDict, total=False):
    """Scope and filters of ``listFeedbacks``."""

    merchant_id: Required[str]
    user_id: str
    location_id: str
    states: list[str]
    updated_after: dt.datetime
    per_page: int


_STAMPS = ("responded_at", "reviewed_at", "rated_at", "viewed_at")


def last_change(item: Any) -> dt.datetime | None:
    """When a feedback record last changed: an ``updated_at`` if the server sends one (undocumented),
    else the latest of its documented state timestamps, else its purchase time."""
    extra = getattr(item, "additional_properties", {}) or {}
    stamps = [parse_timestamp(extra.get("updated_at"))]
    stamps += [parse_timestamp(value(getattr(item, name, None))) for name in _STAMPS]
    known = [s for s in stamps if s is not None]
    if known:
        return max(known)
    purchase = value(item.purchase)
    return parse_timestamp(value(purchase.purchased_at)) if purchase is not None else None


class ThanxAdapter(Adapter):
    name = "thanx"
    package = "thanx_client"
    tag = "feedbacks"
    production_url = "https://api.thanx.com"
    list_operation = "list_feedbacks"
    resume_args = ("page",)
    filters = ThanxFilters
    scope_keys = ("merchant_id",)
    http = ProviderHTTP(
        name="thanx",
        operation_of=operation_namer([("GET", r"/partner/feedbacks", "listFeedbacks")]),
        parse_error=_error,
    )

    def __init__(self, client_id: Secret, access_token: Secret) -> None:
        self._client_id = client_id
        self._access_token = access_token

    def auth(self) -> httpx.Auth:
        bearer = Secret(f"Bearer {self._access_token.reveal()}")
        return HeaderSetAuth({"Authorization": bearer, "X-ClientId": self._client_id}, {"Accept-Version": "v4.0"})

    def headers(self) -> dict[str, str]:
        return {"User-Agent": USER_AGENT, "Content-Type": "application/json"}

    def list_args(self, filters: dict[str, Any]) -> dict[str, Any]:
        from thanx_client.models import FeedbackStateFilter

        args = dict(filters)
        if "states" in args:
            args["states"] = [FeedbackStateFilter(s) for s in args["states"]]
        return args

    def strategy(self, base_url: httpx.URL) -> Strategy[Any]:
        return PageNumber(
            items_of=lambda page: value(page.feedbacks) or [],
            total_pages_of=lambda page: value(value(page.pagination).total_pages) if value(page.pagination) else None,
        )

    def to_review(self, item: Any, scope: dict[str, Any]) -> Review:
        rating = value(item.rating)
        purchase = value(item.purchase)
        order = value(purchase.order) if purchase is not None else None
        created = parse_timestamp(value(item.reviewed_at)) or parse_timestamp(value(item.rated_at))
        return Review(
            provider="thanx",
            id=str(item.id),
            rating=float(rating) if isinstance(rating, int | float) else None,
            rating_max=10,
            text=text_or_none(value(item.review)),
            author=text_or_none(value(item.user_id)),
            created_at=created,
            updated_at=last_change(item),
            reply=text_or_none(value(item.response)),
            order_ref=text_or_none(value(order.id)) if order is not None else None,
            status=enum_text(item.state),
            raw=item,
        )


class Thanx(SyncClient):
    """Thanx partner feedbacks client. Credentials default to ``$REVIEWBRIDGE_THANX_CLIENT_ID`` and
    ``$REVIEWBRIDGE_THANX_ACCESS_TOKEN``; ``reviews(concurrency=N)`` fetches N pages at once."""

    def __init__(
        self,
        client_id: str | None = None,
        access_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        max_retries: int = 3,
        http_client: httpx.Client | None = None,
        allow_insecure: bool = False,
    ) -> None:
        self.adapter = ThanxAdapter(
            credential(client_id, ENV_CLIENT_ID, what="Thanx client id"),
            credential(access_token, ENV_ACCESS_TOKEN, what="Thanx access token"),
        )
        self._init(base_url, timeout, max_retries, http_client, allow_insecure)

    def reviews(self, *, concurrency: int = 1, **filters: Unpack[ThanxFilters]) -> Iterator[Review]:
        """Every feedback record of a merchant, as reviews."""
        return self._reviews({**filters, "concurrency": concurrency})


class AsyncThanx(AsyncClient):
    """The async twin of :class:`Thanx`."""

    def __init__(
        self,
        client_id: str | None = None,
        access_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        max_retries: int = 3,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure: bool = False,
    ) -> None:
        self.adapter = ThanxAdapter(
            credential(client_id, ENV_CLIENT_ID, what="Thanx client id"),
            credential(access_token, ENV_ACCESS_TOKEN, what="Thanx access token"),
        )
        self._init(base_url, timeout, max_retries, http_client, allow_insecure)

    def reviews(self, *, concurrency: int = 1, **filters: Unpack[ThanxFilters]) -> AsyncIterator[Review]:
        """Every feedback record of a merchant, as reviews."""
        return self._reviews({**filters, "concurrency": concurrency})
