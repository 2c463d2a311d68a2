"""Seeded Reevoo customer experience reviews of one organisation, shaped like the documentation's example."""

from __future__ import annotations

import math
from typing import Any, NamedTuple

from . import _text as text
from ._rand import DIGITS, Codec, mix64, rng_from_int, stable_hash, unit
from ._times import DATA_END_MS, DATA_START_MS, DAY_MS, floor_day, iso_date

BRANCHES = (
    ("LDN01", "London Oxford Street"),
    ("MAN02", "Manchester Arndale"),
    ("BHM03", "Birmingham Bullring"),
    ("GLA04", "Glasgow Buchanan Street"),
    ("LDS05", "Leeds Trinity"),
)
STAFF = (("Sam", "Patel", "Customer Care Manager"), ("Hannah", "Jones", "Customer Service Advisor"),
         ("Tom", "Wright", "Head of Ecommerce"), ("Priya", "Shah", "Store Manager"))  # fmt: skip
POINTS_GOOD = ("Easy to find what I wanted", "Friendly staff", "Quick checkout", "Good prices", "Great range",
               "Clear delivery options", "Well packaged")  # fmt: skip
POINTS_BAD = ("Delivery slot options were limited", "Website slow at checkout", "No order updates by text",
              "Had to wait on the phone", "Out of stock items not shown")  # fmt: skip


class Core(NamedTuple):
    published: int  # midnight UTC of the publish date, ms
    branch: int  # -1: no branch attribution
    nps: int  # -1: no score
    entropy: int


def _nps(roll: int) -> int:
    for score, limit in ((10, 34), (9, 58), (8, 72), (7, 80), (6, 85), (5, 89), (4, 92), (3, 94), (2, 96), (1, 98)):
        if roll < limit:
            return score
    return 0


class ReevooData:
    """Reviews of one organisation as a pure function of ``(seed, trkref, index)``."""

    def __init__(self, seed: int, trkref: str) -> None:
        self.trkref = trkref
        self.key = stable_hash("reevoo", seed, trkref)
        self.orders = Codec(DIGITS, 8, self.key ^ 0x91)
        self.organisation = f"{trkref.title()} Retail Ltd" if trkref.isalpha() else "Example Retail Ltd"
        self._prefix = "".join(c for c in trkref.upper() if c.isascii() and c.isalnum())[:4] or "ORD"

    def core(self, index: int) -> Core:
        h1 = mix64(self.key ^ index)
        h2 = mix64(h1)
        h3 = mix64(h2)
        published = floor_day(DATA_START_MS + int((DATA_END_MS - DATA_START_MS) * math.sqrt(unit(h1))))
        branch = (h2 >> 8) % len(BRANCHES) if (h2 >> 16) % 100 < 40 else -1
        nps = _nps((h2 >> 32) % 100) if (h2 >> 48) % 50 else -1
        return Core(published=published, branch=branch, nps=nps, entropy=h3)

    def order_ref(self, index: int) -> str:
        return f"{self._prefix}-{self.orders.encode(index)}"

    def branch_code(self, core: Core) -> str | None:
        return BRANCHES[core.branch][0] if core.branch >= 0 else None

    def render(self, index: int, core: Core) -> dict[str, Any]:
        g = rng_from_int(core.entropy)
        nps = core.nps if core.nps >= 0 else None
        mood = text.sentiment(nps, 10)
        purchase = core.published - g.randrange(3, 30) * DAY_MS
        delivery = purchase + g.randrange(1, 7) * DAY_MS if g.random() < 0.9 else None
        first = text.FIRST_NAMES[core.entropy % len(text.FIRST_NAMES)]
        positive = mood != "negative"
        fast_responses = []
        if g.random() < (0.5 if mood == "negative" else 0.15):
            staff_first, staff_last, job = g.choice(STAFF)
            custom = g.random() < 0.3
            fast_responses.append(
                {
                    "response": text.reply(g, mood, first),
                    "respondent": {
                        "custom_name": f"{staff_first} from Customer Care" if custom else None,
                        "first_name": staff_first,
                        "surname": staff_last if g.random() < 0.7 else None,
                        "job_title": job if g.random() < 0.8 else None,
                        "display_name": f"{staff_first} from Customer Care" if custom else staff_first,
                    },
                    "organisation": {
                        "trkref": self.trkref,
                        "name": self.organisation,
                        "logo": None if g.random() < 0.2 else f"https://static.reevoo.com/logos/{index % 3}.png",
                    },
                }
            )
        branch = (
            None
            if core.branch < 0
            else {"branch_code": BRANCHES[core.branch][0], "branch_name": BRANCHES[core.branch][1]}
        )
        return {
            "branch_attribution": branch,
            "confirmed_purchaser_text": "Confirmed purchaser" if g.random() < 0.85 else None,
            "fast_responses": fast_responses,
            "reviewer": {
                "first_name": first if g.random() < 0.95 else None,
                "location": g.choice(text.UK_PLACES) if g.random() < 0.8 else None,
                "segment": g.choice(text.SEGMENTS) if g.random() < 0.7 else None,
                "facebook_avatar_url": None
                if g.random() < 0.9
                else f"https://graph.facebook.com/{g.getrandbits(48)}/picture",
            },
            "responses": [
                {
                    "display_key": "good_points",
                    "answer": g.choice(POINTS_GOOD) if positive and g.random() < 0.6 else None,
                },
                {"display_key": "bad_points", "answer": g.choice(POINTS_BAD) if g.random() < 0.3 else None},
                {"display_key": "general_comments", "answer": text.comment(g, mood, "order")},
                {"display_key": "would_buy_again", "answer": positive if g.random() < 0.9 else None},
                {"display_key": "happy_with_delivery", "answer": g.random() < 0.85 if g.random() < 0.9 else None},
                {"display_key": "happy_with_customer_service", "answer": positive if g.random() < 0.5 else None},
            ],
            "publish_date": iso_date(core.published),
            "purchase_date": iso_date(purchase),
            "delivery_date": iso_date(delivery) if delivery is not None else None,
            "nps_score": nps,
            "customer_ref": f"CUST-{g.randrange(10**7):07d}" if g.random() < 0.4 else None,
            # Always present and unique: it keeps the content-derived ids of two reviews apart.
            "order_ref": self.order_ref(index),
        }
