"""One eTrusted channel's reviews as a table: sort/filter columns, filters, how the API shows a review."""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ._etrusted_data import ID_BITS, STATES, TYPES, VERIFICATIONS, Core, EtrustedData, product_number, sku
from ._table import Table
from ._times import parse_datetime

ID_MASK = (1 << ID_BITS) - 1
VETO_SHOWN = ("createdAt", "comment", "reason", "ticketId")  # a veto as additionalInformation shows it


def _flags(core: Core) -> int:
    """rating (bits 0-2), has a comment (3), state (4-6), type (7), has a reply (8)."""
    return core.rating | core.has_comment << 3 | core.state << 4 | core.rtype << 7 | core.has_reply << 8


@dataclass(frozen=True)
class Filters:
    ratings: frozenset[int] | None = None
    states: frozenset[int] | None = None
    types: frozenset[int] | None = None
    has_reply: bool | None = None
    submitted_after: int | None = None
    submitted_before: int | None = None
    ignore_statements: bool = True
    query: str | None = None
    skus: frozenset[str] | None = None


class Channel(Table):
    """The reviews of one channel, with columns for sorting and filtering every item quickly."""

    data: EtrustedData

    def __init__(self, data: EtrustedData, size: int) -> None:
        super().__init__(size)
        self.data = data
        self.submitted = array("q", bytes(8 * size))
        self.updated = array("q", bytes(8 * size))
        self.edited = array("q", bytes(8 * size))
        self.flags = array("q", bytes(8 * size))
        for i in range(size):
            self._set(i, data.core(i))
        self.vetos: dict[int, dict[str, Any]] = {}
        self.events = 0

    def _set(self, index: int, core: Core) -> None:
        self.submitted[index] = core.submitted
        self.updated[index] = core.updated
        self.edited[index] = core.edited if core.edited >= 0 else core.submitted
        self.flags[index] = _flags(core)

    def search_text(self, index: int) -> str:
        stored = self.docs.get(index)
        if stored is None:
            return self.data.search_text(index, self.data.core(index))
        email = (stored.get("customer") or {}).get("email") or ""
        return f"{stored['transaction']['reference']}\n{email}".lower()

    def sku(self, index: int) -> str | None:
        """The reviewed product's SKU (product reviews), without rendering the review."""
        stored = self.docs.get(index)
        if stored is not None:
            return (stored.get("product") or {}).get("sku")
        number = product_number(self.data.core(index))
        return None if number is None else sku(number)

    def sort_value(self, order: str, index: int) -> int:
        column = {"submittedAt": self.submitted, "updatedAt": self.updated, "editedAt": self.edited}[order]
        return column[index] << ID_BITS | self.data.id_number(index)

    def keys(self, order: str, filters: Filters) -> list[int]:
        return self.view((order, filters), lambda: self._matching(order, filters))

    def _matching(self, order: str, f: Filters) -> Iterator[int]:
        for i in self.alive():
            flags = self.flags[i]
            rating = flags & 7
            if f.ignore_statements and (rating == 0 or not flags & 8):
                continue
            if f.ratings is not None and rating not in f.ratings:
                continue
            if f.states is not None and (flags >> 4) & 7 not in f.states:
                continue
            if f.types is not None and (flags >> 7) & 1 not in f.types:
                continue
            if f.has_reply is not None and bool(flags & 256) != f.has_reply:
                continue
            if f.submitted_after is not None and self.submitted[i] <= f.submitted_after:
                continue
            if f.submitted_before is not None and self.submitted[i] >= f.submitted_before:
                continue
            if f.query is not None and f.query not in self.search_text(i):
                continue
            if f.skus is not None and self.sku(i) not in f.skus:
                continue
            yield self.sort_value(order, i)

    def index_of_key(self, key: int) -> int:
        return self.data.ids.index_of_value(key & ID_MASK)

    def store(self, index: int, doc: dict[str, Any], core: Core) -> None:
        self.docs[index] = doc
        self._set(index, core)
        self.changed()


def core_of(doc: dict[str, Any], entropy: int) -> Core:
    """The sorting/filtering columns of a changed document."""

    def stamp(value: str | None) -> int:
        parsed = parse_datetime(value) if value else None
        return -1 if parsed is None else parsed

    reply = doc.get("reply")
    return Core(
        submitted=stamp(doc["submittedAt"]),
        created=stamp(doc["createdAt"]),
        updated=stamp(doc["updatedAt"]),
        edited=stamp(doc.get("editedAt")),
        rating=int(doc["rating"] or 0),
        has_comment=doc.get("comment") is not None,
        state=STATES.index(doc["state"]),
        rtype=TYPES.index(doc["type"]),
        reply_created=stamp(reply["createdAt"]) if reply else -1,
        reply_updated=stamp(reply["updatedAt"]) if reply else -1,
        attachments=bool(doc.get("hasAttachments")),
        imported=doc.get("verificationType") == VERIFICATIONS[1],
        entropy=entropy,
    )


def present(doc: dict[str, Any], extras: frozenset[str], veto: dict[str, Any] | None) -> dict[str, Any]:
    """The review as the API shows it: only the requested ``additionalInformation`` blocks."""
    out: dict[str, Any] = {}
    for key, value in doc.items():
        if key != "additionalInformation":
            out[key] = value
        elif extras:
            info: dict[str, Any] = {}
            if "VETO" in extras:
                info["veto"] = None if veto is None else {key: veto[key] for key in VETO_SHOWN}
            if "ATTACHMENTS" in extras:
                info["attachments"] = value.get("attachments")
            if "ORIGINAL_REVIEW" in extras:
                info["originalReview"] = value.get("originalReview")
            out[key] = info
    return out


MINIMAL_MEMBERS = ("id", "channelRef", "rating", "title", "comment", "submittedAt", "state")
MINIMAL_OPTIONAL = ("reply", "customer", "hasAttachments", "product", "editedAt")


def minimal(doc: dict[str, Any]) -> dict[str, Any]:
    """A review as ``/reviews-minimal`` shows it."""
    out = {key: doc[key] for key in MINIMAL_MEMBERS}
    out.update((key, doc[key]) for key in MINIMAL_OPTIONAL if key in doc)
    return out
