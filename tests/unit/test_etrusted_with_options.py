"""eTrusted's ``client.with_options(...)``: a derived client sends with the token its client holds."""

from __future__ import annotations

from typing import Any

import httpx

from tests.unit._support import aetrusted, etrusted, etrusted_page, token_body


def _etrusted_handler(tokens: list[str]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            tokens.append("asked")
            return httpx.Response(200, json=token_body(f"et-token-{len(tokens)}"))
        assert request.headers["Authorization"] == "Bearer et-token-1"
        return httpx.Response(200, json=etrusted_page([], ""))

    return handler


def test_derived_client_uses_the_token_the_client_holds() -> None:
    tokens: list[str] = []
    client = etrusted(_etrusted_handler(tokens))
    list(client.reviews(channel_id="chl-1"))
    list(client.with_options(max_retries=1).reviews(channel_id="chl-1"))
    list(client.with_options(timeout=3).with_options(max_retries=0).reviews(channel_id="chl-1"))
    assert tokens == ["asked"]  # one token for all three


async def test_async_derived_client_shares_token_and_leaves_the_client_unchanged() -> None:
    tokens: list[str] = []
    client = aetrusted(_etrusted_handler(tokens))
    async with client.with_options(timeout=3, max_retries=0) as derived:
        assert [r async for r in derived.reviews(channel_id="chl-1")] == []
    assert [r async for r in client.reviews(channel_id="chl-1")] == []  # the pool is still open
    assert tokens == ["asked"]
