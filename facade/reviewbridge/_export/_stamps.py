"""The times of the incremental rules: the overlap below a mark, the clock skew allowed, the time of a
version key, and the form the state file writes times in."""

from __future__ import annotations

import datetime as dt

from .._exceptions import StateError
from .._timestamps import LATEST_MARK, parse_iso8601

__all__ = ["CLOCK_SKEW", "OVERLAP", "iso", "key_time", "later", "near_mark", "parse_iso"]

OVERLAP = dt.timedelta(minutes=5)
#: How far ahead of this machine a provider's clock may be before its timestamps count as the future.
CLOCK_SKEW = dt.timedelta(minutes=5)


def key_time(version_key: str) -> dt.datetime | None:
    """The updated_at part of a ``Review.version_key()``, or None when the review has none."""
    _, _, stamp = version_key.rpartition("@")
    if not stamp:
        return None
    try:
        return parse_iso8601(stamp, latest=LATEST_MARK)
    except ValueError:
        return None


def later(a: dt.datetime | None, b: dt.datetime | None) -> dt.datetime | None:
    """The later of two optional times."""
    if a is None or b is None:
        return a or b
    return max(a, b)


def near_mark(version_key: str, mark: dt.datetime | None) -> bool:
    """Whether a boundary keeps ``version_key`` under ``mark``: its change lies within OVERLAP of the mark or
    after (the next walk lists it again), or it has no readable change time."""
    stamp = key_time(version_key)
    return stamp is None or mark is None or stamp >= mark - OVERLAP


def iso(value: dt.datetime) -> str:
    """``value`` as the state file writes it (ISO 8601, in UTC)."""
    return value.astimezone(dt.UTC).isoformat()


def parse_iso(value: object, what: str) -> dt.datetime | None:
    """A time the state file holds (None for null); a StateError naming ``what`` when it is not one."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise StateError(f"{what} is not a timestamp")
    try:  # the overlap arithmetic must work on it, at both ends (not year 1 nor 9999)
        return parse_iso8601(value, latest=LATEST_MARK)
    except ValueError as exc:
        raise StateError(f"{what} is not a usable ISO 8601 timestamp: {value!r}") from exc
