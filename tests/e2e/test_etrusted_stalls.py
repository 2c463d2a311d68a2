"""eTrusted's token request before an API call ends by its deadline, whatever a stalling server sends."""

from __future__ import annotations

import pytest
import reviewbridge as rb

from tests.e2e.hostile import Respond, serve
from tests.e2e.test_hostile_stalls import OPTIONS, STALLS
from tests.unit._support import ET_CLIENT_ID, ET_CLIENT_SECRET


def _sync_call(url: str) -> None:
    with rb.ETrusted(ET_CLIENT_ID, ET_CLIENT_SECRET, base_url=url, **OPTIONS) as etrusted:  # type: ignore[arg-type]
        etrusted.get_review("rev-1")


async def _async_call(url: str) -> None:
    async with rb.AsyncETrusted(ET_CLIENT_ID, ET_CLIENT_SECRET, base_url=url, **OPTIONS) as etrusted:  # type: ignore[arg-type]
        await etrusted.get_review("rev-1")


@pytest.mark.parametrize("stall", STALLS, ids=lambda stall: stall.__name__)
def test_a_token_attempt_ends_by_its_deadline_whatever_the_server_sends(stall: Respond) -> None:
    with serve(stall) as server, pytest.raises(rb.APITimeoutError):
        _sync_call(server.url)
    assert len(server.requests) == 1


@pytest.mark.parametrize("stall", STALLS, ids=lambda stall: stall.__name__)
async def test_async_a_token_attempt_ends_by_its_deadline_whatever_the_server_sends(stall: Respond) -> None:
    with serve(stall) as server, pytest.raises(rb.APITimeoutError):
        await _async_call(server.url)
    assert len(server.requests) == 1
