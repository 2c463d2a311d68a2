"""Trustpilot: business-user tokens (HTTP Basic key and secret); numbered pages ending short; replies."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Unpack

import trustpilot_client
from trustpilot_client.api.business_units import find_business_unit
from trustpilot_client.api.reviews import (
    delete_review_reply,
    get_private_review,
    list_private_reviews,
    reply_to_review,
)
from trustpilot_client.api.reviews.list_private_reviews import ListPrivateReviewsListing
from trustpilot_client.models import BusinessUnit, PrivateReview, PrivateReviewList

from . import _kit as kit
from .trustpilot_adapter import API_KEY, API_SECRET, TrustpilotAdapter, _adapter
from .trustpilot_adapter import RATE_LIMITS as RATE_LIMITS  # the client-side limit, read by the adapter
from .trustpilot_adapter import TrustpilotResume as TrustpilotResume
from .trustpilot_calls import _domain, _Reply, _review_id

#: One page of a Trustpilot listing, as ``Trustpilot.review_pages()`` yields it.
TrustpilotPage = kit.ReviewPage[PrivateReviewList, PrivateReview, "TrustpilotResume"]


class Trustpilot(
    kit.TokenRequests,
    kit.SyncClient["PrivateReviewList", "PrivateReview", trustpilot_client.Client, TrustpilotResume],
    kit.WithRaw["TrustpilotRaw[Trustpilot]"],
    ListPrivateReviewsListing[
        Iterator[kit.Review[PrivateReview]], Iterator[TrustpilotPage], Iterator[PrivateReviewList], TrustpilotResume
    ],
):
    """Trustpilot business-unit reviews client (private API: a business-user token from the API key and
    secret, reused for its whole life; ``find_business_unit`` takes the API key alone).

    Credentials default to ``$REVIEWBRIDGE_TRUSTPILOT_API_KEY`` / ``$REVIEWBRIDGE_TRUSTPILOT_API_SECRET``.
    ``token_cache`` (or ``$REVIEWBRIDGE_TOKEN_CACHE``): a directory where the token is kept across runs,
    so that runs started often (a scheduled export) do not each ask for one; off by default.
    Every Trustpilot client of the process together keeps to Trustpilot's recommended limits (833 calls in
    5 minutes, 10,000 an hour); ``requests_per_minute=N`` replaces them with N calls a minute.
    Filters are ``trustpilot_client``'s ``ListPrivateReviewsFilters`` (generated from listPrivateReviews).
    """

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        token_cache: str | os.PathLike[str] | None = None,
        requests_per_minute: int | None = None,
        **options: Unpack[kit.SyncOptions],
    ) -> None:
        super().__init__(_adapter(api_key, api_secret, options, token_cache, requests_per_minute), **options)

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
    kit.TokenRequests,
    kit.AsyncClient["PrivateReviewList", "PrivateReview", trustpilot_client.Client, TrustpilotResume],
    kit.WithRaw["TrustpilotRaw[AsyncTrustpilot]"],
    ListPrivateReviewsListing[
        AsyncIterator[kit.Review[PrivateReview]],
        AsyncIterator[TrustpilotPage],
        AsyncIterator[PrivateReviewList],
        TrustpilotResume,
    ],
):
    """The async twin of :class:`Trustpilot`."""

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        token_cache: str | os.PathLike[str] | None = None,
        requests_per_minute: int | None = None,
        **options: Unpack[kit.AsyncOptions],
    ) -> None:
        super().__init__(_adapter(api_key, api_secret, options, token_cache, requests_per_minute), **options)

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


class TrustpilotRaw(kit.RawCalls[kit.ClientT_co]):
    """``with_raw_response`` of :class:`Trustpilot` and :class:`AsyncTrustpilot` (see :class:`RawCalls`)."""

    get_review = kit.raw_call(Trustpilot.get_review)
    find_business_unit = kit.raw_call(Trustpilot.find_business_unit)
    reply = kit.raw_call(Trustpilot.reply)
    delete_reply = kit.raw_call(Trustpilot.delete_reply)
    review_pages = kit.raw_pages(Trustpilot.review_pages)


PROVIDER = kit.ProviderInfo(
    adapter=TrustpilotAdapter,
    client=Trustpilot,
    async_client=AsyncTrustpilot,
    credentials=(API_KEY, API_SECRET),
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
    operations=kit.operation_list(
        list_private_reviews, get_private_review, reply_to_review, delete_review_reply, find_business_unit
    ),
    auth="business-user token (API key and secret as HTTP Basic), API key header",
    client_options=("token_cache",),
    reply=kit.ReplySupport(
        "replyToReview: messages the consumer, never resent blindly: after a timeout or 5xx the review is read "
        "back and its reply compared, else the outcome is reported unconfirmed",
        send=_send_reply,
        options=(kit.ScopeOption("author_business_user_id", "the business user the reply is posted as"),),
    ),
    # RL: "don't exceed 833 calls per 5 minutes or 10K calls per hour"
    call_limit=kit.CallLimit("833 in 5 minutes and 10,000 an hour, Trustpilot's recommended limits"),
)

#: What ``reviewbridge`` exports from this module (its line in ``reviewbridge/__init__.py`` says the same).
EXPORTS = ("Trustpilot", "AsyncTrustpilot", "TrustpilotResume")
