"""Reading Trustpilot requests: the private review list's order and filters, and the reply body.

Every value the spec allows is accepted (a filter value no review has matches nothing); what it does
not allow is a ``BadInput``. List parameters are taken comma-separated or repeated: the docs show both.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.datastructures import QueryParams

from ._http import BadInput, query_bool
from ._times import DAY_MS, HOUR_MS, MINUTE_MS, _days_from_civil
from ._trustpilot_table import ORDERS, Filters

_DATE = r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_ZONE = r"(Z|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?"
# The spec's patterns (DateTimeFilter, Timestamp), as JSON Schema applies them (``re.search``: a "$" also
# matches before a final newline).
DATE_TIME_FILTER = re.compile(
    rf"^{_DATE}(T([01][0-9]|2[0-3]):([0-5][0-9])(:([0-5][0-9])(\.[0-9]+)?)?{_ZONE})?$", re.ASCII
)
TIMESTAMP = re.compile(rf"^{_DATE}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?{_ZONE}$", re.ASCII)


def _values(query: QueryParams, name: str) -> list[str] | None:
    raw = query.getlist(name)
    if not raw:
        return None
    values = [part for value in raw for part in value.split(",")]
    if "" in values:
        raise BadInput(f"{name}: empty value")
    return values


def _instant(query: QueryParams, name: str) -> int | None:
    """A DateTimeFilter value in ms: no zone means UTC, no time means midnight. Days past a month's end
    count on into the next month (the pattern allows 2021-02-31; the server reads it leniently)."""
    raw = query.get(name)
    if raw is None:
        return None
    match = DATE_TIME_FILTER.search(raw)
    if match is None:
        raise BadInput(f"{name} must be a datetime such as 2013-09-07T13:37:00, or a date")
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    moment = (_days_from_civil(year, month, 1) + day - 1) * DAY_MS
    if match[4]:
        moment += int(match[5]) * HOUR_MS + int(match[6]) * MINUTE_MS
        if match[8]:
            moment += int(match[8]) * 1000 + int(((match[9] or ".")[1:] + "000")[:3])
        if match[11]:
            offset = (int(match[12]) * 60 + int(match[13])) * MINUTE_MS
            moment -= offset if match[11] == "+" else -offset
    return moment


def list_filters(query: QueryParams) -> tuple[str, Filters]:
    """The sort order (the first ``orderBy`` value; default newest first) and the filters of a list call."""
    orders = _values(query, "orderBy") or ["createdat.desc"]
    unknown = [value for value in orders if value not in ORDERS]
    if unknown:
        raise BadInput(f"orderBy: unknown value {unknown[0]!r} (allowed: {', '.join(ORDERS)})")
    stars = _values(query, "stars")
    if stars is not None and not all(s in ("1", "2", "3", "4", "5") for s in stars):
        raise BadInput("stars must be whole numbers from 1 to 5")
    languages = _values(query, "language")
    location = query.get("locationId")
    if location is None:
        location = query.get("internalLocationId")
    return orders[0], Filters(
        stars=None if stars is None else frozenset(int(s) for s in stars),
        languages=None if languages is None else frozenset(languages),
        start=_instant(query, "startDateTime"),
        end=_instant(query, "endDateTime"),
        responded=query_bool(query, "responded"),
        reported=query_bool(query, "reported"),
        reference_id=query.get("referenceId"),
        referral_email=query.get("referralEmail"),
        tag_group=query.get("tagGroup"),
        tag_value=query.get("tagValue"),
        ignore_tag_value_case=bool(query_bool(query, "ignoreTagValueCase")),
        find_reviewer=query.get("findReviewer"),
        username=query.get("username"),
        location=location,
        source=query.get("source"),
    )


def reply_message(body: Any) -> str:
    """The ``message`` of a reply body (ReplyRequest), checked as the spec declares it."""
    if not isinstance(body, dict):
        raise BadInput("The request body must be a JSON object")
    message = body.get("message")
    if not isinstance(message, str) or not message:
        raise BadInput("message is required: the text of the reply")
    author = body.get("authorBusinessUserId")
    if "authorBusinessUserId" in body and not isinstance(author, str):
        raise BadInput("authorBusinessUserId must be a string")
    submitted = body.get("submittedAt")
    if "submittedAt" in body and not (isinstance(submitted, str) and TIMESTAMP.search(submitted)):
        raise BadInput("submittedAt must be a timestamp such as 2024-07-15T12:00:00")
    return message
