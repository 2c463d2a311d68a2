"""The refresh-token grant (RFC 6749, section 6) through the one token flow: the form it sends, the token it
takes, and an expired or revoked refresh token reported as such (the user must grant consent again)."""

from __future__ import annotations

import urllib.parse

import httpx
import pytest
from reviewbridge import AuthenticationError
from reviewbridge._auth import ClientCredentialsAuth
from reviewbridge._secrets import Secret

TOKEN_URL = "http://127.0.0.1/token"
API_URL = "http://127.0.0.1/v4/things"


def _auth() -> ClientCredentialsAuth:
    return ClientCredentialsAuth(
        TOKEN_URL,
        Secret("an-app-client-id"),
        Secret("an-app-client-secret"),
        refresh_token=Secret("a-user-refresh-token"),
        provider="someone",
        operation="refreshAccessToken",
    )


def test_the_refresh_token_grant_sends_the_refresh_token_in_the_form() -> None:
    forms: list[dict[str, list[str]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            forms.append(urllib.parse.parse_qs(request.content.decode()))
            return httpx.Response(200, json={"access_token": "access-1", "expires_in": 3599, "token_type": "Bearer"})
        assert request.headers["Authorization"] == "Bearer access-1"
        return httpx.Response(200, json={})

    with httpx.Client(transport=httpx.MockTransport(handler), auth=_auth()) as client:
        assert client.get(API_URL).status_code == 200
        assert client.get(API_URL).status_code == 200  # the token is kept
    assert forms == [
        {
            "grant_type": ["refresh_token"],
            "refresh_token": ["a-user-refresh-token"],
            "client_id": ["an-app-client-id"],
            "client_secret": ["an-app-client-secret"],
        }
    ]


def test_an_expired_or_revoked_refresh_token_asks_for_consent_again() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
        return httpx.Response(400, json=body)

    with (
        httpx.Client(transport=httpx.MockTransport(handler), auth=_auth()) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.get(API_URL)
    message = str(caught.value)
    assert "invalid_grant" in message
    assert "grant the consent again" in message
    assert "a-user-refresh-token" not in message and "an-app-client-secret" not in message
