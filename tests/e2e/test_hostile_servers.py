"""Hostile servers on 127.0.0.1, one class of issue 11 after another: nothing lost, leaked, hung or corrupted.

The client-side classes (bounded resources, network conventions, credentials, lying pages) are here;
the export-side ones (marks, the output, CSV, the terminal) follow below them.
"""

from __future__ import annotations

import gzip
import socket
import ssl
from pathlib import Path

import httpx
import pytest
import reviewbridge as rb
import trustme

from tests.e2e.hostile import Request, response_bytes, send_json, serve, trickle
from tests.unit._support import (
    ET_CLIENT_ID,
    ET_CLIENT_SECRET,
    THANX_CLIENT_ID,
    THANX_TOKEN,
    tf_item,
    tf_page,
    thanx_item,
    thanx_page,
)

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR")


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def one_page(request: Request, conn: socket.socket) -> None:
    send_json(conn, tf_page([tf_item(1)], None))


# -- bounded resources ----------------------------------------------------------------------------


def _trickling(request: Request, conn: socket.socket) -> None:
    body = b'{"data": [], "links": {}}' + b" " * 2000
    conn.sendall(response_bytes(200, b"", {"Content-Type": "application/json", "Content-Length": str(len(body))}))
    trickle(conn, body, every=0.05, limit=30)


def test_a_trickling_body_is_cut_at_the_timeout() -> None:
    with serve(_trickling) as server:
        client = rb.TestFreaks("key", base_url=server.url, timeout=0.5, max_retries=0)
        with pytest.raises(rb.APITimeoutError):
            list(client.reviews())
        client.close()
    assert "hung up" in server.events  # the client left; the server did not get to finish


async def test_async_a_trickling_body_is_cut_at_the_timeout() -> None:
    with serve(_trickling) as server:
        async with rb.AsyncTestFreaks("key", base_url=server.url, timeout=0.5, max_retries=0) as client:
            with pytest.raises(rb.APITimeoutError):
                [r async for r in client.reviews()]
    assert "hung up" in server.events


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """80 MiB of zeros in well under 1 MiB of gzip: more than the default cap of 64 MiB."""
    return gzip.compress(b"\0" * (80 * 1024 * 1024), compresslevel=6)


@pytest.mark.parametrize("cap", [None, 1024 * 1024])
def test_a_gzip_bomb_stops_at_the_size_cap(gzip_bomb: bytes, cap: int | None) -> None:
    assert len(gzip_bomb) < 1024 * 1024

    def respond(request: Request, conn: socket.socket) -> None:
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        conn.sendall(response_bytes(200, gzip_bomb, headers))

    with serve(respond) as server:
        options = {"max_response_bytes": cap} if cap else {}
        limit = cap or 64 * 1024 * 1024
        with (
            rb.TestFreaks("key", base_url=server.url, max_retries=0, **options) as client,  # type: ignore[arg-type]
            pytest.raises(rb.ResponseParseError, match=f"larger than {limit} bytes"),
        ):
            list(client.reviews())


# -- network conventions --------------------------------------------------------------------------


def _proxy(request: Request, conn: socket.socket) -> None:
    if request.method == "CONNECT":
        conn.sendall(response_bytes(403))
    else:
        send_json(conn, tf_page([tf_item(1)], None))


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_http_proxy_from_the_environment(monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    with serve(_proxy) as proxy:
        monkeypatch.setenv(variable, proxy.url)
        with rb.TestFreaks("key", base_url="http://reviews.invalid", allow_insecure=True, max_retries=0) as client:
            assert [r.id for r in client.reviews()] == ["tf000001"]
    assert [r.target.partition("?")[0] for r in proxy.requests] == ["http://reviews.invalid/v1/reviews"]
    assert proxy.requests[0].headers["authorization"].startswith("Basic ")  # the API's auth, through the proxy


def test_no_proxy_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    with serve(_proxy) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "reviews.invalid")
        client = rb.TestFreaks("key", base_url="http://reviews.invalid", allow_insecure=True, max_retries=0)
        with client, pytest.raises(rb.APIConnectionError):
            list(client.reviews())
    assert proxy.requests == []


def test_https_proxy_tunnels_to_the_api(monkeypatch: pytest.MonkeyPatch) -> None:
    with serve(_proxy) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        client = rb.TestFreaks("key", base_url="https://reviews.invalid", max_retries=0)
        with client, pytest.raises(rb.APIConnectionError):
            list(client.reviews())
    assert [(r.method, r.target) for r in proxy.requests] == [("CONNECT", "reviews.invalid:443")]


@pytest.fixture(scope="module")
def certificate_authority() -> trustme.CA:
    return trustme.CA()


def test_ssl_cert_file_is_honoured(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, certificate_authority: trustme.CA
) -> None:
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    certificate_authority.issue_cert("127.0.0.1").configure_cert(server_context)
    bundle = tmp_path / "ca.pem"
    certificate_authority.cert_pem.write_to_path(str(bundle))
    with serve(one_page, tls=server_context) as server:
        client = rb.TestFreaks("key", base_url=server.url, max_retries=0)
        with client, pytest.raises(rb.APIConnectionError):  # an unknown authority: refused
            list(client.reviews())
        monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
        with rb.TestFreaks("key", base_url=server.url, max_retries=0) as client:
            assert [r.id for r in client.reviews()] == ["tf000001"]


def test_unusable_ssl_cert_file_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    with pytest.raises(rb.ConfigurationError, match="SSL_CERT_FILE"):
        rb.TestFreaks("key", base_url="https://reviews.invalid")


# -- credentials never travel ---------------------------------------------------------------------


def test_a_redirect_never_carries_credentials_elsewhere_even_through_a_following_user_client() -> None:
    with serve(one_page) as elsewhere:

        def redirect(request: Request, conn: socket.socket) -> None:
            conn.sendall(response_bytes(307, b"", {"Location": f"{elsewhere.url}/steal"}))

        with serve(redirect) as api:
            user_client = httpx.Client(follow_redirects=True)
            thanx = rb.Thanx(THANX_CLIENT_ID, THANX_TOKEN, base_url=api.url, http_client=user_client, max_retries=1)
            with pytest.raises(rb.APIStatusError, match="not followed") as info:
                list(thanx.reviews(merchant_id="m"))
            etrusted = rb.ETrusted(ET_CLIENT_ID, ET_CLIENT_SECRET, base_url=api.url, http_client=user_client)
            with pytest.raises(rb.APIStatusError, match="did not issue a token"):
                etrusted.get_review("chl-1", "rev-1")
            user_client.close()
    assert elsewhere.requests == []
    assert len(api.requests) == 2 + 4  # Thanx: asked twice (one retry); the token request: once and 3 retries
    headers = info.value.response.request.headers
    assert THANX_TOKEN not in str(headers.raw) and THANX_CLIENT_ID not in str(headers.raw)


# -- lying pages: a walk ends only on the documented end ---------------------------------------


def test_a_server_that_answers_302_then_empty_bodies_loses_nothing_for_a_caller() -> None:
    answers = iter(
        [
            response_bytes(302, b"", {"Location": "/elsewhere"}),
            response_bytes(200, b"", {"Content-Type": "application/json"}),
            response_bytes(200, b"{}", {"Content-Type": "application/json"}),
        ]
    )

    def respond(request: Request, conn: socket.socket) -> None:
        if request.params.get("after") == "1":
            lie = next(answers, None)
            if lie is not None:
                conn.sendall(lie)
                return
            send_json(conn, tf_page([tf_item(2)], None))
        else:
            send_json(conn, tf_page([tf_item(1)], "/v1/reviews?after=1"))

    with serve(respond) as server, rb.TestFreaks("key", base_url=server.url) as client:
        client._policy.base_delay = 0
        assert [r.id for r in client.reviews()] == ["tf000001", "tf000002"]
    assert len(server.requests) == 1 + 3 + 1


def test_thanx_huge_total_pages_refused_before_any_page_is_planned() -> None:
    def respond(request: Request, conn: socket.socket) -> None:
        send_json(conn, thanx_page([thanx_item(1)], 1, 1, 10**8))

    with (
        serve(respond) as server,
        rb.Thanx(THANX_CLIENT_ID, THANX_TOKEN, base_url=server.url) as client,
        pytest.raises(rb.PaginationError, match="100000000 pages"),
    ):
        list(client.reviews(merchant_id="m", concurrency=8))
    assert len(server.requests) == 1
