"""A sandbox in this process, reached through ``httpx.ASGITransport``: no socket, no thread, no server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx

from . import _etrusted, _reevoo, _testfreaks, _thanx, _trustpilot
from ._app import create_app

BASE_URL = "http://sandbox.test"


@asynccontextmanager
async def client(provider: str, **settings: Any) -> AsyncIterator[httpx.AsyncClient]:
    """An ``httpx.AsyncClient`` (base URL ``http://sandbox.test``) of a fresh ``create_app(provider,
    **settings)``, already carrying the sandbox's credentials (for eTrusted and Trustpilot, a token it has
    just fetched)."""
    app = create_app(provider, **settings)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as http:
        if provider == "reevoo":
            http.auth = httpx.BasicAuth(_reevoo.API_KEY, _reevoo.API_SECRET)
        elif provider == "thanx":
            http.headers.update(
                {
                    "Authorization": f"Bearer {_thanx.ACCESS_TOKEN}",
                    "X-ClientId": _thanx.CLIENT_ID,
                    "Accept-Version": _thanx.API_VERSION,
                    "User-Agent": "reviewbridge-sandbox-client/1",
                    "Content-Type": "application/json",
                }
            )
        elif provider == "testfreaks":
            http.auth = httpx.BasicAuth(_testfreaks.API_KEY, "")
        elif provider == "trustpilot":
            response = await http.post(
                _trustpilot.TOKEN_PATH,
                data={"grant_type": "client_credentials"},
                auth=httpx.BasicAuth(_trustpilot.API_KEY, _trustpilot.API_SECRET),
            )
            response.raise_for_status()
            http.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
            http.headers["apikey"] = _trustpilot.API_KEY
        else:
            form = {
                "grant_type": "client_credentials",
                "client_id": _etrusted.CLIENT_ID,
                "client_secret": _etrusted.CLIENT_SECRET,
                "audience": _etrusted.AUDIENCE,
            }
            response = await http.post("/oauth/token", data=form)
            response.raise_for_status()
            http.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
        yield http
