"""Thanx's calls beyond listing, as the sync and async clients share them: a response to a feedback,
confirmed by reading the merchant's feedbacks back."""

from __future__ import annotations

import datetime as dt

import httpx
from thanx_client.api.feedbacks import list_feedbacks, respond_to_feedback
from thanx_client.api.feedbacks.list_feedbacks import ListFeedbacksFilters as ThanxFilters
from thanx_client.models import (
    Feedback,
    FeedbackResponseRequest,
    FeedbackStateFilter,
)

from . import _kit as kit

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
