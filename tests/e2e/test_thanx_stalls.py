"""A Thanx server whose numbered pages never end and bring nothing new: the walk, not the server, ends it."""

from __future__ import annotations

import socket

import pytest
import reviewbridge as rb

from tests.e2e.hostile import (
    Request,
    send_json,
    serve,
)
from tests.e2e.test_hostile_stalls import GIVE_UP_AFTER
from tests.unit._support import THANX_CLIENT_ID, THANX_TOKEN, thanx_item, thanx_page


def _endless_pages_same_reviews(request: Request, conn: socket.socket) -> None:
    """Thanx: half a million pages announced (below the planning cap), each the same feedback; after
    GIVE_UP_AFTER pages, hang-ups."""
    page = int(request.params.get("page", "1"))
    if page <= GIVE_UP_AFTER:
        send_json(conn, thanx_page([thanx_item(7)], page, 1, 500_000))


@pytest.mark.parametrize("concurrency", [1, 4])
def test_page_numbers_that_bring_nothing_new_end_the_walk(concurrency: int) -> None:
    with serve(_endless_pages_same_reviews) as server:
        client = rb.Thanx(THANX_CLIENT_ID, THANX_TOKEN, base_url=server.url, max_retries=0)
        with client, pytest.raises(rb.PaginationError, match="stopped making progress"):
            list(client.reviews(concurrency=concurrency, merchant_id="m1"))
    assert len(server.requests) < GIVE_UP_AFTER
