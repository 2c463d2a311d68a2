"""Seeded Trustpilot private reviews of one business unit, shaped like the fact sheet's review object,
and the business units the sandbox knows by domain."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Any, NamedTuple

from . import _text as text
from ._rand import HEX, Codec, mix64, rng_from_int, stable_hash, unit
from ._times import DATA_END_MS, DATA_START_MS, DAY_MS, HOUR_MS, MINUTE_MS, floor_s, iso_s

API = "https://api.trustpilot.com/v1"
#: the documentation's example id; seeded with ``--reviews N`` like every other business unit
DEFAULT_BUSINESS_UNIT = "507f191e810c19729de860ea"
LANGUAGES = ("en", "en", "en", "en", "en", "en", "da", "de", "sv", "fr")
# docs: `source` values are ND; these are the collection channels Trustpilot's business pages name.
SOURCES = ("Organic", "InvitationApi", "InvitationLink", "BasicLink")
INVITED = frozenset({1, 2})
TAG_VALUES = ("Computers", "Phones", "Accessories", "Returns")
LOCATIONS = 3
BUSINESS_USER = "5f9c2a1b3d4e5f6a7b8c9d0e"
BUSINESS_USER_NAME = "Sandbox Support"


@dataclass(frozen=True)
class BusinessUnitInfo:
    id: str
    domain: str
    display_name: str

    def as_json(self, reviews: int, stars: float) -> dict[str, Any]:
        """The public business-unit object (``findBusinessUnit``)."""
        return {
            "links": [{"href": f"{API}/business-units/{self.id}", "method": "GET", "rel": "self"}],
            "id": self.id,
            "displayName": self.display_name,
            "name": {"identifying": self.domain, "referring": [self.domain, f"www.{self.domain}"]},
            "status": "active",
            "badFit": False,
            "country": "GB",
            "websiteUrl": f"https://www.{self.domain}",
            "score": {"trustScore": round(stars, 1), "stars": round(stars * 2) / 2},
            "numberOfReviews": {"total": reviews, "usedForTrustScoreCalculation": reviews},
        }


#: the business units ``findBusinessUnit`` finds, by domain
DIRECTORY = {
    info.domain: info
    for info in (
        BusinessUnitInfo(DEFAULT_BUSINESS_UNIT, "example.com", "Example Shop"),
        BusinessUnitInfo("5f1a2b3c4d5e6f7081920a1b", "shop-b.example", "Shop B"),
        BusinessUnitInfo("60d5ecb8b3927a1c2e4f6a8d", "shop-c.example", "Shop C"),
    )
}
_BY_ID = {info.id: info for info in DIRECTORY.values()}


def is_business_unit_id(value: str) -> bool:
    """Trustpilot's ids are 24 lowercase hexadecimal digits (the docs' example, [3P] validators)."""
    return len(value) == 24 and all(c in HEX for c in value)


def business_unit(unit_id: str) -> BusinessUnitInfo:
    """The directory's entry, else a made-up name for any other id (every well-formed id has reviews)."""
    return _BY_ID.get(unit_id) or BusinessUnitInfo(unit_id, f"bu-{unit_id[:8]}.example", f"Business {unit_id[:6]}")


class Core(NamedTuple):
    created: int  # ms, whole seconds
    updated: int  # -1: never edited
    stars: int
    language: int
    location: int  # -1: none
    source: int
    reply_created: int  # -1: no company reply
    reply_updated: int
    reported: bool
    contacted: bool  # a Find Reviewer request was sent
    consumer: int
    entropy: int


def _stars(roll: int) -> int:
    for stars, limit in ((1, 12), (2, 17), (3, 25), (4, 45)):
        if roll < limit:
            return stars
    return 5


class TrustpilotData:
    """The reviews of one business unit as a pure function of ``(seed, business unit, index)``."""

    def __init__(self, seed: int, unit_id: str, size: int) -> None:
        self.unit = business_unit(unit_id)
        self.key = stable_hash("trustpilot", seed, unit_id)
        self.ids = Codec(HEX, 24, self.key ^ 0x71)
        self.consumers = Codec(HEX, 24, self.key ^ 0x72)
        self.locations = Codec(HEX, 24, self.key ^ 0x73)
        self.requests = Codec(HEX, 24, self.key ^ 0x74)
        self.consumer_count = max(2, size - size // 10)

    def review_id(self, index: int) -> str:
        return self.ids.encode(index)

    def index_of(self, review_id: str) -> int | None:
        return self.ids.decode(review_id)

    def location_id(self, location: int) -> str:
        return self.locations.encode(location)

    def location_of(self, location_id: str) -> int | None:
        """The location number of a location id (or an external id ``LOC-n``), else None."""
        number = self.locations.decode(location_id)
        if number is not None and number < LOCATIONS:
            return number
        digits = location_id.removeprefix("LOC-")
        if digits != location_id and digits.isascii() and digits.isdigit() and 1 <= int(digits) <= LOCATIONS:
            return int(digits) - 1
        return None

    def core(self, index: int) -> Core:
        h1 = mix64(self.key ^ index)
        h2 = mix64(h1)
        h3 = mix64(h2)
        created = floor_s(DATA_START_MS + int((DATA_END_MS - DATA_START_MS) * math.sqrt(unit(h1))))
        stars = _stars((h1 >> 32) % 100)
        updated = -1
        if (h2 >> 8) % 100 < 12:
            updated = floor_s(created + HOUR_MS + (h3 >> 8) % (60 * DAY_MS))
        replies = (h2 >> 16) % 100 < (60 if stars <= 3 else 25)
        reply_created = reply_updated = -1
        if replies:
            reply_created = floor_s(created + 10 * MINUTE_MS + (h3 >> 16) % (5 * DAY_MS))
            reply_updated = reply_created
            if (h3 >> 40) % 5 == 0:
                reply_updated = floor_s(reply_created + HOUR_MS + (h3 >> 44) % (3 * DAY_MS))
        return Core(
            created=created,
            updated=updated,
            stars=stars,
            language=(h2 >> 24) % len(LANGUAGES),
            location=(h2 >> 32) % LOCATIONS if (h2 >> 36) % 10 < 3 else -1,
            source=(h2 >> 40) % len(SOURCES),
            reply_created=reply_created,
            reply_updated=reply_updated,
            reported=(h2 >> 48) % 100 < 3,
            contacted=(h2 >> 52) % 100 < 8,
            consumer=h3 % self.consumer_count,
            entropy=h3,
        )

    def business_unit_json(self) -> dict[str, Any]:
        unit_id = self.unit.id
        return {
            "links": [{"href": f"{API}/business-units/{unit_id}", "method": "GET", "rel": "business-units"}],
            "id": unit_id,
            "identifyingName": self.unit.domain,
            "displayName": self.unit.display_name,
        }

    def company_reply(self, message: str, created: int, updated: int) -> dict[str, Any]:
        return {
            "text": message,
            "authorBusinessUserId": BUSINESS_USER,
            "authorBusinessUserName": BUSINESS_USER_NAME,
            "createdAt": iso_s(created),
            "updatedAt": iso_s(updated),
        }

    def render(self, index: int, core: Core) -> dict[str, Any]:
        g = rng_from_int(core.entropy)
        review_id = self.review_id(index)
        first = text.FIRST_NAMES[core.entropy % len(text.FIRST_NAMES)]
        last = text.LAST_NAMES[(core.entropy >> 8) % len(text.LAST_NAMES)]
        consumer_id = self.consumers.encode(core.consumer)
        language = LANGUAGES[core.language]
        mood = text.sentiment(core.stars)
        invited = core.source in INVITED
        location = None
        if core.location >= 0:
            place = text.UK_PLACES[(self.key >> 8 ^ core.location) % len(text.UK_PLACES)]
            location = {
                "id": self.location_id(core.location),
                "externalId": f"LOC-{core.location + 1}",
                "name": place,
                "urlFormattedName": text.slug(place).replace(",", ""),
            }
        reply = None
        if core.reply_created >= 0:
            reply = self.company_reply(text.reply(g, mood, first), core.reply_created, core.reply_updated)
        return {
            "links": [{"href": f"{API}/private/reviews/{review_id}", "method": "GET", "rel": "private-review"}],
            "id": review_id,
            "consumer": {
                "links": [{"href": f"{API}/consumers/{consumer_id}", "method": "GET", "rel": "consumers"}],
                "id": consumer_id,
                "displayName": f"{first} {last[0]}.",
                "displayLocation": g.choice(text.UK_PLACES) if g.random() < 0.7 else None,
                "numberOfReviews": g.choice((1, 1, 1, 2, 3, 5, 8, 14, 40)),
            },
            "businessUnit": self.business_unit_json(),
            "stars": core.stars,
            "title": text.title(g, mood),
            "text": _review_text(g, language, mood),
            "language": language,
            "location": location,
            "createdAt": iso_s(core.created),
            "updatedAt": iso_s(core.updated) if core.updated >= 0 else None,
            "experiencedAt": iso_s(floor_s(core.created - (core.entropy >> 20) % (20 * DAY_MS))),
            "referralEmail": text.email(first, last, core.entropy >> 24) if invited else None,
            "referenceId": f"ORD-{(core.entropy >> 28) % 10_000_000:07d}" if invited else None,
            "source": SOURCES[core.source],
            "companyReply": reply,
            "tags": [{"group": "ProductGroup", "value": g.choice(TAG_VALUES)}] if g.random() < 0.2 else [],
            "findReviewer": self._find_reviewer(g, index, core),
            "isVerified": invited,
            "numberOfLikes": g.choice((0, 0, 0, 0, 1, 2, 3, 7)),
            "status": "active",
            "reportData": _report(core) if core.reported else None,
            "complianceLabels": [],
            "countsTowardsTrustScore": True,
            "countsTowardsLocationTrustScore": location is not None,
            "invitation": {"businessUnitId": self.unit.id} if invited else None,
            "businessUnitHistory": [],
            "reviewVerificationLevel": "invited" if invited else "not-verified",
        }

    def _find_reviewer(self, g: random.Random, index: int, core: Core) -> dict[str, Any]:
        requests = []
        if core.contacted:
            answered = g.random() < 0.5
            asked = floor_s(core.created + DAY_MS + (core.entropy >> 12) % (3 * DAY_MS))
            requests.append(
                {
                    "id": self.requests.encode(index),
                    "status": "answered" if answered else "pending",
                    "created": iso_s(asked),
                    "businessUserMessage": "Could you share your order number so we can look into this?",
                    "consumerResponse": {"message": "It was ORD-1234.", "submittedAt": iso_s(asked + HOUR_MS)}
                    if answered
                    else None,
                }
            )
        return {"isEligible": not core.contacted and core.stars <= 3, "requests": requests}


def _review_text(g: random.Random, language: str, mood: str) -> str:
    if language == "de":
        return " ".join(g.sample(text.GERMAN_SENTENCES, g.randint(1, 3)))
    if language == "sv":
        return " ".join(g.sample(text.SWEDISH_SENTENCES, g.randint(1, 3)))
    return text.comment(g, mood, "order")


def _report(core: Core) -> dict[str, Any]:
    return {
        "source": "Business",
        "publicComment": None,
        "createdAt": iso_s(floor_s(core.created + 2 * DAY_MS)),
        "reasons": ["consumerIsNotCustomer"],
        "reason": "consumerIsNotCustomer",
        "reviewVisibility": "visible",
    }
