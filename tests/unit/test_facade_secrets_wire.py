"""Secrets never leak (logs, reprs, errors); insecure URLs and missing credentials refused; wire format."""

from __future__ import annotations

import base64
import logging

import httpx
import pytest
import reviewbridge as rb

from tests.unit._support import (
    API_KEY,
    ET_CLIENT_SECRET,
    ET_TOKEN_PREFIX,
    SECRETS,
    THANX_CLIENT_ID,
    THANX_TOKEN,
    etrusted,
    paged_etrusted,
    paged_testfreaks,
    paged_thanx,
    reevoo,
    tf_client,
    thanx,
)


def test_secrets_never_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "reviewbridge", ""):
        logging.getLogger(name).setLevel(logging.DEBUG)
    handler, _ = paged_etrusted(5, 2)
    et = etrusted(handler)
    tf_handler, _seen = paged_testfreaks(4, 2)
    tf = tf_client(tf_handler)
    th = thanx(paged_thanx(3, 2)[0])
    rv = reevoo(lambda r: httpx.Response(401, json={"status": 401, "message": "bad key"}))
    caplog.clear()
    list(et.reviews(channel_id="chl-1"))
    list(tf.reviews())
    list(th.reviews(merchant_id="m"))
    errors: list[Exception] = []
    with pytest.raises(rb.AuthenticationError) as info:
        list(rv.reviews(trkref="ABC"))
    errors.append(info.value)
    bad = etrusted(lambda r: httpx.Response(401, json={"error": "invalid_client"}))
    with pytest.raises(rb.AuthenticationError) as info2:
        list(bad.reviews(channel_id="chl-1"))
    errors.append(info2.value)
    texts = [caplog.text, *(repr(c) for c in (et, tf, th, rv, bad)), *(str(c) for c in (et, tf, th, rv))]
    texts += [repr(et._adapter._auth), repr(tf._http.auth), repr(th._http.auth), *(str(e) for e in errors)]
    texts += [repr(e) for e in errors]
    joined = "\n".join(texts)
    for secret in (*SECRETS, ET_TOKEN_PREFIX, base64.b64encode(f"{API_KEY}:".encode()).decode()):
        assert secret not in joined
    ours = [r for r in caplog.records if r.name == "reviewbridge"]
    # 1 token + 3 pages (eTrusted), 2 pages (TestFreaks), 2 pages (Thanx), 1 (Reevoo), 1 token (bad)
    assert len(ours) == 4 + 2 + 2 + 1 + 1
    assert all(r.levelno == logging.DEBUG for r in ours)


def test_one_log_record_per_attempt_and_one_per_retry(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="reviewbridge")
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503 if len(calls) < 3 else 200, json={"data": []})

    list(tf_client(handler).reviews())
    ours = [r.levelno for r in caplog.records if r.name == "reviewbridge"]
    assert ours.count(logging.DEBUG) == 3  # one per attempt
    assert ours.count(logging.INFO) == 2  # one per retry


@pytest.mark.parametrize("url", ["http://api.example.com", "http://10.0.0.1:8080"])
def test_plain_http_to_remote_host_refused(url: str) -> None:
    with pytest.raises(rb.ConfigurationError):
        rb.TestFreaks("k", base_url=url)
    client = rb.TestFreaks("k", base_url=url, allow_insecure=True)
    assert str(client.base_url).startswith("http://")


@pytest.mark.parametrize("url", ["http://localhost:1234", "http://127.0.0.1", "http://[::1]:80", "https://x.example"])
def test_loopback_and_https_allowed(url: str) -> None:
    rb.Thanx("c", "t", base_url=url)


@pytest.mark.parametrize(
    ("factory", "env_var"),
    [
        (lambda: rb.TestFreaks(), "REVIEWBRIDGE_TESTFREAKS_API_KEY"),
        (lambda: rb.Reevoo(), "REVIEWBRIDGE_REEVOO_API_KEY"),
        (lambda: rb.Reevoo("k"), "REVIEWBRIDGE_REEVOO_API_SECRET"),
        (lambda: rb.Thanx(), "REVIEWBRIDGE_THANX_CLIENT_ID"),
        (lambda: rb.Thanx("c"), "REVIEWBRIDGE_THANX_ACCESS_TOKEN"),
        (lambda: rb.ETrusted(), "REVIEWBRIDGE_ETRUSTED_CLIENT_ID"),
        (lambda: rb.AsyncETrusted("c"), "REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET"),
    ],
)
def test_missing_credentials_name_env_var(monkeypatch: pytest.MonkeyPatch, factory, env_var: str) -> None:
    for name in (
        env_var,
        "REVIEWBRIDGE_TESTFREAKS_API_KEY",
        "REVIEWBRIDGE_REEVOO_API_KEY",
        "REVIEWBRIDGE_THANX_CLIENT_ID",
        "REVIEWBRIDGE_ETRUSTED_CLIENT_ID",
    ):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(rb.ConfigurationError, match=env_var):
        factory()


def test_credentials_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEWBRIDGE_TESTFREAKS_API_KEY", API_KEY)
    handler, seen = paged_testfreaks(1, 1)
    client = rb.TestFreaks(
        base_url="http://127.0.0.1", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    list(client.reviews())
    assert seen[0].headers["Authorization"] == "Basic " + base64.b64encode(f"{API_KEY}:".encode()).decode()


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


def test_testfreaks_basic_auth_empty_password() -> None:
    handler, seen = paged_testfreaks(1, 1)
    list(tf_client(handler).reviews())
    scheme, token = seen[0].headers["Authorization"].split(" ")
    assert scheme == "Basic"
    assert base64.b64decode(token).decode() == f"{API_KEY}:"
