"""A sandbox in this process, reached through ``httpx.ASGITransport``: no socket, no thread, no server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx

from ._app import create_app

BASE_URL = "http://sandbox.test"


@asynccontextmanager
async def client(provider: str, **settings: Any) -> AsyncIterator[httpx.AsyncClient]:
    """An ``httpx.AsyncClient`` (base URL ``http://sandbox.test``) of a fresh ``create_app(provider,
    **settings)``, already carrying the sandbox's credentials (a token it has just fetched, where the
    provider's clients fetch one)."""
    app = create_app(provider, **settings)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as http:
        http.headers.update(await type(app.state.sandbox).credentials(http))
        yield http
