"""Injected failures and added latency, as ASGI middleware in front of a provider's routes.

With ``fault_rate`` F, a seeded ``random.Random(seed)`` decides for each API request (never for
``/_sandbox/*``) whether it fails and how: 429 with ``Retry-After: 1``, 500, 502, 503, a connection
dropped in the middle of the body, or an answer slower than ``slow_ms``. The same seed and the same
sequence of requests give the same faults.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._settings import Settings

ADMIN_PREFIX = "/_sandbox"
FAULT_KINDS = ("429", "500", "502", "503", "drop", "slow")

_GATEWAY_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
    b"<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
# Partial body of a dropped connection: it promises more bytes than it ever sends.
_DROPPED_HEAD = b'{"data":[{"id":"'
_DROPPED_LENGTH = 4096


@dataclass
class Stats:
    requests: int = 0
    token_requests: int = 0
    faults: Counter[str] = field(default_factory=Counter)

    def as_json(self) -> dict[str, Any]:
        return {
            "faults": {kind: self.faults.get(kind, 0) for kind in FAULT_KINDS},
            "requests": self.requests,
            "token_requests": self.token_requests,
        }


ErrorFactory = Callable[[int, str], Response]


class FaultInjector:
    """Counts API requests, adds latency and injects the seeded faults."""

    def __init__(self, app: ASGIApp, *, settings: Settings, stats: Stats, error: ErrorFactory) -> None:
        self.app = app
        self.settings = settings
        self.stats = stats
        self.error = error
        self.random = random.Random(settings.seed)  # noqa: S311 - reproducible fault schedule, not security

    def draw(self) -> str | None:
        """The fault for the next request, or None."""
        roll = self.random.random()
        if roll >= self.settings.fault_rate:
            return None
        return self.random.choice(FAULT_KINDS)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope.get("path", "")).startswith(ADMIN_PREFIX + "/"):
            await self.app(scope, receive, send)
            return
        self.stats.requests += 1
        fault = self.draw()
        if self.settings.latency_ms:
            await asyncio.sleep(self.settings.latency_ms / 1000)
        if fault is None:
            await self.app(scope, receive, send)
            return
        self.stats.faults[fault] += 1
        if fault == "slow":
            await asyncio.sleep(self.settings.slow_ms / 1000 + 0.05)
            await self.app(scope, receive, send)
        elif fault == "drop":
            await _drop(send)
        elif fault == "502":
            await Response(_GATEWAY_PAGE, status_code=502, media_type="text/html")(scope, receive, send)
        elif fault == "429":
            response = self.error(429, "Rate limit exceeded, retry later")
            response.headers["Retry-After"] = "1"
            await response(scope, receive, send)
        elif fault == "503":
            await self.error(503, "Service temporarily unavailable")(scope, receive, send)
        else:
            await self.error(500, "Internal server error")(scope, receive, send)


class DroppedConnection(httpx.RemoteProtocolError):
    """The injected "drop" fault, raised after a partial body.

    A server (uvicorn) then closes the connection in the middle of the body, so the client sees an
    incomplete message; an in-process client (``httpx.ASGITransport``) gets this exception, which is
    the protocol error httpx would raise for a real dropped connection.
    """


async def _drop(send: Send) -> None:
    """Start a JSON answer that announces more bytes than it sends, then fail: the client sees an
    incomplete body (a protocol error)."""
    start: Message = {
        "type": "http.response.start",
        "status": 200,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(_DROPPED_LENGTH).encode())],
    }
    await send(start)
    await send({"type": "http.response.body", "body": _DROPPED_HEAD, "more_body": True})
    raise DroppedConnection("sandbox fault: connection dropped in the middle of the body")
