"""eTrusted OAuth2 client credentials: one token, cached, refreshed once, even under concurrency."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time
from urllib.parse import parse_qs

import httpx
import pytest
import reviewbridge as rb
from reviewbridge._auth import ClientCredentialsAuth

from tests.unit._support import (
    ET_CLIENT_ID,
    ET_CLIENT_SECRET,
    aetrusted,
    etrusted,
    etrusted_item,
    etrusted_page,
    token_body,
)


def run_out(client: rb.ETrusted | rb.AsyncETrusted) -> None:
    """Let the client's token reach its end (both its renewal point and its life)."""
    auth = client._adapter._auth
    assert auth._held is not None
    ended = time.monotonic() - 1
    auth._held = dataclasses.replace(auth._held, renew_at=ended, dies_at=ended)


class FakeETrusted:
    """Token endpoint plus a one-page list endpoint that only accepts the latest token."""

    def __init__(self, *, expires_in: int = 300, token_delay: float = 0.0, reject_first_api_call: bool = False):
        self.lock = threading.Lock()
        self.tokens: list[str] = []
        self.api_auth: list[str] = []
        self.expires_in = expires_in
        self.token_delay = token_delay
        self.reject_first = reject_first_api_call

    def _token(self, request: httpx.Request) -> httpx.Response:
        form = parse_qs(request.content.decode())
        assert form["grant_type"] == ["client_credentials"]
        if form["client_secret"] != [ET_CLIENT_SECRET] or form["client_id"] != [ET_CLIENT_ID]:
            return httpx.Response(401, json={"error": "invalid_client", "error_description": "Unauthorized"})
        with self.lock:
            self.tokens.append(f"tok-{len(self.tokens) + 1}")
            token = self.tokens[-1]
        return httpx.Response(200, json=token_body(token, self.expires_in))

    def _api(self, request: httpx.Request) -> httpx.Response:
        auth = request.headers.get("Authorization", "")
        with self.lock:
            self.api_auth.append(auth)
            reject = self.reject_first and len(self.api_auth) == 1
        if reject or auth != f"Bearer {self.tokens[-1]}":
            return httpx.Response(401)
        return httpx.Response(200, json=etrusted_page([etrusted_item(1)], ""))

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            if self.token_delay:
                time.sleep(self.token_delay)
            return self._token(request)
        return self._api(request)

    async def ahandler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            if self.token_delay:
                await asyncio.sleep(self.token_delay)
            return self._token(request)
        return self._api(request)


def test_token_fetched_once_and_cached() -> None:
    api = FakeETrusted()
    client = etrusted(api.handler)
    for _ in range(3):
        assert len(list(client.reviews(channel_id="chl-1"))) == 1
    assert client.token_requests == 1 and api.tokens == ["tok-1"]
    assert api.api_auth == ["Bearer tok-1"] * 3


def test_token_refreshed_on_expiry() -> None:
    api = FakeETrusted()
    client = etrusted(api.handler)
    list(client.reviews(channel_id="chl-1"))
    run_out(client)  # the cached token has run out
    list(client.reviews(channel_id="chl-1"))
    assert client.token_requests == 2
    assert api.api_auth == ["Bearer tok-1", "Bearer tok-2"]


def test_token_refreshed_early_when_lifetime_short() -> None:
    api = FakeETrusted(expires_in=1)  # refreshed a tenth of the lifetime before it runs out
    client = etrusted(api.handler)
    now = [1000.0]
    client._adapter._auth._clock = lambda: now[0]  # time moved by the test, not waited through
    list(client.reviews(channel_id="chl-1"))
    now[0] += 0.95
    list(client.reviews(channel_id="chl-1"))
    assert client.token_requests == 2


def test_token_refreshed_once_on_401() -> None:
    api = FakeETrusted(reject_first_api_call=True)
    client = etrusted(api.handler)
    assert len(list(client.reviews(channel_id="chl-1"))) == 1
    assert client.token_requests == 2
    assert api.api_auth == ["Bearer tok-1", "Bearer tok-2"]
    assert client.retries == 0  # a token refresh is not a retry


def test_persistent_401_is_authentication_error_after_bounded_refreshes() -> None:
    tokens: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            tokens.append("t")
            return httpx.Response(200, json=token_body(f"tok-{len(tokens)}"))
        return httpx.Response(401)

    client = etrusted(handler)
    with pytest.raises(rb.AuthenticationError) as info:
        list(client.reviews(channel_id="chl-1"))
    assert info.value.operation == "getReviews"
    # the first token, then one fresh token per allowed resend
    assert client.token_requests == 1 + ClientCredentialsAuth.REFRESHES_ON_401


def test_bad_credentials_authentication_error() -> None:
    api = FakeETrusted()
    client = rb.ETrusted(
        ET_CLIENT_ID,
        "wrong",
        base_url="http://127.0.0.1",
        http_client=httpx.Client(transport=httpx.MockTransport(api.handler)),
    )
    with pytest.raises(rb.AuthenticationError) as info:
        list(client.reviews(channel_id="chl-1"))
    assert info.value.operation == "requestAccessToken"
    assert info.value.code == "invalid_client"
    assert info.value.status_code == 401
    assert api.api_auth == []


def test_token_response_without_access_token_is_parse_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"token_type": "Bearer"})

    with pytest.raises(rb.ResponseParseError):
        list(etrusted(handler).reviews(channel_id="chl-1"))


def test_twenty_threads_one_token_request() -> None:
    api = FakeETrusted(token_delay=0.2)
    client = etrusted(api.handler)
    list(client.reviews(channel_id="chl-1"))
    run_out(client)
    barrier = threading.Barrier(20)
    errors: list[BaseException] = []
    results: list[int] = []

    def work() -> None:
        try:
            barrier.wait()
            results.append(len(list(client.reviews(channel_id="chl-1"))))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert results == [1] * 20
    assert client.token_requests == 2  # the first token, then exactly ONE refresh for the 20 threads
    assert api.api_auth[1:] == ["Bearer tok-2"] * 20


async def test_fifty_tasks_one_token_request() -> None:
    api = FakeETrusted(token_delay=0.2)
    client = aetrusted(api.ahandler)
    [r async for r in client.reviews(channel_id="chl-1")]
    run_out(client)

    async def work() -> int:
        return len([r async for r in client.reviews(channel_id="chl-1")])

    results = await asyncio.gather(*(work() for _ in range(50)))
    assert results == [1] * 50
    assert client.token_requests == 2
    assert api.api_auth[1:] == ["Bearer tok-2"] * 50


async def test_async_cold_start_fifty_tasks_one_token() -> None:
    api = FakeETrusted(token_delay=0.1)
    client = aetrusted(api.ahandler)

    async def work() -> int:
        return len([r async for r in client.reviews(channel_id="chl-1")])

    assert await asyncio.gather(*(work() for _ in range(50))) == [1] * 50
    assert client.token_requests == 1


async def test_async_refresh_on_401_and_bad_credentials() -> None:
    api = FakeETrusted(reject_first_api_call=True)
    client = aetrusted(api.ahandler)
    assert len([r async for r in client.reviews(channel_id="chl-1")]) == 1
    assert client.token_requests == 2

    bad = rb.AsyncETrusted(
        ET_CLIENT_ID,
        "nope",
        base_url="http://127.0.0.1",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(FakeETrusted().ahandler)),
    )
    with pytest.raises(rb.AuthenticationError):
        [r async for r in bad.reviews(channel_id="chl-1")]
