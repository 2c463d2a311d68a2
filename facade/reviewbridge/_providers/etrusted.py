"""eTrusted (Trusted Shops): OAuth2 client credentials; cursor pagination; replies, vetos, counts."""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, ClassVar, Literal, TypedDict, Unpack, cast, overload

import etrusted_client
import etrusted_client.api
import etrusted_client.client
import httpx
from etrusted_client.api import PRODUCTION_URL, operation_id
from etrusted_client.api.customer_reviews import create_customer_review_veto, get_customer_review, request_access_token
from etrusted_client.api.reviews import (
    create_veto,
    delete_review_reply,
    get_review,
    get_review_veto,
    get_reviews,
    get_reviews_count,
    save_review_reply,
)
from etrusted_client.api.reviews.get_reviews import GetReviewsFilterName, GetReviewsFilters
from etrusted_client.api.reviews.get_reviews_count import GetReviewsCountFilters as ETrustedCountFilters
from etrusted_client.api.reviews.get_reviews_count import GetReviewsCountParams
from etrusted_client.models import (
    AccessTokenRequestAudience,
    CustomerReview,
    CustomerReviewJSON,
    CustomerReviewList,
    ReviewReplyRequest,
    ReviewsCount,
    ReviewVetoRequest,
    ReviewVetoResponse,
)

from . import _kit as kit

#: One page of an eTrusted listing, as ``ETrusted.review_pages()`` yields it.
ETrustedPage = kit.ReviewPage[CustomerReviewList, CustomerReview, "ETrustedResume"]


CLIENT_ID = kit.Credential("client_id", "REVIEWBRIDGE_ETRUSTED_CLIENT_ID", "eTrusted client id")
CLIENT_SECRET = kit.Credential("client_secret", "REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET", "eTrusted client secret")
#: the ``audience`` of eTrusted's token request: the one value its spec allows
AUDIENCE = AccessTokenRequestAudience.HTTPSAPI_ETRUSTED_COM.value
#: POSTs that are safe to repeat: asking for another token, saving a review's one reply again (it replaces
#: itself); a veto (a ticket each time) is not repeated
_RETRYABLE_POSTS = frozenset({request_access_token.OPERATION_ID, save_review_reply.OPERATION_ID})


def _error(body: Any) -> tuple[str | None, str | None]:
    # API errors come without a body; the token endpoint answers with RFC 6749 {error, error_description}.
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        return body["error"], body.get("error_description")
    return None, None


class ChannelOptions(TypedDict, total=False):
    """What eTrusted's listing takes besides the ``getReviews`` parameters.

    ``channels`` (of ``getReviews``) names the channels to list, in one walk; ``channel_id`` (one id, or
    several) is the same, kept for existing callers; neither, or ``all_channels=True``: every channel of
    the account.
    """

    channel_id: str | list[str]
    all_channels: bool


class ETrustedFilters(GetReviewsFilters, ChannelOptions, total=False):
    """Scope and filters of ``getReviews`` (generated from the spec), with the facade's ways of
    naming channels (see :class:`ChannelOptions`)."""


class ETrustedResume(TypedDict, total=False):
    """Where an eTrusted listing resumes (``ReviewPage.resume``): the cursor after the last page."""

    after: str


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


class ETrustedAdapter(kit.Adapter["CustomerReviewList", "CustomerReview", "etrusted_client.Client"]):
    name = "etrusted"
    production_url = PRODUCTION_URL
    resume_args: ClassVar[tuple[str, ...]] = kit.paged_arguments(get_reviews.PAGINATION)
    #: a scope is a set of channels (``channel_id``: their sorted ids) or the whole account (``all_channels``);
    #: one channel's scope is what it was when channels were listed one at a time
    scope_keys: ClassVar[tuple[GetReviewsFilterName | Literal["channel_id", "all_channels"], ...]] = (
        "channel_id",
        "all_channels",
    )
    http = kit.provider_http("etrusted", etrusted_client.api, etrusted_client.client, _error)
    package = kit.Generated(get_reviews, ETrustedFilters, CustomerReviewList, CustomerReview, etrusted_client.Client)

    def __init__(self, client_id: kit.Secret, client_secret: kit.Secret, token_url: str) -> None:
        self._auth = kit.ClientCredentialsAuth(
            token_url, client_id, client_secret, audience=AUDIENCE, provider=self.name
        )

    def auth(self) -> kit.ClientCredentialsAuth:
        return self._auth

    def retryable_post(self, request: httpx.Request) -> bool:
        return operation_id("POST", request.url.path) in _RETRYABLE_POSTS

    def check_filters(self, filters: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        _, args = super().check_filters(filters)
        # One scope per set of channels, however they were named.
        channels = args.get("channels")
        scope = {"channel_id": tuple(channels), "all_channels": None} if channels else {"all_channels": True}
        return scope, args

    def list_args(self, filters: dict[str, Any]) -> dict[str, Any]:
        args = dict(filters)
        channels = _channels(args)  # the SDK's channel options, as getReviews' channels
        if channels is not None:
            args["channels"] = list(channels)
        return super().list_args(args)

    def to_review(self, item: dict[str, Any], scope: dict[str, Any]) -> kit.Review[CustomerReview]:
        # Read through the generated JSON types, so a member renamed in the spec fails mypy here; as
        # ``obj[k] if k in obj`` because mypy checks the key of a subscript, not of ``get`` (a view's
        # property cost a Python call per member read). The _json helpers' checks are inlined: a call
        # per member was a fifth of mapping a record.
        review = cast("CustomerReviewJSON", item)
        review_id = review["id"] if "id" in review else None
        rating = review["rating"] if "rating" in review else None
        title = review["title"] if "title" in review else None
        comment = review["comment"] if "comment" in review else None
        submitted_at = review["submittedAt"] if "submittedAt" in review else None
        updated_at = review["updatedAt"] if "updatedAt" in review else None
        state = review["state"] if "state" in review else None  # the docs' examples show {}: not a status
        author = None
        customer = review["customer"] if "customer" in review else None
        if isinstance(customer, dict):
            full_name = customer["fullName"] if "fullName" in customer else None
            first_name = customer["firstName"] if "firstName" in customer else None
            author = (
                full_name
                if full_name and isinstance(full_name, str)
                else first_name
                if first_name and isinstance(first_name, str)
                else None
            )
        reply = review["reply"] if "reply" in review else None
        reply_text = reply["comment"] if isinstance(reply, dict) and "comment" in reply else None
        product = review["product"] if "product" in review else None
        product_name = product["name"] if isinstance(product, dict) and "name" in product else None
        transaction = review["transaction"] if "transaction" in review else None
        reference = transaction["reference"] if isinstance(transaction, dict) and "reference" in transaction else None
        return kit.new_review(
            "etrusted",
            review_id if review_id and isinstance(review_id, str) else kit.identifier(review_id),
            float(rating) if isinstance(rating, (int, float)) and not isinstance(rating, bool) else None,
            5,  # rating_max: stars
            title if title and isinstance(title, str) else None,
            comment if comment and isinstance(comment, str) else None,  # text
            (),  # pros
            (),  # cons
            author,
            kit.parse_iso(submitted_at) if submitted_at and isinstance(submitted_at, str) else None,  # created_at
            kit.parse_iso(updated_at) if updated_at and isinstance(updated_at, str) else None,
            reply_text if reply_text and isinstance(reply_text, str) else None,  # reply
            product_name if product_name and isinstance(product_name, str) else None,  # product
            reference if reference and isinstance(reference, str) else None,  # order_ref
            state if state and isinstance(state, str) else None,  # status
            item,
            self.models[1],
        )


def _adapter(
    client_id: str | None, client_secret: str | None, options: kit.ClientOptions, token_url: str | None
) -> ETrustedAdapter:
    base_url = options.get("base_url")
    if token_url is None:
        token = request_access_token
        # In production the token operation lives on its own server (the spec's path-level one);
        # the sandbox, or any other base URL, serves its own token endpoint.
        token_url = token.SERVER + token.PATH if base_url is None else base_url.rstrip("/") + token.PATH
    # The client secret travels to the token URL: the same rule as for the API's base URL.
    kit.check_base_url(token_url, allow_insecure=options.get("allow_insecure", False))
    return ETrustedAdapter(
        kit.credential(client_id, CLIENT_ID.env, what=CLIENT_ID.description),
        kit.credential(client_secret, CLIENT_SECRET.env, what=CLIENT_SECRET.description),
        token_url,
    )


# ---------- single reviews and writes: the /reviews family ----------


def _review_id(review_id: object) -> str:
    if not isinstance(review_id, str) or not review_id.strip():
        raise kit.UsageError(f"etrusted: review_id must be a non-empty string, not {review_id!r}")
    return review_id


def _count_args(filters: Mapping[str, object]) -> GetReviewsCountParams:
    """Count filters as getReviewsCount's arguments; a UsageError (before any request) for a wrong one."""
    from etrusted_client.api.reviews.get_reviews_count import GetReviewsCountFilters, filter_arguments

    args = kit.checked_filters("etrusted count_reviews", GetReviewsCountFilters, filters)
    if args.get("channels") == []:
        raise kit.UsageError("etrusted count_reviews: channels is empty (leave it out to count the whole account)")
    try:  # open enumerations: values newer than this client are sent as given
        return filter_arguments(cast("GetReviewsCountFilters", args))
    except ValueError as exc:
        raise kit.UsageError(f"etrusted count_reviews: invalid filter value: {exc}") from None


def _total(counted: ReviewsCount) -> int:
    total = counted.total_elements
    # The type is integer; eTrusted's own example writes it as a string of digits.
    if isinstance(total, str) and total.isascii() and total.isdigit():
        return int(total)
    if isinstance(total, int) and not isinstance(total, bool) and total >= 0:
        return total
    raise ValueError(f"totalElements is not a count ({total!r})")


class _Count:
    """getReviewsCount read as an int: a total that is not a count is a bad answer (ResponseParseError)."""

    OPERATION_ID = get_reviews_count.OPERATION_ID

    @staticmethod
    def parse_success(response: httpx.Response) -> int:
        return _total(get_reviews_count.parse_success(response))


def _reply_body(text: object, notify: object) -> ReviewReplyRequest:
    from etrusted_client.models import ReviewReplyRequest

    if not isinstance(text, str) or not text.strip():
        raise kit.UsageError("etrusted reply: the reply text must be a non-empty string")
    if not isinstance(notify, bool):
        raise kit.UsageError(f"etrusted reply: notify must be true or false, not {notify!r}")
    return ReviewReplyRequest(comment=text, send_notification=notify)


class _Veto:
    """One veto being filed: its request and how a read-back settles it (shared by the sync and async clients)."""

    def __init__(self, review_id: str, reason: object, comment: object, reporter_email: object) -> None:
        from etrusted_client.models import ReviewVetoRequest, VetoReason
        from etrusted_client.types import UNSET

        if not isinstance(comment, str) or not comment.strip():
            raise kit.UsageError("etrusted veto: comment must be a non-empty string (why the review should go)")
        if not isinstance(reason, str) or not reason:
            known = ", ".join(VetoReason)  # the reasons the spec lists; a newer one is sent as given
            raise kit.UsageError(f"etrusted veto: reason must be a non-empty string ({known}, ...), not {reason!r}")
        if reporter_email is not None and not isinstance(reporter_email, str):
            raise kit.UsageError(f"etrusted veto: reporter_email must be a string, not {reporter_email!r}")
        self.review_id = _review_id(review_id)
        # Open enumeration: a reason newer than this client is sent as given.
        self.body = ReviewVetoRequest(
            comment=comment, reason=VetoReason(reason), veto_reporter_email=reporter_email or UNSET
        )
        self.what = f"etrusted {create_veto.OPERATION_ID} for review {review_id}"
        self.check = f"Look at the review's veto (get_veto({review_id!r})) and your eTrusted tickets"

    def settle(self, failure: kit.APIError, found: ReviewVetoResponse) -> ReviewVetoResponse:
        """The veto read back after ``failure``: this one (stored), or UnconfirmedWriteError."""
        if str(found.reason) == str(self.body.reason) and found.comment == self.body.comment:
            return found
        raise kit.unconfirmed(
            self.what, failure, "the review carries a veto with another reason or comment", self.check
        )

    def unreadable(self, failure: kit.APIError, error: kit.APIError) -> kit.UnconfirmedWriteError:
        return kit.unconfirmed(self.what, failure, f"reading the veto back failed too ({error.message})", self.check)


def _deprecated(old: str, new: str) -> None:
    warnings.warn(
        f"ETrusted.{old} uses eTrusted's deprecated channel-scoped operation; use {new}",
        DeprecationWarning,
        stacklevel=3,
    )


def _review_ref(args: tuple[str, ...], kwargs: Mapping[str, str]) -> tuple[str | None, str]:
    """(channel id or None, review id) from ``get_review(review_id)`` or the older
    ``get_review(channel_id, review_id)``, positionally or by name."""
    named = dict(kwargs)
    unknown = sorted(set(named) - {"channel_id", "review_id"})
    if unknown or len(args) + len(named) not in (1, 2):
        raise kit.UsageError("etrusted get_review takes review_id (or, deprecated, channel_id and review_id)")
    ids = dict(zip(("review_id",) if len(args) + len(named) == 1 else ("channel_id", "review_id"), args, strict=False))
    if set(ids) & set(named):
        raise kit.UsageError("etrusted get_review: an id given twice")
    ids.update(named)
    if "review_id" not in ids:
        raise kit.UsageError("etrusted get_review: review_id is missing")
    return ids.get("channel_id"), _review_id(ids["review_id"])


class _TokenCount:
    """What the sync and async eTrusted clients share beyond their base classes."""

    _adapter: kit.Adapter[CustomerReviewList, CustomerReview, etrusted_client.Client]

    @property
    def token_requests(self) -> int:
        """How many access tokens this client has asked for."""
        auth = self._adapter.auth()
        assert isinstance(auth, kit.ClientCredentialsAuth)
        return auth.token_requests


class _ETrustedCalls(kit.Listing[kit.ReviewsT, kit.ReviewPagesT, kit.ModelPagesT, kit.RawT]):
    """The listing calls of :class:`ETrusted` and :class:`AsyncETrusted`, written once."""

    def reviews(self, **filters: Unpack[ETrustedFilters]) -> kit.ReviewsT:
        """Every review of the channels named by ``channels`` (or ``channel_id``), in one walk, or of the
        whole account when none are named; newest submission first (or by ``order_by``)."""
        return self._reviews(filters)

    def review_pages(
        self,
        *,
        resume: ETrustedResume | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        **filters: Unpack[ETrustedFilters],
    ) -> kit.ReviewPagesT:
        """Every page with its reviews and a resume point; ``resume=`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports)."""
        return self._review_pages(resume, concurrency, follow_changes, filters)

    def pages(self, *, concurrency: int = 1, **filters: Unpack[ETrustedFilters]) -> kit.ModelPagesT:
        """Every page as the generated list response model."""
        return self._pages(concurrency, filters)


class ETrusted(
    _TokenCount,
    kit.SyncClient["CustomerReviewList", "CustomerReview", "etrusted_client.Client", ETrustedResume],
    _ETrustedCalls[
        Iterator[kit.Review[CustomerReview]], Iterator[ETrustedPage], Iterator[CustomerReviewList], "ETrustedRaw"
    ],
):
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
        **options: Unpack[kit.SyncOptions],
    ) -> None:
        super().__init__(_adapter(client_id, client_secret, options, token_url), **options)

    def _raw(self) -> ETrustedRaw:
        return ETrustedRaw(self)

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
    _TokenCount,
    kit.AsyncClient["CustomerReviewList", "CustomerReview", "etrusted_client.Client", ETrustedResume],
    _ETrustedCalls[
        AsyncIterator[kit.Review[CustomerReview]],
        AsyncIterator[ETrustedPage],
        AsyncIterator[CustomerReviewList],
        "AsyncETrustedRaw",
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

    def _raw(self) -> AsyncETrustedRaw:
        return AsyncETrustedRaw(self)

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


class ETrustedRaw(kit.RawCalls[ETrusted]):
    """``ETrusted.with_raw_response``: its calls, each returning the RawResponse of its value; a RawResponse
    per page from ``review_pages``."""

    get_review = kit.raw_call(ETrusted.get_review)
    count_reviews = kit.raw_call(ETrusted.count_reviews)
    reply = kit.raw_call(ETrusted.reply)
    delete_reply = kit.raw_call(ETrusted.delete_reply)
    veto = kit.raw_call(ETrusted.veto)
    get_veto = kit.raw_call(ETrusted.get_veto)
    review_pages = kit.raw_pages(ETrusted.review_pages)


class AsyncETrustedRaw(kit.RawCalls[AsyncETrusted]):
    """``AsyncETrusted.with_raw_response``: the async twin of :class:`ETrustedRaw`."""

    get_review = kit.araw_call(AsyncETrusted.get_review)
    count_reviews = kit.araw_call(AsyncETrusted.count_reviews)
    reply = kit.araw_call(AsyncETrusted.reply)
    delete_reply = kit.araw_call(AsyncETrusted.delete_reply)
    veto = kit.araw_call(AsyncETrusted.veto)
    get_veto = kit.araw_call(AsyncETrusted.get_veto)
    review_pages = kit.araw_pages(AsyncETrusted.review_pages)


PROVIDER = kit.ProviderInfo(
    name=ETrustedAdapter.name,
    client=ETrusted,
    async_client=AsyncETrusted,
    credentials=(CLIENT_ID, CLIENT_SECRET),
    listing=get_reviews,
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
    resume_keys=ETrustedAdapter.resume_args,
    operations=kit.operation_list(
        get_reviews, get_review, get_reviews_count, save_review_reply, delete_review_reply, create_veto, get_review_veto
    )
    + f" (deprecated, still callable: {kit.operation_list(get_customer_review, create_customer_review_veto)})",
    auth="OAuth2 client credentials",
    pagination=kit.describe(get_reviews.PAGINATION),
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
