"""eTrusted's calls beyond listing, as the sync and async clients share them: arguments checked, the
requests built, a veto confirmed by reading it back."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import cast

import httpx
from etrusted_client.api.reviews import (
    create_veto,
    get_reviews_count,
)
from etrusted_client.api.reviews.get_reviews_count import GetReviewsCountParams
from etrusted_client.models import (
    ReviewReplyRequest,
    ReviewsCount,
    ReviewVetoRequest,
    ReviewVetoResponse,
)

from . import _kit as kit


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
        from etrusted_client.models import VetoReason
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
