"""The eTrusted account: one store of channels behind both the channel-scoped operations and the
``/reviews`` family, views over several channels at once, and the writes (replies, vetos).

The account holds ``ACCOUNT_CHANNELS`` channels (what ``/reviews`` without ``channels`` lists); any other
channel id a client names works too, as a channel of the same account, and its reviews stay reachable by
id (``/reviews/{reviewId}``) once it has been named.
"""

from __future__ import annotations

import heapq
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from ._etrusted_data import EtrustedData, account_id
from ._etrusted_table import Channel, Filters, core_of
from ._rand import mix64, rng, stable_hash, uuid_text
from ._settings import Settings
from ._table import Scopes
from ._times import iso_ms, now_ms

ACCOUNT_CHANNELS = 3
MAX_NAMED_CHANNELS = 10_000  # channel ids remembered for lookups by review id, oldest forgotten first
_MERGED_VIEWS = 16
_PLAUSIBLE_INDEX = 1 << 40  # a review id decoded with another channel's codec gives a ~2**128 index


@dataclass(frozen=True)
class View:
    """The matching reviews of some channels in one order: ascending keys ``channel key << bits | position``."""

    channels: tuple[Channel, ...]
    keys: list[int]
    bits: int

    def review(self, key: int) -> tuple[Channel, int]:
        channel = self.channels[key & ((1 << self.bits) - 1)]
        return channel, channel.index_of_key(key >> self.bits)

    def key_of(self, review_id: str, order: str) -> int | None:
        """The key the review ``review_id`` has (or would have) in this view; None if none of its channels
        holds it."""
        for position, channel in enumerate(self.channels):
            index = channel.data.index_of(review_id)
            if index is not None and channel.exists(index):
                return channel.sort_value(order, index) << self.bits | position
        return None


class Account:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.id = account_id(settings.seed)
        self.channel_ids = tuple(_channel_id(settings.seed, number) for number in range(ACCOUNT_CHANNELS))
        self.tables: Scopes[Channel] = Scopes(self._table)
        # Cheap id codecs (no reviews generated) of the account's channels and of every channel named.
        self._own = {channel_id: EtrustedData(settings.seed, channel_id) for channel_id in self.channel_ids}
        self._named: OrderedDict[str, EtrustedData] = OrderedDict()
        self._views: OrderedDict[Hashable, list[int]] = OrderedDict()

    def _table(self, channel_id: str) -> Channel:
        return Channel(EtrustedData(self.settings.seed, channel_id), self.settings.reviews)

    def channel(self, channel_id: str) -> Channel:
        table = self.tables.get(channel_id)
        if channel_id not in self._named:
            self._named[channel_id] = table.data
            while len(self._named) > MAX_NAMED_CHANNELS:
                self._named.popitem(last=False)
        return table

    def view(self, channel_ids: tuple[str, ...], order: str, filters: Filters) -> View:
        channels = tuple(self.channel(channel_id) for channel_id in channel_ids)
        if len(channels) == 1:
            return View(channels, channels[0].keys(order, filters), 0)
        bits = (len(channels) - 1).bit_length()
        # Unchanged channels regenerate identically, so their versions identify the content.
        cache_key = (channel_ids, order, filters, tuple(channel.version for channel in channels))
        keys = self._views.get(cache_key)
        if keys is None:
            parts = [[key << bits | pos for key in ch.keys(order, filters)] for pos, ch in enumerate(channels)]
            keys = list(heapq.merge(*parts))
            self._views[cache_key] = keys
            while len(self._views) > _MERGED_VIEWS:
                self._views.popitem(last=False)
        else:
            self._views.move_to_end(cache_key)
        return View(channels, keys, bits)

    def find(self, review_id: str) -> tuple[Channel, int] | None:
        """The channel and index of a review of the account's channels or of any channel named so far."""
        for channel_id, data in (*self._own.items(), *reversed(self._named.items())):
            index = data.index_of(review_id)
            if index is None or index >= _PLAUSIBLE_INDEX:
                continue
            channel = self.channel(channel_id)
            if channel.exists(index):
                return channel, index
        return None

    @staticmethod
    def _stamp(channel: Channel, index: int) -> str:
        """Now, but strictly after the review's last change (its position in ``updatedAt`` order moves)."""
        return iso_ms(max(now_ms(), channel.updated[index] + 1))

    def save_reply(self, channel: Channel, index: int, comment: str, notify: bool) -> dict[str, Any]:
        """Save the review's one reply (replacing any earlier one); the review's ``updatedAt`` moves."""
        doc = dict(channel.doc(index))
        now = self._stamp(channel, index)
        earlier = doc.get("reply")
        reply = {
            "createdAt": earlier["createdAt"] if earlier else now,
            "updatedAt": now,
            "comment": comment,
            "sendNotification": notify,
        }
        doc.update(reply=reply, updatedAt=now)
        channel.store(index, doc, core_of(doc, 0))
        return reply

    def delete_reply(self, channel: Channel, index: int) -> None:
        doc = channel.doc(index)
        if doc.get("reply") is None:
            return
        changed = {**doc, "reply": None, "updatedAt": self._stamp(channel, index)}
        channel.store(index, changed, core_of(changed, 0))

    def veto(self, channel: Channel, index: int, comment: str, reason: str) -> dict[str, Any]:
        channel.events += 1
        g = rng("etrusted-veto", self.settings.seed, channel.data.channel, channel.events)
        created = iso_ms(now_ms())
        veto = {
            "id": "vet-" + uuid_text(f"{g.getrandbits(128):032x}"),
            "ticketId": f"{g.randrange(100_000, 1_000_000)}",
            "comment": comment,
            "reason": reason,
            "createdAt": created,
            "updatedAt": created,
        }
        channel.vetos[index] = veto
        channel.changed()  # a changed channel is kept, never regenerated: the veto stays
        return veto


def _channel_id(seed: int, number: int) -> str:
    key = stable_hash("etrusted-channel", seed, number)
    return "chl-" + uuid_text(f"{mix64(key):016x}{mix64(key ^ 0x5A):016x}")
