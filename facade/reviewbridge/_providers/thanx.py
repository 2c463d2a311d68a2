"""Thanx Partner API: bearer token plus client-id and version headers; page-number pagination; responses."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Unpack

import thanx_client
from thanx_client.api.feedbacks import list_feedbacks, respond_to_feedback
from thanx_client.api.feedbacks.list_feedbacks import ListFeedbacksListing
from thanx_client.models import (
    Feedback,
    FeedbackList,
)

from . import _kit as kit
from .thanx_adapter import ACCESS_TOKEN, CLIENT_ID, ThanxAdapter, _adapter
from .thanx_adapter import USER_AGENT as USER_AGENT  # the SDK's version, as Thanx sees it
from .thanx_adapter import ThanxResume as ThanxResume
from .thanx_adapter import last_change as last_change  # a listed feedback's last change
from .thanx_calls import _Respond, _Response

#: One page of a Thanx listing, as ``Thanx.review_pages()`` yields it.
ThanxPage = kit.ReviewPage[FeedbackList, Feedback, "ThanxResume"]


class Thanx(
    kit.SyncClient["FeedbackList", "Feedback", thanx_client.Client, ThanxResume],
    kit.WithRaw["ThanxRaw[Thanx]"],
    ListFeedbacksListing[Iterator[kit.Review[Feedback]], Iterator[ThanxPage], Iterator[FeedbackList], ThanxResume],
):
    """Thanx partner feedbacks client. Credentials default to ``$REVIEWBRIDGE_THANX_CLIENT_ID`` and
    ``$REVIEWBRIDGE_THANX_ACCESS_TOKEN``; ``reviews(concurrency=N)`` fetches N pages at once.

    Filters are ``thanx_client``'s ``ListFeedbacksFilters`` (generated from the spec's listFeedbacks)."""

    def __init__(
        self, client_id: str | None = None, access_token: str | None = None, **options: Unpack[kit.SyncOptions]
    ) -> None:
        super().__init__(_adapter(client_id, access_token), **options)

    def reply(self, feedback_id: str, text: str, *, merchant_id: str | None = None) -> Feedback:
        """Send the merchant's response to a feedback (respondToFeedback; Thanx messages it to the
        customer); the updated feedback record.

        Thanx allows one response per feedback: a feedback that has one raises ConflictError. So this is
        never resent blindly: after a timeout, a dropped connection, a 5xx or an unreadable answer, the
        merchant's feedbacks responded to in the last day are read back (``merchant_id`` is needed for
        that). This response there: success, nothing resent; no response: sent again (up to
        ``max_retries`` times); anything else, or no ``merchant_id``: UnconfirmedWriteError."""
        response = _Response(feedback_id, text, merchant_id)

        def send() -> Feedback:
            response.sent += 1
            try:
                return self._send(_Respond, lambda: respond_to_feedback.build_request(feedback_id, body=response.body))
            except kit.ConflictError as conflict:
                stored = read_back(conflict) if response.resent else None
                if stored is None:
                    raise
                return stored

        def read_back(failure: kit.APIError) -> Feedback | None:
            filters = response.read_back_filters(failure)
            try:
                found = None
                for review in self.reviews(**filters):  # the whole walk: a generator left open holds its page
                    if review.id == feedback_id:
                        found = review
            except (kit.APIError, kit.PaginationError) as exc:
                raise response.unreadable(failure, f"reading it back failed too ({exc})") from exc
            return response.settle(failure, found)

        return kit.send_confirmed(send, read_back, self._policy)


class AsyncThanx(
    kit.AsyncClient["FeedbackList", "Feedback", thanx_client.Client, ThanxResume],
    kit.WithRaw["ThanxRaw[AsyncThanx]"],
    ListFeedbacksListing[
        AsyncIterator[kit.Review[Feedback]], AsyncIterator[ThanxPage], AsyncIterator[FeedbackList], ThanxResume
    ],
):
    """The async twin of :class:`Thanx`."""

    def __init__(
        self, client_id: str | None = None, access_token: str | None = None, **options: Unpack[kit.AsyncOptions]
    ) -> None:
        super().__init__(_adapter(client_id, access_token), **options)

    async def reply(self, feedback_id: str, text: str, *, merchant_id: str | None = None) -> Feedback:
        """The async twin of :meth:`Thanx.reply`."""
        response = _Response(feedback_id, text, merchant_id)

        async def send() -> Feedback:
            response.sent += 1
            try:
                return await self._send(
                    _Respond, lambda: respond_to_feedback.build_request(feedback_id, body=response.body)
                )
            except kit.ConflictError as conflict:
                stored = await read_back(conflict) if response.resent else None
                if stored is None:
                    raise
                return stored

        async def read_back(failure: kit.APIError) -> Feedback | None:
            filters = response.read_back_filters(failure)
            try:
                found = None
                async for review in self.reviews(**filters):  # see Thanx.reply
                    if review.id == feedback_id:
                        found = review
            except (kit.APIError, kit.PaginationError) as exc:
                raise response.unreadable(failure, f"reading it back failed too ({exc})") from exc
            return response.settle(failure, found)

        return await kit.asend_confirmed(send, read_back, self._policy)


def _send_reply(client: kit.SyncClient, review_id: str, text: str, options: Mapping[str, object]) -> str:
    """``reviewbridge reply thanx``: respond to a feedback (``--merchant-id`` lets a timeout be read back)."""
    if not isinstance(client, Thanx):
        raise TypeError(f"a Thanx client is needed to reply, not {type(client).__name__}")
    merchant_id = options.get("merchant_id")
    feedback = client.reply(review_id, text, merchant_id=merchant_id if isinstance(merchant_id, str) else None)
    when = feedback.responded_at if isinstance(feedback.responded_at, str) else "at a time Thanx did not say"
    return f"response to feedback {review_id} stored (responded {when})"


def _check_total(client: kit.SyncClient, filters: Mapping[str, object], page: kit.AnyPage) -> str | None:
    """``reviewbridge check``: Thanx counts pages (of ``per_page`` records), not records."""
    paging = list_feedbacks.PAGINATION
    total, per_page = (
        kit.member(page.raw_json, *(path or ())) for path in (paging.total_pages, paging.reported_page_size)
    )
    if not _whole(total):
        return None
    of = f" of up to {per_page} records" if _whole(per_page) else ""
    return f"{total} page{'' if total == 1 else 's'}{of}"


def _walk_size(
    client: kit.SyncClient, filters: Mapping[str, object], page: kit.AnyPage, whole: bool
) -> kit.WalkSize | None:
    """Progress: the walk's pages, as every page says (its filters, ``updated_after`` too, are the walk's)."""
    total = kit.member(page.raw_json, *(list_feedbacks.PAGINATION.total_pages or ()))
    return kit.WalkSize(total, "pages") if _whole(total) and total else None


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


class ThanxRaw(kit.RawCalls[kit.ClientT_co]):
    """``with_raw_response`` of :class:`Thanx` and :class:`AsyncThanx` (see :class:`RawCalls`)."""

    reply = kit.raw_call(Thanx.reply)
    review_pages = kit.raw_pages(Thanx.review_pages)


PROVIDER = kit.ProviderInfo(
    adapter=ThanxAdapter,
    client=Thanx,
    async_client=AsyncThanx,
    credentials=(CLIENT_ID, ACCESS_TOKEN),
    example="--merchant-id m-1 --states rated --states reviewed --page-size 100",
    export=kit.ExportPolicy(since_filter="updated_after"),
    operations=kit.operation_list(list_feedbacks, respond_to_feedback),
    auth="bearer token + client id header",
    reply=kit.ReplySupport(
        f"{respond_to_feedback.OPERATION_ID}: one response per feedback (messaged to the customer), never resent "
        "blindly: after a timeout or 5xx the feedback is read back (needs --merchant-id), else the outcome is "
        "reported unconfirmed",
        send=_send_reply,
        options=(kit.ScopeOption("merchant_id", "merchant id: lets a timed-out response be read back (recommended)"),),
    ),
    total=_check_total,
    walk_size=_walk_size,
)

#: What ``reviewbridge`` exports from this module (its line in ``reviewbridge/__init__.py`` says the same).
EXPORTS = ("Thanx", "AsyncThanx", "ThanxResume")
