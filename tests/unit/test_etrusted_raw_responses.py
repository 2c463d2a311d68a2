"""eTrusted's ``client.with_raw_response`` writes: a write without a value answers with its status."""

from __future__ import annotations

import httpx

from tests.unit._support import aetrusted, etrusted, token_body


def test_a_write_without_a_value_answers_with_its_status() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("et-token"))
        return httpx.Response(204 if request.method == "DELETE" else 200, headers={"X-Seen": request.method})

    client = etrusted(handler)
    saved = client.with_raw_response.reply("rev-1", "Thank you")
    deleted = client.with_raw_response.delete_reply("rev-1")
    assert (saved.status_code, saved.headers["X-Seen"], saved.parse()) == (200, "POST", None)
    assert (deleted.status_code, deleted.headers["X-Seen"], deleted.parse()) == (204, "DELETE", None)


async def test_async_raw_writes() -> None:
    def et_handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("et-token"))
        return httpx.Response(200, json={"accountId": "acc-1", "channelList": ["chl-1"], "totalElements": 7})

    counted = await aetrusted(et_handler).with_raw_response.count_reviews(channels=["chl-1"])
    assert (counted.status_code, counted.parse()) == (200, 7)
