"""Walking every page of a sandbox yields each matching review exactly once, in the documented order,
whatever the data-set size, page size and filters."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

from _support import sandbox
from hypothesis import given, settings
from hypothesis import strategies as st
from reviewbridge_sandbox._times import parse_datetime
from test_sandbox_testfreaks import walk_testfreaks

PROPERTY_SETTINGS = settings(max_examples=50, deadline=None, derandomize=True, database=None)
SIZES = st.integers(min_value=0, max_value=120)
SEEDS = st.integers(min_value=0, max_value=5)


def run(coroutine: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(coroutine())


def ms(text: str) -> int:
    value = parse_datetime(text)
    assert value is not None
    return value


def assert_once(walked: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in walked]
    assert len(ids) == len(set(ids)), "a review came twice"
    assert walked == expected


@PROPERTY_SETTINGS
@given(
    size=SIZES,
    seed=SEEDS,
    limit=st.integers(min_value=1, max_value=40),
    moderation=st.sampled_from([None, "accepted", "rejected", "pending"]),
    updated_after=st.sampled_from([None, "2021-01-01", "2023-06-30T12:00:00Z"]),
)
def test_testfreaks_next_links(
    size: int, seed: int, limit: int, moderation: str | None, updated_after: str | None
) -> None:
    params = {"limit": str(limit)}
    if moderation:
        params["moderation_status"] = moderation
    if updated_after:
        params["updated_after"] = updated_after

    async def check() -> None:
        async with sandbox("testfreaks", reviews=size, seed=seed) as client:
            walked = await walk_testfreaks(client, "/v1/reviews?" + "&".join(f"{k}={v}" for k, v in params.items()))
            full = (await client.get("/v1/reviews", params={"limit": 1000})).json()["data"]
        assert len(full) == size
        moderation_of = {True: "accepted", False: "rejected", None: "pending"}
        cut = parse_datetime(updated_after) if updated_after and "T" in updated_after else None
        if updated_after and cut is None:
            cut = int(dt.datetime.fromisoformat(updated_after).replace(tzinfo=dt.UTC).timestamp() * 1000)
        expected = [
            r
            for r in full
            if (moderation is None or moderation_of[r["accepted"]] == moderation)
            and (cut is None or ms(r["updated_at"]) > cut)
        ]
        assert_once(walked, expected)
        keys = [(r["updated_at"], r["id"]) for r in walked]
        assert keys == sorted(keys)

    run(check)


STAMPS = ("viewed_at", "rated_at", "reviewed_at", "responded_at")
