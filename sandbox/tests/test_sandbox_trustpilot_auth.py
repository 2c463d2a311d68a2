"""Trustpilot sandbox credentials: the token endpoint (HTTP Basic, form body, three grants, 100-hour
tokens, 429 for over-eager clients), bearer tokens on private calls, the API key on public ones."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _support import client_for, sandbox
from reviewbridge_sandbox import create_app, credentials_env
from reviewbridge_sandbox._trustpilot_tokens import GRANTS_PER_WINDOW, WINDOW_S

TOKEN = "/v1/oauth/oauth-business-users-for-applications/accesstoken"
LIST = "/v1/private/business-units/507f191e810c19729de860ea/reviews"
FIND = "/v1/business-units/find"
KEY = ("sandbox-key", "sandbox-secret")
PASSWORD_FORM = {"grant_type": "password", "username": "sandbox-user@example.com", "password": "sandbox-password"}


class Clock:
    """A monotonic clock the test moves by hand (no real waiting)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def app_with_clock(**settings: Any) -> tuple[Any, Clock]:
    app = create_app("trustpilot", reviews=5, **settings)
    clock = Clock()
    app.state.sandbox.tokens.clock = clock
    return app, clock


async def token(client: httpx.AsyncClient, form: dict[str, str] | None = None) -> httpx.Response:
    return await client.post(TOKEN, data=form or {"grant_type": "client_credentials"}, auth=KEY)


def bearer(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def test_client_credentials_grant_gives_a_100_hour_token_as_documented() -> None:
    async with client_for(create_app("trustpilot", reviews=5)) as client:
        response = await token(client)
        listed = await client.get(LIST, headers=bearer(response))
    body = response.json()
    assert set(body) == {"access_token", "expires_in", "issued_at"}  # no refresh token for this grant
    assert body["expires_in"] == "359999" and body["issued_at"].isdigit()
    assert response.headers["cache-control"] == "no-store"
    assert listed.status_code == 200 and len(listed.json()["reviews"]) == 5


async def test_password_grant_and_refresh() -> None:
    app, _ = app_with_clock()
    async with client_for(app) as client:
        first = await token(client, PASSWORD_FORM)
        refresh = first.json()["refresh_token"]
        renewed = await token(client, {"grant_type": "refresh_token", "refresh_token": refresh})
        spent = await token(client, {"grant_type": "refresh_token", "refresh_token": refresh})
        listed = [await client.get(LIST, headers=bearer(r)) for r in (first, renewed)]
    assert renewed.json()["refresh_token"] != refresh
    assert spent.status_code == 400 and "refresh token" in spent.json()["message"]
    assert [r.status_code for r in listed] == [200, 200]


@pytest.mark.parametrize(
    ("form", "auth", "status"),
    [
        ({"grant_type": "client_credentials"}, None, 401),
        ({"grant_type": "client_credentials"}, ("sandbox-key", "wrong"), 401),
        ({"grant_type": "client_credentials"}, ("someone", "sandbox-secret"), 401),
        ({"scope": "reviews"}, KEY, 400),  # no grant_type
        ({"grant_type": "authorization_code"}, KEY, 400),
        ({"grant_type": "password", "username": "sandbox-user@example.com"}, KEY, 400),
        ({**PASSWORD_FORM, "password": "guess"}, KEY, 401),
        ({"grant_type": "refresh_token"}, KEY, 400),
        ({"grant_type": "refresh_token", "refresh_token": "made-up"}, KEY, 400),
    ],
)
async def test_token_errors(form: dict[str, str], auth: tuple[str, str] | None, status: int) -> None:
    async with client_for(create_app("trustpilot", reviews=1)) as client:
        response = await client.post(TOKEN, data=form, auth=auth)
    assert response.status_code == status
    assert "access_token" not in response.json() and response.json()["message"]


async def test_token_request_must_be_a_form() -> None:
    async with client_for(create_app("trustpilot", reviews=1)) as client:
        response = await client.post(TOKEN, json={"grant_type": "client_credentials"}, auth=KEY)
    assert response.status_code == 415


async def test_fetching_tokens_too_often_is_refused_with_429_until_the_window_passes() -> None:
    app, clock = app_with_clock()
    async with client_for(app) as client:
        granted = [(await token(client)).status_code for _ in range(GRANTS_PER_WINDOW)]
        clock.now += WINDOW_S / 2
        refused = await token(client)
        still = await token(client, PASSWORD_FORM)  # every grant counts, and refusals do not reset the wait
        clock.now += WINDOW_S / 2
        again = await token(client)
        stats = (await client.get("/_sandbox/stats")).json()
    assert granted == [200] * GRANTS_PER_WINDOW
    assert refused.status_code == still.status_code == 429
    assert refused.headers["retry-after"] == str(int(WINDOW_S / 2))
    assert "reuse" in refused.json()["message"]
    assert again.status_code == 200
    assert stats["token_requests"] == GRANTS_PER_WINDOW + 3


async def test_tokens_expire_after_their_lifetime() -> None:
    app, clock = app_with_clock()
    async with client_for(app) as client:
        headers = bearer(await token(client))
        clock.now += 100 * 3600 - 1
        alive = await client.get(LIST, headers=headers)
        clock.now += 1
        expired = await client.get(LIST, headers=headers)
        fresh = await client.get(LIST, headers=bearer(await token(client)))
    assert (alive.status_code, expired.status_code, fresh.status_code) == (200, 401, 200)
    assert "expired" in expired.json()["message"]


async def test_token_ttl_setting_shortens_the_lifetime() -> None:
    async with client_for(create_app("trustpilot", reviews=1, token_ttl=3600)) as client:
        body = (await token(client)).json()
    assert body["expires_in"] == "3599"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer nonsense"},
        {"Authorization": "Basic c2FuZGJveC1rZXk6c2FuZGJveC1zZWNyZXQ="},  # the key and secret, not a token
        {"apikey": "sandbox-key"},
    ],
)
async def test_private_calls_need_a_bearer_token(headers: dict[str, str]) -> None:
    async with client_for(create_app("trustpilot", reviews=1)) as client:
        for method, url in [("GET", LIST), ("GET", "/v1/private/reviews/x"), ("DELETE", "/v1/private/reviews/x/reply")]:
            response = await client.request(method, url, headers=headers)
            assert response.status_code == 401
            assert response.json()["errorCode"] == 1002


async def test_a_wrong_api_key_beside_a_token_is_refused() -> None:
    async with client_for(create_app("trustpilot", reviews=1)) as client:
        headers = bearer(await token(client))
        right = await client.get(LIST, headers={**headers, "apikey": "sandbox-key"})
        wrong = await client.get(LIST, headers={**headers, "apikey": "other-key"})
    assert (right.status_code, wrong.status_code) == (200, 401)


async def test_find_business_unit_by_domain_with_the_api_key() -> None:
    async with client_for(create_app("trustpilot", reviews=12)) as client:
        found = await client.get(FIND, params={"name": "example.com"}, headers={"apikey": "sandbox-key"})
        www = await client.get(FIND, params={"name": "www.shop-b.example", "apikey": "sandbox-key"})
        await client.post("/_sandbox/churn?delete=2&add=1")
        counted = await client.get(FIND, params={"name": "example.com"}, headers={"apikey": "sandbox-key"})
        unknown = await client.get(FIND, params={"name": "nowhere.example"}, headers={"apikey": "sandbox-key"})
        nameless = await client.get(FIND, headers={"apikey": "sandbox-key"})
        keyless = await client.get(FIND, params={"name": "example.com"}, headers=bearer(await token(client)))
    assert found.status_code == 200 and found.json()["id"] == "507f191e810c19729de860ea"
    assert found.json()["name"]["identifying"] == "example.com" and found.json()["numberOfReviews"]["total"] == 12
    assert www.json()["id"] == "5f1a2b3c4d5e6f7081920a1b"
    assert counted.json()["numberOfReviews"]["total"] == 11
    assert (unknown.status_code, nameless.status_code, keyless.status_code) == (404, 400, 401)


async def test_in_process_client_and_environment_carry_the_documented_credentials() -> None:
    async with sandbox("trustpilot", reviews=3) as client:
        listed = await client.get(LIST)
        found = await client.get(FIND, params={"name": "example.com"})
        stats = (await client.get("/_sandbox/stats")).json()
    env = credentials_env()
    assert (listed.status_code, found.status_code, stats["token_requests"]) == (200, 200, 1)
    assert (env["REVIEWBRIDGE_TRUSTPILOT_API_KEY"], env["REVIEWBRIDGE_TRUSTPILOT_API_SECRET"]) == KEY
