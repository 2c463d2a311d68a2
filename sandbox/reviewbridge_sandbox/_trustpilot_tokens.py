"""Trustpilot-style business-user tokens: access tokens that expire, refresh tokens, and a limit on how
often one application is granted tokens.

Trustpilot's access tokens live 100 hours and its refresh tokens 30 days; "if you refresh your access
token too often, your requests will be rejected with HTTP error code: 429". The sandbox grants at most
``GRANTS_PER_WINDOW`` tokens per ``WINDOW_S`` seconds (the real limit is not published), so a client
that fetches a token per request, or per page, is refused quickly.
"""

from __future__ import annotations

import math
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

GRANTS_PER_WINDOW = 10
WINDOW_S = 60.0
REFRESH_LIFETIME_S = 30 * 86_400.0
_FORGET_ABOVE = 10_000  # tokens kept before expired ones are forgotten (long soak runs)


@dataclass(frozen=True)
class Grant:
    """What the token endpoint answers: the token, its lifetime in whole seconds, when it was issued."""

    access_token: str
    expires_in: int
    issued_at_ms: int
    refresh_token: str | None

    def as_json(self) -> dict[str, str]:
        # docs: expires_in and issued_at are strings (AUTH's example, the Node client's type).
        body = {
            "access_token": self.access_token,
            "expires_in": str(self.expires_in),
            "issued_at": str(self.issued_at_ms),
        }
        if self.refresh_token is not None:
            body["refresh_token"] = self.refresh_token
        return body


class Tokens:
    """Access and refresh tokens of one application, on a monotonic ``clock`` tests may replace."""

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self.clock: Callable[[], float] = time.monotonic
        self.wall: Callable[[], float] = time.time
        self._access: dict[str, float] = {}
        self._refresh: dict[str, float] = {}
        self._granted: deque[float] = deque()

    def wait_before_grant(self) -> int | None:
        """Seconds to wait before the next grant is allowed (the ``Retry-After``), or None if it is now."""
        now = self.clock()
        while self._granted and self._granted[0] <= now - WINDOW_S:
            self._granted.popleft()
        if len(self._granted) < GRANTS_PER_WINDOW:
            return None
        return max(1, math.ceil(self._granted[0] + WINDOW_S - now))

    def grant(self, *, refreshable: bool) -> Grant:
        """A new access token (and a refresh token when ``refreshable``); counts towards the limit."""
        now = self.clock()
        self._granted.append(now)
        if len(self._access) > _FORGET_ABOVE:
            self._access = {t: e for t, e in self._access.items() if e > now}
            self._refresh = {t: e for t, e in self._refresh.items() if e > now}
        token = secrets.token_urlsafe(32)
        self._access[token] = now + self.ttl
        refresh = None
        if refreshable:
            refresh = secrets.token_urlsafe(32)
            self._refresh[refresh] = now + REFRESH_LIFETIME_S
        # docs: "359999" for a 100-hour token: the whole seconds left, one short of the lifetime.
        expires_in = max(math.ceil(self.ttl) - 1, 0)
        return Grant(token, expires_in, int(self.wall() * 1000), refresh)

    def redeem(self, refresh_token: str) -> bool:
        """Use up a refresh token: True if it was valid (it is then spent: a refresh answers a new pair)."""
        expiry = self._refresh.pop(refresh_token, None)
        return expiry is not None and self.clock() < expiry

    def valid(self, token: str | None) -> bool:
        if token is None:
            return False
        expiry = self._access.get(token)
        return expiry is not None and self.clock() < expiry
