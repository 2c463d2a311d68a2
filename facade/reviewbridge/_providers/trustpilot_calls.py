"""Trustpilot's calls beyond listing, as the sync and async clients share them: arguments checked, a reply
confirmed by reading the review back."""

from __future__ import annotations

from trustpilot_client.models import PrivateReview, ReplyRequest

from . import _kit as kit

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
