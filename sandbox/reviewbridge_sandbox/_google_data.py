"""Seeded Google Business Profile data: the user's accounts and their locations (Account Management and
Business Information v1), and the reviews of one location (v4), each a pure function of the seed.

Timestamps are integers of nanoseconds: Google writes them "Z-normalized" with 0, 3, 6 or 9 fractional
digits, and a review's stamps have the precision it is shown with (``rfc3339``), so the order the API
sorts by is the order a client reads.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any, NamedTuple

from . import _text as text
from ._rand import DIGITS, Codec, mix64, rng_from_int, stable_hash, unit
from ._times import DATA_END_MS, DATA_START_MS, DAY_MS, HOUR_MS, MINUTE_MS, iso_s

NS_PER_MS = 1_000_000
ACCOUNTS = 2
DEFAULT_LOCATIONS = 3
#: the location of the example scope (``/_sandbox/...`` without ``scope``): the location group's first
EXAMPLE_LOCATION = 1
#: the fractional digits Google's stamps have ("0, 3, 6 or 9"), by how often the sandbox uses each
PRECISIONS = (0, 3, 3, 6, 9)
STARS = ("STAR_RATING_UNSPECIFIED", "ONE", "TWO", "THREE", "FOUR", "FIVE")
# docs: what an anonymous reviewer's displayName holds is ND; the sandbox sends either this name or none.
ANONYMOUS_NAME = "A Google User"
REPLY_MAX_BYTES = 4096
# Review ids are "encrypted unique identifiers": the sandbox's are opaque text over this alphabet.
_ID_ALPHABET = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
_ID_PREFIX = "Ci"
_ID_WIDTH = 30

#: (original, Google's English translation): reviews in other languages come with both, as Google sends them
TRANSLATED = (
    ("Schnelle Lieferung und alles gut verpackt.", "Fast delivery and everything well packed."),
    ("Sehr freundliches Personal, gerne wieder!", "Very friendly staff, happy to come again!"),
    ("Leider war die Hälfte der Regale leer.", "Unfortunately half of the shelves were empty."),
    ("Personnel très aimable et de bon conseil.", "Very friendly staff who gave good advice."),
    ("Trop d'attente à la caisse ce samedi.", "Too much waiting at the checkout this Saturday."),
    ("Mycket nöjd med köpet!", "Very happy with the purchase!"),
    ("Buena atención, pero los precios son altos.", "Good service, but prices are high."),
    ("Ottimo negozio, personale gentilissimo.", "Great shop, very kind staff."),
)


def translated(original: str, translation: str) -> str:
    """A comment as Google shows a translated one: its translation, then the reviewer's own text."""
    return f"(Translated by Google) {translation}\n\n(Original)\n{original}"


def rfc3339(ns: int, digits: int) -> str:
    """UTC, ``Z``, with ``digits`` (0, 3, 6 or 9) fractional digits: ``2014-10-02T15:01:23.045123456Z``."""
    seconds, fraction = divmod(ns, 1_000_000_000)
    whole = iso_s(seconds * 1000)
    if not digits:
        return whole
    return f"{whole[:-1]}.{fraction:09d}"[: len(whole) + digits] + "Z"


def step(digits: int) -> int:
    """The nanoseconds of one unit of the last of ``digits`` fractional digits."""
    return _STEPS[9 - digits]


_STEPS = (1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000)


def truncate(ns: int, digits: int) -> int:
    """``ns`` cut to ``digits`` fractional digits of a second."""
    return ns - ns % step(digits)


@dataclass(frozen=True)
class Location:
    """One location of one account: ``locations/{id}`` in Business Information, ``parent`` in v4."""

    account: str
    id: str
    number: int

    @property
    def name(self) -> str:
        return f"locations/{self.id}"

    @property
    def parent(self) -> str:
        return f"accounts/{self.account}/locations/{self.id}"


_SHOPS = ("Catford", "Headingley", "Didsbury", "Clifton", "Jesmond", "Morningside", "Kelvinside", "Roath")
_CITIES = ("London", "Leeds", "Manchester", "Bristol", "Newcastle", "Edinburgh", "Glasgow", "Cardiff")


class Directory:
    """The accounts the sandbox's user reaches (a personal one first, then a location group) and their
    locations: the personal account owns one, the group the others. Their ids are the same for every
    seed (examples and tests name them); the seed changes the reviews."""

    def __init__(self, locations: int) -> None:
        key = stable_hash("google-directory")
        accounts = Codec(DIGITS, 20, key ^ 0x61)
        places = Codec(DIGITS, 19, key ^ 0x62)
        self.account_ids = tuple(f"1{accounts.encode(n)}" for n in range(ACCOUNTS))
        self.locations = tuple(
            Location(self.account_ids[0 if n == 0 else 1], f"1{places.encode(n)}", n) for n in range(locations)
        )
        self._by_parent = {location.parent: location for location in self.locations}
        self._by_name = {location.name: location for location in self.locations}
        self.key = key

    def accounts(self) -> list[dict[str, Any]]:
        personal, group = self.account_ids
        return [
            {
                "name": f"accounts/{personal}",
                "accountName": "Sam Sandbox",
                "type": "PERSONAL",
                "role": "PRIMARY_OWNER",
                "verificationState": "VERIFIED",
                "vettedState": "NOT_VETTED",
                "permissionLevel": "OWNER_LEVEL",
            },
            {
                "name": f"accounts/{group}",
                "accountName": "Example Shops Ltd",
                "type": "LOCATION_GROUP",
                "role": "OWNER",
                "verificationState": "VERIFIED",
                "vettedState": "NOT_VETTED",
                "accountNumber": f"{self.key % 10**10:010d}",
                "permissionLevel": "OWNER_LEVEL",
            },
        ]

    def of_account(self, account_id: str) -> list[Location]:
        return [location for location in self.locations if location.account == account_id]

    def location(self, parent: str) -> Location | None:
        """The location of a v4 name ``accounts/A/locations/L`` (or a v1 name ``locations/L``), else None."""
        return self._by_parent.get(parent) or self._by_name.get(parent)

    def location_doc(self, location: Location) -> dict[str, Any]:
        """The whole Business Information Location; a list shows the members its ``readMask`` names."""
        n = location.number
        shop, city = _SHOPS[n % len(_SHOPS)], _CITIES[n % len(_CITIES)]
        suffix = f" {n // len(_SHOPS) + 1}" if n >= len(_SHOPS) else ""
        h = mix64(self.key ^ n)
        place_id = "ChIJ" + Codec(_ID_ALPHABET, 23, h).encode(n)
        return {
            "name": location.name,
            "languageCode": "en-GB",
            "storeCode": f"SHOP-{n + 1:03d}",
            "title": f"Example Shop {shop}{suffix}",
            "phoneNumbers": {"primaryPhone": f"020 7946 {n % 10_000:04d}"},
            "categories": {
                "primaryCategory": {"name": "categories/gcid:clothing_store", "displayName": "Clothing store"}
            },
            "storefrontAddress": {
                "regionCode": "GB",
                "languageCode": "en",
                "postalCode": f"SE{n % 28 + 1} {h % 9 + 1}AA",
                "locality": city,
                "addressLines": [f"{h % 200 + 1} High Street"],
            },
            "websiteUri": f"https://example.com/stores/{shop.lower()}{suffix.strip()}",
            "latlng": {"latitude": 51.0 + unit(h) * 4, "longitude": -3.0 + unit(h >> 32) * 3},
            "openInfo": {"status": "OPEN", "canReopen": True},
            "metadata": {
                "placeId": place_id,
                "mapsUri": f"https://maps.google.com/maps?cid={h % 10**19}",
                "newReviewUri": f"https://search.google.com/local/writereview?placeid={place_id}",
                "hasVoiceOfMerchant": True,
            },
            "profile": {"description": f"Clothes, shoes and accessories in {city}."},
            "labels": [],
        }


class Core(NamedTuple):
    created: int  # ns, at the review's precision
    updated: int  # ns: the reviewer's last change (at least ``created``)
    stars: int  # 0: STAR_RATING_UNSPECIFIED
    digits: int  # fractional digits of the review's stamps
    comment: int  # 0: rating only, 1: written in English, 2: translated by Google
    anonymous: int  # 0: named, 1: anonymous with ANONYMOUS_NAME, 2: anonymous without a name
    reply: int  # ns of the owner's reply, -1: none
    entropy: int


def _stars(roll: int) -> int:
    for stars, limit in ((0, 3), (1, 12), (2, 17), (3, 25), (4, 45)):
        if roll < limit:
            return stars
    return 5


def _ns(ms: int, entropy: int) -> int:
    return ms * NS_PER_MS + entropy % NS_PER_MS


class ReviewData:
    """The reviews of one location as a pure function of ``(seed, location, index)``."""

    def __init__(self, seed: int, location: Location) -> None:
        self.location = location
        self.key = stable_hash("google-reviews", seed, location.parent)
        self.ids = Codec(_ID_ALPHABET, _ID_WIDTH, self.key ^ 0x71)

    def review_id(self, index: int) -> str:
        return _ID_PREFIX + self.ids.encode(index)

    def index_of(self, review_id: str) -> int | None:
        if not review_id.startswith(_ID_PREFIX):
            return None
        return self.ids.decode(review_id.removeprefix(_ID_PREFIX))

    def name(self, index: int) -> str:
        return f"{self.location.parent}/reviews/{self.review_id(index)}"

    def core(self, index: int) -> Core:
        h1 = mix64(self.key ^ index)
        h2 = mix64(h1)
        h3 = mix64(h2)
        digits = PRECISIONS[(h2 >> 4) % len(PRECISIONS)]
        created_ms = DATA_START_MS + int((DATA_END_MS - DATA_START_MS) * unit(h1) ** 0.5)
        created = truncate(_ns(created_ms, h3), digits)
        updated = created
        if (h2 >> 8) % 100 < 10:  # edited by the reviewer later
            updated = truncate(_ns(created_ms + HOUR_MS + (h3 >> 8) % (90 * DAY_MS), h2), digits)
        stars = _stars((h1 >> 32) % 100)
        roll = (h2 >> 16) % 100
        comment = 0 if roll < 15 else (2 if roll < 27 else 1)
        anonymous = 0 if (h2 >> 24) % 100 >= 8 else 1 + (h2 >> 32) % 2
        reply = -1
        if (h2 >> 40) % 100 < (55 if stars <= 3 else 30):
            reply = truncate(_ns(created_ms + 20 * MINUTE_MS + (h3 >> 16) % (6 * DAY_MS), h3 >> 3), digits)
        return Core(created, updated, stars, digits, comment, anonymous, reply, h3)

    def reply(self, comment: str, ns: int, digits: int) -> dict[str, Any]:
        return {"comment": comment, "updateTime": rfc3339(ns, digits)}

    def render(self, index: int, core: Core) -> dict[str, Any]:
        g = rng_from_int(core.entropy)
        first = text.FIRST_NAMES[core.entropy % len(text.FIRST_NAMES)]
        last = text.LAST_NAMES[(core.entropy >> 8) % len(text.LAST_NAMES)]
        mood = text.sentiment(core.stars or None)
        review: dict[str, Any] = {
            "name": self.name(index),
            "reviewId": self.review_id(index),
            "reviewer": self._reviewer(g, core, first, last),
            "starRating": STARS[core.stars],
        }
        if core.comment:
            review["comment"] = self.comment(g, core.comment == 2, mood)
        review["createTime"] = rfc3339(core.created, core.digits)
        review["updateTime"] = rfc3339(core.updated, core.digits)
        if core.reply >= 0:
            review["reviewReply"] = self.reply(text.reply(g, mood, first), core.reply, core.digits)
        if core.comment and (core.entropy >> 50) % 100 < 6:
            review["reviewMediaItems"] = _media(core.entropy)
        return review

    @staticmethod
    def comment(g: random.Random, foreign: bool, mood: str) -> str:
        if foreign:
            return translated(*g.choice(TRANSLATED))
        return text.comment(g, mood, "visit")

    @staticmethod
    def _reviewer(g: random.Random, core: Core, first: str, last: str) -> dict[str, Any]:
        if core.anonymous == 1:
            return {"displayName": ANONYMOUS_NAME, "isAnonymous": True}
        if core.anonymous == 2:
            return {"isAnonymous": True}
        photo = f"https://lh3.googleusercontent.com/a/ACg8oc{core.entropy % 10**12:012d}=s120-c-rp-mo-br100"
        return {"profilePhotoUrl": photo, "displayName": f"{first} {last}" if g.random() < 0.7 else first}


def _media(entropy: int) -> list[dict[str, Any]]:
    """A review's photos and now and then a video (added 2026-04-20: "thumbnail image and video urls").

    docs: the members' names are ND; these are the sandbox's own, so a client can only keep them whole.
    """
    items: list[dict[str, Any]] = []
    for n in range(1 + (entropy >> 57) % 3):
        base = f"https://lh3.googleusercontent.com/geougc-cs/AB{(entropy >> n) % 10**10:010d}"
        item = {"thumbnailUrl": f"{base}=w150-h150-k-no"}
        if n == 0 and (entropy >> 60) % 4 == 0:
            item["videoUrl"] = f"{base}=m18"
        items.append(item)
    return items
