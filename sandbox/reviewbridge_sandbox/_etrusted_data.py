"""Seeded eTrusted customer reviews of one channel, shaped like the documentation's examples."""

from __future__ import annotations

import math
import random
from typing import Any, NamedTuple

from . import _text as text
from ._rand import DIGITS, HEX, Codec, mix64, rng_from_int, stable_hash, unit, uuid_text
from ._times import DATA_END_MS, DATA_START_MS, DAY_MS, HOUR_MS, MINUTE_MS, iso_ms

# docs: review states and verification types as eTrusted lists them (both extensible).
STATES = ("APPROVED", "MODERATION", "REJECTED", "SUBMITTED", "DISCARDED")
VERIFICATIONS = ("VERIFIED", "UNDEFINED")
TYPES = ("SERVICE_REVIEW", "PRODUCT_REVIEW")
LOCALES = ("en_GB", "de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "pl_PL")
ID_BITS = 128


class Core(NamedTuple):
    """What sorting and filtering need, derived cheaply from the item's hash."""

    submitted: int
    created: int
    updated: int
    edited: int  # -1: never edited
    rating: int  # 0: no rating (a statement)
    has_comment: bool
    state: int
    rtype: int
    reply_created: int  # -1: no reply
    reply_updated: int
    attachments: bool
    imported: bool
    entropy: int

    @property
    def statement(self) -> bool:
        return self.rating == 0 or not self.has_comment

    @property
    def has_reply(self) -> bool:
        return self.reply_created >= 0


def account_id(seed: int) -> str:
    """The sandbox's one account: every channel belongs to it."""
    key = stable_hash("etrusted-account", seed)
    return "acc-" + uuid_text(f"{mix64(key ^ 0x3F):016x}{mix64(key ^ 0x4A):016x}")


def _state(roll: int) -> int:
    for state, limit in enumerate((85, 91, 95, 98)):
        if roll < limit:
            return state
    return 4


def product_number(core: Core) -> int | None:
    """Which of ``text.PRODUCTS`` a product review is about (the first draw of its generator)."""
    return rng_from_int(core.entropy).randrange(len(text.PRODUCTS)) if core.rtype == 1 else None


def sku(number: int) -> str:
    _name, brand, _category = text.PRODUCTS[number]
    return f"{1000 + number * 37}-{brand[:2].upper()}-{number:02d}"


def _rating(roll: int) -> int:
    if roll < 9:
        return 1
    if roll < 14:
        return 2
    if roll < 23:
        return 3
    if roll < 45:
        return 4
    return 5


class EtrustedData:
    """Reviews of one channel as a pure function of ``(seed, channel, index)``."""

    def __init__(self, seed: int, channel: str) -> None:
        self.channel = channel
        self.key = stable_hash("etrusted", seed, channel)
        self.ids = Codec(HEX, 32, self.key ^ 0x1D)
        self.references = Codec(DIGITS, 7, self.key ^ 0x2E)
        self.account = account_id(seed)

    def review_id(self, index: int) -> str:
        return "rev-" + uuid_text(self.ids.encode(index))

    def id_number(self, index: int) -> int:
        return self.ids.value(index)

    def index_of(self, review_id: str) -> int | None:
        if not review_id.startswith("rev-") or len(review_id) != 40:
            return None
        parts = review_id[4:].split("-")
        if [len(p) for p in parts] != [8, 4, 4, 4, 12]:
            return None
        return self.ids.decode("".join(parts))

    def reference(self, index: int) -> str:
        return "ORDER-" + self.references.encode(index)

    def core(self, index: int) -> Core:
        h1 = mix64(self.key ^ index)
        h2 = mix64(h1)
        h3 = mix64(h2)
        submitted = DATA_START_MS + int((DATA_END_MS - DATA_START_MS) * math.sqrt(unit(h1)))
        rating = _rating((h1 >> 32) % 100)
        kind = h2 % 100
        has_comment = True
        if kind < 2:
            rating = 0
        elif kind < 6:
            has_comment = False
        imported = (h2 >> 48) % 100 < 10
        # Imported reviews were stored later than submitted, but never after the seeded period.
        delay = (h3 >> 8) % (max(DAY_MS, min(400 * DAY_MS, DATA_END_MS - submitted))) if imported else 0
        created = submitted + delay + (h3 >> 8) % (3 * MINUTE_MS)
        reply_chance = 60 if 0 < rating <= 2 else 30
        reply_created = reply_updated = -1
        if (h2 >> 24) % 100 < reply_chance:
            reply_created = created + HOUR_MS + (h3 >> 20) % (10 * DAY_MS)
            reply_updated = reply_created
            if (h3 >> 50) % 5 == 0:
                reply_updated += (h3 >> 30) % (5 * DAY_MS)
        edited = -1
        if has_comment and rating and (h2 >> 40) % 100 < 5:
            edited = submitted + DAY_MS + (h3 >> 12) % (60 * DAY_MS)
        updated = max(created, reply_updated, edited)
        return Core(
            submitted=submitted,
            created=created,
            updated=updated,
            edited=edited,
            rating=rating,
            has_comment=has_comment,
            state=_state((h2 >> 8) % 100),
            rtype=1 if (h2 >> 16) % 100 < 35 else 0,
            reply_created=reply_created,
            reply_updated=reply_updated,
            attachments=(h2 >> 32) % 100 < 8,
            imported=imported,
            entropy=h3,
        )

    def customer(self, core: Core) -> dict[str, Any]:
        h = core.entropy
        first = text.FIRST_NAMES[h % len(text.FIRST_NAMES)]
        last = text.LAST_NAMES[(h >> 8) % len(text.LAST_NAMES)]
        email = None if (h >> 40) % 50 == 0 else text.email(first, last, h >> 16)
        mobile = f"+44 7{(h >> 44) % 1000:03d} {(h >> 24) % 1000000:06d}" if (h >> 56) % 5 < 2 else None
        return {"firstName": first, "lastName": last, "fullName": f"{first} {last}", "email": email, "mobile": mobile}

    def search_text(self, index: int, core: Core) -> str:
        """What the ``query`` filter matches: transaction reference and customer e-mail."""
        return f"{self.reference(index)}\n{self.customer(core)['email'] or ''}".lower()

    def _product(self, g: random.Random) -> dict[str, Any]:
        number = g.randrange(len(text.PRODUCTS))  # the first draw: see product_number()
        name, brand, _category = text.PRODUCTS[number]
        h = mix64(self.key ^ (0xABC0 + number))
        code = sku(number)
        return {
            "id": "prt-" + uuid_text(f"{h:016x}{mix64(h):016x}"),
            "sku": code,
            "mpn": f"{h % 100_000_000:08d}",
            "gtin": f"40{h % 10**11:011d}" if number % 3 else 4000000000000 + h % 10**12,
            "name": name,
            "url": f"https://www.{brand.lower().replace(' ', '').replace('&', 'and')}-shop.example/p/{code.lower()}/",
            "imageUrl": None if number % 7 == 0 else f"https://cdn.example/img/{code.lower()}.jpg",
            "brand": brand,
        }

    def _attachments(self, g: random.Random) -> dict[str, Any]:
        images = []
        for _ in range(g.choice((1, 1, 2, 3))):
            attachment = "atc-" + uuid_text(f"{g.getrandbits(128):032x}")
            extension = g.choice(("png", "jpg", "jpeg"))
            path = f"/attachments/{attachment}/{g.getrandbits(32):08x}"
            images.append(
                {
                    "id": attachment,
                    "extensions": extension,
                    "urlOriginal": f"https://attachments.etrusted.koeln{path}/original.{extension}",
                    "pathOriginal": f"{path}/original.{extension}",
                    "pathThumbnail": f"{path}/thumbnail.{extension}",
                    "pathLarge": f"{path}/large.{extension}",
                }
            )
        return {"images": images}

    def render(self, index: int, core: Core) -> dict[str, Any]:
        """The full stored review; ``additionalInformation`` holds every block (the API shows only the
        requested ones)."""
        g = rng_from_int(core.entropy)
        customer = self.customer(core)
        product = self._product(g) if core.rtype == 1 else None
        rating = core.rating or None
        mood = text.sentiment(rating)
        product_name = product["name"] if product else "order"
        title = text.title(g, mood) if core.has_comment or g.random() < 0.5 else None
        comment = text.comment(g, mood, product_name) if core.has_comment else None
        reply = None
        if core.has_reply:
            reply = {
                "createdAt": iso_ms(core.reply_created),
                "updatedAt": iso_ms(core.reply_updated),
                "comment": text.reply(g, mood, customer["firstName"]),
                "sendNotification": g.random() < 0.7,
            }
        doc: dict[str, Any] = {
            "_object": "CustomerReview",
            "id": self.review_id(index),
            "accountRef": self.account,
            "channelRef": self.channel,
            "inviteRef": None if core.imported else "inv-" + uuid_text(f"{g.getrandbits(128):032x}"),
            "rating": rating,
            "title": title,
            "comment": comment,
            "createdAt": iso_ms(core.created),
            "updatedAt": iso_ms(core.updated),
            "submittedAt": iso_ms(core.submitted),
            "feedbackType": "STATEMENT" if core.statement else "REVIEW",
            "state": STATES[core.state],
            "type": TYPES[core.rtype],
            "verificationType": VERIFICATIONS[core.imported],
            "reply": reply,
            "customer": customer,
            "transaction": {
                "reference": self.reference(index),
                "date": iso_ms(core.submitted - g.randrange(DAY_MS, 20 * DAY_MS)),
            },
            "event": {"id": "evt-" + uuid_text(f"{g.getrandbits(128):032x}"), "type": "checkout"},
            "metadata": {"customParam1": f"campaign-{g.randrange(1, 40)}"} if g.random() < 0.3 else {},
            "surveyData": {"deliveryRating": str(g.randint(1, 5))} if g.random() < 0.2 else {},
            "questionnaire": {
                "id": "qre-" + uuid_text(f"{mix64(self.key ^ 0x5B):016x}{mix64(self.key ^ 0x6C):016x}"),
                "locale": LOCALES[0] if g.random() < 0.6 else g.choice(LOCALES),
                "templateRef": "qrt-" + uuid_text(f"{mix64(self.key ^ 0x7D):016x}{mix64(self.key ^ 0x8E):016x}"),
            },
            "hasAttachments": core.attachments,
            "additionalInformation": {
                "attachments": self._attachments(g) if core.attachments else None,
                "originalReview": None,
            },
        }
        if product is not None:
            doc["product"] = product
        if core.edited >= 0:
            original_rating = min(5, max(1, core.rating + g.choice((-2, -1, -1, 0))))
            original_mood = text.sentiment(original_rating)
            original = {
                "rating": original_rating,
                "title": text.title(g, original_mood),
                "comment": text.comment(g, original_mood, product_name),
            }
            edit(doc, original, reply, core.edited)
        return doc


def edit(doc: dict[str, Any], original: dict[str, Any], reply: dict[str, Any] | None, edited_ms: int) -> None:
    """Mark ``doc`` as edited by the consumer at ``edited_ms``, ``original`` being the first version."""
    doc["editedAt"] = iso_ms(edited_ms)
    info = doc["additionalInformation"]
    if info.get("originalReview") is None:
        info["originalReview"] = {**original, "reply": reply}
        old_reply = None
        if reply is not None:
            old_reply = {
                "replyComment": reply["comment"],
                "replyCreatedAt": reply["createdAt"],
                "replyUpdatedAt": reply["updatedAt"],
            }
        doc["originalReview"] = {**original, "reply": old_reply}
