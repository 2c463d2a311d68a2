"""Time: the seeded data's calendar, the providers' timestamp formats, and strict input parsing.

Internally every instant is an integer number of milliseconds since 1970-01-01 UTC.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import time

DAY_MS = 86_400_000
HOUR_MS = 3_600_000
MINUTE_MS = 60_000

# Seeded reviews are spread over these years; "now" (churn, created reviews) is always later.
DATA_START_MS = 1_514_764_800_000  # 2018-01-01T00:00:00Z
DATA_END_MS = 1_735_603_200_000  # 2024-12-31T00:00:00Z


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def _utc(ms: int) -> dt.datetime:
    return dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(milliseconds=ms)


def iso_ms(ms: int) -> str:
    """UTC with milliseconds: ``2018-02-01T17:09:41.790Z``."""
    moment = _utc(ms)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms % 1000:03d}Z"


def iso_s(ms: int) -> str:
    """UTC to the second: ``2020-01-07T20:00:00Z``."""
    return _utc(ms).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_date(ms: int) -> str:
    """A date: ``2016-05-23``."""
    return _day_text(ms // DAY_MS)


@functools.lru_cache(maxsize=8192)
def _day_text(day: int) -> str:
    return _utc(day * DAY_MS).strftime("%Y-%m-%d")


def floor_s(ms: int) -> int:
    return ms - ms % 1000


def floor_day(ms: int) -> int:
    return ms - ms % DAY_MS


def _days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date (any year, also ones datetime rejects)."""
    year -= month <= 2
    era = (year if year >= 0 else year - 399) // 400
    yoe = year - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))?",
    re.ASCII,
)


def _date_ms(year: int, month: int, day: int) -> int | None:
    if year < 1 or not 1 <= month <= 12 or not 1 <= day <= _days_in_month(year, month):
        return None
    return _days_from_civil(year, month, day) * DAY_MS


def parse_date(text: str) -> int | None:
    """``YYYY-MM-DD`` as midnight UTC, or None when it is not a real calendar date."""
    match = _DATE.fullmatch(text)
    if match is None:
        return None
    return _date_ms(int(match[1]), int(match[2]), int(match[3]))


_STAMP_S = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z", re.ASCII)
_STAMP_MS = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z", re.ASCII)


def parse_stamp(text: str, *, millis: bool) -> int | None:
    """A query timestamp in exactly the form a provider documents: UTC with ``Z``, to the second
    (``2021-10-01T13:00:00Z``) or, with ``millis``, the millisecond (``2018-02-01T17:10:42.733Z``);
    None for any other form (another offset, precision or separator) and for a date or time that does
    not exist (year 0000 is a real ISO 8601 year)."""
    match = (_STAMP_MS if millis else _STAMP_S).fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    if not 1 <= month <= 12 or not 1 <= day <= _days_in_month(year, month):
        return None
    if hour > 23 or minute > 59 or second > 59:
        return None
    day_ms = _days_from_civil(year, month, day) * DAY_MS
    return day_ms + hour * HOUR_MS + minute * MINUTE_MS + second * 1000 + (int(match[7]) if millis else 0)


def parse_datetime(text: str) -> int | None:
    """An RFC 3339 / ISO 8601 timestamp (``T`` separator, optional fraction and offset; no offset
    means UTC), or None when malformed. Leap seconds are read as second 59."""
    match = _DATETIME.fullmatch(text)
    if match is None:
        return None
    day_ms = _date_ms(int(match[1]), int(match[2]), int(match[3]))
    hour, minute, second = int(match[4]), int(match[5]), int(match[6])
    if day_ms is None or hour > 23 or minute > 59 or second > 60:
        return None
    fraction = match[7] or ""
    millis = int((fraction + "000")[:3]) if fraction else 0
    offset_ms = 0
    if match[9]:
        off_hours, off_minutes = int(match[10]), int(match[11])
        if off_hours > 23 or off_minutes > 59:
            return None
        offset_ms = (off_hours * 60 + off_minutes) * MINUTE_MS * (1 if match[9] == "+" else -1)
    second = min(second, 59)
    return day_ms + hour * HOUR_MS + minute * MINUTE_MS + second * 1000 + millis - offset_ms
