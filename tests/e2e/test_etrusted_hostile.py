"""Hostile servers on 127.0.0.1 against the eTrusted client and its token endpoint (the generic cases:
tests/e2e/test_hostile_servers.py)."""

from __future__ import annotations

import socket
from collections.abc import Callable

import httpx
import pytest
import reviewbridge as rb

from tests.e2e.hostile import Request, response_bytes, send_json, serve
from tests.e2e.test_hostile_servers import _clean_environment  # noqa: F401  (autouse: no proxy variables)
from tests.unit._support_etrusted import ET_CLIENT_ID, ET_CLIENT_SECRET


def _token_endpoint(answer: bytes) -> Callable[[Request, socket.socket], None]:
    def respond(request: Request, conn: socket.socket) -> None:
        if request.path == "/oauth/token":
            conn.sendall(answer)
        else:
            send_json(conn, {"id": "rev-1", "rating": 5})

    return respond


def test_a_redirect_never_carries_credentials_elsewhere_even_through_a_following_user_client() -> None:
    with serve(_token_endpoint(response_bytes(500, b"never asked"))) as elsewhere:

        def redirect(request: Request, conn: socket.socket) -> None:
            conn.sendall(response_bytes(307, b"", {"Location": f"{elsewhere.url}/steal"}))

        with serve(redirect) as api:
            user_client = httpx.Client(follow_redirects=True)
            etrusted = rb.ETrusted(ET_CLIENT_ID, ET_CLIENT_SECRET, base_url=api.url, http_client=user_client)
            with pytest.raises(rb.APIStatusError, match="did not issue a token"):
                etrusted.get_review("rev-1")
            user_client.close()
    assert elsewhere.requests == []
    assert len(api.requests) == 4  # the token request: once and 3 retries


@pytest.mark.parametrize(
    "body", [b'{"access_token": null}', b'{"access_token": ""}', b"{" * 5000, b'{"access_token": ["tok"]}']
)
def test_a_token_answer_without_a_token_is_a_clear_error_and_no_api_call(body: bytes) -> None:
    with serve(_token_endpoint(response_bytes(200, body, {"Content-Type": "application/json"}))) as server:
        client = rb.ETrusted(ET_CLIENT_ID, ET_CLIENT_SECRET, base_url=server.url)
        with client, pytest.raises(rb.ResponseParseError, match="usable access_token"):
            client.get_review("rev-1")
    assert [r.path for r in server.requests] == ["/oauth/token"]  # never "Bearer None"


@pytest.mark.parametrize("expires_in", ["NaN", "-1", "0", '"never"', "1e999"])
def test_an_unusable_token_lifetime_means_the_default_not_a_token_per_call(expires_in: str) -> None:
    body = b'{"access_token": "tok-1", "expires_in": ' + expires_in.encode() + b"}"
    answer = response_bytes(200, body, {"Content-Type": "application/json"})
    with (
        serve(_token_endpoint(answer)) as server,
        rb.ETrusted(ET_CLIENT_ID, ET_CLIENT_SECRET, base_url=server.url) as c,
    ):
        for _ in range(3):
            c.get_review("rev-1")
    assert [r.path for r in server.requests].count("/oauth/token") == 1


def test_a_token_endpoint_500_is_a_server_error_and_its_request_is_redacted() -> None:
    with serve(_token_endpoint(response_bytes(500, b"oops"))) as server:
        client = rb.ETrusted(ET_CLIENT_ID, ET_CLIENT_SECRET, base_url=server.url, max_retries=1)
        with client, pytest.raises(rb.InternalServerError) as info:
            client.get_review("rev-1")
    assert not isinstance(info.value, rb.AuthenticationError)
    sent = info.value.response.request.content
    assert ET_CLIENT_SECRET.encode() not in sent and ET_CLIENT_ID.encode() not in sent
    assert ET_CLIENT_SECRET.encode() in server.requests[0].body  # what the server got was the real form
