"""Injected failures and added latency, as ASGI middleware in front of a provider's routes.

With ``fault_rate`` F, a seeded ``random.Random(seed)`` decides for each API request (never for
``/_sandbox/*``) whether it fails and how: 429 with ``Retry-After: 1``, 500, 502, 503, a connection
dropped in the middle of the body, or an answer slower than ``slow_ms``. The same seed and the same
sequence of requests give the same faults.

With ``liars`` a GET may also get a lie, an answer that is fine as HTTP but not as an API answer: an
empty 200, ``{}``, a redirect elsewhere, JSON cut short (with a Content-Length that matches), or the
true page with its last record stamped in the far future. A client must neither take a lie for the
end of a list nor let a future stamp become its incremental mark.
"""

from __future__ import annotations

import asyncio
import json
import random
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._settings import Settings

ADMIN_PREFIX = "/_sandbox"
FAULT_KINDS = ("429", "500", "502", "503", "drop", "slow")
LIAR_KINDS = ("empty200", "emptyobject", "redirect", "truncated", "future")
FAR_FUTURE = "9999-12-31T23:59:59Z"

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
    #: the kinds reported (the lies only when the sandbox tells them)
    kinds: tuple[str, ...] = FAULT_KINDS
    #: ``/_sandbox/lie?short=N&after=M``: list answers to serve true first, then how many to cut short
    #: (half their records, marked as the list's last page, as the provider marks it)
    short_after: int = 0
    short_pages: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "faults": {kind: self.faults.get(kind, 0) for kind in self.kinds},
            "requests": self.requests,
            "token_requests": self.token_requests,
        }


ErrorFactory = Callable[[int, str], Response]


class FaultInjector:
    """Counts API requests, adds latency and injects the seeded faults."""

    #: how latency and slow answers wait (a test puts a recorder here instead of waiting)
    sleep: Callable[[float], Awaitable[None]] = staticmethod(asyncio.sleep)

    def __init__(
        self,
        app: ASGIApp,
        *,
        settings: Settings,
        stats: Stats,
        error: ErrorFactory,
        stamp_fields: tuple[str, ...] = (),
        end_early: Callable[[dict[str, Any]], dict[str, Any] | None] | None = None,
    ) -> None:
        self.app = app
        self.settings = settings
        self.stats = stats
        self.end_early = end_early
        self.error = error
        self.stamp_fields = stamp_fields
        self.random = random.Random(settings.seed)  # noqa: S311 - reproducible fault schedule, not security

    def draw(self, method: str) -> str | None:
        """The fault for the next request, or None."""
        roll = self.random.random()
        if roll >= self.settings.fault_rate:
            return None
        kinds: tuple[str, ...] = FAULT_KINDS
        if self.settings.liars and method == "GET":
            kinds += tuple(k for k in LIAR_KINDS if k != "future" or self.stamp_fields)
        return self.random.choice(kinds)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope.get("path", "")).startswith(ADMIN_PREFIX + "/"):
            await self.app(scope, receive, send)
            return
        self.stats.requests += 1
        fault = self.draw(str(scope.get("method", "GET")))
        if self.settings.latency_ms:
            await self.sleep(self.settings.latency_ms / 1000)
        if self.stats.short_pages and self.end_early is not None and scope.get("method") == "GET":
            await self.maybe_short(scope, receive, send)
            return
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault in LIAR_KINDS:
            await self.lie(fault, scope, receive, send)
            return
        self.stats.faults[fault] += 1
        if fault == "slow":
            await self.sleep(self.settings.slow_ms / 1000 + 0.05)
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

    async def maybe_short(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The true answer, or (a list page, once ``short_after`` of them went out true) the page cut short
        and marked as the last: the end of a list told early (``/_sandbox/lie``)."""
        assert self.end_early is not None
        status, headers, body = await _truth(self.app, scope, receive)
        try:
            page = json.loads(body) if status == 200 else None
        except ValueError:
            page = None
        short = self.end_early(page) if isinstance(page, dict) else None
        if short is not None:
            if self.stats.short_after:
                self.stats.short_after -= 1
            else:
                self.stats.short_pages -= 1
                body = json.dumps(short).encode()
        await _send(send, status, headers, body)

    async def lie(self, kind: str, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer with the lie ``kind``; counted only when told (a page without records has nothing to
        stamp in the future, and then the truth goes out)."""
        if kind == "empty200":
            self.stats.faults[kind] += 1
            await Response(b"", status_code=200, media_type="application/json")(scope, receive, send)
            return
        if kind == "emptyobject":
            self.stats.faults[kind] += 1
            await Response(b"{}", status_code=200, media_type="application/json")(scope, receive, send)
            return
        if kind == "redirect":
            self.stats.faults[kind] += 1
            # Elsewhere: a client that follows it would carry its credentials to another origin.
            location = {"Location": "http://127.0.0.1:9/collect"}
            await Response(b"", status_code=302, headers=location)(scope, receive, send)
            return
        status, headers, body = await _truth(self.app, scope, receive)
        if status == 200 and kind == "truncated" and len(body) > 1:
            self.stats.faults[kind] += 1
            body = body[: len(body) // 2]
        elif status == 200 and kind == "future":
            stamped = _stamp_last_record(body, self.stamp_fields)
            if stamped is not None:
                self.stats.faults[kind] += 1
                body = stamped
        await _send(send, status, headers, body)


async def _send(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    """Send an answer whose body may have been rewritten (its Content-Length follows the body)."""
    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _truth(app: ASGIApp, scope: Scope, receive: Receive) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """The answer the app would give: status, headers and the whole body."""
    start: dict[str, Any] = {}
    chunks: list[bytes] = []

    async def capture(message: Message) -> None:
        if message["type"] == "http.response.start":
            start.update(message)
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, capture)
    return int(start.get("status", 500)), list(start.get("headers", [])), b"".join(chunks)


def _stamp_last_record(body: bytes, fields: tuple[str, ...]) -> bytes | None:
    """``body`` with the last record of its list stamped in the far future; None when it has none.

    The last, not the first: a walk anchored on change times may read the first record of a page again
    (the previous page's last, at the same second), and a lie told once would then be a second version."""
    try:
        page = json.loads(body)
    except ValueError:
        return None
    records = next((v for v in page.values() if isinstance(v, list) and v), None) if isinstance(page, dict) else None
    if not records or not isinstance(records[-1], dict):
        return None
    stamped = [name for name in fields if records[-1].get(name)]
    if not stamped:
        return None
    for name in stamped:
        records[-1][name] = FAR_FUTURE
    return json.dumps(page).encode()


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
