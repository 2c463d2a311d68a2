"""eTrusted (Trusted Shops): OAuth2 client credentials; cursor pagination; vetos."""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypedDict, Unpack, cast

import httpx

from .._auth import ClientCredentialsAuth
from .._client import Adapter, AsyncClient, AsyncOptions, ClientOptions, SyncClient, SyncOptions
from .._http import ProviderHTTP, check_base_url
from .._json import identifier, items, member, number, text
from .._pagination import Cursor, Strategy
from .._review import Review, parse_timestamp
from .._secrets import Secret, credential
from ._common import operation_namer
from ._info import Credential, ExportPolicy, ProviderInfo, ScopeOption


def _operation_id(method: str, path: str) -> str | None:
    from etrusted_client.api import operation_id  # the generated route table, loaded on first use

    return operation_id(method, path)


if TYPE_CHECKING:
    from etrusted_client.models import (
        CustomerReview,
        CustomerReviewJSON,
        CustomerReviewView,
        ReviewVetoRequest,
        ReviewVetoResponse,
    )


@functools.cache
def _review_view() -> type[CustomerReviewView]:
    # The generated models load on first use: importing them all with reviewbridge would double its import time.
    from etrusted_client.models import CustomerReviewView

    return CustomerReviewView


CLIENT_ID = Credential("client_id", "REVIEWBRIDGE_ETRUSTED_CLIENT_ID", "eTrusted client id")
CLIENT_SECRET = Credential("client_secret", "REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET", "eTrusted client secret")
PRODUCTION_TOKEN_URL = "https://login.etrusted.com/oauth/token"
#: the ``audience`` of eTrusted's token request
AUDIENCE = "https://api.etrusted.com"


def _error(body: Any) -> tuple[str | None, str | None]:
    # API errors come without a body; the token endpoint answers with RFC 6749 {error, error_description}.
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        return body["error"], body.get("error_description")
    return None, None


class ETrustedFilters(TypedDict, total=False):
    """Scope and filters of ``getReviews``.

    ``channels`` names the channels to list, in one walk; ``channel_id`` (one id, or several) is the
    same, kept for existing callers; neither, or ``all_channels=True``: every channel of the account.
    """

    channels: list[str]
    channel_id: str | list[str]
    all_channels: bool
    submitted_after: dt.datetime
    submitted_before: dt.datetime
    count: int
    rating: list[int]
    status: list[str]
    type_: list[str]
    has_reply: bool
    additional_information: list[str]
    ignore_statements: bool
    query: str
    sku: list[str]
    order_by: str


def _channels(filters: dict[str, Any]) -> tuple[str, ...] | None:
    """The channel ids ``filters`` names (taken out of them): sorted, without repeats; None for the whole
    account. A ValueError says what is wrong with them."""
    channels, channel_id = filters.pop("channels", None), filters.pop("channel_id", None)
    everything = filters.pop("all_channels", None)
    if channels is not None and channel_id is not None:
        raise ValueError("give channels or channel_id, not both")
    named = channels if channels is not None else [channel_id] if isinstance(channel_id, str) else channel_id
    if named is None:
        return None
    if everything:
        raise ValueError("all_channels=True lists every channel: name no channels with it")
    if not named:
        raise ValueError("channels is empty: leave it out (or pass all_channels=True) for every channel")
    bad = [c for c in named if not c or "," in c]
    if bad:  # the ids travel comma-separated
        raise ValueError(f"a channel id must be non-empty and without commas, not {bad[0]!r}")
    return tuple(sorted(set(named)))


#: operations of the deprecated channel-scoped family (tag ``customer_reviews``); the rest are ``reviews``
_CHANNEL_SCOPED = frozenset({"list_customer_reviews", "get_customer_review", "create_customer_review_veto"})


class ETrustedAdapter(Adapter):
    name = "etrusted"
    package = "etrusted_client"
    tag = "reviews"
    production_url = "https://api.etrusted.com"
    list_operation = "get_reviews"
    list_model = "CustomerReviewList"
    item_model = "CustomerReview"
    resume_args = ("after",)
    filters = ETrustedFilters
    #: a scope is a set of channels (``channel_id``: their sorted ids) or the whole account (``all_channels``);
    #: one channel's scope is what it was when channels were listed one at a time
    scope_keys = ("channel_id", "all_channels")
    http = ProviderHTTP(
        name="etrusted",
        operation_of=operation_namer(_operation_id),
        parse_error=_error,
    )

    def __init__(self, client_id: Secret, client_secret: Secret, token_url: str) -> None:
        self._auth = ClientCredentialsAuth(token_url, client_id, client_secret, audience=AUDIENCE, provider=self.name)

    def auth(self) -> ClientCredentialsAuth:
        return self._auth

    def retryable_post(self, request: httpx.Request) -> bool:
        # Asking for another token twice is harmless; a veto is not repeated.
        return request.url.path.endswith("/oauth/token")

    def operation(self, name: str) -> ModuleType:
        # The deprecated channel-scoped operations are generated under their own tag.
        tag = "customer_reviews" if name in _CHANNEL_SCOPED else self.tag
        return importlib.import_module(f"{self.package}.api.{tag}.{name}")

    def check_filters(self, filters: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        _, args = super().check_filters(filters)
        # One scope per set of channels, however they were named.
        channels = args.get("channels")
        scope = {"channel_id": tuple(channels), "all_channels": None} if channels else {"all_channels": True}
        return scope, args

    def list_args(self, filters: dict[str, Any]) -> dict[str, Any]:
        from etrusted_client.models import (
            ReviewsAdditionalInformation,
            ReviewsOrderBy,
            ReviewsStatusFilter,
            ReviewsTypeFilter,
        )

        args = dict(filters)
        channels = _channels(args)
        if channels is not None:
            args["channels"] = list(channels)
        for name, kind in (
            ("status", ReviewsStatusFilter),
            ("type_", ReviewsTypeFilter),
            ("additional_information", ReviewsAdditionalInformation),
        ):
            if name in args:
                args[name] = [kind(v) for v in args[name]]
        if "order_by" in args:
            args["order_by"] = ReviewsOrderBy(args["order_by"])
        return args

    def strategy(self, base_url: httpx.URL, *, follow_changes: bool = False) -> Strategy[Any]:
        return Cursor(
            items_of=lambda body: items(body, "items"),
            cursor_of=lambda body: text(member(body, "paging", "cursor", "after")),
        )

    def to_review(self, item: dict[str, Any], scope: dict[str, Any]) -> Review:
        review = _review_view()(cast("CustomerReviewJSON", item))
        customer, reply, product, transaction = review.customer, review.reply, review.product, review.transaction
        return Review(
            provider="etrusted",
            id=identifier(review.id),
            rating=number(review.rating),
            rating_max=5,
            title=text(review.title),
            text=text(review.comment),
            author=(text(customer.full_name) or text(customer.first_name)) if customer else None,
            created_at=parse_timestamp(review.submitted_at),
            updated_at=parse_timestamp(review.updated_at),
            reply=text(reply.comment) if reply else None,
            product=text(product.name) if product else None,
            order_ref=text(transaction.reference) if transaction else None,
            status=text(review.state),  # the docs' examples show {} here: only a string is a status
            source=item,
            model=self.models[1],
        )


def _adapter(
    client_id: str | None, client_secret: str | None, options: ClientOptions, token_url: str | None
) -> ETrustedAdapter:
    base_url = options.get("base_url")
    if token_url is None:
        # The sandbox (or any non-production base URL) serves its own token endpoint.
        token_url = PRODUCTION_TOKEN_URL if base_url is None else base_url.rstrip("/") + "/oauth/token"
    # The client secret travels to the token URL: the same rule as for the API's base URL.
    check_base_url(token_url, allow_insecure=options.get("allow_insecure", False))
    return ETrustedAdapter(
        credential(client_id, CLIENT_ID.env, what=CLIENT_ID.description),
        credential(client_secret, CLIENT_SECRET.env, what=CLIENT_SECRET.description),
        token_url,
    )


class _TokenCount:
    """What the sync and async eTrusted clients share beyond their base classes."""

    adapter: Adapter

    @property
    def token_requests(self) -> int:
        """How many access tokens this client has asked for."""
        auth = self.adapter.auth()
        assert isinstance(auth, ClientCredentialsAuth)
        return auth.token_requests


class ETrusted(_TokenCount, SyncClient):
    """eTrusted customer reviews client (OAuth2 client credentials; the token is cached and refreshed).

    Credentials default to ``$REVIEWBRIDGE_ETRUSTED_CLIENT_ID`` / ``$REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET``.
    ``token_url`` defaults to the production login host, or ``{base_url}/oauth/token`` for another base URL.
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        token_url: str | None = None,
        **options: Unpack[SyncOptions],
    ) -> None:
        super().__init__(_adapter(client_id, client_secret, options, token_url), **options)

    def reviews(self, **filters: Unpack[ETrustedFilters]) -> Iterator[Review]:
        """Every review of the channels named by ``channels`` (or ``channel_id``), in one walk, or of the
        whole account when none are named; newest submission first (or by ``order_by``)."""
        return self._reviews(dict(filters))

    def get_review(self, channel_id: str, review_id: str) -> CustomerReview:
        """One customer review of a channel (getCustomerReview)."""
        review: CustomerReview = self._call("get_customer_review", channel_id, review_id)
        return review

    def create_veto(self, channel_id: str, review_id: str, body: ReviewVetoRequest) -> ReviewVetoResponse:
        """Ask Trusted Shops to remove a review (createCustomerReviewVeto)."""
        veto: ReviewVetoResponse = self._call("create_customer_review_veto", channel_id, review_id, body=body)
        return veto


class AsyncETrusted(_TokenCount, AsyncClient):
    """The async twin of :class:`ETrusted`."""

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        token_url: str | None = None,
        **options: Unpack[AsyncOptions],
    ) -> None:
        super().__init__(_adapter(client_id, client_secret, options, token_url), **options)

    def reviews(self, **filters: Unpack[ETrustedFilters]) -> AsyncIterator[Review]:
        """The async twin of :meth:`ETrusted.reviews`."""
        return self._reviews(dict(filters))

    async def get_review(self, channel_id: str, review_id: str) -> CustomerReview:
        """One customer review of a channel (getCustomerReview)."""
        review: CustomerReview = await self._call("get_customer_review", channel_id, review_id)
        return review

    async def create_veto(self, channel_id: str, review_id: str, body: ReviewVetoRequest) -> ReviewVetoResponse:
        """Ask Trusted Shops to remove a review (createCustomerReviewVeto)."""
        veto: ReviewVetoResponse = await self._call("create_customer_review_veto", channel_id, review_id, body=body)
        return veto


def _channel_of(review: Review) -> str | None:
    """The channel a listed review belongs to (``channelRef``), or None when it names none usable."""
    channel = review.raw_json.get("channelRef")
    return channel if isinstance(channel, str) and channel and "," not in channel else None


PROVIDER = ProviderInfo(
    name=ETrustedAdapter.name,
    client=ETrusted,
    async_client=AsyncETrusted,
    credentials=(CLIENT_ID, CLIENT_SECRET),
    options=(
        ScopeOption(
            "channel_id",
            "channel id (repeatable: every channel in one walk)",
            kind="texts",
            required=True,
            unless="all_channels",
        ),
        ScopeOption("all_channels", "every channel of the account, in one walk", kind="flag"),
        ScopeOption("count", "reviews per page", kind="count", cli=False),
    ),
    # The API hides statements unless asked; an export wants everything. It has no "changed since"
    # filter: the walk lists the newest change first (of every channel at once) and stops below the mark.
    # Each review names its channel, so the state keeps a mark per channel: walks over different sets
    # of channels (or the account) continue each other without writing a review twice.
    export=ExportPolicy(
        defaults={"ignore_statements": False},
        order={"order_by": "updatedAt"},
        newest_first=True,
        partition="channel_id",
        partition_of=_channel_of,
    ),
    resume_keys=ETrustedAdapter.resume_args,
    operations="getReviews, getCustomerReview, createCustomerReviewVeto",
    auth="OAuth2 client credentials",
    pagination="cursor",
    client_options=("token_url",),
)
