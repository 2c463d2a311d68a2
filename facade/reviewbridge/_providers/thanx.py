"""Thanx Partner API: bearer token plus client-id and version headers; page-number pagination; responses."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, ClassVar, TypedDict, Unpack, cast

import httpx
import thanx_client
import thanx_client.api
import thanx_client.client
from thanx_client.api import PRODUCTION_URL
from thanx_client.api.feedbacks import list_feedbacks, respond_to_feedback
from thanx_client.api.feedbacks.list_feedbacks import ListFeedbacksFilterName
from thanx_client.api.feedbacks.list_feedbacks import ListFeedbacksFilters as ThanxFilters
from thanx_client.models import (
    Feedback,
    FeedbackJSON,
    FeedbackList,
    FeedbackResponseRequest,
    FeedbackStateFilter,
    PurchaseJSON,
)

from . import _kit as kit

#: One page of a Thanx listing, as ``Thanx.review_pages()`` yields it.
ThanxPage = kit.ReviewPage[FeedbackList, Feedback, "ThanxResume"]

CLIENT_ID = kit.Credential("client_id", "REVIEWBRIDGE_THANX_CLIENT_ID", "Thanx client id")
ACCESS_TOKEN = kit.Credential("access_token", "REVIEWBRIDGE_THANX_ACCESS_TOKEN", "Thanx access token")
USER_AGENT = f"reviewbridge/{kit.__version__} (+partner feedback export)"


def _error(body: Any) -> tuple[str | None, str | None]:
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        return error.get("code"), error.get("message")
    return None, None


class ThanxResume(TypedDict, total=False):
    """Where a Thanx listing resumes (``ReviewPage.resume``): the next page number and, in a walk
    following changes, the change time it pages from (ISO 8601)."""

    page: int
    updated_after: str


def last_change(item: dict[str, Any]) -> dt.datetime | None:
    """When a feedback record last changed: the latest of its state timestamps (and of an undocumented
    ``updated_at`` if the server sends one), else its purchase time."""
    feedback = cast("FeedbackJSON", item)
    return _last_change(feedback, feedback["purchase"] if "purchase" in feedback else None)


def _last_change(feedback: FeedbackJSON, purchase: PurchaseJSON | None) -> dt.datetime | None:
    # Read through the generated FeedbackJSON (see ThanxAdapter.to_review). The latest readable stamp, the
    # first of equal ones (its offset shows in version keys); checked inline: this runs per record mapped.
    latest = None
    for stamp in (
        cast("dict[str, Any]", feedback).get("updated_at"),  # undocumented
        feedback["responded_at"] if "responded_at" in feedback else None,
        feedback["reviewed_at"] if "reviewed_at" in feedback else None,
        feedback["rated_at"] if "rated_at" in feedback else None,
        feedback["viewed_at"] if "viewed_at" in feedback else None,
    ):
        if stamp and isinstance(stamp, str):
            parsed = kit.parse_iso(stamp)
            if parsed is not None and (latest is None or parsed > latest):  # the first of equal ones
                latest = parsed
    if latest is None and isinstance(purchase, dict) and "purchased_at" in purchase:
        purchased_at = purchase["purchased_at"]
        return kit.parse_iso(purchased_at) if purchased_at and isinstance(purchased_at, str) else None
    return latest


class ThanxAdapter(kit.Adapter["FeedbackList", "Feedback", "thanx_client.Client"]):
    name = "thanx"
    production_url = PRODUCTION_URL
    resume_args: ClassVar[tuple[str, ...]] = kit.paged_arguments(list_feedbacks.PAGINATION)
    scope_keys: ClassVar[tuple[ListFeedbacksFilterName, ...]] = ("merchant_id",)
    http = kit.provider_http("thanx", thanx_client.api, thanx_client.client, _error)
    package = kit.Generated(list_feedbacks, ThanxFilters, FeedbackList, Feedback, thanx_client.Client)

    def __init__(self, client_id: kit.Secret, access_token: kit.Secret) -> None:
        self._client_id = client_id
        self._access_token = access_token

    def auth(self) -> httpx.Auth:
        bearer = kit.Secret(f"Bearer {self._access_token.reveal()}")
        return kit.HeaderSetAuth({"Authorization": bearer, "X-ClientId": self._client_id}, {})

    def headers(self) -> dict[str, str]:
        from thanx_client.client import DEFAULT_HEADERS  # what the spec requires on every call

        return {**DEFAULT_HEADERS, "User-Agent": USER_AGENT}

    def last_change(self, item: dict[str, Any]) -> dt.datetime | None:
        # A walk following changes pages by the spec's change cursor (updated_after) from this.
        return last_change(item)

    def to_review(self, item: dict[str, Any], scope: dict[str, Any]) -> kit.Review[Feedback]:
        # Read through the generated FeedbackJSON, so a member renamed in the spec fails mypy here. As
        # ``f[k] if k in f``, not ``f.get(k)``: mypy checks the key of a subscript (not of ``get``), and
        # both are single dict operations (a view's property costs a Python call per member). The _json
        # helpers' checks are inlined: a call per member was a fifth of mapping a record.
        feedback = cast("FeedbackJSON", item)
        feedback_id = feedback["id"] if "id" in feedback else None
        rating = feedback["rating"] if "rating" in feedback else None
        review = feedback["review"] if "review" in feedback else None
        user_id = feedback["user_id"] if "user_id" in feedback else None
        response = feedback["response"] if "response" in feedback else None
        state = feedback["state"] if "state" in feedback else None
        purchase = feedback["purchase"] if "purchase" in feedback else None
        order = purchase["order"] if isinstance(purchase, dict) and "order" in purchase else None
        order_id = order["id"] if isinstance(order, dict) and "id" in order else None
        reviewed_at = feedback["reviewed_at"] if "reviewed_at" in feedback else None
        created_at = kit.parse_iso(reviewed_at) if reviewed_at and isinstance(reviewed_at, str) else None
        if created_at is None:
            rated_at = feedback["rated_at"] if "rated_at" in feedback else None
            created_at = kit.parse_iso(rated_at) if rated_at and isinstance(rated_at, str) else None
        return kit.new_review(
            "thanx",
            feedback_id if feedback_id and isinstance(feedback_id, str) else kit.identifier(feedback_id),
            float(rating) if isinstance(rating, (int, float)) and not isinstance(rating, bool) else None,
            10,  # rating_max: a Net Promoter Score
            None,  # title
            review if review and isinstance(review, str) else None,  # text
            (),  # pros
            (),  # cons
            user_id if user_id and isinstance(user_id, str) else None,  # author
            created_at,
            _last_change(feedback, purchase),  # updated_at
            response if response and isinstance(response, str) else None,  # reply
            None,  # product
            order_id if order_id and isinstance(order_id, str) else None,  # order_ref
            state if state and isinstance(state, str) else None,  # status
            item,
            self.models[1],
        )


def _adapter(client_id: str | None, access_token: str | None) -> ThanxAdapter:
    return ThanxAdapter(
        kit.credential(client_id, CLIENT_ID.env, what=CLIENT_ID.description),
        kit.credential(access_token, ACCESS_TOKEN.env, what=ACCESS_TOKEN.description),
    )


# ---------- responding to a feedback ----------

#: how far back a read-back looks for the feedback's change, against clock differences with Thanx
READ_BACK_WINDOW = dt.timedelta(days=1)
#: the state of a feedback that has the merchant's response (the spec's enumeration)
_RESPONDED = FeedbackStateFilter.RESPONDED.value


class _Respond:
    """respondToFeedback read as the feedback record: an answer without one is unreadable (ResponseParseError)."""

    OPERATION_ID = respond_to_feedback.OPERATION_ID

    @staticmethod
    def parse_success(response: httpx.Response) -> Feedback:
        from thanx_client.models import Feedback

        feedback = respond_to_feedback.parse_success(response).feedback
        if not isinstance(feedback, Feedback):
            raise ValueError("the answer carries no feedback record")
        return feedback


class _Response:
    """One merchant response being sent: its request and how a read-back settles it (shared by the sync
    and async clients).

    Thanx allows one response per feedback and messages the customer with it, so it is never resent
    blindly: after an ambiguous failure the merchant's responded feedbacks are read back (which needs the
    merchant id: Thanx has no operation reading one feedback)."""

    def __init__(self, feedback_id: object, text: object, merchant_id: object) -> None:
        from thanx_client.models import FeedbackResponse, FeedbackResponseRequest

        if not isinstance(feedback_id, str) or not feedback_id.strip():
            raise kit.UsageError(f"thanx reply: feedback_id must be a non-empty string, not {feedback_id!r}")
        if not isinstance(text, str) or not text.strip():
            raise kit.UsageError("thanx reply: the response text must be a non-empty string")
        if merchant_id is not None and (not isinstance(merchant_id, str) or not merchant_id.strip()):
            raise kit.UsageError(f"thanx reply: merchant_id must be a non-empty string, not {merchant_id!r}")
        self.feedback_id = feedback_id
        self.text = text
        self.merchant_id = merchant_id
        self.body: FeedbackResponseRequest = FeedbackResponseRequest(feedback=FeedbackResponse(response=text))
        self.since = dt.datetime.now(dt.UTC) - READ_BACK_WINDOW
        self.sent = 0  # requests sent so far
        self.what = f"thanx {respond_to_feedback.OPERATION_ID} for feedback {feedback_id}"
        self.check = (
            f"Look at feedback {feedback_id} (Thanx dashboard, or reviews(merchant_id=..., states=['{_RESPONDED}']))"
        )

    def read_back_filters(self, failure: kit.APIError) -> ThanxFilters:
        if self.merchant_id is None:
            why = "without merchant_id= the feedback cannot be read back"
            raise kit.unconfirmed(self.what, failure, why, self.check)
        # Responding sets the state responded and changes the record: only those can carry the response.
        # Pages as large as the spec allows: a read-back is a few pages at most.
        filters: ThanxFilters = {"merchant_id": self.merchant_id, "states": [_RESPONDED], "updated_after": self.since}
        size = list_feedbacks.PAGINATION.page_size
        if size is not None and size.maximum is not None:
            filters["per_page"] = size.maximum
        return filters

    def settle(self, failure: kit.APIError, found: kit.Review | None) -> Feedback | None:
        """The feedback read back after ``failure``: with this response (stored), None when it has none
        (send again), or UnconfirmedWriteError (another response, or a record that cannot be read)."""
        from thanx_client.models import Feedback

        if found is None:
            return None
        if (found.reply or "").strip() != self.text.strip():
            raise kit.unconfirmed(self.what, failure, "the feedback carries a different response", self.check)
        try:
            return Feedback.from_dict(found.raw_json)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise self.unreadable(failure, f"the feedback read back cannot be read ({exc})") from None

    def unreadable(self, failure: kit.APIError, why: str) -> kit.UnconfirmedWriteError:
        return kit.unconfirmed(self.what, failure, why, self.check)

    @property
    def resent(self) -> bool:
        """Whether the request just sent was a resend (after a read-back found nothing). A 409 to a resend
        may mean the first try was stored late: it is read back once more before it is reported."""
        return self.sent > 1


class _ThanxCalls(kit.Listing[kit.ReviewsT, kit.ReviewPagesT, kit.ModelPagesT, kit.RawT]):
    """The listing calls of :class:`Thanx` and :class:`AsyncThanx`, written once."""

    def reviews(self, *, concurrency: int = 1, **filters: Unpack[ThanxFilters]) -> kit.ReviewsT:
        """Every feedback record of a merchant, as reviews."""
        return self._reviews(filters, concurrency)

    def review_pages(
        self,
        *,
        resume: ThanxResume | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        **filters: Unpack[ThanxFilters],
    ) -> kit.ReviewPagesT:
        """Every page with its reviews and a resume point; ``resume=`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports; see ``ChangeCursor``)."""
        return self._review_pages(resume, concurrency, follow_changes, filters)

    def pages(self, *, concurrency: int = 1, **filters: Unpack[ThanxFilters]) -> kit.ModelPagesT:
        """Every page as the generated list response model."""
        return self._pages(concurrency, filters)


class Thanx(
    kit.SyncClient["FeedbackList", "Feedback", "thanx_client.Client", ThanxResume],
    _ThanxCalls[Iterator[kit.Review[Feedback]], Iterator[ThanxPage], Iterator[FeedbackList], "ThanxRaw"],
):
    """Thanx partner feedbacks client. Credentials default to ``$REVIEWBRIDGE_THANX_CLIENT_ID`` and
    ``$REVIEWBRIDGE_THANX_ACCESS_TOKEN``; ``reviews(concurrency=N)`` fetches N pages at once.

    Filters are ``thanx_client``'s ``ListFeedbacksFilters`` (generated from the spec's listFeedbacks)."""

    def __init__(
        self, client_id: str | None = None, access_token: str | None = None, **options: Unpack[kit.SyncOptions]
    ) -> None:
        super().__init__(_adapter(client_id, access_token), **options)

    def _raw(self) -> ThanxRaw:
        return ThanxRaw(self)

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
    kit.AsyncClient["FeedbackList", "Feedback", "thanx_client.Client", ThanxResume],
    _ThanxCalls[
        AsyncIterator[kit.Review[Feedback]], AsyncIterator[ThanxPage], AsyncIterator[FeedbackList], "AsyncThanxRaw"
    ],
):
    """The async twin of :class:`Thanx`."""

    def __init__(
        self, client_id: str | None = None, access_token: str | None = None, **options: Unpack[kit.AsyncOptions]
    ) -> None:
        super().__init__(_adapter(client_id, access_token), **options)

    def _raw(self) -> AsyncThanxRaw:
        return AsyncThanxRaw(self)

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


class ThanxRaw(kit.RawCalls[Thanx]):
    """``Thanx.with_raw_response``: its calls, each returning the RawResponse of its value; a RawResponse
    per page from ``review_pages``."""

    reply = kit.raw_call(Thanx.reply)
    review_pages = kit.raw_pages(Thanx.review_pages)


class AsyncThanxRaw(kit.RawCalls[AsyncThanx]):
    """``AsyncThanx.with_raw_response``: the async twin of :class:`ThanxRaw`."""

    reply = kit.araw_call(AsyncThanx.reply)
    review_pages = kit.araw_pages(AsyncThanx.review_pages)


PROVIDER = kit.ProviderInfo(
    name=ThanxAdapter.name,
    client=Thanx,
    async_client=AsyncThanx,
    credentials=(CLIENT_ID, ACCESS_TOKEN),
    listing=list_feedbacks,
    example="--merchant-id m-1 --states rated --states reviewed --page-size 100",
    export=kit.ExportPolicy(since_filter="updated_after"),
    resume_keys=ThanxAdapter.resume_args,
    operations=kit.operation_list(list_feedbacks, respond_to_feedback),
    auth="bearer token + client id header",
    pagination=kit.describe(list_feedbacks.PAGINATION),
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
