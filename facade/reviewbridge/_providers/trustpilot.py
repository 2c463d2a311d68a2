"""Trustpilot: business-user tokens (HTTP Basic key and secret); numbered pages ending short; replies."""

from __future__ import annotations

import os
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator, Mapping
from typing import Any, ClassVar, TypedDict, Unpack, cast

import httpx
import trustpilot_client
import trustpilot_client.api
import trustpilot_client.client
from trustpilot_client.api import PRODUCTION_URL, operation_id
from trustpilot_client.api.auth import get_access_token
from trustpilot_client.api.business_units import find_business_unit
from trustpilot_client.api.reviews import (
    delete_review_reply,
    get_private_review,
    list_private_reviews,
    reply_to_review,
)
from trustpilot_client.api.reviews.list_private_reviews import ListPrivateReviewsFilterName
from trustpilot_client.api.reviews.list_private_reviews import ListPrivateReviewsFilters as TrustpilotFilters
from trustpilot_client.models import BusinessUnit, PrivateReview, PrivateReviewJSON, PrivateReviewList, ReplyRequest

from . import _kit as kit

#: One page of a Trustpilot listing, as ``Trustpilot.review_pages()`` yields it.
TrustpilotPage = kit.ReviewPage[PrivateReviewList, PrivateReview, "TrustpilotResume"]

API_KEY = kit.Credential("api_key", "REVIEWBRIDGE_TRUSTPILOT_API_KEY", "Trustpilot API key")
API_SECRET = kit.Credential("api_secret", "REVIEWBRIDGE_TRUSTPILOT_API_SECRET", "Trustpilot API secret")
#: Trustpilot's recommended limits: (calls, seconds), for every client of the process together
RATE_LIMITS = ((833, 300.0), (10_000, 3600.0))
#: the operations that take the API key alone (no access token)
PUBLIC_OPERATIONS = frozenset({find_business_unit.OPERATION_ID})


def _error(body: Any) -> tuple[str | None, str | None]:
    # {"message", "errorCode", "details", "correlationId"} (the body a user reported; ND in the docs).
    if not isinstance(body, dict):
        return None, None
    code = body.get("errorCode")
    message = body.get("message")
    return (
        str(code) if isinstance(code, int) and not isinstance(code, bool) else None,
        message if isinstance(message, str) and message else None,
    )


class TrustpilotResume(TypedDict, total=False):
    """Where a Trustpilot listing resumes (``ReviewPage.resume``): the next page number."""

    page: int


class TrustpilotAuth(httpx.Auth):
    """The API key on every request (as Trustpilot's own Python client sends it); a business-user access
    token as well, except on the public operations. One token for the client's life while it lasts:
    Trustpilot answers 429 to clients that ask for tokens too often."""

    requires_response_body = False

    def __init__(self, api_key: kit.Secret, tokens: kit.ClientCredentialsAuth) -> None:
        self._api_key = api_key
        self.tokens = tokens

    def _keyed(self, request: httpx.Request) -> httpx.Auth | None:
        request.headers["apikey"] = self._api_key.reveal()
        return None if operation_id(request.method, request.url.path) in PUBLIC_OPERATIONS else self.tokens

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        tokens = self._keyed(request)
        if tokens is None:
            yield request
        else:
            yield from tokens.sync_auth_flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        tokens = self._keyed(request)
        if tokens is None:
            yield request
            return
        flow = tokens.async_auth_flow(request)  # an async generator cannot ``yield from``: driven by hand
        sent = await flow.__anext__()
        while True:
            response = yield sent
            try:
                sent = await flow.asend(response)
            except StopAsyncIteration:
                return

    def __repr__(self) -> str:
        return f"TrustpilotAuth(tokens={self.tokens!r})"


class TrustpilotAdapter(kit.Adapter["PrivateReviewList", "PrivateReview", "trustpilot_client.Client"]):
    name = "trustpilot"
    production_url = PRODUCTION_URL
    resume_args: ClassVar[tuple[str, ...]] = kit.paged_arguments(list_private_reviews.PAGINATION)
    scope_keys: ClassVar[tuple[ListPrivateReviewsFilterName, ...]] = ("business_unit_id",)
    http = kit.provider_http("trustpilot", trustpilot_client.api, trustpilot_client.client, _error)
    package = kit.Generated(
        list_private_reviews, TrustpilotFilters, PrivateReviewList, PrivateReview, trustpilot_client.Client
    )

    def __init__(
        self, api_key: kit.Secret, api_secret: kit.Secret, token_url: str, cache: kit.TokenCache | None
    ) -> None:
        tokens = kit.ClientCredentialsAuth(
            token_url,
            api_key,
            api_secret,
            provider=self.name,
            credentials_in="basic",
            operation=get_access_token.OPERATION_ID,
            cache=cache,
        )
        self._auth = TrustpilotAuth(api_key, tokens)

    def auth(self) -> TrustpilotAuth:
        return self._auth

    def rate_limit(self) -> kit.RateLimit:
        # RL: "don't exceed 833 calls per 5 minutes or 10K calls per hour"; failed calls count too.
        return kit.shared(self.name, *RATE_LIMITS)

    def retryable_post(self, request: httpx.Request) -> bool:
        # Asking for another token is harmless (a 429 is waited out); a reply messages the consumer.
        return operation_id("POST", request.url.path) == get_access_token.OPERATION_ID

    def to_review(self, item: dict[str, Any], scope: dict[str, Any]) -> kit.Review[PrivateReview]:
        # Read through the generated PrivateReviewJSON, so a member renamed in the spec fails mypy here
        # (as ``r[k] if k in r``: mypy checks the key of a subscript, not of ``get``).
        review = cast("PrivateReviewJSON", item)
        review_id = review["id"] if "id" in review else None
        stars = review["stars"] if "stars" in review else None
        title = review["title"] if "title" in review else None
        body = review["text"] if "text" in review else None
        created = review["createdAt"] if "createdAt" in review else None
        updated = review["updatedAt"] if "updatedAt" in review else None
        reference = review["referenceId"] if "referenceId" in review else None
        status = review["status"] if "status" in review else None
        consumer = review["consumer"] if "consumer" in review else None
        author = consumer["displayName"] if isinstance(consumer, dict) and "displayName" in consumer else None
        reply = review["companyReply"] if "companyReply" in review else None
        reply_text = reply["text"] if isinstance(reply, dict) and "text" in reply else None
        # Zone-less stamps (the docs' examples) are UTC: parse_iso reads them so.
        created_at = kit.parse_iso(created) if created and isinstance(created, str) else None
        # A review never edited (updatedAt null) last changed when it was written.
        updated_at = kit.parse_iso(updated) if updated and isinstance(updated, str) else created_at
        return kit.new_review(
            "trustpilot",
            review_id if review_id and isinstance(review_id, str) else kit.identifier(review_id),
            float(stars) if isinstance(stars, int | float) and not isinstance(stars, bool) else None,
            5,  # rating_max: stars
            title if title and isinstance(title, str) else None,
            body if body and isinstance(body, str) else None,  # text
            (),  # pros
            (),  # cons
            author if author and isinstance(author, str) else None,
            created_at,
            updated_at,
            reply_text if reply_text and isinstance(reply_text, str) else None,  # reply
            None,  # product: service reviews are about the business
            reference if reference and isinstance(reference, str) else None,  # order_ref
            status if status and isinstance(status, str) else None,
            item,
            self.models[1],
        )


def _token_requests(adapter: object) -> int:
    assert isinstance(adapter, TrustpilotAdapter)
    return adapter.auth().tokens.token_requests


def _adapter(
    api_key: str | None, api_secret: str | None, options: kit.ClientOptions, token_cache: str | os.PathLike[str] | None
) -> TrustpilotAdapter:
    # The token operation is served by the API's own server (the spec names none of its own).
    base_url = options.get("base_url") or TrustpilotAdapter.production_url
    key = kit.credential(api_key, API_KEY.env, what=API_KEY.description)
    secret = kit.credential(api_secret, API_SECRET.env, what=API_SECRET.description)
    token_url = (get_access_token.SERVER or base_url.rstrip("/")) + get_access_token.PATH
    return TrustpilotAdapter(key, secret, token_url, kit.TokenCache.configured(token_cache, token_url, key, secret))


# ---------- single reviews, business units and replies ----------


def _review_id(what: str, review_id: object) -> str:
    if not isinstance(review_id, str) or not review_id.strip():
        raise kit.UsageError(f"trustpilot {what}: review_id must be a non-empty string, not {review_id!r}")
    return review_id


def _domain(domain: object) -> str:
    if not isinstance(domain, str) or not domain.strip():
        raise kit.UsageError(f"trustpilot find_business_unit: domain must be a non-empty string, not {domain!r}")
    return domain.strip()


class _Reply:
    """One company reply being posted: its request and how a read-back settles it (shared by the sync and
    async clients).

    Trustpilot messages the consumer with each reply, so it is never resent blindly: after an ambiguous
    failure the review is read back. Its reply is this text: stored. No reply: not stored, sent again.
    Another reply (an earlier one, or a colleague's): nobody can tell, so UnconfirmedWriteError."""

    def __init__(self, review_id: object, text: object, author_business_user_id: object) -> None:
        from trustpilot_client.models import ReplyRequest
        from trustpilot_client.types import UNSET

        self.review_id = _review_id("reply", review_id)
        if not isinstance(text, str) or not text.strip():
            raise kit.UsageError("trustpilot reply: the reply text must be a non-empty string")
        if author_business_user_id is not None and (
            not isinstance(author_business_user_id, str) or not author_business_user_id.strip()
        ):
            raise kit.UsageError(
                f"trustpilot reply: author_business_user_id must be a non-empty string, not {author_business_user_id!r}"
            )
        self.text = text
        self.body: ReplyRequest = ReplyRequest(message=text, author_business_user_id=author_business_user_id or UNSET)
        self.what = f"trustpilot replyToReview for review {self.review_id}"
        self.check = f"Look at the review's reply (get_review({self.review_id!r}).company_reply)"

    def settle(self, failure: kit.APIError, found: PrivateReview) -> bool | None:
        """True when the review read back carries this reply, None when it has none (send again), else
        UnconfirmedWriteError."""
        from trustpilot_client.models import CompanyReply

        reply = found.company_reply
        stored = reply.text if isinstance(reply, CompanyReply) and isinstance(reply.text, str) else None
        if not stored:
            return None
        if stored.strip() == self.text.strip():
            return True
        raise kit.unconfirmed(self.what, failure, "the review carries a different reply", self.check)

    def unreadable(self, failure: kit.APIError, error: kit.APIError) -> kit.UnconfirmedWriteError:
        return kit.unconfirmed(self.what, failure, f"reading the review back failed too ({error.message})", self.check)


class _TrustpilotCalls(kit.Listing[kit.ReviewsT, kit.ReviewPagesT, kit.ModelPagesT, kit.RawT]):
    """The listing calls of :class:`Trustpilot` and :class:`AsyncTrustpilot`, written once."""

    def reviews(self, **filters: Unpack[TrustpilotFilters]) -> kit.ReviewsT:
        """Every review of the business unit ``business_unit_id``, newest first (or by ``order_by``)."""
        return self._reviews(filters)

    def review_pages(
        self,
        *,
        resume: TrustpilotResume | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        **filters: Unpack[TrustpilotFilters],
    ) -> kit.ReviewPagesT:
        """Every page with its reviews and a resume point; ``resume=`` continues after a page."""
        return self._review_pages(resume, concurrency, follow_changes, filters)

    def pages(self, *, concurrency: int = 1, **filters: Unpack[TrustpilotFilters]) -> kit.ModelPagesT:
        """Every page as the generated list response model."""
        return self._pages(concurrency, filters)


class Trustpilot(
    kit.SyncClient["PrivateReviewList", "PrivateReview", "trustpilot_client.Client", TrustpilotResume],
    _TrustpilotCalls[
        Iterator[kit.Review[PrivateReview]], Iterator[TrustpilotPage], Iterator[PrivateReviewList], "TrustpilotRaw"
    ],
):
    """Trustpilot business-unit reviews client (private API: a business-user token from the API key and
    secret, reused for its whole life; ``find_business_unit`` takes the API key alone).

    Credentials default to ``$REVIEWBRIDGE_TRUSTPILOT_API_KEY`` / ``$REVIEWBRIDGE_TRUSTPILOT_API_SECRET``.
    ``token_cache`` (or ``$REVIEWBRIDGE_TOKEN_CACHE``): a directory where the token is kept across runs,
    so that runs started often (a scheduled export) do not each ask for one; off by default.
    Filters are ``trustpilot_client``'s ``ListPrivateReviewsFilters`` (generated from listPrivateReviews).
    """

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        token_cache: str | os.PathLike[str] | None = None,
        **options: Unpack[kit.SyncOptions],
    ) -> None:
        super().__init__(_adapter(api_key, api_secret, options, token_cache), **options)

    def _raw(self) -> TrustpilotRaw:
        return TrustpilotRaw(self)

    @property
    def token_requests(self) -> int:
        """How many access tokens this client has asked for."""
        return _token_requests(self._adapter)

    def get_review(self, review_id: str) -> PrivateReview:
        """One review with its private data (getPrivateReview)."""
        review_id = _review_id("get_review", review_id)
        return self._send(get_private_review, lambda: get_private_review.build_request(review_id))

    def find_business_unit(self, domain: str) -> BusinessUnit:
        """The business unit of a domain such as ``example.com`` (findBusinessUnit, API key only); its
        ``id`` is what ``reviews(business_unit_id=...)`` takes."""
        name = _domain(domain)
        return self._send(find_business_unit, lambda: find_business_unit.build_request(name=name))

    def reply(self, review_id: str, text: str, *, author_business_user_id: str | None = None) -> None:
        """Post the company's public reply to a review (replyToReview; Trustpilot tells the consumer),
        replacing an earlier one.

        Never resent blindly: after a timeout, a dropped connection, a 5xx or an unreadable answer the
        review is read back. This reply there: success; no reply: sent again (up to ``max_retries``
        times); another reply, or no answer to the read-back: UnconfirmedWriteError."""
        reply = _Reply(review_id, text, author_business_user_id)

        def send() -> bool:
            self._send(reply_to_review, lambda: reply_to_review.build_request(reply.review_id, body=reply.body))
            return True

        def read_back(failure: kit.APIError) -> bool | None:
            try:
                found = self.get_review(reply.review_id)
            except kit.APIError as exc:
                raise reply.unreadable(failure, exc) from exc
            return reply.settle(failure, found)

        kit.send_confirmed(send, read_back, self._policy)

    def delete_reply(self, review_id: str) -> None:
        """Delete the company's reply to a review (deleteReviewReply). Deleting a reply that is not there
        succeeds too, so it is retried like a read."""
        review_id = _review_id("delete_reply", review_id)
        self._send(delete_review_reply, lambda: delete_review_reply.build_request(review_id))


class AsyncTrustpilot(
    kit.AsyncClient["PrivateReviewList", "PrivateReview", "trustpilot_client.Client", TrustpilotResume],
    _TrustpilotCalls[
        AsyncIterator[kit.Review[PrivateReview]],
        AsyncIterator[TrustpilotPage],
        AsyncIterator[PrivateReviewList],
        "AsyncTrustpilotRaw",
    ],
):
    """The async twin of :class:`Trustpilot`."""

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        token_cache: str | os.PathLike[str] | None = None,
        **options: Unpack[kit.AsyncOptions],
    ) -> None:
        super().__init__(_adapter(api_key, api_secret, options, token_cache), **options)

    def _raw(self) -> AsyncTrustpilotRaw:
        return AsyncTrustpilotRaw(self)

    @property
    def token_requests(self) -> int:
        """How many access tokens this client has asked for."""
        return _token_requests(self._adapter)

    async def get_review(self, review_id: str) -> PrivateReview:
        """The async twin of :meth:`Trustpilot.get_review`."""
        review_id = _review_id("get_review", review_id)
        return await self._send(get_private_review, lambda: get_private_review.build_request(review_id))

    async def find_business_unit(self, domain: str) -> BusinessUnit:
        """The async twin of :meth:`Trustpilot.find_business_unit`."""
        name = _domain(domain)
        return await self._send(find_business_unit, lambda: find_business_unit.build_request(name=name))

    async def reply(self, review_id: str, text: str, *, author_business_user_id: str | None = None) -> None:
        """The async twin of :meth:`Trustpilot.reply`."""
        reply = _Reply(review_id, text, author_business_user_id)

        async def send() -> bool:
            await self._send(reply_to_review, lambda: reply_to_review.build_request(reply.review_id, body=reply.body))
            return True

        async def read_back(failure: kit.APIError) -> bool | None:
            try:
                found = await self.get_review(reply.review_id)
            except kit.APIError as exc:
                raise reply.unreadable(failure, exc) from exc
            return reply.settle(failure, found)

        await kit.asend_confirmed(send, read_back, self._policy)

    async def delete_reply(self, review_id: str) -> None:
        """The async twin of :meth:`Trustpilot.delete_reply`."""
        review_id = _review_id("delete_reply", review_id)
        await self._send(delete_review_reply, lambda: delete_review_reply.build_request(review_id))


def _send_reply(client: kit.SyncClient, review_id: str, text: str, options: Mapping[str, object]) -> str:
    """``reviewbridge reply trustpilot``: post the company reply."""
    if not isinstance(client, Trustpilot):
        raise TypeError(f"a Trustpilot client is needed to reply, not {type(client).__name__}")
    author = options.get("author_business_user_id")
    client.reply(review_id, text, author_business_user_id=author if isinstance(author, str) else None)
    return f"reply to review {review_id} stored (Trustpilot notifies the consumer)"


class TrustpilotRaw(kit.RawCalls[Trustpilot]):
    """``Trustpilot.with_raw_response``: its calls, each returning the RawResponse of its value; a RawResponse
    per page from ``review_pages``."""

    get_review = kit.raw_call(Trustpilot.get_review)
    find_business_unit = kit.raw_call(Trustpilot.find_business_unit)
    reply = kit.raw_call(Trustpilot.reply)
    delete_reply = kit.raw_call(Trustpilot.delete_reply)
    review_pages = kit.raw_pages(Trustpilot.review_pages)


class AsyncTrustpilotRaw(kit.RawCalls[AsyncTrustpilot]):
    """``AsyncTrustpilot.with_raw_response``: the async twin of :class:`TrustpilotRaw`."""

    get_review = kit.araw_call(AsyncTrustpilot.get_review)
    find_business_unit = kit.araw_call(AsyncTrustpilot.find_business_unit)
    reply = kit.araw_call(AsyncTrustpilot.reply)
    delete_reply = kit.araw_call(AsyncTrustpilot.delete_reply)
    review_pages = kit.araw_pages(AsyncTrustpilot.review_pages)


PROVIDER = kit.ProviderInfo(
    name=TrustpilotAdapter.name,
    client=Trustpilot,
    async_client=AsyncTrustpilot,
    credentials=(API_KEY, API_SECRET),
    listing=list_private_reviews,
    scope=(
        kit.ScopeOption(
            "business_unit_id",
            "business unit id (findBusinessUnit gives it)",
            cli_flag="--business-unit",
            scope_per_value=True,
        ),
    ),
    example="--business-unit 507f191e810c19729de860ea --stars 1 --stars 2 --language en",
    # The list sorts by creation only: the walk lists the newest review first and stops once its pages
    # were written wholly before the mark (less the overlap), so an edit, a new reply or a deletion of an
    # older review is not seen this way. Pages of 100, the most allowed: Trustpilot counts calls.
    export=kit.ExportPolicy(
        defaults={"per_page": 100},
        order={"order_by": ["createdat.desc"]},
        newest_first=True,
        ordered_by="created_at",
    ),
    resume_keys=TrustpilotAdapter.resume_args,
    operations=kit.operation_list(
        list_private_reviews, get_private_review, reply_to_review, delete_review_reply, find_business_unit
    ),
    auth="business-user token (API key and secret as HTTP Basic), API key header",
    pagination=kit.describe(list_private_reviews.PAGINATION),
    client_options=("token_cache",),
    reply=kit.ReplySupport(
        "replyToReview: messages the consumer, never resent blindly: after a timeout or 5xx the review is read "
        "back and its reply compared, else the outcome is reported unconfirmed",
        send=_send_reply,
        options=(kit.ScopeOption("author_business_user_id", "the business user the reply is posted as"),),
    ),
)

#: What ``reviewbridge`` exports from this module (its line in ``reviewbridge/__init__.py`` says the same).
EXPORTS = ("Trustpilot", "AsyncTrustpilot", "TrustpilotResume")
