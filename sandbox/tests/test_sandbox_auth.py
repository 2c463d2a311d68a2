"""Each sandbox rejects missing or wrong credentials exactly like its provider (one as the example here;
each in its test_sandbox_<p>.py) and lets anyone reach its admin routes."""

from __future__ import annotations

import pytest
from _support import basic, client_for
from reviewbridge_sandbox import create_app
from reviewbridge_sandbox._registry import implementations


@pytest.mark.parametrize(
    "headers",
    [{}, basic("sk_wrong", ""), {"Authorization": "Bearer sk_wrong"}, {"Authorization": "Token sk_test"}],
)
async def test_testfreaks_rejects_bad_keys(headers: dict[str, str]) -> None:
    async with client_for(create_app("testfreaks")) as client:
        for method, url in [("GET", "/v1/reviews"), ("GET", "/v1/reviews/0000000000000000"), ("POST", "/v1/reviews")]:
            response = await client.request(method, url, headers=headers, json={})
            assert response.status_code == 401
            assert response.json() == {"errors": ["Invalid API key"]}


@pytest.mark.parametrize("headers", [basic("sk_test", ""), {"Authorization": "Bearer sk_test"}])
async def test_testfreaks_accepts_key_as_basic_user_or_bearer(headers: dict[str, str]) -> None:
    async with client_for(create_app("testfreaks")) as client:
        response = await client.get("/v1/reviews", headers=headers)
    assert response.status_code == 200


async def test_admin_routes_need_no_credentials() -> None:
    for provider in implementations():
        async with client_for(create_app(provider)) as client:
            assert (await client.get("/_sandbox/stats")).status_code == 200
            assert (await client.get("/_sandbox/dataset")).status_code == 200
