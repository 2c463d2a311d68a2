"""Hostile servers that stall: walks that move without progress; answers that never finish arriving.

Each server gives up on its own after a bound (a count of requests, or seconds), so a client that does
not defend itself ends the test with the wrong outcome instead of hanging it.
"""

from __future__ import annotations

import socket

import pytest
import reviewbridge as rb

from tests.e2e.hostile import Request, send_json, serve
from tests.unit._support import THANX_CLIENT_ID, THANX_TOKEN, tf_item, tf_page, thanx_item, thanx_page

#: requests a non-progressing server answers before it ends the list, so an unguarded walk still ends
GIVE_UP_AFTER = 200


# -- walks that move without progress ------------------------------------------------------------


def _fresh_cursor_same_reviews(request: Request, conn: socket.socket) -> None:
    """TestFreaks: the same two reviews on every page, behind a next link that never repeats."""
    after = int(request.params.get("after", "0"))
    link = f"/v1/reviews?after={after + 1}" if after < GIVE_UP_AFTER else None
    send_json(conn, tf_page([tf_item(1), tf_item(2)], link))


def _endless_pages_same_reviews(request: Request, conn: socket.socket) -> None:
    """Thanx: half a million pages announced (below the planning cap), each the same feedback; after
    GIVE_UP_AFTER pages, hang-ups."""
    page = int(request.params.get("page", "1"))
    if page <= GIVE_UP_AFTER:
        send_json(conn, thanx_page([thanx_item(7)], page, 1, 500_000))


def test_a_cursor_that_never_repeats_but_brings_nothing_new_ends_the_walk() -> None:
    with serve(_fresh_cursor_same_reviews) as server:
        client = rb.TestFreaks("key", base_url=server.url, max_retries=0)
        with client, pytest.raises(rb.PaginationError, match="stopped making progress"):
            list(client.reviews())
    assert len(server.requests) < GIVE_UP_AFTER  # the walk, not the server, ended it


async def test_async_a_cursor_that_never_repeats_but_brings_nothing_new_ends_the_walk() -> None:
    with serve(_fresh_cursor_same_reviews) as server:
        async with rb.AsyncTestFreaks("key", base_url=server.url, max_retries=0) as client:
            with pytest.raises(rb.PaginationError, match="stopped making progress"):
                [r async for r in client.reviews()]
    assert len(server.requests) < GIVE_UP_AFTER


@pytest.mark.parametrize("concurrency", [1, 4])
def test_page_numbers_that_bring_nothing_new_end_the_walk(concurrency: int) -> None:
    with serve(_endless_pages_same_reviews) as server:
        client = rb.Thanx(THANX_CLIENT_ID, THANX_TOKEN, base_url=server.url, max_retries=0)
        with client, pytest.raises(rb.PaginationError, match="stopped making progress"):
            list(client.reviews(concurrency=concurrency, merchant_id="m1"))
    assert len(server.requests) < GIVE_UP_AFTER
