"""The sync and async eTrusted clients renew their token alike: on expiry and on a 401 (see test_twins.py)."""

from __future__ import annotations

from typing import Any

import httpx

from tests.unit._support import aetrusted, etrusted, etrusted_item, etrusted_page, token_body


class _Server:
    """A token endpoint and a one-page listing that takes the latest token only, and refuses the API call
    numbered ``refuse`` once (a token revoked early): the requests in the order they came."""

    def __init__(self, refuse: int) -> None:
        self.seen: list[str] = []
        self.tokens = 0
        self.refuse = refuse

    def answer(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            self.tokens += 1
            self.seen.append(f"token -> tok-{self.tokens}")
            return httpx.Response(200, json=token_body(f"tok-{self.tokens}", 300))
        auth = request.headers.get("Authorization", "")
        self.seen.append(f"list with {auth}")
        api_calls = sum(1 for s in self.seen if s.startswith("list"))
        if api_calls == self.refuse or auth != f"Bearer tok-{self.tokens}":
            return httpx.Response(401)
        return httpx.Response(200, json=etrusted_page([etrusted_item(1)], ""))

    async def aanswer(self, request: httpx.Request) -> httpx.Response:
        return self.answer(request)


def _clocked(client: Any) -> list[float]:
    now = [1000.0]
    client._adapter._auth._clock = lambda: now[0]  # time moved by the test, not waited through
    return now


def _sync_run() -> tuple[list[str], int, int]:
    server = _Server(refuse=3)
    client = etrusted(server.answer)
    now = _clocked(client)
    for _ in range(2):
        assert len(list(client.reviews(channel_id="chl-1"))) == 1
        now[0] += 400  # past the token's life
    assert len(list(client.reviews(channel_id="chl-1"))) == 1
    return server.seen, client.token_requests, client.retries


async def _async_run() -> tuple[list[str], int, int]:
    server = _Server(refuse=3)
    client = aetrusted(server.aanswer)
    now = _clocked(client)
    for _ in range(2):
        assert len([r async for r in client.reviews(channel_id="chl-1")]) == 1
        now[0] += 400  # see _sync_run
    assert len([r async for r in client.reviews(channel_id="chl-1")]) == 1
    return server.seen, client.token_requests, client.retries


async def test_tokens_renew_alike_on_expiry_and_on_a_401() -> None:
    sync, asynchronous = _sync_run(), await _async_run()
    assert sync == asynchronous
    seen, token_requests, retries = sync
    assert seen == [
        "token -> tok-1",
        "list with Bearer tok-1",
        "token -> tok-2",  # expired: renewed before the request
        "list with Bearer tok-2",
        "token -> tok-3",  # expired again; then the server refuses the new token once
        "list with Bearer tok-3",
        "token -> tok-4",  # renewed on the 401, the request sent again
        "list with Bearer tok-4",
    ]
    assert token_requests == 4 and retries == 0  # a renewal is not a retry
