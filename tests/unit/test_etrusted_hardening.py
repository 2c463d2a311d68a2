"""eTrusted's client against lying and broken servers: an empty page with a cursor, its token endpoint's answers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import reviewbridge as rb
from reviewbridge._auth._lifetime import DEFAULT_TOKEN_LIFETIME, token_lifetime

from tests.unit._support import (
    BASE,
    ET_CLIENT_ID,
    ET_CLIENT_SECRET,
    etrusted,
    etrusted_item,
    etrusted_page,
    sync_http,
    token_body,
)


def test_etrusted_empty_page_with_a_cursor_is_an_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("tok"))
        if request.url.params.get("after") is None:
            return httpx.Response(200, json=etrusted_page([etrusted_item(1)], "cur-1"))
        return httpx.Response(200, json=etrusted_page([], "cur-2"))

    with pytest.raises(rb.ResponseParseError, match="empty page still points"):
        list(etrusted(handler).reviews(channel_id="chl-1"))


def test_token_url_with_userinfo_refused() -> None:
    with pytest.raises(rb.ConfigurationError, match="user name or password"):
        rb.ETrusted("id", "secret", base_url=BASE, token_url="https://u:p@login.example.com/oauth/token")


def test_error_request_redacted_token_form() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": "invalid_client"})

    client = rb.ETrusted(ET_CLIENT_ID, ET_CLIENT_SECRET, base_url=BASE, http_client=sync_http(handler))
    with pytest.raises(rb.AuthenticationError) as info:
        client.get_review("rev-1")
    request = info.value.response.request
    assert ET_CLIENT_SECRET.encode() not in request.content and ET_CLIENT_ID.encode() not in request.content
    assert b"grant_type=client_credentials" in request.content


@pytest.mark.parametrize("token", [None, "", 42, "two words", "line\nbreak"])
def test_token_answer_must_hold_a_token(token: Any) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        body = {"access_token": token, "expires_in": 300} if token is not None else {"expires_in": 300}
        return httpx.Response(200, json=body)

    client = etrusted(handler)
    with pytest.raises(rb.ResponseParseError, match="without a usable access_token"):
        client.get_review("rev-1")
    assert [r.url.path for r in sent] == ["/oauth/token"]  # no API call with "Bearer None"


@pytest.mark.parametrize("expires_in", [-5, 0, "NaN", "inf", "-inf", True, "soon", None, [1]])
def test_unusable_expires_in_means_the_default_lifetime(expires_in: Any) -> None:
    assert token_lifetime(expires_in) == DEFAULT_TOKEN_LIFETIME
    tokens: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            tokens.append(request)
            return httpx.Response(200, json={"access_token": "tok", "expires_in": expires_in})
        return httpx.Response(200, json=etrusted_item(1))

    client = etrusted(handler)
    for _ in range(5):
        client.get_review("rev-1")
    assert len(tokens) == 1


def test_token_lifetime_keeps_good_values() -> None:
    assert token_lifetime(3600) == 3600.0
    assert token_lifetime("120") == 120.0


def test_token_endpoint_5xx_is_a_server_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, text="boom")

    with pytest.raises(rb.InternalServerError, match="server error, not a verdict") as info:
        etrusted(handler).get_review("rev-1")
    assert not isinstance(info.value, rb.AuthenticationError)


def test_deeply_nested_token_answer_is_a_clear_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"access_token": ' + b"[" * 5000 + b"]" * 5000 + b"}")

    with pytest.raises(rb.ResponseParseError, match="access_token"):
        etrusted(handler).get_review("rev-1")
