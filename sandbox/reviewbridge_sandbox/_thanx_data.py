"""Seeded Thanx feedback records of one merchant, shaped like the documentation's example."""

from __future__ import annotations

import math
from typing import Any, NamedTuple

from . import _text as text
from ._rand import HEX, LOWER, LOWER_ALNUM, Codec, mix64, rng_from_int, stable_hash, unit
from ._times import DATA_END_MS, DATA_START_MS, DAY_MS, HOUR_MS, MINUTE_MS, floor_s, iso_s

STATES = ("unviewed", "viewed", "expired", "rated", "reviewed", "responded")
UNVIEWED, VIEWED, EXPIRED, RATED, REVIEWED, RESPONDED = range(6)
ORDER_PROVIDERS = ("Toast", "Olo", "Square", "Clover", "Revel", None)
ID_BITS = 40
EXPIRY_MS = 14 * DAY_MS


class Core(NamedTuple):
    purchased: int
    viewed: int  # -1 when null
    rated: int
    reviewed: int
    responded: int
    state: int
    rating: int  # 0 when null
    user: int
    location: int
    entropy: int

    @property
    def updated(self) -> int:
        """Last change: the latest state timestamp, else the purchase (what a client can derive)."""
        latest = max(self.viewed, self.rated, self.reviewed, self.responded)
        return latest if latest >= 0 else self.purchased


def _nps(roll: int) -> int:
    for score, limit in ((10, 35), (9, 60), (8, 75), (7, 83), (6, 88), (5, 92), (4, 95), (3, 97), (2, 99)):
        if roll < limit:
            return score
    return 1


class ThanxData:
    """Feedback records of one merchant as a pure function of ``(seed, merchant, index)``."""

    def __init__(self, seed: int, merchant: str, size: int) -> None:
        self.merchant = merchant
        self.key = stable_hash("thanx", seed, merchant)
        self.ids = Codec(HEX, 10, self.key ^ 0x11)
        self.purchases = Codec(HEX, 10, self.key ^ 0x22)
        self.orders = Codec(LOWER_ALNUM, 10, self.key ^ 0x33)
        self.users = Codec(LOWER, 5, self.key ^ 0x44)
        self.locations = Codec(LOWER_ALNUM, 9, self.key ^ 0x55)
        self.user_count = max(3, size // 3)
        self.location_count = 2 + self.key % 6

    def feedback_id(self, index: int) -> str:
        return self.ids.encode(index)

    def index_of(self, feedback_id: str) -> int | None:
        return self.ids.decode(feedback_id)

    def user_id(self, user: int) -> str:
        return self.users.encode(user)

    def location_id(self, location: int) -> str:
        return self.locations.encode(location)

    def core(self, index: int) -> Core:
        h1 = mix64(self.key ^ index)
        h2 = mix64(h1)
        h3 = mix64(h2)
        purchased = floor_s(DATA_START_MS + int((DATA_END_MS - DATA_START_MS) * math.sqrt(unit(h1))))
        roll = (h1 >> 32) % 100
        state = next(s for s, limit in enumerate((5, 13, 25, 48, 78, 100)) if roll < limit)
        viewed = rated = reviewed = responded = -1
        rating = 0
        if state != UNVIEWED and not (state == EXPIRED and h3 % 2):
            viewed = floor_s(purchased + HOUR_MS + (h2 >> 8) % (3 * DAY_MS))
        if state >= RATED:
            rated = floor_s(viewed + MINUTE_MS + (h3 >> 8) % (2 * HOUR_MS))
            rating = _nps((h2 >> 40) % 100)
        if state >= REVIEWED:
            reviewed = floor_s(rated + MINUTE_MS + (h3 >> 24) % (30 * MINUTE_MS))
        if state == RESPONDED:
            responded = floor_s(reviewed + HOUR_MS + (h3 >> 40) % (5 * DAY_MS))
        return Core(
            purchased=purchased,
            viewed=viewed,
            rated=rated,
            reviewed=reviewed,
            responded=responded,
            state=state,
            rating=rating,
            user=h2 % self.user_count,
            location=(h2 >> 32) % self.location_count,
            entropy=h3,
        )

    def render(self, index: int, core: Core) -> dict[str, Any]:
        g = rng_from_int(core.entropy)

        def stamp(ms: int) -> str | None:
            return iso_s(ms) if ms >= 0 else None

        rating = core.rating or None
        mood = text.sentiment(rating, 10)
        first = text.FIRST_NAMES[core.entropy % len(text.FIRST_NAMES)]
        provider = ORDER_PROVIDERS[(core.entropy >> 8) % len(ORDER_PROVIDERS)]
        order = {"id": self.orders.encode(index), "provider": provider} if (core.entropy >> 16) % 10 < 8 else None
        purchased_at = iso_s(core.purchased)
        expires = core.purchased + EXPIRY_MS
        return {
            "id": self.feedback_id(index),
            "user_id": self.user_id(core.user),
            "merchant_id": self.merchant,
            "location_id": self.location_id(core.location),
            "state": STATES[core.state],
            "expires_at": iso_s(expires) if g.random() < 0.95 else None,
            "purchased_at": purchased_at,
            "viewed_at": stamp(core.viewed),
            "rated_at": stamp(core.rated),
            "reviewed_at": stamp(core.reviewed),
            "responded_at": stamp(core.responded),
            "rating": rating,
            "review": text.comment(g, mood, "order") if core.reviewed >= 0 else None,
            "response": text.reply(g, mood, first) if core.responded >= 0 else None,
            "purchase": {
                "id": self.purchases.encode(index),
                "purchased_at": purchased_at,
                "amount": round(4.5 + g.random() * g.choice((15, 30, 60, 120)), 2),
                "order": order,
            },
        }
