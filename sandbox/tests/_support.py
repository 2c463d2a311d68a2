"""Helpers shared by the sandbox's own tests (this module holds no tests).

Every helper talks to a sandbox in-process through ``httpx.ASGITransport``: no sockets, no threads.
"""

from __future__ import annotations

import base64
from typing import Any

import httpx
from reviewbridge_sandbox import client as sandbox

__all__ = [
    "BASE_URL",
    "ETRUSTED_FORM",
    "THANX_HEADERS",
    "basic",
    "client_for",
    "etrusted_token",
    "list_url",
    "sandbox",
    "walk_etrusted",
    "walk_testfreaks",
    "walk_thanx",
]

BASE_URL = "http://sandbox.test"
THANX_HEADERS = {
    "Authorization": "Bearer sandbox-token",
    "X-ClientId": "sandbox-client",
    "Accept-Version": "v4.0",
    "User-Agent": "reviewbridge-tests/1.0",
    "Content-Type": "application/json",
}
ETRUSTED_FORM = {
    "grant_type": "client_credentials",
    "client_id": "sandbox-client",
    "client_secret": "sandbox-secret",
    "audience": "https://api.etrusted.com",
}


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def client_for(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL)


async def etrusted_token(client: httpx.AsyncClient) -> str:
    response = await client.post("/oauth/token", data=ETRUSTED_FORM)
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


LIST_PATHS = {
    "reevoo": "/v4/organisations/{scope}/customer_experience_reviews",
    "thanx": "/partner/feedbacks?merchant_id={scope}",
    "etrusted": "/channels/{scope}/customer-reviews",
    "testfreaks": "/v1/reviews?client_id={scope}",
}


def list_url(provider: str, scope: str = "example.com") -> str:
    return LIST_PATHS[provider].format(scope=scope)


async def walk_etrusted(client: httpx.AsyncClient, url: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    next_url: str | None = url
    while next_url:
        response = await client.get(next_url)
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["items"]
        next_url = body["paging"]["links"]["next"]
        assert bool(next_url) == bool(body["paging"]["cursor"]["after"])
    return items


async def walk_testfreaks(client: httpx.AsyncClient, url: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    next_url: str | None = url
    while next_url:
        response = await client.get(next_url)
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["data"]
        next_url = body["links"].get("next")
    return items


async def walk_thanx(client: httpx.AsyncClient, url: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    page = 1
    while True:
        response = await client.get(f"{url}&page={page}")
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["feedbacks"]
        if page >= body["pagination"]["total_pages"]:
            return items
        page += 1
