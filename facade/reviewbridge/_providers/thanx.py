"""Thanx Partner API: bearer token plus client-id and version headers; page-number pagination."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Required, TypedDict, Unpack, cast

import httpx

from .._auth import HeaderSetAuth
from .._client import Adapter, AsyncClient, AsyncOptions, SyncClient, SyncOptions
from .._http import ProviderHTTP
from .._json import ShapeError, identifier, items, member, number, text
from .._pagination import ChangeCursor, PageNumber, Strategy
from .._review import Review, latest_timestamp, parse_timestamp
from .._secrets import Secret, credential
from .._version import __version__
from ._common import operation_namer
from ._info import Credential, ExportPolicy, ProviderInfo, ScopeOption


def _operation_id(method: str, path: str) -> str | None:
    from thanx_client.api import operation_id  # the generated route table, loaded on first use

    return operation_id(method, path)


if TYPE_CHECKING:
    from thanx_client.models import FeedbackJSON, PurchaseJSON

CLIENT_ID = Credential("client_id", "REVIEWBRIDGE_THANX_CLIENT_ID", "Thanx client id")
ACCESS_TOKEN = Credential("access_token", "REVIEWBRIDGE_THANX_ACCESS_TOKEN", "Thanx access token")
USER_AGENT = f"reviewbridge/{__version__} (+partner feedback export)"


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


def last_change(item: dict[str, Any]) -> dt.datetime | None:
    """When a feedback record last changed: the latest of its state timestamps (and of an undocumented
    ``updated_at`` if the server sends one), else its purchase time."""
    feedback = cast("FeedbackJSON", item)
    return _last_change(feedback, _purchase(feedback))


def _last_change(feedback: FeedbackJSON, purchase: PurchaseJSON | None) -> dt.datetime | None:
    # Read through the generated FeedbackJSON (see ThanxAdapter.to_review).
    latest = latest_timestamp(
        cast("dict[str, Any]", feedback).get("updated_at"),  # undocumented
        feedback["responded_at"] if "responded_at" in feedback else None,
        feedback["reviewed_at"] if "reviewed_at" in feedback else None,
        feedback["rated_at"] if "rated_at" in feedback else None,
        feedback["viewed_at"] if "viewed_at" in feedback else None,
    )
    if latest is None and purchase is not None and "purchased_at" in purchase:
        return parse_timestamp(purchase["purchased_at"])
    return latest


def _purchase(feedback: FeedbackJSON) -> PurchaseJSON | None:
    purchase = feedback["purchase"] if "purchase" in feedback else None
    return purchase if isinstance(purchase, dict) else None


class ThanxAdapter(Adapter):
    name = "thanx"
    package = "thanx_client"
    tag = "feedbacks"
    production_url = "https://api.thanx.com"
    list_operation = "list_feedbacks"
    list_model = "FeedbackList"
    item_model = "Feedback"
    resume_args = ("page", "updated_after")
    filters = ThanxFilters
    scope_keys = ("merchant_id",)
    http = ProviderHTTP(
        name="thanx",
        operation_of=operation_namer(_operation_id),
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

    def strategy(self, base_url: httpx.URL, *, follow_changes: bool = False) -> Strategy[Any]:
        if follow_changes:
            return ChangeCursor(
                items_of=lambda body: items(body, "feedbacks"),
                total_pages_of=_total_pages,
                changed_at=last_change,
            )
        return PageNumber(items_of=lambda body: items(body, "feedbacks"), total_pages_of=_total_pages)

    def from_resume(self, resume: dict[str, Any]) -> dict[str, Any]:
        stamp = resume.get("updated_after")
        if isinstance(stamp, str):
            resume = {**resume, "updated_after": dt.datetime.fromisoformat(stamp)}
        return resume

    def to_review(self, item: dict[str, Any], scope: dict[str, Any]) -> Review:
        # Read through the generated FeedbackJSON, so a member renamed in the spec fails mypy here. As
        # ``f[k] if k in f``, not ``f.get(k)``: mypy checks the key of a subscript (not of ``get``), and
        # both are single dict operations (a view's property costs a Python call per member, a
        # third of the mapping).
        feedback = cast("FeedbackJSON", item)
        purchase = _purchase(feedback)
        order = purchase["order"] if purchase and "order" in purchase else None
        reviewed_at = feedback["reviewed_at"] if "reviewed_at" in feedback else None
        rated_at = feedback["rated_at"] if "rated_at" in feedback else None
        return Review(
            provider="thanx",
            id=identifier(feedback["id"] if "id" in feedback else None),
            rating=number(feedback["rating"] if "rating" in feedback else None),
            rating_max=10,
            text=text(feedback["review"] if "review" in feedback else None),
            author=text(feedback["user_id"] if "user_id" in feedback else None),
            created_at=parse_timestamp(reviewed_at) or parse_timestamp(rated_at),
            updated_at=_last_change(feedback, purchase),
            reply=text(feedback["response"] if "response" in feedback else None),
            order_ref=text(order["id"] if isinstance(order, dict) and "id" in order else None),
            status=text(feedback["state"] if "state" in feedback else None),
            source=item,
            model=self.models[1],
        )


def _total_pages(body: Any) -> int:
    # Page numbers never repeat, so a walk without total_pages could only end on an empty page, or
    # never if the server kept answering: without it, the page is unreadable, not the last.
    total = member(body, "pagination", "total_pages")
    if not isinstance(total, int) or isinstance(total, bool):
        raise ShapeError("pagination.total_pages is missing or not a number")
    return total


def _adapter(client_id: str | None, access_token: str | None) -> ThanxAdapter:
    return ThanxAdapter(
        credential(client_id, CLIENT_ID.env, what=CLIENT_ID.description),
        credential(access_token, ACCESS_TOKEN.env, what=ACCESS_TOKEN.description),
    )


class Thanx(SyncClient):
    """Thanx partner feedbacks client. Credentials default to ``$REVIEWBRIDGE_THANX_CLIENT_ID`` and
    ``$REVIEWBRIDGE_THANX_ACCESS_TOKEN``; ``reviews(concurrency=N)`` fetches N pages at once."""

    def __init__(
        self, client_id: str | None = None, access_token: str | None = None, **options: Unpack[SyncOptions]
    ) -> None:
        super().__init__(_adapter(client_id, access_token), **options)

    def reviews(self, *, concurrency: int = 1, **filters: Unpack[ThanxFilters]) -> Iterator[Review]:
        """Every feedback record of a merchant, as reviews."""
        return self._reviews({**filters, "concurrency": concurrency})


class AsyncThanx(AsyncClient):
    """The async twin of :class:`Thanx`."""

    def __init__(
        self, client_id: str | None = None, access_token: str | None = None, **options: Unpack[AsyncOptions]
    ) -> None:
        super().__init__(_adapter(client_id, access_token), **options)

    def reviews(self, *, concurrency: int = 1, **filters: Unpack[ThanxFilters]) -> AsyncIterator[Review]:
        """Every feedback record of a merchant, as reviews."""
        return self._reviews({**filters, "concurrency": concurrency})


PROVIDER = ProviderInfo(
    name=ThanxAdapter.name,
    client=Thanx,
    async_client=AsyncThanx,
    credentials=(CLIENT_ID, ACCESS_TOKEN),
    options=(
        ScopeOption("merchant_id", "merchant id", required=True),
        ScopeOption("states", "feedback state filter (repeatable)", kind="texts"),
        ScopeOption("per_page", "records per page", kind="count", cli=False),
    ),
    export=ExportPolicy(since_filter="updated_after"),
    resume_keys=ThanxAdapter.resume_args,
    operations="listFeedbacks",
    auth="bearer token + client id header",
    pagination="page numbers",
)
