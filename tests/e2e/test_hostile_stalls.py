"""Hostile servers that stall: walks that move without progress; answers that never finish arriving.

Each server gives up on its own after a bound (a count of requests, or seconds), so a client that does
not defend itself ends the test with the wrong outcome instead of hanging it.
"""

from __future__ import annotations

import socket

import httpx
import pytest
import reviewbridge as rb
from testfreaks_client.models import ReviewWriteRequest

from tests.e2e.hostile import (
    Request,
    Respond,
    body_trickle,
    endless_continue,
    header_trickle,
    send_json,
    serve,
)
from tests.unit._support import tf_item, tf_page

#: requests a non-progressing server answers before it ends the list, so an unguarded walk still ends
GIVE_UP_AFTER = 200


# -- walks that move without progress ------------------------------------------------------------


def _fresh_cursor_same_reviews(request: Request, conn: socket.socket) -> None:
    """The same two reviews on every page, behind a next link that never repeats."""
    after = int(request.params.get("after", "0"))
    link = f"/v1/reviews?after={after + 1}" if after < GIVE_UP_AFTER else None
    send_json(conn, tf_page([tf_item(1), tf_item(2)], link))


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


# -- answers that never finish arriving -----------------------------------------------------------
#
# The client's timeout is 1 s and each stalling server sends something well within every per-read
# timeout, for STALL_LIMIT seconds: only a deadline on the attempt as a whole ends the request with a
# timeout. A client without one gets to the server's hang-up instead, a connection error.

STALLS = [header_trickle, endless_continue, body_trickle]
#: a list page, a write (a POST sent once); a token request before an API call: in the test file of a
#: provider whose clients fetch one
OPERATIONS = ["list", "write"]
OPTIONS: dict[str, float] = {"timeout": 1.0, "max_retries": 0}


def _review() -> ReviewWriteRequest:
    return ReviewWriteRequest.from_dict({"review": {"product_id": "P001", "score": 4, "author": "J", "extract": "x"}})


def _sync_call(operation: str, url: str, **options: object) -> None:
    with rb.TestFreaks("key", base_url=url, **options) as client:  # type: ignore[arg-type]
        if operation == "list":
            list(client.reviews())
        else:
            client.create_review(_review())


async def _async_call(operation: str, url: str, **options: object) -> None:
    async with rb.AsyncTestFreaks("key", base_url=url, **options) as client:  # type: ignore[arg-type]
        if operation == "list":
            [r async for r in client.reviews()]
        else:
            await client.create_review(_review())


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("stall", STALLS, ids=lambda stall: stall.__name__)
def test_an_attempt_ends_by_its_deadline_whatever_the_server_sends(stall: Respond, operation: str) -> None:
    with serve(stall) as server, pytest.raises(rb.APITimeoutError):
        _sync_call(operation, server.url, **OPTIONS)
    assert len(server.requests) == 1


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("stall", STALLS, ids=lambda stall: stall.__name__)
async def test_async_an_attempt_ends_by_its_deadline_whatever_the_server_sends(stall: Respond, operation: str) -> None:
    with serve(stall) as server, pytest.raises(rb.APITimeoutError):
        await _async_call(operation, server.url, **OPTIONS)
    assert len(server.requests) == 1


@pytest.mark.parametrize("stall", [header_trickle, endless_continue], ids=lambda stall: stall.__name__)
async def test_async_the_deadline_holds_through_a_client_of_ones_own(stall: Respond) -> None:
    with serve(stall) as server:
        async with httpx.AsyncClient() as own:
            with pytest.raises(rb.APITimeoutError):
                await _async_call("list", server.url, **OPTIONS, http_client=own)


def test_each_retry_is_an_attempt_with_its_own_deadline() -> None:
    with serve(header_trickle) as server, pytest.raises(rb.APITimeoutError):
        _sync_call("list", server.url, timeout=1.0, max_retries=1)
    assert len(server.requests) == 2  # the first attempt ended by its deadline, and was retried


def test_the_deadline_holds_through_a_proxy_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with serve(header_trickle) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with pytest.raises(rb.APITimeoutError):
            _sync_call("list", "http://reviews.invalid", allow_insecure=True, **OPTIONS)
    assert [r.target.partition("?")[0] for r in proxy.requests] == ["http://reviews.invalid/v1/reviews"]
