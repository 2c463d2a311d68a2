"""Thanx's adapter: its credentials and headers, its resume point and change time, and how a listed
feedback is read."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, TypedDict, cast

import httpx
import thanx_client
import thanx_client.api
import thanx_client.client
from thanx_client.api.feedbacks import list_feedbacks
from thanx_client.api.feedbacks.list_feedbacks import ListFeedbacksFilterName
from thanx_client.api.feedbacks.list_feedbacks import ListFeedbacksFilters as ThanxFilters
from thanx_client.models import (
    Feedback,
    FeedbackJSON,
    FeedbackList,
    PurchaseJSON,
)

from . import _kit as kit

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
    scope_keys: ClassVar[tuple[ListFeedbacksFilterName, ...]] = ("merchant_id",)
    parse_error = staticmethod(_error)
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
        # read flat through the generated JSON types (see Adapter.to_review)
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
    return ThanxAdapter(CLIENT_ID.read(client_id), ACCESS_TOKEN.read(access_token))
