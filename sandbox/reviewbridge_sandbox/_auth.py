"""Reading credentials off a request (and writing them, for clients), and a store of short-lived access tokens."""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
import time
from collections.abc import Callable

from starlette.requests import Request


def basic_credentials(request: Request) -> tuple[str, str] | None:
    """``(user, password)`` of an ``Authorization: Basic`` header, or None."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value:
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    user, sep, password = decoded.partition(":")
    return (user, password) if sep else None


def basic_header(user: str, password: str) -> dict[str, str]:
    """The ``Authorization: Basic`` header of ``user`` and ``password``."""
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")}


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer":
        return None
    token = value.strip()
    return token or None


def same(given: str | None, expected: str) -> bool:
    """Constant-time comparison, as a real server would do."""
    return given is not None and hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode())


class TokenStore:
    """Opaque bearer tokens that stop working ``ttl`` seconds after they were issued."""

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._expiry: dict[str, float] = {}
        #: the time tokens expire by (a test moves a clock of its own instead of waiting)
        self.clock: Callable[[], float] = time.monotonic

    def issue(self) -> str:
        now = self.clock()
        # Forget tokens that expired long ago so a long soak run does not grow without bound.
        if len(self._expiry) > 10_000:
            self._expiry = {t: e for t, e in self._expiry.items() if e > now}
        token = secrets.token_urlsafe(32)
        self._expiry[token] = now + self.ttl
        return token

    def valid(self, token: str | None) -> bool:
        if token is None:
            return False
        expiry = self._expiry.get(token)
        return expiry is not None and self.clock() < expiry
