"""eTrusted (Trusted Shops): OAuth2 client credentials; cursor pagination; replies, vetos, counts."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Unpack, overload

import etrusted_client
from etrusted_client.api.customer_reviews import create_customer_review_veto, get_customer_review
from etrusted_client.api.reviews import (
    create_veto,
    delete_review_reply,
    get_review,
    get_review_veto,
    get_reviews,
    get_reviews_count,
    save_review_reply,
)
from etrusted_client.api.reviews.get_reviews import GetReviewsListing
from etrusted_client.api.reviews.get_reviews_count import GetReviewsCountFilters as ETrustedCountFilters
from etrusted_client.models import (
    CustomerReview,
    CustomerReviewList,
    ReviewVetoRequest,
    ReviewVetoResponse,
)

from . import _kit as kit
from .etrusted_adapter import CLIENT_ID, CLIENT_SECRET, ETrustedAdapter, _adapter
from .etrusted_adapter import ETrustedFilters as ETrustedFilters
from .etrusted_adapter import ETrustedResume as ETrustedResume
from .etrusted_calls import _Count, _count_args, _deprecated, _reply_body, _review_id, _review_ref, _Veto

#: One page of an eTrusted listing, as ``ETrusted.review_pages()`` yields it.
ETrustedPage = kit.ReviewPage[CustomerReviewList, CustomerReview, "ETrustedResume"]


class ETrusted(
    kit.TokenRequests,
    kit.SyncClient["CustomerReviewList", "CustomerReview", etrusted_client.Client, ETrustedResume],
    kit.WithRaw["ETrustedRaw[ETrusted]"],
    GetReviewsListing[
        Iterator[kit.Review[CustomerReview]],
        Iterator[ETrustedPage],
        Iterator[CustomerReviewList],
        ETrustedResume,
    ],
):
    """eTrusted customer reviews client (OAuth2 client credentials; the token is cached and refreshed).

    Credentials default to ``$REVIEWBRIDGE_ETRUSTED_CLIENT_ID`` / ``$REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET``.
    ``token_url`` defaults to the production login host, or ``{base_url}/oauth/token`` for another base URL.

    ``reviews``, ``review_pages`` and ``pages`` list the reviews of the channels named by ``channels`` (or
    ``channel_id``), in one walk, or of the whole account when none are named; newest submission first (or
    by ``order_by``).
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        token_url: str | None = None,
        **options: Unpack[kit.SyncOptions],
    ) -> None:
        super().__init__(_adapter(client_id, client_secret, options, token_url), **options)

    @overload
    def get_review(self, review_id: str) -> CustomerReview: ...
    @overload
    def get_review(self, channel_id: str, review_id: str) -> CustomerReview: ...
    def get_review(self, *args: str, **kwargs: str) -> CustomerReview:
        """One review by its id, whatever its channel (getReview).

        The older form ``get_review(channel_id, review_id)`` still works: it calls eTrusted's deprecated
        getCustomerReview and warns (DeprecationWarning)."""
        channel_id, review_id = _review_ref(args, kwargs)
        if channel_id is not None:
            _deprecated("get_review(channel_id, review_id)", "get_review(review_id)")
            return self._call(get_customer_review, channel_id, review_id)
        return self._send(get_review, lambda: get_review.build_request(review_id))

    def count_reviews(self, **filters: Unpack[ETrustedCountFilters]) -> int:
        """How many reviews match (getReviewsCount): the listing's filters without paging or order; without
        ``channels``, every channel of the account. An int (eTrusted's ``totalElements``)."""
        args = _count_args(filters)
        return self._send(_Count, lambda: get_reviews_count.build_request(**args))

    def reply(self, review_id: str, text: str, *, notify: bool = False) -> None:
        """Save the shop's public reply to a review (saveReviewReply), replacing any earlier one;
        ``notify=True`` has eTrusted tell the reviewer. Saving the same reply again is harmless, so a
        timeout, a dropped connection or a 5xx is retried (up to ``max_retries``) like a read."""
        body, review_id = _reply_body(text, notify), _review_id(review_id)
        self._send(save_review_reply, lambda: save_review_reply.build_request(review_id, body=body))

    def delete_reply(self, review_id: str) -> None:
        """Delete the reply to a review (deleteReviewReply; idempotent, so retried like a read)."""
        review_id = _review_id(review_id)
        self._send(delete_review_reply, lambda: delete_review_reply.build_request(review_id))

    def veto(
        self, review_id: str, *, reason: str, comment: str, reporter_email: str | None = None
    ) -> ReviewVetoResponse:
        """Ask Trusted Shops to remove a review (createVeto); the veto with its ``ticket_id``.

        ``reason``: UNTRUTHFUL, ABUSIVE, VIOLATES_THE_TERMS_OF_USE, INAPPROPRIATE_IMAGE, or a value newer
        than this client. Each veto opens a ticket, so it is never resent blindly: after a timeout, a dropped
        connection, a 5xx or an unreadable answer the review's veto is read back. This veto there: success;
        no veto: sent again (up to ``max_retries`` times); anything else: UnconfirmedWriteError."""
        veto = _Veto(review_id, reason, comment, reporter_email)

        def send() -> ReviewVetoResponse:
            return self._send(create_veto, lambda: create_veto.build_request(veto.review_id, body=veto.body))

        def read_back(failure: kit.APIError) -> ReviewVetoResponse | None:
            try:
                found = self.get_veto(veto.review_id)
            except kit.NotFoundError:
                return None  # no veto on the review: this one was not stored
            except kit.APIError as exc:
                raise veto.unreadable(failure, exc) from exc
            return veto.settle(failure, found)

        return kit.send_confirmed(send, read_back, self._policy)

    def get_veto(self, review_id: str) -> ReviewVetoResponse:
        """The veto filed against a review (getReviewVeto); NotFoundError when it has none."""
        review_id = _review_id(review_id)
        return self._send(get_review_veto, lambda: get_review_veto.build_request(review_id))

    def create_veto(self, channel_id: str, review_id: str, body: ReviewVetoRequest) -> ReviewVetoResponse:
        """Deprecated: eTrusted's channel-scoped createCustomerReviewVeto, sent once. Use :meth:`veto`."""
        _deprecated("create_veto(channel_id, review_id, body)", "veto(review_id, reason=..., comment=...)")
        return self._call(create_customer_review_veto, channel_id, review_id, body=body)


class AsyncETrusted(
    kit.TokenRequests,
    kit.AsyncClient["CustomerReviewList", "CustomerReview", etrusted_client.Client, ETrustedResume],
    kit.WithRaw["ETrustedRaw[AsyncETrusted]"],
    GetReviewsListing[
        AsyncIterator[kit.Review[CustomerReview]],
        AsyncIterator[ETrustedPage],
        AsyncIterator[CustomerReviewList],
        ETrustedResume,
    ],
):
    """The async twin of :class:`ETrusted`."""

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        token_url: str | None = None,
        **options: Unpack[kit.AsyncOptions],
    ) -> None:
        super().__init__(_adapter(client_id, client_secret, options, token_url), **options)

    @overload
    async def get_review(self, review_id: str) -> CustomerReview: ...
    @overload
    async def get_review(self, channel_id: str, review_id: str) -> CustomerReview: ...
    async def get_review(self, *args: str, **kwargs: str) -> CustomerReview:
        """The async twin of :meth:`ETrusted.get_review`."""
        channel_id, review_id = _review_ref(args, kwargs)
        if channel_id is not None:
            _deprecated("get_review(channel_id, review_id)", "get_review(review_id)")
            return await self._call(get_customer_review, channel_id, review_id)
        return await self._send(get_review, lambda: get_review.build_request(review_id))

    async def count_reviews(self, **filters: Unpack[ETrustedCountFilters]) -> int:
        """The async twin of :meth:`ETrusted.count_reviews`."""
        args = _count_args(filters)
        return await self._send(_Count, lambda: get_reviews_count.build_request(**args))

    async def reply(self, review_id: str, text: str, *, notify: bool = False) -> None:
        """The async twin of :meth:`ETrusted.reply`."""
        body, review_id = _reply_body(text, notify), _review_id(review_id)
        await self._send(save_review_reply, lambda: save_review_reply.build_request(review_id, body=body))

    async def delete_reply(self, review_id: str) -> None:
        """The async twin of :meth:`ETrusted.delete_reply`."""
        review_id = _review_id(review_id)
        await self._send(delete_review_reply, lambda: delete_review_reply.build_request(review_id))

    async def veto(
        self, review_id: str, *, reason: str, comment: str, reporter_email: str | None = None
    ) -> ReviewVetoResponse:
        """The async twin of :meth:`ETrusted.veto`."""
        veto = _Veto(review_id, reason, comment, reporter_email)

        async def send() -> ReviewVetoResponse:
            return await self._send(create_veto, lambda: create_veto.build_request(veto.review_id, body=veto.body))

        async def read_back(failure: kit.APIError) -> ReviewVetoResponse | None:
            try:
                found = await self.get_veto(veto.review_id)
            except kit.NotFoundError:
                return None  # no veto on the review: this one was not stored
            except kit.APIError as exc:
                raise veto.unreadable(failure, exc) from exc
            return veto.settle(failure, found)

        return await kit.asend_confirmed(send, read_back, self._policy)

    async def get_veto(self, review_id: str) -> ReviewVetoResponse:
        """The async twin of :meth:`ETrusted.get_veto`."""
        review_id = _review_id(review_id)
        return await self._send(get_review_veto, lambda: get_review_veto.build_request(review_id))

    async def create_veto(self, channel_id: str, review_id: str, body: ReviewVetoRequest) -> ReviewVetoResponse:
        """The async twin of :meth:`ETrusted.create_veto` (deprecated; use :meth:`veto`)."""
        _deprecated("create_veto(channel_id, review_id, body)", "veto(review_id, reason=..., comment=...)")
        return await self._call(create_customer_review_veto, channel_id, review_id, body=body)


def _channel_of(review: kit.Review) -> str | None:
    """The channel a listed review belongs to (``channelRef``), or None when it names none usable."""
    channel = review.raw_json.get("channelRef")
    return channel if isinstance(channel, str) and channel and "," not in channel else None


def _send_reply(client: kit.SyncClient, review_id: str, text: str, options: Mapping[str, object]) -> str:
    """``reviewbridge reply etrusted``: save the reply (``--notify``: eTrusted tells the reviewer)."""
    if not isinstance(client, ETrusted):
        raise TypeError(f"an ETrusted client is needed to reply, not {type(client).__name__}")
    notify = options.get("notify") is True
    client.reply(review_id, text, notify=notify)
    return f"reply to review {review_id} saved ({'the reviewer is notified' if notify else 'no notification'})"


def _check_total(client: kit.SyncClient, filters: Mapping[str, object], page: kit.AnyPage) -> str | None:
    """``reviewbridge check``: getReviewsCount over the scope's channels (every channel of the account when
    it names none), counting statements too, as an export lists them."""
    return f"{_count_scope(client, filters)} reviews (getReviewsCount)"


def _count_scope(client: kit.SyncClient, filters: Mapping[str, object]) -> int:
    if not isinstance(client, ETrusted):
        raise TypeError(f"an ETrusted client is needed to count, not {type(client).__name__}")
    channel_id = filters.get("channel_id")
    named = [channel_id] if isinstance(channel_id, str) else channel_id
    if isinstance(named, list | tuple) and named:
        return client.count_reviews(channels=[str(c) for c in named], ignore_statements=False)
    return client.count_reviews(ignore_statements=False)


def _walk_size(
    client: kit.SyncClient, filters: Mapping[str, object], page: kit.AnyPage, whole: bool
) -> kit.WalkSize | None:
    """Progress: getReviewsCount, for a whole walk of the scope's channels that no other filter narrows
    (the count takes no change time, and a walk from a mark stops early)."""
    from etrusted_client.api.reviews.get_reviews_count import GetReviewsCountFilters

    narrowing = set(GetReviewsCountFilters.__annotations__) - {"channels", "ignore_statements"}
    if not whole or narrowing & set(filters):
        return None
    return kit.WalkSize(_count_scope(client, filters), "reviews")


class ETrustedRaw(kit.RawCalls[kit.ClientT_co]):
    """``with_raw_response`` of :class:`ETrusted` and :class:`AsyncETrusted` (see :class:`RawCalls`)."""

    get_review = kit.raw_call(ETrusted.get_review)
    count_reviews = kit.raw_call(ETrusted.count_reviews)
    reply = kit.raw_call(ETrusted.reply)
    delete_reply = kit.raw_call(ETrusted.delete_reply)
    veto = kit.raw_call(ETrusted.veto)
    get_veto = kit.raw_call(ETrusted.get_veto)
    review_pages = kit.raw_pages(ETrusted.review_pages)


PROVIDER = kit.ProviderInfo(
    adapter=ETrustedAdapter,
    client=ETrusted,
    async_client=AsyncETrusted,
    credentials=(CLIENT_ID, CLIENT_SECRET),
    scope=(
        kit.ScopeOption(
            "channel_id",
            "channel id (several: every channel in one walk)",
            repeated=True,
            required=True,
            unless="all_channels",
        ),
        kit.ScopeOption("all_channels", "every channel of the account, in one walk", kind="flag"),
    ),
    not_offered={"channels": "name channels with --channel-id (channel_id in a config file)"},
    example="--channel-id chl-xxxxxxxx-yyyy-xxxx-yyyy-xxxxxxxxxxxx --rating 1 --rating 2 --has-reply",
    # The API hides statements unless asked; an export wants everything. It has no "changed since"
    # filter: the walk lists the newest change first (of every channel at once) and stops below the mark.
    # Each review names its channel, so the state keeps a mark per channel: walks over different sets
    # of channels (or the account) continue each other without writing a review twice.
    export=kit.ExportPolicy(
        defaults={"ignore_statements": False},
        order={"order_by": "updatedAt"},
        newest_first=True,
        partition="channel_id",
        partition_of=_channel_of,
    ),
    operations=kit.operation_list(
        get_reviews, get_review, get_reviews_count, save_review_reply, delete_review_reply, create_veto, get_review_veto
    )
    + f" (deprecated, still callable: {kit.operation_list(get_customer_review, create_customer_review_veto)})",
    auth="OAuth2 client credentials",
    client_options=("token_url",),
    reply=kit.ReplySupport(
        f"{save_review_reply.OPERATION_ID}: one reply per review, saving again replaces it, so a timeout or 5xx "
        "is retried",
        send=_send_reply,
        options=(kit.ScopeOption("notify", "have eTrusted notify the reviewer of the reply", kind="flag"),),
    ),
    total=_check_total,
    walk_size=_walk_size,
)

#: What ``reviewbridge`` exports from this module (its line in ``reviewbridge/__init__.py`` says the same).
EXPORTS = ("ETrusted", "AsyncETrusted", "ETrustedResume")
