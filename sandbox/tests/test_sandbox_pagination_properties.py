"""Walking every page of a sandbox yields each matching review exactly once, in the documented order,
whatever the data-set size, page size and filters."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

from _support import sandbox, walk_etrusted, walk_testfreaks, walk_thanx
from hypothesis import given, settings
from hypothesis import strategies as st
from reviewbridge_sandbox._times import parse_datetime

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


def thanx_updated(record: dict[str, Any]) -> int:
    stamps = [ms(record[name]) for name in STAMPS if record[name]]
    return max(stamps) if stamps else ms(record["purchase"]["purchased_at"])


@PROPERTY_SETTINGS
@given(
    size=SIZES,
    seed=SEEDS,
    per_page=st.integers(min_value=1, max_value=40),
    states=st.lists(st.sampled_from(["unviewed", "viewed", "expired", "rated", "reviewed", "responded"]), max_size=3),
)
def test_thanx_page_numbers(size: int, seed: int, per_page: int, states: list[str]) -> None:
    query = f"per_page={per_page}" + "".join(f"&states[]={s}" for s in states)

    async def check() -> None:
        async with sandbox("thanx", reviews=size, seed=seed) as client:
            walked = await walk_thanx(client, f"/partner/feedbacks?merchant_id=m-{seed}&{query}")
            full = await walk_thanx(client, f"/partner/feedbacks?merchant_id=m-{seed}&per_page=100")
            dataset = (await client.get("/_sandbox/dataset", params={"scope": f"m-{seed}"})).json()["reviews"]
        assert [r["id"] for r in full] == [r["id"] for r in dataset]
        assert len(full) == size
        assert_once(walked, [r for r in full if not states or r["state"] in states])
        keys = [(thanx_updated(r), r["id"]) for r in walked]
        assert keys == sorted(keys)

    run(check)


@PROPERTY_SETTINGS
@given(
    size=SIZES,
    seed=SEEDS,
    count=st.integers(min_value=1, max_value=40),
    order=st.sampled_from([None, "submittedAt", "updatedAt", "editedAt"]),
    ratings=st.lists(st.integers(min_value=1, max_value=5), max_size=3, unique=True),
    has_reply=st.sampled_from([None, "true", "false"]),
    ignore_statements=st.sampled_from([None, "true", "false"]),
)
def test_etrusted_cursors(
    size: int,
    seed: int,
    count: int,
    order: str | None,
    ratings: list[int],
    has_reply: str | None,
    ignore_statements: str | None,
) -> None:
    params = {"count": str(count)}
    if order:
        params["orderBy"] = order
    if ratings:
        params["rating"] = ",".join(map(str, ratings))
    if has_reply:
        params["hasReply"] = has_reply
    if ignore_statements:
        params["ignoreStatements"] = ignore_statements
    query = "&".join(f"{k}={v}" for k, v in params.items())

    def sort_key(review: dict[str, Any]) -> tuple[int, str]:
        field = {None: "submittedAt", "submittedAt": "submittedAt", "updatedAt": "updatedAt", "editedAt": "editedAt"}
        return ms(review.get(field[order]) or review["submittedAt"]), review["id"]

    async def check() -> None:
        async with sandbox("etrusted", reviews=size, seed=seed) as client:
            walked = await walk_etrusted(client, f"/channels/c-{seed}/customer-reviews?{query}")
            full = (
                await client.get(
                    f"/channels/c-{seed}/customer-reviews", params={"count": 1000, "ignoreStatements": "false"}
                )
            ).json()["items"]
            # Walking back with the previous links from the last page gives the same pages in reverse.
            backward: list[dict[str, Any]] = []
            if walked:
                last_id = walked[-1]["id"]
                page = (await client.get(f"/channels/c-{seed}/customer-reviews?{query}&after={last_id}")).json()
                assert page["items"] == [] and page["paging"]["links"]["next"] == ""
                previous = f"/channels/c-{seed}/customer-reviews?{query}&before={walked[-1]['id']}"
                backward = walked[-1:]
                while previous:
                    page = (await client.get(previous)).json()
                    backward = page["items"] + backward
                    previous = page["paging"]["links"]["previous"]
        assert len(full) == size
        expected = [
            r
            for r in full
            if (not ratings or r["rating"] in ratings)
            and (has_reply is None or (r["reply"] is not None) == (has_reply == "true"))
            and (ignore_statements == "false" or r["feedbackType"] == "REVIEW")
        ]
        expected.sort(key=sort_key, reverse=True)
        assert_once(walked, expected)
        assert backward == walked

    run(check)


@PROPERTY_SETTINGS
@given(size=SIZES, seed=SEEDS, older=st.sampled_from([None, "true", "false"]))
def test_reevoo_single_page(size: int, seed: int, older: str | None) -> None:
    async def check() -> None:
        async with sandbox("reevoo", reviews=size, seed=seed) as client:
            url = "/v4/organisations/ORG/customer_experience_reviews"
            listed = (await client.get(url, params={"older_reviews": older} if older else {})).json()
            everything = (await client.get(url, params={"older_reviews": "true"})).json()
            dataset = (await client.get("/_sandbox/dataset", params={"scope": "ORG"})).json()["reviews"]
        items = listed["customer_experience_reviews"]
        full = everything["customer_experience_reviews"]
        assert len(full) == size == len(dataset)
        dates = [r["publish_date"] for r in items]
        assert dates == sorted(dates, reverse=True)
        if older == "true":
            assert items == full
        else:
            newest = max((dt.date.fromisoformat(r["publish_date"]) for r in full), default=None)
            assert items == [
                r for r in full if newest and newest - dt.date.fromisoformat(r["publish_date"]) <= dt.timedelta(days=90)
            ]

    run(check)
