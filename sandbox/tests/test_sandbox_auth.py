"""Each sandbox rejects missing or wrong credentials exactly like its provider."""

from __future__ import annotations

import base64

import httpx
import pytest
from _support import ETRUSTED_FORM, THANX_HEADERS, client_for, etrusted_token
from reviewbridge_sandbox import create_app


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


REEVOO_LIST = "/v4/organisations/ABC/customer_experience_reviews"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        basic("demo_key", "wrong"),
        basic("other_key", "demo_secret"),
        {"Authorization": "Bearer demo_key"},
        {"Authorization": "Basic not-base64!"},
    ],
)
async def test_reevoo_rejects_bad_credentials(headers: dict[str, str]) -> None:
    async with client_for(create_app("reevoo")) as client:
        response = await client.get(REEVOO_LIST, headers=headers)
        assert response.status_code == 401
        assert response.json() == {"status": 401, "message": "Unauthorized"}
        detail = await client.get("/v4/customer_experience_reviews/rv-0", headers=headers)
        assert detail.status_code == 401


async def test_reevoo_accepts_demo_key() -> None:
    async with client_for(create_app("reevoo")) as client:
        response = await client.get(REEVOO_LIST, headers=basic("demo_key", "demo_secret"))
        assert response.status_code == 200


@pytest.mark.parametrize(
    ("change", "status"),
    [
        ({"Authorization": None}, 401),
        ({"Authorization": "Bearer wrong"}, 401),
        ({"Authorization": "sandbox-token"}, 401),
        ({"X-ClientId": None}, 401),
        ({"X-ClientId": "other-client"}, 401),
        ({"Accept-Version": None}, 400),
        ({"Accept-Version": "v3.0"}, 400),
        ({"User-Agent": ""}, 400),
        ({"User-Agent": "python-httpx/0.28.1"}, 400),
        ({"Content-Type": None}, 400),
        ({"Content-Type": "text/plain"}, 400),
    ],
)
async def test_thanx_rejects_bad_headers(change: dict[str, str | None], status: int) -> None:
    headers = {**THANX_HEADERS}
    for name, value in change.items():
        if value is None:
            del headers[name]
        else:
            headers[name] = value
    async with client_for(create_app("thanx")) as client:
        response = await client.get("/partner/feedbacks?merchant_id=m1", headers=headers)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == ("UNAUTHORIZED" if status == 401 else "BAD_REQUEST")
    assert isinstance(error["message"], str) and error["message"]


async def test_thanx_accepts_the_full_header_set() -> None:
    async with client_for(create_app("thanx")) as client:
        response = await client.get("/partner/feedbacks?merchant_id=m1", headers=THANX_HEADERS)
    assert response.status_code == 200


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


ETRUSTED_LIST = "/channels/chl-1/customer-reviews"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nonsense"}, basic("sandbox-client", "x")])
async def test_etrusted_api_rejects_without_a_token_and_without_body(headers: dict[str, str]) -> None:
    async with client_for(create_app("etrusted")) as client:
        for method, url in [
            ("GET", ETRUSTED_LIST),
            ("GET", f"{ETRUSTED_LIST}/rev-x"),
            ("POST", f"{ETRUSTED_LIST}/rev-x/vetos"),
        ]:
            response = await client.request(method, url, headers=headers)
            assert response.status_code == 401
            assert response.content == b""


async def test_etrusted_token_grant() -> None:
    async with client_for(create_app("etrusted", token_ttl=120)) as client:
        response = await client.post("/oauth/token", data=ETRUSTED_FORM)
        assert response.status_code == 200
        body = response.json()
        assert body["token_type"] == "Bearer"
        assert body["expires_in"] == 120
        assert isinstance(body["access_token"], str) and len(body["access_token"]) >= 32
        listed = await client.get(ETRUSTED_LIST, headers={"Authorization": f"Bearer {body['access_token']}"})
        assert listed.status_code == 200


@pytest.mark.parametrize(
    ("form", "status", "error"),
    [
        ({**ETRUSTED_FORM, "client_secret": "wrong"}, 401, "invalid_client"),
        ({**ETRUSTED_FORM, "client_id": "someone-else"}, 401, "invalid_client"),
        ({**ETRUSTED_FORM, "grant_type": "password"}, 400, "unsupported_grant_type"),
        ({k: v for k, v in ETRUSTED_FORM.items() if k != "grant_type"}, 400, "invalid_request"),
        ({k: v for k, v in ETRUSTED_FORM.items() if k != "client_secret"}, 400, "invalid_request"),
        ({**ETRUSTED_FORM, "audience": "https://elsewhere.example"}, 400, "invalid_request"),
        ({k: v for k, v in ETRUSTED_FORM.items() if k != "audience"}, 400, "invalid_request"),
    ],
)
async def test_etrusted_token_errors(form: dict[str, str], status: int, error: str) -> None:
    async with client_for(create_app("etrusted")) as client:
        response = await client.post("/oauth/token", data=form)
    assert response.status_code == status
    assert response.json()["error"] == error
    assert "access_token" not in response.json()


async def test_etrusted_token_request_must_be_form_encoded() -> None:
    async with client_for(create_app("etrusted")) as client:
        response = await client.post("/oauth/token", json=ETRUSTED_FORM)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


async def test_etrusted_token_expires() -> None:
    app = create_app("etrusted", token_ttl=0.2)
    now = [1000.0]
    app.state.sandbox.tokens.clock = lambda: now[0]  # time moved by the test, not waited through
    async with client_for(app) as client:
        token = await etrusted_token(client)
        headers = {"Authorization": f"Bearer {token}"}
        assert (await client.get(ETRUSTED_LIST, headers=headers)).status_code == 200
        now[0] += 0.3
        expired = await client.get(ETRUSTED_LIST, headers=headers)
        assert expired.status_code == 401
        assert expired.content == b""
        fresh = {"Authorization": f"Bearer {await etrusted_token(client)}"}
        assert (await client.get(ETRUSTED_LIST, headers=fresh)).status_code == 200
    assert app.state.sandbox.stats.token_requests == 2


async def test_admin_routes_need_no_credentials() -> None:
    for provider in ("reevoo", "thanx", "etrusted", "testfreaks"):
        async with client_for(create_app(provider)) as client:
            assert (await client.get("/_sandbox/stats")).status_code == 200
            assert (await client.get("/_sandbox/dataset")).status_code == 200


async def test_unknown_routes_answer_in_the_provider_style() -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app("thanx")), base_url="http://s") as c:
        response = await c.get("/partner/nothing", headers=THANX_HEADERS)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "RESOURCE_NOT_FOUND"
        response = await c.delete("/partner/feedbacks", headers=THANX_HEADERS)
        assert response.status_code == 405
        assert "GET" in response.headers["allow"]
        assert response.json()["error"]["code"] == "METHOD_NOT_ALLOWED"
