"""Seeded data: deterministic, realistic formats, cheap enough for 200 000 reviews per scope."""

from __future__ import annotations

import re

import pytest
from _support import declared, sandbox
from reviewbridge_sandbox._rand import HEX, LOWER, Codec
from reviewbridge_sandbox._times import iso_ms, iso_s, parse_date, parse_datetime

SECOND_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
DATE = re.compile(r"\d{4}-\d\d-\d\d")


#: each sandbox whose test file says where its list of every review of scope "shop" is (its LIST_URL)
LISTS = declared("LIST_URL")


@pytest.mark.parametrize("provider", sorted(LISTS))
async def test_same_seed_same_data_other_seed_other_data(provider: str) -> None:
    bodies = []
    for seed in (1, 1, 2):
        async with sandbox(provider, reviews=30, seed=seed) as client:
            response = await client.get(LISTS[provider])
            assert response.status_code == 200
            bodies.append(response.json())
    assert bodies[0] == bodies[1]
    assert bodies[0] != bodies[2]


async def test_testfreaks_formats() -> None:
    async with sandbox("testfreaks", reviews=100) as client:
        reviews = (await client.get("/v1/reviews?limit=100")).json()["data"]
    for review in reviews:
        assert SECOND_STAMP.fullmatch(review["updated_at"]) and DATE.fullmatch(review["date"])
        assert re.fullmatch(r"[0-9a-f]{16}", review["id"])
    assert {r["lang"] for r in reviews} >= {"en", "de"}
    assert any(r["images"] for r in reviews) and any(r["responses"] for r in reviews)


async def test_large_data_sets_page_lazily() -> None:
    # How fast is for bench/ to measure (no timed assertions on a shared machine): here, that a large
    # data set pages correctly from its first page to a single record.
    async with sandbox("testfreaks", reviews=200_000) as client:
        first = await client.get("/v1/reviews", params={"limit": 1000})
        assert first.status_code == 200 and len(first.json()["data"]) == 1000
        second = await client.get(first.json()["links"]["next"])
        assert len(second.json()["data"]) == 1000
        assert not {r["id"] for r in first.json()["data"]} & {r["id"] for r in second.json()["data"]}
        single = await client.get(f"/v1/reviews/{second.json()['data'][-1]['id']}")
        assert single.status_code == 200


def test_codec_round_trips_and_keeps_order() -> None:
    codec = Codec(HEX, 16, key=42)
    ids = [codec.encode(i) for i in range(2000)]
    assert len(set(ids)) == 2000
    assert all(codec.decode(text) == i for i, text in enumerate(ids))
    assert sorted(ids) == [codec.text(v) for v in sorted(codec.value(i) for i in range(2000))]
    assert codec.decode("xyz") is None and codec.decode("g" * 16) is None
    small = Codec(LOWER, 5, key=7)
    assert small.decode(small.encode(123)) == 123


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018-02-01T17:09:41.790Z", "2018-02-01T17:09:41.790Z"),
        ("2018-02-01T17:09:41Z", "2018-02-01T17:09:41.000Z"),
        ("2018-02-01T18:09:41.7+01:00", "2018-02-01T17:09:41.700Z"),
        ("2018-02-01t17:09:41.123456z", "2018-02-01T17:09:41.123Z"),
        ("2018-02-01T17:09:41", "2018-02-01T17:09:41.000Z"),
        ("2016-12-31T23:59:60Z", "2016-12-31T23:59:59.000Z"),
        ("2024-02-29T00:00:00-00:30", "2024-02-29T00:30:00.000Z"),
    ],
)
def test_timestamp_parsing(text: str, expected: str) -> None:
    value = parse_datetime(text)
    assert value is not None
    assert iso_ms(value) == expected


@pytest.mark.parametrize(
    "text",
    ["2018-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2018-02-01 17:09", "2018-02-01T25:00:00Z", "yesterday",
     "2018-02-01T17:09:41+24:00", "٢٠١٨-02-01T17:09:41Z", "2018-02-01"],
)  # fmt: skip
def test_timestamp_rejects(text: str) -> None:
    assert parse_datetime(text) is None


def test_dates() -> None:
    value = parse_date("2021-11-22")
    assert value is not None and iso_s(value) == "2021-11-22T00:00:00Z"
    assert parse_date("2021-11-31") is None and parse_date("0000-01-01") is None and parse_date("2021-1-2") is None
