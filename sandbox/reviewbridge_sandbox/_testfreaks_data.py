"""Seeded TestFreaks reviews of one client, shaped like the documentation's example."""

from __future__ import annotations

import math
import random
from typing import Any, NamedTuple
from urllib.parse import quote

from . import _text as text
from ._rand import DIGITS, HEX, Codec, mix64, rng_from_int, stable_hash, unit
from ._times import DATA_END_MS, DATA_START_MS, DAY_MS, MINUTE_MS, floor_s, iso_date, iso_s

MODERATION = ("accepted", "rejected", "pending")
ID_BITS = 64
LANGUAGES = ("en", "en", "en", "en", "en", "en", "en", "de", "de", "sv")


class Core(NamedTuple):
    created: int
    updated: int
    accepted_at: int  # -1 when not accepted
    moderation: int
    score: int
    order: int  # -1: no order
    customer: int  # -1: unknown customer
    entropy: int


def _score(roll: int) -> int:
    for score, limit in ((1, 7), (2, 12), (3, 22), (4, 45)):
        if roll < limit:
            return score
    return 5


class TestfreaksData:
    """Reviews of one client as a pure function of ``(seed, client, index)``."""

    __test__ = False  # not a pytest test class, despite the name

    def __init__(self, seed: int, client: str, size: int) -> None:
        self.client = client
        self.key = stable_hash("testfreaks", seed, client)
        self.ids = Codec(HEX, 16, self.key ^ 0x51)
        self.orders = Codec(DIGITS, 8, self.key ^ 0x62)
        self.customers = Codec(DIGITS, 7, self.key ^ 0x73)
        self.customer_count = max(2, size // 2)

    def review_id(self, index: int) -> str:
        return self.ids.encode(index)

    def index_of(self, review_id: str) -> int | None:
        return self.ids.decode(review_id)

    def order_id(self, order: int) -> str | None:
        return None if order < 0 else "O" + self.orders.encode(order)

    def customer_id(self, customer: int) -> str | None:
        return None if customer < 0 else "C" + self.customers.encode(customer)

    def portal_url(self, review_id: str) -> str:
        return f"https://reviews.testfreaks.com/portal/reviews/{review_id}?client_id={quote(self.client, safe='')}"

    def core(self, index: int) -> Core:
        h1 = mix64(self.key ^ index)
        h2 = mix64(h1)
        h3 = mix64(h2)
        created = floor_s(DATA_START_MS + int((DATA_END_MS - DATA_START_MS) * math.sqrt(unit(h1))))
        roll = (h1 >> 32) % 100
        moderation = 0 if roll < 84 else (1 if roll < 90 else 2)
        accepted_at = floor_s(created + 10 * MINUTE_MS + (h2 >> 8) % (2 * DAY_MS)) if moderation == 0 else -1
        updated = max(created, accepted_at)
        if (h2 >> 32) % 10 == 0:
            updated = floor_s(updated + (h3 >> 8) % (200 * DAY_MS))
        has_order = (h2 >> 40) % 100 < 85
        return Core(
            created=created,
            updated=updated,
            accepted_at=accepted_at,
            moderation=moderation,
            score=_score((h2 >> 48) % 100),
            order=index if has_order else -1,
            customer=h3 % self.customer_count if has_order or h3 % 3 == 0 else -1,
            entropy=h3,
        )

    def images(self, g: random.Random, uploads: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Uploaded images with the sizes the image API renders."""
        out = []
        for upload in uploads:
            token = upload.get("token") or f"{g.getrandbits(128):032x}"
            width, height = upload.get("width", 0), upload.get("height", 0)
            base = f"https://images.testfreaks.com/images/{token}"

            def scaled(limit: int, w: Any = width, h: Any = height) -> tuple[int, int]:
                if not isinstance(w, int) or not isinstance(h, int) or w <= 0 or h <= 0:
                    return limit, limit
                factor = min(1.0, limit / max(w, h))
                return max(1, round(w * factor)), max(1, round(h * factor))

            icon, medium, large = scaled(100), scaled(1600), scaled(3840)
            out.append(
                {
                    **upload,
                    "token": token,
                    "icon": f"{base}/icon.jpg",
                    "icon_width": icon[0],
                    "icon_height": icon[1],
                    "medium": f"{base}/medium.jpg",
                    "medium_width": medium[0],
                    "medium_height": medium[1],
                    "large": f"{base}/large.jpg",
                    "large_width": large[0],
                    "large_height": large[1],
                }
            )
        return out

    def render(self, index: int, core: Core) -> dict[str, Any]:
        g = rng_from_int(core.entropy)
        review_id = self.review_id(index)
        product_number = g.randrange(len(text.PRODUCTS))
        product, _brand, _category = text.PRODUCTS[product_number]
        family = f"P{product_number + 1:03d}"
        variant = f"{family}-{g.randint(1, 4):02d}-{g.choice(('BLK', 'WHT', 'NVY', 'RED', 'GRN'))}"
        first = text.FIRST_NAMES[core.entropy % len(text.FIRST_NAMES)]
        last = text.LAST_NAMES[(core.entropy >> 8) % len(text.LAST_NAMES)]
        lang = LANGUAGES[(core.entropy >> 16) % len(LANGUAGES)]
        mood = text.sentiment(core.score)
        if lang == "de":
            extract: str | None = " ".join(g.sample(text.GERMAN_SENTENCES, g.randint(1, 3)))
        elif lang == "sv":
            extract = " ".join(g.sample(text.SWEDISH_SENTENCES, g.randint(1, 3)))
        else:
            extract = text.comment(g, mood, product)
        if g.random() < 0.04:
            extract = None
        uploads = []
        if g.random() < 0.12:
            for _ in range(g.choice((1, 1, 2))):
                width, height = g.choice(((3840, 2160), (4032, 3024), (1080, 1350), (1600, 1200)))
                uploads.append(
                    {"token": f"{g.getrandbits(128):032x}", "format": "jpeg", "width": width, "height": height}
                )
        responses = []
        if g.random() < 0.15:
            responses.append(
                {
                    "author": "Customer service",
                    "text": text.reply(g, mood, first),
                    "date": iso_date(core.created + g.randrange(DAY_MS, 5 * DAY_MS)),
                }
            )
        verified_email = g.random() < 0.8
        doc: dict[str, Any] = {
            "id": review_id,
            "type": "customer",
            "author": f"{first} {last[0]}",
            "score": core.score,
            "score_max": 5,
            "date": iso_date(core.created),
            "extract": extract,
            "pros": g.sample(text.PROS, g.choice((0, 0, 1, 2, 3))),
            "cons": g.sample(text.CONS, g.choice((0, 0, 0, 1, 2))),
            "lang": lang,
            "verified_buyer": core.order >= 0,
            "votes_up": g.choice((0, 0, 0, 1, 2, 3, 5, 12)),
            "votes_down": g.choice((0, 0, 0, 0, 1, 2)),
            "product": product,
            "responses": responses,
            "images": self.images(g, uploads),
            "properties": {"size": g.choice(("S", "M", "L"))} if g.random() < 0.1 else {},
            "family_ids": [family],
            "product_ids": [variant],
            "order_id": self.order_id(core.order),
            "customer_id": self.customer_id(core.customer),
            "updated_at": iso_s(core.updated),
            "accepted": (True, False, None)[core.moderation],
            "accepted_at": iso_s(core.accepted_at) if core.accepted_at >= 0 else None,
            "verified_email": verified_email,
            "author_email": text.email(first, last, core.entropy >> 24) if g.random() < 0.9 else None,
            "portal_url": self.portal_url(review_id),
        }
        if g.random() < 0.2:
            doc["custom_questions"] = {"fit": g.choice(("small", "true to size", "large"))}
        return doc
