"""The Google sandbox's one store: the user's accounts and locations, each location's reviews, and what
changes them (replies written and deleted through the API; edits, new and deleted reviews by churn).

A reply changes the review's ``reviewReply`` only: its ``updateTime`` stays the reviewer's last change
(docs: whether a reply moves it is ND; the sandbox takes the reading a client must cope with). A
reviewer's edit moves ``updateTime`` past every earlier stamp of the location, so it sorts first.
"""

from __future__ import annotations

import datetime as dt
import heapq
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from . import _text as text
from ._google_data import (
    DEFAULT_LOCATIONS,
    EXAMPLE_LOCATION,
    STARS,
    Directory,
    Location,
    ReviewData,
    rfc3339,
    step,
    truncate,
)
from ._google_table import INDEX_MASK, LocationReviews
from ._rand import rng
from ._settings import DEFAULT_SCOPE, Settings
from ._table import Scopes


def after(ns: int, digits: int) -> int:
    """Now at ``digits`` precision, and strictly later than ``ns``."""
    return max(truncate(time.time_ns(), digits), truncate(ns, digits) + step(digits))


@dataclass(frozen=True)
class Merged:
    """The reviews of several locations in one order: ascending keys ``key << bits | position``."""

    tables: tuple[LocationReviews, ...]
    keys: list[int]
    bits: int

    def review(self, key: int) -> tuple[LocationReviews, int]:
        return self.tables[key & ((1 << self.bits) - 1)], (key >> self.bits) & INDEX_MASK


class Store:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.directory = Directory(settings.scope_count(DEFAULT_LOCATIONS))
        self.tables: Scopes[LocationReviews] = Scopes(self._table)

    def _table(self, parent: str) -> LocationReviews:
        location = self.directory.location(parent)
        assert location is not None
        return LocationReviews(ReviewData(self.settings.seed, location), self.settings.reviews)

    def table(self, location: Location) -> LocationReviews:
        return self.tables.get(location.parent)

    def find(self, location: Location, review_id: str) -> tuple[LocationReviews, int] | None:
        table = self.table(location)
        index = table.data.index_of(review_id)
        if index is None or not table.exists(index):
            return None
        return table, index

    def merged(self, tables: Iterable[LocationReviews], order: str, *, commented: bool = False) -> Merged:
        """The reviews of ``tables`` in ``order`` (only those with a comment, if asked)."""
        tables = tuple(tables)
        bits = max(len(tables) - 1, 1).bit_length()
        parts = [
            [key << bits | pos for key in table.keys(order) if not commented or table.commented[key & INDEX_MASK]]
            for pos, table in enumerate(tables)
        ]
        return Merged(tables, list(heapq.merge(*parts)), bits)

    # ---------- replies ----------

    def set_reply(self, table: LocationReviews, index: int, comment: str) -> dict[str, Any]:
        """Create or replace the owner's reply (``updateReply`` is an upsert); the reply as stored."""
        doc = dict(table.doc(index))
        digits = table.digits[index]
        earlier = doc.get("reviewReply")
        moment = after(_ns_of(earlier["updateTime"]) if earlier else 0, digits)
        doc["reviewReply"] = table.data.reply(comment, moment, digits)
        table.rewrite(index, doc)
        return dict(doc["reviewReply"])

    def delete_reply(self, table: LocationReviews, index: int) -> None:
        doc = table.doc(index)
        if "reviewReply" in doc:
            table.rewrite(index, {k: v for k, v in doc.items() if k != "reviewReply"})

    # ---------- admin ----------

    def scope(self, scope: str) -> list[LocationReviews]:
        """The tables an admin scope names: a location by its name (``accounts/A/locations/L``), every
        location of an account (``accounts/A/locations/-``) or of all (``accounts/-/locations/-``, Google's
        wildcard), or the example scope: the example location (``EXAMPLE_LOCATION``)."""
        directory = self.directory
        if scope == DEFAULT_SCOPE:
            scope = directory.locations[min(EXAMPLE_LOCATION, len(directory.locations) - 1)].parent
        account, _, rest = scope.removeprefix("accounts/").partition("/")
        if rest == "locations/-":
            return [self.table(loc) for loc in directory.locations if account in ("-", loc.account)]
        location = directory.location(scope)
        return [] if location is None else [self.table(location)]

    def dataset(self, scope: str) -> list[dict[str, str]]:
        view = self.merged(self.scope(scope), "updateTime desc")
        out = []
        for key in reversed(view.keys):
            table, index = view.review(key)
            doc = table.doc(index)
            out.append({"id": doc["name"], "updated_at": doc["updateTime"]})
        return out

    def churn(self, scope: str, add: int, update: int) -> dict[str, Any]:
        """Edit ``update`` reviews (stars and comment; about half also get a new or changed reply) and add
        ``add`` reviews written now, spread over the scope's locations."""
        tables = self.scope(scope)
        if not tables:
            return {"added": [], "updated": [], "replied": []}
        for table in tables:
            table.events += 1
        g = rng("google-churn", self.settings.seed, scope, sum(table.events for table in tables))
        existing = [(table, index) for table in tables for index in table.alive()]
        updated, replied = [], []
        for table, index in g.sample(existing, min(update, len(existing))):
            doc = dict(table.doc(index))
            digits = table.digits[index]
            stars = g.randint(1, 5)
            mood = text.sentiment(stars)
            moment = after(table.newest(), digits)
            doc.update(starRating=STARS[stars], updateTime=rfc3339(moment, digits))
            doc["comment"] = table.data.comment(g, g.random() < 0.1, mood)
            if g.random() < 0.5:
                doc["reviewReply"] = table.data.reply(text.reply(g, mood, None), moment, digits)
                replied.append(doc["name"])
            table.store(index, doc, moment, stars, commented=True)
            updated.append(doc["name"])
        added = []
        for _ in range(add):
            table = g.choice(tables)
            seeded = table.data.core(table.size)
            moment = after(table.newest(), seeded.digits)
            core = seeded._replace(created=moment, updated=moment, reply=-1)
            index = table.append(core)
            doc = table.data.render(index, core)
            table.store(index, doc, moment, core.stars, commented=bool(core.comment))
            added.append(doc["name"])
        return {"added": added, "updated": updated, "replied": replied}

    def delete(self, scope: str, count: int) -> list[str]:
        tables = self.scope(scope)
        for table in tables:
            table.events += 1
        g = rng("google-delete", self.settings.seed, scope, sum(table.events for table in tables))
        existing = [(table, index) for table in tables for index in table.alive()]
        deleted = []
        for table, index in g.sample(existing, min(count, len(existing))):
            deleted.append(table.data.name(index))
            table.remove(index)
        return deleted


def _ns_of(stamp: str) -> int:
    """The nanoseconds of one of the sandbox's own stamps (``rfc3339``'s form)."""
    whole, _, fraction = stamp.rstrip("Z").partition(".")
    seconds = int(dt.datetime.fromisoformat(whole).replace(tzinfo=dt.UTC).timestamp())
    return seconds * 1_000_000_000 + int((fraction + "000000000")[:9])
