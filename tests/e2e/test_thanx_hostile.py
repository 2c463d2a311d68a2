"""Hostile servers on 127.0.0.1 against the Thanx client (the generic cases: tests/e2e/test_hostile_servers.py)."""

from __future__ import annotations

import socket

import httpx
import pytest
import reviewbridge as rb

from tests.e2e.hostile import Request, response_bytes, send_json, serve
from tests.e2e.test_hostile_servers import _clean_environment  # noqa: F401  (autouse: no proxy variables)
from tests.unit._support_thanx import THANX_CLIENT_ID, THANX_TOKEN, thanx_item, thanx_page


def _one_page(request: Request, conn: socket.socket) -> None:
    send_json(conn, thanx_page([thanx_item(1)], 1, 1, 1))


def test_a_redirect_never_carries_credentials_elsewhere_even_through_a_following_user_client() -> None:
    with serve(_one_page) as elsewhere:

        def redirect(request: Request, conn: socket.socket) -> None:
            conn.sendall(response_bytes(307, b"", {"Location": f"{elsewhere.url}/steal"}))

        with serve(redirect) as api:
            user_client = httpx.Client(follow_redirects=True)
            thanx = rb.Thanx(THANX_CLIENT_ID, THANX_TOKEN, base_url=api.url, http_client=user_client, max_retries=1)
            with pytest.raises(rb.APIStatusError, match="not followed") as info:
                list(thanx.reviews(merchant_id="m"))
            user_client.close()
    assert elsewhere.requests == []
    assert len(api.requests) == 2  # asked twice (one retry)
    headers = info.value.response.request.headers
    assert THANX_TOKEN not in str(headers.raw) and THANX_CLIENT_ID not in str(headers.raw)


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
