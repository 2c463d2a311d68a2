"""Reevoo's client against broken bodies: an item without a list member is still read."""

from __future__ import annotations

import httpx

from tests.unit._support import (
    reevoo,
    reevoo_item,
)


def test_reevoo_item_without_list_member_still_fine_when_present() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"customer_experience_reviews": [reevoo_item(1)]})

    assert len(list(reevoo(handler).reviews(trkref="ABC"))) == 1
