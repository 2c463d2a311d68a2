"""The one review model shared by all providers."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, Generic, cast

from typing_extensions import TypeVar

from ._json import FromJSON, JSONObject
from ._timestamps import parse_iso8601

__all__ = ["Review", "parse_timestamp"]


#: the unified fields, in the order reprs, JSON lines and CSV columns list them
FIELDS = (
    "provider",
    "id",
    "rating",
    "rating_max",
    "title",
    "text",
    "pros",
    "cons",
    "author",
    "created_at",
    "updated_at",
    "reply",
    "product",
    "order_ref",
    "status",
)
_UNSET: Any = object()

#: The generated model of the record; ``object`` where the provider is not known statically (a review
#: is immutable: ``Review[Feedback]`` is a ``Review``).
RawT = TypeVar("RawT", covariant=True, default=object)


class Review(Generic[RawT]):
    """A review or feedback record from any provider, in one shape. Immutable and hashable.

    ``rating`` is on the provider's own scale, given by ``rating_max``: stars out of 5, or a Net
    Promoter Score out of 10 (``reviewbridge providers`` shows each provider's). It is never rescaled.
    ``raw`` is the typed generated model the review came from, so nothing the provider sent is lost;
    it is built on first access. ``raw_json`` is the provider's original JSON object.

    ``Review`` is generic in the type of ``raw``: a provider client yields ``Review[<its model>]``
    (its ``reviews()`` gives ``Review[<p>_client.models.<record model>]``), so ``review.raw`` is typed for
    that provider; a plain ``Review`` (reviews of any provider, mixed) types ``raw`` as ``object``.
    """

    # Each field is a private slot read through a property without a setter: that keeps a review
    # immutable while building one stays plain slot stores. (A __setattr__ that refuses, as attrs and
    # dataclasses make frozen classes, turns every store of the constructor into a generic call:
    # constructing was most of mapping a record.)
    __slots__ = (*(f"_{name}" for name in FIELDS), "_source", "_model", "_raw")

    def __init__(
        self,
        *,
        provider: str,
        id: str,
        rating: float | None,
        rating_max: int,
        title: str | None = None,
        text: str | None = None,
        pros: tuple[str, ...] = (),
        cons: tuple[str, ...] = (),
        author: str | None = None,
        created_at: dt.datetime | None = None,
        updated_at: dt.datetime | None = None,
        reply: str | None = None,
        product: str | None = None,
        order_ref: str | None = None,
        status: str | None = None,
        source: JSONObject | None = None,
        model: FromJSON[RawT] | None = None,
    ) -> None:
        self._provider = provider
        self._id = id
        self._rating = rating
        self._rating_max = rating_max
        self._title = title
        self._text = text
        self._pros = pros
        self._cons = cons
        self._author = author
        self._created_at = created_at
        self._updated_at = updated_at
        self._reply = reply
        self._product = product
        self._order_ref = order_ref
        self._status = status
        self._source = {} if source is None else source
        self._model = model
        self._raw = _UNSET

    @property
    def provider(self) -> str:
        return self._provider

    @property
    def id(self) -> str:
        return self._id

    @property
    def rating(self) -> float | None:
        return self._rating

    @property
    def rating_max(self) -> int:
        return self._rating_max

    @property
    def title(self) -> str | None:
        return self._title

    @property
    def text(self) -> str | None:
        return self._text

    @property
    def pros(self) -> tuple[str, ...]:
        return self._pros

    @property
    def cons(self) -> tuple[str, ...]:
        return self._cons

    @property
    def author(self) -> str | None:
        return self._author

    @property
    def created_at(self) -> dt.datetime | None:
        return self._created_at

    @property
    def updated_at(self) -> dt.datetime | None:
        return self._updated_at

    @property
    def reply(self) -> str | None:
        return self._reply

    @property
    def product(self) -> str | None:
        return self._product

    @property
    def order_ref(self) -> str | None:
        return self._order_ref

    @property
    def status(self) -> str | None:
        return self._status

    @property
    def raw(self) -> RawT:
        """The generated model of this record (a model of ``<p>_client.models``); None only for a
        review built by hand without one (then typed ``Review[object]``)."""
        if self._raw is _UNSET:
            self._raw = self._model.from_dict(self._source) if self._model is not None else None
        return cast("RawT", self._raw)

    @property
    def raw_json(self) -> JSONObject:
        """The record exactly as the provider sent it."""
        return self._source

    def version_key(self) -> str:
        """Identifies this state of the review: its id and when it last changed."""
        stamp = self._updated_at.isoformat() if self._updated_at else ""
        return f"{self._id}@{stamp}"

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, f"_{name}") for name in FIELDS)

    def __eq__(self, other: object) -> bool:
        # Field by field, as a frozen attrs class compares: the source JSON and the model stay out of it.
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Review)
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in FIELDS)
        return f"Review({fields})"

    def __getstate__(self) -> tuple[object, ...]:
        return (*self._fields(), self._source, self._model)

    def __setstate__(self, state: tuple[object, ...]) -> None:
        for name, value in zip((*(f"_{n}" for n in FIELDS), "_source", "_model"), state, strict=True):
            object.__setattr__(self, name, value)
        self._raw = _UNSET


#: ``object.__new__`` under one global name: a review made without running ``__init__``
_new_object = object.__new__


def new_review(
    provider: str,
    id: str,
    rating: float | None,
    rating_max: int,
    title: str | None,
    text: str | None,
    pros: tuple[str, ...],
    cons: tuple[str, ...],
    author: str | None,
    created_at: dt.datetime | None,
    updated_at: dt.datetime | None,
    reply: str | None,
    product: str | None,
    order_ref: str | None,
    status: str | None,
    source: JSONObject,
    model: FromJSON[RawT] | None,
    /,
) -> Review[RawT]:
    """The review ``Review(provider=..., ...)`` gives for these values, for the adapters' per-record mapping.

    Positional, in ``FIELDS`` order, then the source JSON and the model; slot stores without ``__init__``:
    passing 17 keyword arguments was a third of mapping a record. Every argument is required, so a call
    cannot silently leave one out; the providers' tests check each field of a mapped review.
    """
    review: Review[RawT] = _new_object(Review)
    review._provider = provider
    review._id = id
    review._rating = rating
    review._rating_max = rating_max
    review._title = title
    review._text = text
    review._pros = pros
    review._cons = cons
    review._author = author
    review._created_at = created_at
    review._updated_at = updated_at
    review._reply = reply
    review._product = product
    review._order_ref = order_ref
    review._status = status
    review._source = source
    review._model = model
    review._raw = _UNSET
    return review


def parse_timestamp(value: object) -> dt.datetime | None:
    """An ISO 8601 date or date-time as an aware datetime (UTC when the value has no offset).

    Unreadable or out-of-range values give None rather than an error: a review must not be lost over
    its timestamp (the value the provider sent stays in ``raw_json``).
    """
    if not isinstance(value, str) or not value:
        return None
    return parse_iso(value)


@functools.lru_cache(maxsize=8192)
def parse_iso(value: str) -> dt.datetime | None:
    """``parse_timestamp`` of a string known to be non-empty: what an adapter calls per stamp once it has
    checked the value itself (a call less per timestamp)."""
    # Cached: a page repeats dates and timestamps often (a record's several stamps, a day's reviews);
    # datetimes are immutable, so sharing them is safe. Late stamps only need to convert to UTC: the
    # export never moves a mark past its own start, whatever a record says.
    try:
        return parse_iso8601(value)
    except ValueError:
        return None
