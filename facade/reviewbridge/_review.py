"""The one review model shared by all providers."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import attrs

__all__ = ["Review", "latest_timestamp", "parse_timestamp"]


@attrs.frozen(slots=True, kw_only=True)
class Review:
    """A review or feedback record from any provider, in one shape.

    ``rating`` is on the provider's own scale, given by ``rating_max``: stars out of 5 (eTrusted,
    TestFreaks) or a Net Promoter Score out of 10 (Reevoo, Thanx). It is never rescaled.
    ``raw`` is the typed generated model the review came from, so nothing the provider sent is lost;
    it is built on first access. ``raw_json`` is the provider's original JSON object.
    """

    provider: str
    id: str
    rating: float | None
    rating_max: int
    title: str | None = None
    text: str | None = None
    pros: tuple[str, ...] = ()
    cons: tuple[str, ...] = ()
    author: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    reply: str | None = None
    product: str | None = None
    order_ref: str | None = None
    status: str | None = None
    _source: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False, alias="source")
    _model: Any = attrs.field(default=None, eq=False, repr=False, alias="model")

    @functools.cached_property
    def raw(self) -> Any:
        """The generated model of this record (e.g. ``testfreaks_client.models.Review``)."""
        return self._model.from_dict(self._source) if self._model is not None else None

    @property
    def raw_json(self) -> dict[str, Any]:
        """The record exactly as the provider sent it."""
        return self._source

    def version_key(self) -> str:
        """Identifies this state of the review: its id and when it last changed."""
        stamp = self.updated_at.isoformat() if self.updated_at else ""
        return f"{self.id}@{stamp}"


#: Timestamps start a day after datetime's earliest: marks are moved back a few minutes from them, and
#: ``0001-01-01T00:00:00+05:00`` cannot even be turned into UTC. Late ones only need to convert to UTC:
#: the export never moves a mark past its own start, whatever a record says.
_EARLIEST = dt.datetime(1, 1, 2, tzinfo=dt.UTC)
_LATEST = dt.datetime.max.replace(tzinfo=dt.UTC)


def parse_timestamp(value: object) -> dt.datetime | None:
    """An ISO 8601 date or date-time as an aware datetime (UTC when the value has no offset).

    Unreadable or out-of-range values give None rather than an error: a review must not be lost over
    its timestamp (the value the provider sent stays in ``raw_json``).
    """
    if not isinstance(value, str) or not value:
        return None
    return _parse_iso(value)


def latest_timestamp(*values: object) -> dt.datetime | None:
    """The latest of the readable timestamps among ``values`` (the first of equal ones), or None.

    What ``max`` of the values' ``parse_timestamp`` would give, in one call: mapping a record reads
    several stamps, and a call per stamp is most of their cost."""
    latest = None
    for value in values:
        if isinstance(value, str) and value:
            parsed = _parse_iso(value)
            if parsed is not None and (latest is None or parsed > latest):
                latest = parsed
    return latest


@functools.lru_cache(maxsize=8192)
def _parse_iso(value: str) -> dt.datetime | None:
    # Cached: a page repeats dates and timestamps often (a record's several stamps, a day's reviews);
    # datetimes are immutable, so sharing them is safe.
    try:
        parsed = dt.datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=dt.UTC)
        in_range = _EARLIEST <= parsed.astimezone(dt.UTC) <= _LATEST
    except (ValueError, OverflowError):
        return None
    return parsed if in_range else None
