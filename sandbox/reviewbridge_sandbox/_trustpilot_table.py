"""The reviews of one Trustpilot business unit: the columns its filters and orders need, and its views.

A view key is ``created second << 32 | index`` (creation order, ties in the order reviews were added),
with the stars above it for the star orders; descending orders read a view backwards.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ._table import Table
from ._trustpilot_data import LANGUAGES, SOURCES, Core, TrustpilotData

INDEX_BITS = 32
INDEX_MASK = (1 << INDEX_BITS) - 1
STARS_SHIFT = 64
ORDERS = ("createdat.asc", "createdat.desc", "stars.asc", "stars.desc")

# packed column: language (4 bits) | location + 1 (3) | source (3) | responded | reported | contacted
_RESPONDED = 1 << 10
_REPORTED = 1 << 11
_CONTACTED = 1 << 12


def packed(core: Core) -> int:
    return (
        core.language
        | (core.location + 1) << 4
        | core.source << 7
        | (_RESPONDED if core.reply_created >= 0 else 0)
        | (_REPORTED if core.reported else 0)
        | (_CONTACTED if core.contacted else 0)
    )


@dataclass(frozen=True)
class Filters:
    """The list's filters, decoded; a value no review can have is kept so that it matches nothing."""

    stars: frozenset[int] | None = None
    languages: frozenset[str] | None = None
    start: int | None = None  # ms, inclusive, on createdAt
    end: int | None = None  # ms, inclusive
    responded: bool | None = None
    reported: bool | None = None
    reference_id: str | None = None
    referral_email: str | None = None
    tag_group: str | None = None
    tag_value: str | None = None
    ignore_tag_value_case: bool = False
    find_reviewer: str | None = None
    username: str | None = None
    location: str | None = None
    source: str | None = None

    @property
    def reads_documents(self) -> bool:
        """Whether matching needs each review's document (filters the columns do not hold)."""
        return any(
            value is not None
            for value in (self.reference_id, self.referral_email, self.tag_group, self.tag_value, self.username)
        )


class BusinessUnitReviews(Table):
    data: TrustpilotData

    def __init__(self, data: TrustpilotData, size: int) -> None:
        super().__init__(size)
        self.data = data
        self.created = array("q", bytes(8 * size))
        self.stars = array("b", bytes(size))
        self.packed = array("q", bytes(8 * size))
        for i in range(size):
            self._set(i, data.core(i))
        self.events = 0

    def _set(self, index: int, core: Core) -> None:
        self.created[index] = core.created
        self.stars[index] = core.stars
        self.packed[index] = packed(core)

    def append(self, core: Core) -> int:
        index = self.allocate()
        self.created.append(0)
        self.stars.append(0)
        self.packed.append(0)
        self._set(index, core)
        return index

    def store(self, index: int, doc: dict[str, Any]) -> None:
        """Keep ``doc`` as review ``index``; its stars and reply state move the columns with it."""
        self.docs[index] = doc
        self.stars[index] = doc["stars"]
        flags = self.packed[index] & ~_RESPONDED
        self.packed[index] = flags | (_RESPONDED if doc["companyReply"] is not None else 0)
        self.changed()

    def remove(self, index: int) -> None:
        self.deleted.add(index)
        self.docs.pop(index, None)
        self.changed()

    def newest_created(self) -> int:
        return max((self.created[i] for i in self.alive()), default=0)

    def sort_value(self, index: int, by_stars: bool) -> int:
        key = (self.created[index] // 1000) << INDEX_BITS | index
        return self.stars[index] << STARS_SHIFT | key if by_stars else key

    def keys(self, by_stars: bool, filters: Filters) -> list[int]:
        """The matching reviews' keys, ascending (``createdat.asc`` or ``stars.asc``)."""
        return self.view((by_stars, filters), lambda: (self.sort_value(i, by_stars) for i in self._matching(filters)))

    def _matching(self, f: Filters) -> Iterator[int]:
        languages = None if f.languages is None else {LANGUAGES.index(x) for x in f.languages if x in LANGUAGES}
        location = -2 if f.location is None else self.data.location_of(f.location)
        source = -1 if f.source is None else (SOURCES.index(f.source) if f.source in SOURCES else None)
        for i in self.alive():
            flags = self.packed[i]
            if f.stars is not None and self.stars[i] not in f.stars:
                continue
            if languages is not None and flags & 0xF not in languages:
                continue
            if f.start is not None and self.created[i] < f.start:
                continue
            if f.end is not None and self.created[i] > f.end:
                continue
            if f.responded is not None and bool(flags & _RESPONDED) != f.responded:
                continue
            if f.reported is not None and bool(flags & _REPORTED) != f.reported:
                continue
            if location != -2 and (location is None or (flags >> 4 & 7) - 1 != location):
                continue
            if source != -1 and (source is None or flags >> 7 & 7 != source):
                continue
            if f.find_reviewer is not None and not _find_reviewer_matches(f.find_reviewer, bool(flags & _CONTACTED)):
                continue
            if f.reads_documents and not _document_matches(self.doc(i), f):
                continue
            yield i


def _find_reviewer_matches(state: str, contacted: bool) -> bool:
    """``contacted`` / ``notContacted``; any other state matches nothing (its values are not documented)."""
    return (state == "contacted" and contacted) or (state == "notContacted" and not contacted)


def _document_matches(doc: dict[str, Any], f: Filters) -> bool:
    if f.reference_id is not None and doc["referenceId"] != f.reference_id:
        return False
    if f.referral_email is not None and doc["referralEmail"] != f.referral_email:
        return False
    if f.username is not None and doc["consumer"]["displayName"] != f.username:
        return False
    if f.tag_group is None and f.tag_value is None:
        return True

    def same_value(value: str) -> bool:
        if f.tag_value is None:
            return True
        return value.casefold() == f.tag_value.casefold() if f.ignore_tag_value_case else value == f.tag_value

    return any((f.tag_group is None or tag["group"] == f.tag_group) and same_value(tag["value"]) for tag in doc["tags"])
