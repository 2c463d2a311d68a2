"""Query timestamps: each sandbox takes exactly the form its provider documents (UTC with ``Z``;
eTrusted to the millisecond, TestFreaks and Thanx to the second, TestFreaks also a date) and answers
any other form with a 400 in the provider's error format, so a client sending another form fails."""

from __future__ import annotations

from typing import Any

import pytest
from _support import sandbox

# (provider, list path, parameter, the documented form, other forms a client might send)
CASES: list[tuple[str, str, str, str, list[str]]] = [
    (
        "etrusted",
        "/reviews?channels=example.com",
        "submittedAfter",
        "2018-02-01T17:10:42.733Z",
        [
            "2018-02-01T17:10:42Z",
            "2018-02-01T17:10:42.733000Z",
            "2018-02-01T17:10:42.733+00:00",
            "2018-02-01T17:10:42.733",
            "2018-02-01 17:10:42.733Z",
            "2018-02-01T17:10:42.733z",
            "2018-02-01",
        ],
    ),
    (
        "testfreaks",
        "/v1/reviews",
        "updated_after",
        "2021-10-01T13:00:00Z",
        [
            "2021-10-01T13:00:00.000Z",
            "2021-10-01T13:00:00+00:00",
            "2021-10-01T13:00:00",
            "2021-10-01T13:00:00-23:59:59.999999",
            "2021-10-01T13:00Z",
            "2021-10-01t13:00:00Z",
        ],
    ),
    (
        "thanx",
        "/partner/feedbacks?merchant_id=example.com",
        "updated_after",
        "2020-01-07T20:00:00Z",
        ["2020-01-07T20:00:00.000Z", "2020-01-07T20:00:00+00:00", "2020-01-07T20:00:00", "2020-01-07"],
    ),
]


def _error_format(provider: str, body: bytes, parsed: Any) -> bool:
    if provider == "etrusted":
        return body == b""  # eTrusted answers invalid input with a bare 400
    if provider == "testfreaks":
        return isinstance(parsed["errors"], list) and bool(parsed["errors"])
    return parsed["error"]["code"] == "BAD_REQUEST"


@pytest.mark.parametrize(("provider", "path", "name", "documented", "others"), CASES, ids=[c[0] for c in CASES])
async def test_only_the_documented_timestamp_form_is_taken(
    provider: str, path: str, name: str, documented: str, others: list[str]
) -> None:
    async with sandbox(provider, reviews=5) as client:
        ok = await client.get(path, params={**_query(path), name: documented})
        assert ok.status_code == 200, ok.text
        for form in others:
            refused = await client.get(path, params={**_query(path), name: form})
            assert refused.status_code == 400, form
            assert _error_format(provider, refused.content, refused.json() if refused.content else None), form


def _query(path: str) -> dict[str, str]:
    _, _, query = path.partition("?")
    return dict(part.split("=", 1) for part in query.split("&") if part)


async def test_testfreaks_takes_a_date_too() -> None:
    async with sandbox("testfreaks", reviews=5) as client:
        assert (await client.get("/v1/reviews", params={"created_after": "2021-10-01"})).status_code == 200
        assert (await client.get("/v1/reviews", params={"created_after": "2021-02-29"})).status_code == 400


@pytest.mark.parametrize("stamp", ["2021-02-29T00:00:00Z", "2021-04-31T00:00:00Z", "2021-01-01T24:00:00Z",
                                   "2021-01-01T00:60:00Z", "2021-01-01T00:00:60Z"])  # fmt: skip
async def test_a_moment_that_does_not_exist_is_refused(stamp: str) -> None:
    async with sandbox("testfreaks", reviews=1) as client:
        assert (await client.get("/v1/reviews", params={"updated_after": stamp})).status_code == 400


async def test_a_leap_day_is_taken() -> None:
    async with sandbox("etrusted", reviews=1) as client:
        params = {"channels": "example.com", "submittedAfter": "2024-02-29T00:00:00.000Z"}
        assert (await client.get("/reviews", params=params)).status_code == 200
