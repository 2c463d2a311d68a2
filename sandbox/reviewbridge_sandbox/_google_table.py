"""The reviews of one Google location as a table, its orders, and the opaque page tokens of every list.

A view key is ``rank << RANK_SHIFT | update ns << INDEX_BITS | index``; every order is read from the end
of its ascending view: ``updateTime desc`` ranks nothing, ``rating desc`` ranks by the stars and
``rating`` by seven less the stars (ties newest first in both).
"""

from __future__ import annotations

import base64
import binascii
import bisect
from array import array
from collections.abc import Sequence
from typing import Any

from ._google_data import Core, ReviewData
from ._rand import stable_hash
from ._table import Table

INDEX_BITS = 32
INDEX_MASK = (1 << INDEX_BITS) - 1
RANK_SHIFT = 128
#: the orders of ``reviews.list`` and ``batchGetReviews`` ("rating" ascends; ascending updateTime is not supported)
ORDERS = ("updateTime desc", "rating", "rating desc")
DEFAULT_ORDER = "updateTime desc"


def order_of(raw: str | None) -> str | None:
    """The documented order ``raw`` names (absent: the default), else None."""
    if raw is None:
        return DEFAULT_ORDER
    return raw if raw in ORDERS else None


class LocationReviews(Table):
    data: ReviewData

    def __init__(self, data: ReviewData, size: int) -> None:
        super().__init__(size)
        self.data = data
        self.updated = array("q", bytes(8 * size))
        self.stars = array("b", bytes(size))
        self.digits = array("b", bytes(size))
        self.commented = array("b", bytes(size))
        for i in range(size):
            self._set(i, data.core(i))
        self.events = 0
        self._summary: tuple[int, float, int] | None = None

    def _set(self, index: int, core: Core) -> None:
        self.updated[index] = core.updated
        self.stars[index] = core.stars
        self.digits[index] = core.digits
        self.commented[index] = bool(core.comment)

    def append(self, core: Core) -> int:
        index = self.allocate()
        self.updated.append(0)
        self.stars.append(0)
        self.digits.append(0)
        self.commented.append(0)
        self._set(index, core)
        return index

    def store(
        self, index: int, doc: dict[str, Any], updated: int, stars: int, *, commented: bool | None = None
    ) -> None:
        """Keep ``doc`` as review ``index``, last changed at ``updated`` (ns) with ``stars`` (and a comment
        or none, when ``commented`` says)."""
        self.docs[index] = doc
        self.updated[index] = updated
        self.stars[index] = stars
        if commented is not None:
            self.commented[index] = commented
        self.changed()

    def rewrite(self, index: int, doc: dict[str, Any]) -> None:
        """Keep ``doc`` as review ``index``, which sorts where it did (its reply alone changed)."""
        self.docs[index] = doc
        self.version += 1  # kept, as a changed table; its views stay right

    def remove(self, index: int) -> None:
        self.deleted.add(index)
        self.docs.pop(index, None)
        self.changed()

    def newest(self) -> int:
        """The latest change (ns) of any review, 0 without reviews."""
        return max((self.updated[i] for i in self.alive()), default=0)

    def summary(self) -> tuple[float, int]:
        """``averageRating`` (of the reviews with stars, to one decimal; 0 without any) and
        ``totalReviewCount``, computed once per change."""
        if self._summary is None or self._summary[0] != self.version:
            rated = [self.stars[i] for i in self.alive() if self.stars[i]]
            average = round(sum(rated) / len(rated), 1) if rated else 0.0
            self._summary = (self.version, average, self.count())
        return self._summary[1], self._summary[2]

    def sort_value(self, order: str, index: int) -> int:
        key = self.updated[index] << INDEX_BITS | index
        if order == "rating desc":
            return self.stars[index] << RANK_SHIFT | key
        if order == "rating":
            return (7 - self.stars[index]) << RANK_SHIFT | key
        return key

    def keys(self, order: str) -> list[int]:
        """Every review's key in ``order``'s view, ascending (the order reads it from the end)."""
        return self.view(order, lambda: (self.sort_value(order, i) for i in self.alive()))


def page_before(keys: Sequence[int], before: int | None, size: int) -> list[int]:
    """The ``size`` keys below ``before`` (all keys when None), highest first: one page of a walk down."""
    top = len(keys) if before is None else bisect.bisect_left(keys, before)
    return list(keys[max(top - size, 0) : top])[::-1]


class PageTokens:
    """Opaque page tokens: the position after a page, bound to the list it pages (its parent, order and
    filters) and signed with the sandbox's seed, so a token of another list, edited or made up is refused."""

    def __init__(self, seed: int) -> None:
        self.seed = seed

    def _mac(self, listing: str, position: int) -> str:
        return f"{stable_hash('google-page-token', self.seed, listing, position):016x}"

    def encode(self, listing: str, position: int) -> str:
        raw = f"{position}:{self._mac(listing, position)}".encode("ascii")
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")

    def decode(self, listing: str, token: str) -> int | None:
        """The position ``token`` holds for ``listing``; None when it is no token of that list."""
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("ascii")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
        position, _, mac = raw.partition(":")
        if not position.isascii() or not position.isdigit() or len(position) > 80:
            return None
        return int(position) if mac == self._mac(listing, int(position)) else None
