"""Assembling one provider's sandbox: its routes, the admin routes, faults and provider-style errors."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response

from ._admin import admin_routes
from ._faults import FAULT_KINDS, LIAR_KINDS, FaultInjector, Stats
from ._registry import implementation as implementation_of
from ._settings import Settings


def create_app(
    provider: str,
    *,
    reviews: int = 200,
    seed: int = 0,
    fault_rate: float = 0.0,
    latency_ms: int = 0,
    token_ttl: float | None = None,
    slow_ms: int = 5000,
    liars: bool = False,
    quota: int | None = None,
    scopes: int | None = None,
) -> Starlette:
    """An ASGI app serving ``provider``'s spec operations on seeded data.

    Every scope (what the provider's list is of: an organisation, a merchant, a channel, a client;
    ``example.com`` when absent) has its own ``reviews`` reviews generated from ``seed``. ``fault_rate``
    of the API requests fail (seeded), every answer waits ``latency_ms``, access tokens expire after
    ``token_ttl`` seconds (None: the lifetime the provider documents), and a "slow" fault takes
    ``slow_ms``. With ``liars`` the faults include lying answers to GETs (an empty 200,
    ``{}``, a redirect, truncated JSON, a record stamped in the far future). ``quota`` is the requests a
    minute each API allows before a 429 (None: the provider's documented quota, where it has one; 0: no
    limit) and ``scopes`` how many scopes a sandbox lists where its API lists them (None: its own number).
    ``app.state.sandbox`` is the provider implementation (its ``stats`` count requests and faults).
    """
    settings = Settings(
        provider=provider,
        reviews=reviews,
        seed=seed,
        fault_rate=fault_rate,
        latency_ms=latency_ms,
        token_ttl=token_ttl,
        slow_ms=slow_ms,
        liars=liars,
        quota=quota,
        scopes=scopes,
    )
    stats = Stats(kinds=(*FAULT_KINDS, *LIAR_KINDS) if liars else FAULT_KINDS)
    implementation = implementation_of(provider)(settings, stats)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return implementation.error(exc.status_code, exc.detail, exc.headers)

    async def server_error(request: Request, exc: Exception) -> Response:
        return implementation.error(500, "Internal server error")

    app = Starlette(
        routes=[*implementation.routes(), *admin_routes(implementation)],
        middleware=[
            Middleware(
                FaultInjector,
                settings=settings,
                stats=stats,
                error=implementation.error,
                stamp_fields=implementation.stamp_fields,
                end_early=implementation.end_early if implementation.tells_length else None,
            )
        ],
        exception_handlers={HTTPException: http_error, Exception: server_error},
    )
    app.state.sandbox = implementation
    return app
