"""Query timestamps: each sandbox takes exactly the form its provider documents (UTC with ``Z``, to the
second or the millisecond, a date where the docs allow one; each provider's form in its own test file)
and answers any other form with a 400 in the provider's error format, so a client sending another form
fails."""

from __future__ import annotations

import pytest
from _support import declared, sandbox

#: each sandbox whose test file documents its timestamp form (its TIMESTAMPS: list path, parameter, the
#: documented form, other forms a client might send, and whether an answer is in the provider's error format)
CASES = declared("TIMESTAMPS")


@pytest.mark.parametrize("provider", sorted(CASES))
async def test_only_the_documented_timestamp_form_is_taken(provider: str) -> None:
    path, name, documented, others, error_format = CASES[provider]
    async with sandbox(provider, reviews=5) as client:
        ok = await client.get(path, params={**_query(path), name: documented})
        assert ok.status_code == 200, ok.text
        for form in others:
            refused = await client.get(path, params={**_query(path), name: form})
            assert refused.status_code == 400, form
            assert error_format(refused.content, refused.json() if refused.content else None), form


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
