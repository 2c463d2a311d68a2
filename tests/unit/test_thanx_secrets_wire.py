"""Thanx's secrets and wire format: its credentials in no log or repr; states and headers as documented;
loopback and HTTPS addresses allowed."""

from __future__ import annotations

import pytest
import reviewbridge as rb

from tests.unit._support import THANX_CLIENT_ID, THANX_TOKEN, paged_thanx, thanx
from tests.unit.test_facade_secrets_wire import assert_no_secret, debug_everything


def test_secrets_never_in_logs_or_reprs(caplog: pytest.LogCaptureFixture) -> None:
    debug_everything(caplog)
    th = thanx(paged_thanx(3, 2)[0])
    list(th.reviews(merchant_id="m"))
    assert_no_secret(caplog, repr(th), str(th), repr(th._http.auth), records=2)  # 2 pages


@pytest.mark.parametrize("url", ["http://localhost:1234", "http://127.0.0.1", "http://[::1]:80", "https://x.example"])
def test_loopback_and_https_allowed(url: str) -> None:
    rb.Thanx("c", "t", base_url=url)


def test_thanx_states_and_headers() -> None:
    handler, seen = paged_thanx(1, 1)
    list(thanx(handler).reviews(merchant_id="m", states=["rated", "reviewed"]))
    request = seen[0]
    assert request.url.params.get_list("states[]") == ["rated", "reviewed"]
    assert b"states%5B%5D=rated&states%5B%5D=reviewed" in request.url.query or (
        b"states[]=rated&states[]=reviewed" in request.url.query
    )
    assert request.headers["Authorization"] == f"Bearer {THANX_TOKEN}"
    assert request.headers["X-ClientId"] == THANX_CLIENT_ID
    assert request.headers["Accept-Version"] == "v4.0"
    assert request.headers["User-Agent"].startswith("reviewbridge/")
    assert request.url.params["merchant_id"] == "m"
