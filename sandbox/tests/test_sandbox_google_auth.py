"""Google sandbox credentials and limits: the token endpoint (the refresh-token grant, RFC 6749 errors),
access tokens that expire, the per-minute quota of each API, and the lies a walk must see through."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _support import basic, client_for
from reviewbridge_sandbox import create_app, credentials_env
from reviewbridge_sandbox._faults import FAR_FUTURE
from test_sandbox_faults import first_lie_seed
from test_sandbox_google import GROUP, HOME, assert_error

GRANT = {
    "grant_type": "refresh_token",
    "client_id": "sandbox-client",
    "client_secret": "sandbox-secret",
    "refresh_token": "sandbox-refresh",
}


class Clock:
    """A monotonic clock the test moves by hand (no real waiting)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def bearer(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def test_the_credentials_are_the_readmes() -> None:
    env = credentials_env()
    assert {key: env[key] for key in env if "_GOOGLE_" in key} == {
        "REVIEWBRIDGE_GOOGLE_CLIENT_ID": "sandbox-client",
        "REVIEWBRIDGE_GOOGLE_CLIENT_SECRET": "sandbox-secret",
        "REVIEWBRIDGE_GOOGLE_REFRESH_TOKEN": "sandbox-refresh",
    }


async def test_a_refresh_gives_an_hour_long_bearer_token() -> None:
    async with client_for(create_app("google", reviews=3)) as client:
        response = await client.post("/token", data=GRANT)
        as_basic = await client.post(
            "/token", data={k: v for k, v in GRANT.items() if not k.startswith("client_")},
            headers=basic("sandbox-client", "sandbox-secret"),
        )  # fmt: skip
        listed = await client.get(f"/v4/{HOME}/reviews", headers=bearer(response))
        stats = (await client.get("/_sandbox/stats")).json()
    body = response.json()
    assert body == {
        "access_token": body["access_token"],
        "expires_in": 3599,
        "scope": "https://www.googleapis.com/auth/business.manage",
        "token_type": "Bearer",
    }  # no new refresh token on a refresh
    assert body["access_token"].startswith("ya29.") and response.headers["cache-control"] == "no-store"
    assert as_basic.status_code == 200 and as_basic.json()["access_token"] != body["access_token"]
    assert listed.status_code == 200 and len(listed.json()["reviews"]) == 3
    assert stats["token_requests"] == 2


@pytest.mark.parametrize(
    ("change", "status", "error", "description"),
    [
        ({"refresh_token": "1//0another-users-token"}, 400, "invalid_grant", "Token has been expired or revoked."),
        ({"refresh_token": ""}, 400, "invalid_request", "Missing required parameter: refresh_token"),
        ({"client_secret": "wrong"}, 401, "invalid_client", "Unauthorized"),
        ({"client_id": "someone-else"}, 401, "invalid_client", "The OAuth client was not found."),
        ({"client_id": None}, 400, "invalid_request", "Missing required parameter: client_id"),
        ({"grant_type": "client_credentials"}, 400, "unsupported_grant_type", "Invalid grant_type: client_credentials"),
        ({"grant_type": None}, 400, "invalid_request", "Missing required parameter: grant_type"),
    ],
)
async def test_refused_grants_are_rfc_6749_errors(
    change: dict[str, str | None], status: int, error: str, description: str
) -> None:
    form = {k: v for k, v in {**GRANT, **change}.items() if v is not None}
    async with client_for(create_app("google", reviews=1)) as client:
        response = await client.post("/token", data=form)
    assert response.status_code == status
    assert response.json() == {"error": error, "error_description": description}


async def test_the_token_request_is_a_form() -> None:
    async with client_for(create_app("google", reviews=1)) as client:
        response = await client.post("/token", json=GRANT)
    assert response.status_code == 400 and response.json()["error"] == "invalid_request"


async def test_access_tokens_expire_and_missing_ones_are_unauthenticated() -> None:
    app = create_app("google", reviews=1, token_ttl=120)
    clock = Clock()
    app.state.sandbox.oauth.access.clock = clock
    async with client_for(app) as client:
        token = await client.post("/token", data=GRANT)
        fresh = await client.get("/v1/accounts", headers=bearer(token))
        clock.now += 119
        late = await client.get("/v1/accounts", headers=bearer(token))
        clock.now += 2
        expired = await client.get("/v1/accounts", headers=bearer(token))
        missing = await client.get("/v1/accounts")
        made_up = await client.get("/v1/accounts", headers={"Authorization": "Bearer ya29.made-up"})
    assert token.json()["expires_in"] == 119
    assert (fresh.status_code, late.status_code) == (200, 200)
    for refused, reason in ((expired, "ACCESS_TOKEN_EXPIRED"), (missing, "CREDENTIALS_MISSING"),
                            (made_up, "ACCESS_TOKEN_EXPIRED")):  # fmt: skip
        error = assert_error(refused, 401)
        assert error["details"][0]["reason"] == reason
        assert refused.headers["www-authenticate"].startswith("Bearer ")


async def _calls(app: Any, urls: list[str], headers: dict[str, str]) -> list[httpx.Response]:
    async with client_for(app) as client:
        return [await client.get(url, headers=headers) for url in urls]


async def test_each_api_allows_its_quota_a_minute() -> None:
    app = create_app("google", reviews=1, quota=5)
    clock = Clock()
    app.state.sandbox.quota.clock = clock
    async with client_for(app) as client:
        headers = bearer(await client.post("/token", data=GRANT))
        reviews = [await client.get(f"/v4/{HOME}/reviews", headers=headers) for _ in range(6)]
        accounts = await client.get("/v1/accounts", headers=headers)  # another API: a quota of its own
        clock.now += 59.5
        still = await client.get(f"/v4/{HOME}/reviews", headers=headers)
        clock.now += 1
        again = await client.get(f"/v4/{HOME}/reviews", headers=headers)
        tokens = [await client.post("/token", data=GRANT) for _ in range(6)]  # the token endpoint has none
    assert [r.status_code for r in reviews] == [200] * 5 + [429]
    error = assert_error(reviews[-1], 429)
    assert "Requests per minute" in error["message"] and "mybusiness.googleapis.com" in error["message"]
    assert [d["@type"].rsplit(".", 1)[1] for d in error["details"]] == ["ErrorInfo", "RetryInfo"]
    assert error["details"][0]["reason"] == "RATE_LIMIT_EXCEEDED" and error["details"][1]["retryDelay"] == "60s"
    assert "retry-after" not in reviews[-1].headers  # docs: ND
    assert accounts.status_code == 200
    assert (still.status_code, again.status_code) == (429, 200)
    assert all(t.status_code == 200 for t in tokens)


async def test_the_documented_quota_and_none() -> None:
    documented, unlimited = create_app("google", reviews=1), create_app("google", reviews=1, quota=0)
    assert documented.state.sandbox.quota.per_minute == 300
    async with client_for(unlimited) as client:
        headers = bearer(await client.post("/token", data=GRANT))
        answers = {(await client.get(f"/v1/accounts/{GROUP}/locations?readMask=name", headers=headers)).status_code
                   for _ in range(320)}  # fmt: skip
    assert answers == {200}


async def test_the_future_lie_stamps_the_last_review_of_a_page() -> None:
    seed = first_lie_seed("future")
    app = create_app("google", seed=seed, fault_rate=1.0, liars=True, reviews=10)
    token = "ya29." + app.state.sandbox.oauth.access.issue()  # no request: no fault drawn
    async with client_for(app) as client:
        response = await client.get(f"/v4/{HOME}/reviews?pageSize=4", headers={"Authorization": f"Bearer {token}"})
        stats = (await client.get("/_sandbox/stats")).json()
    reviews = response.json()["reviews"]
    assert len(reviews) == 4 and reviews[-1]["updateTime"] == reviews[-1]["createTime"] == FAR_FUTURE
    assert all(FAR_FUTURE not in (r["createTime"], r["updateTime"]) for r in reviews[:-1])
    assert stats["faults"]["future"] == 1


async def test_faults_answer_in_the_envelope() -> None:
    seed = first_lie_seed("503")
    app = create_app("google", seed=seed, fault_rate=1.0, liars=True, reviews=1)
    token = "ya29." + app.state.sandbox.oauth.access.issue()
    async with client_for(app) as client:
        response = await client.get(f"/v4/{HOME}/reviews", headers={"Authorization": f"Bearer {token}"})
    assert response.json() == {
        "error": {"code": 503, "message": "Service temporarily unavailable", "status": "UNAVAILABLE"}
    }
