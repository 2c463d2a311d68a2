"""eTrusted's secrets and wire format: neither its credentials nor its tokens in logs, reprs or errors;
ratings comma-separated; the token request's form."""

from __future__ import annotations

import httpx
import pytest
import reviewbridge as rb

from tests.unit._support import ET_CLIENT_SECRET, ET_TOKEN_PREFIX, etrusted, paged_etrusted
from tests.unit.test_facade_secrets_wire import assert_no_secret, debug_everything


def test_secrets_never_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    debug_everything(caplog)
    handler, _ = paged_etrusted(5, 2)
    et = etrusted(handler)
    list(et.reviews(channel_id="chl-1"))
    bad = etrusted(lambda r: httpx.Response(401, json={"error": "invalid_client"}))
    with pytest.raises(rb.AuthenticationError) as info:
        list(bad.reviews(channel_id="chl-1"))
    texts = (repr(et), str(et), repr(bad), repr(et._adapter._auth), str(info.value), repr(info.value))
    assert_no_secret(caplog, *texts, records=4 + 1)  # 1 token + 3 pages; 1 token (refused)


def test_etrusted_rating_comma_separated() -> None:
    handler, seen = paged_etrusted(1, 1)
    list(etrusted(handler).reviews(channel_id="chl-1", rating=[1, 2, 5]))
    assert seen[0].url.params.get_list("rating") == ["1,2,5"]
    assert b"rating=1%2C2%2C5" in seen[0].url.query or b"rating=1,2,5" in seen[0].url.query
    assert seen[0].headers["Authorization"] == f"Bearer {ET_TOKEN_PREFIX}1"


def test_etrusted_token_request_form() -> None:
    requests: list[httpx.Request] = []
    inner, _ = paged_etrusted(1, 1)

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return inner(request)

    list(etrusted(handler).reviews(channel_id="chl-1"))
    token = requests[0]
    assert token.method == "POST" and token.url.path == "/oauth/token"
    assert b"grant_type=client_credentials" in token.content
    assert ET_CLIENT_SECRET.encode() in token.content
