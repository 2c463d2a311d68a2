"""ISO 8601 timestamps: the one parser the facade reads them with (review stamps, state marks, --since).

The standard library's ``datetime.fromisoformat`` reads every form the providers document: dates
(``2016-05-23``), date-times with ``Z`` or an offset, with or without fractional seconds (3, 6 or 9
digits; past microseconds they are dropped), and date-times without a zone, taken as UTC here.
"""

from __future__ import annotations

import datetime as dt

#: A day after datetime's earliest: marks are moved back a few minutes from a time, and
#: ``0001-01-01T00:00:00+05:00`` cannot even be turned into UTC.
EARLIEST = dt.datetime(1, 1, 2, tzinfo=dt.UTC)
LATEST = dt.datetime.max.replace(tzinfo=dt.UTC)
#: The latest time a mark may hold: the marks' arithmetic (a day either way) still works on it.
LATEST_MARK = LATEST - dt.timedelta(days=1)


class OutOfRange(ValueError):
    """A readable timestamp outside the range asked for."""


def parse_iso_date(value: str) -> dt.date:
    """``value`` (``YYYY-MM-DD``) as a date; ValueError when it is not one."""
    return dt.date.fromisoformat(value)


def parse_iso8601(value: str, *, latest: dt.datetime = LATEST) -> dt.datetime:
    """``value`` as an aware datetime (UTC when it has no offset), from EARLIEST to ``latest`` in UTC.

    Raises ValueError when it is not ISO 8601, and :class:`OutOfRange` (a ValueError) when it lies
    outside the range."""
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    try:
        utc = parsed.astimezone(dt.UTC)
    except OverflowError:
        raise OutOfRange(f"{value!r} is beyond the range of dates") from None
    if not EARLIEST <= utc <= latest:
        raise OutOfRange(f"{value!r} is out of range")
    return parsed
