"""Authentication as httpx.Auth flows, one per provider scheme.

Each flow holds its credentials as :class:`~reviewbridge._secrets.Secret` and writes them into the
request only at send time, so no repr, log record or exception ever carries them.
"""

from __future__ import annotations

import asyncio
import base64
import collections
import json
import math
import re
import threading
import time
from collections.abc import AsyncGenerator, Generator
from typing import Any, Literal

import httpx

from ._exceptions import AuthenticationError, ResponseParseError, status_error_class
from ._json import loads
from ._secrets import Secret, redacted_request
from ._token_cache import TokenCache

__all__ = ["BasicAuth", "ClientCredentialsAuth", "HeaderSetAuth"]


class BasicAuth(httpx.Auth):
    """HTTP Basic: Reevoo (key and secret), TestFreaks (key with an empty password)."""

    def __init__(self, username: Secret, password: Secret | None = None) -> None:
        self._username = username
        self._password = password
        # The pair as sent (base64 in the header) is a secret of its own: an echo of it is masked too.
        self._pair = Secret(f"{username.reveal()}:{password.reveal() if password else ''}")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        password = self._password.reveal() if self._password else ""
        token = base64.b64encode(f"{self._username.reveal()}:{password}".encode()).decode("ascii")
        request.headers["Authorization"] = f"Basic {token}"
        yield request

    def __repr__(self) -> str:
        return "BasicAuth(username=Secret('********'))"


class HeaderSetAuth(httpx.Auth):
    """A fixed set of headers, some secret: Thanx's bearer token, client id and API version."""

    def __init__(self, secret_headers: dict[str, Secret], headers: dict[str, str]) -> None:
        self._secret_headers = secret_headers
        self._headers = headers

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        for name, secret in self._secret_headers.items():
            request.headers[name] = secret.reveal()
        for name, value in self._headers.items():
            request.headers.setdefault(name, value)
        yield request

    def __repr__(self) -> str:
        return f"HeaderSetAuth(headers={sorted([*self._secret_headers, *self._headers])})"


#: Seconds a token is taken to live when the answer gives no usable ``expires_in``.
DEFAULT_TOKEN_LIFETIME = 300.0
#: What a bearer token may hold (RFC 6750's b64token, leniently: visible ASCII), so it cannot break
#: the header it goes into.
_TOKEN = re.compile(r"[\x21-\x7e]+")


def _json(content: bytes) -> Any:
    """The parsed body, or None when it is not JSON (or nested too deeply to parse). ``NaN`` and
    ``Infinity`` are read (as the standard library does): an ``expires_in`` of NaN is a bad lifetime,
    not an unreadable answer."""
    try:
        return loads(content)
    except (ValueError, RecursionError):
        pass
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return None


def token_lifetime(value: object) -> float:
    """Seconds from an ``expires_in``; the default for a missing, non-numeric, non-finite or non-positive one
    (a lifetime of zero or NaN would otherwise ask for a new token on every call)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_TOKEN_LIFETIME
    try:
        seconds = float(value)
    except (ValueError, OverflowError):
        return DEFAULT_TOKEN_LIFETIME
    return seconds if math.isfinite(seconds) and seconds > 0 else DEFAULT_TOKEN_LIFETIME


class ClientCredentialsAuth(httpx.Auth):
    """OAuth2 client-credentials grant with a cached bearer token.

    The client id and secret go in the token request's form (``credentials_in="form"``, with an
    ``audience`` where the provider wants one) or as its HTTP Basic credentials (``"basic"``, RFC 6749's
    preferred way); ``operation`` names the token request in errors. With a ``cache`` a token is kept
    across runs (see ``_token_cache``): one another run kept is used for what is left of its life.

    The token is refreshed shortly before it expires and once more when the API answers 401. When
    many threads or tasks find it expired at once, exactly one of them asks for a new token: the
    others wait on the lock and then reuse it. The token request goes through the same client, so it
    shares its transport, retries and timeouts.
    """

    requires_response_body = False
    #: A 401 means the token died on its way (expired in a slow queue, or revoked): get a new one and
    #: send again, this many times at most.
    REFRESHES_ON_401 = 3

    def __init__(
        self,
        token_url: str,
        client_id: Secret,
        client_secret: Secret,
        *,
        audience: str | None = None,
        provider: str,
        credentials_in: Literal["form", "basic"] = "form",
        operation: str = "requestAccessToken",
        cache: TokenCache | None = None,
    ) -> None:
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._audience = audience
        self._provider = provider
        self._operation = operation
        self._cache = cache
        # The Basic pair as sent is a secret of its own (its base64 echoed back is masked too).
        self._basic = Secret(f"{client_id.reveal()}:{client_secret.reveal()}") if credentials_in == "basic" else None
        self._token: str | None = None
        # The latest tokens, known to redaction while held: an answer to a request sent with one of them
        # may still echo it after it was replaced.
        self._token_secrets: collections.deque[Secret] = collections.deque(maxlen=self.REFRESHES_ON_401 + 2)
        self._expires_at = 0.0
        self._requested_at = 0.0
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        self._async_lock_loop: asyncio.AbstractEventLoop | None = None
        self.token_requests = 0

    def __repr__(self) -> str:
        return f"ClientCredentialsAuth(token_url={self._token_url!r})"

    # -- shared logic ------------------------------------------------------------------------

    def _current(self) -> str | None:
        if self._token is not None and time.monotonic() < self._expires_at:
            return self._token
        return None

    def _kept(self) -> str | None:
        """The token another run kept in the cache, taken for what is left of its life, or None."""
        kept = self._cache.load() if self._cache is not None else None
        if kept is None or not _TOKEN.fullmatch(kept[0]):
            return None
        token, seconds_left = kept
        self._token_secrets.append(Secret(token))
        self._expires_at = time.monotonic() + seconds_left
        self._token = token
        return token

    def _token_request(self) -> httpx.Request:
        self.token_requests += 1
        # The lifetime counts from when the server issued the token, which is after this moment: time
        # from here, so a slow token response cannot make us use a token the server already expired.
        self._requested_at = time.monotonic()
        form = {"grant_type": "client_credentials"}
        headers = {"Accept": "application/json"}
        if self._basic is not None:
            headers["Authorization"] = "Basic " + base64.b64encode(self._basic.reveal().encode()).decode("ascii")
        else:
            form["client_id"] = self._client_id.reveal()
            form["client_secret"] = self._client_secret.reveal()
        if self._audience is not None:
            form["audience"] = self._audience
        return httpx.Request("POST", self._token_url, data=form, headers=headers)

    def _store(self, response: httpx.Response) -> str:
        operation = self._operation
        status = response.status_code
        body = _json(response.content)
        if status != 200:
            # The error keeps the response; its request (the form with the client secret) is redacted.
            response.request = redacted_request(response.request)
            error_class = status_error_class(status)
            error = body.get("error") if isinstance(body, dict) else None
            code = error if isinstance(error, str) else None
            if status in (400, 401):
                error_class, what = AuthenticationError, "refused the client credentials"
            elif status >= 500:
                what = "failed (a server error, not a verdict on the credentials)"
            else:
                what = "did not issue a token"
            raise error_class(
                f"{self._provider}: the token endpoint {what} (HTTP {status}{', ' + code if code else ''})",
                provider=self._provider,
                operation=operation,
                status_code=status,
                code=code,
                request_id=None,
                response=response,
            )
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not _TOKEN.fullmatch(token):
            found = "no JSON object" if not isinstance(body, dict) else f"access_token {_kind(token)}"
            raise ResponseParseError(
                f"{self._provider}: the token endpoint answered without a usable access_token "
                f"(a non-empty string was expected; got {found})",
                provider=self._provider,
                operation=operation,
                status_code=status,
                body=b"<token response withheld>",
            )
        lifetime = token_lifetime(body.get("expires_in"))
        # Refresh early: a tenth of the lifetime, at most 30 s, before it runs out.
        self._expires_at = self._requested_at + lifetime - min(30.0, lifetime / 10)
        self._token = token
        self._token_secrets.append(Secret(token))
        if self._cache is not None:
            self._cache.save(token, self._expires_at - time.monotonic())
        return token

    def _invalidate(self, token: str) -> None:
        if self._token == token:
            self._token = None
        if self._cache is not None:
            self._cache.discard(token)

    @staticmethod
    def _authorize(request: httpx.Request, token: str) -> None:
        request.headers["Authorization"] = f"Bearer {token}"

    # -- sync --------------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = yield from self._sync_token()
        self._authorize(request, token)
        response = yield request
        for _ in range(self.REFRESHES_ON_401):
            if response.status_code != 401:
                return
            response.close()
            self._invalidate(token)
            token = yield from self._sync_token()
            self._authorize(request, token)
            response = yield request

    def _sync_token(self) -> Generator[httpx.Request, httpx.Response, str]:
        token = self._current()
        if token is not None:
            return token
        with self._thread_lock:
            token = self._current() or self._kept()
            if token is None:
                response = yield self._token_request()
                response.read()
                token = self._store(response)
        return token

    # -- async -------------------------------------------------------------------------------

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._current()
        for attempt in range(1 + self.REFRESHES_ON_401):
            if token is None:
                async with self._loop_lock():
                    token = self._current() or self._kept()
                    if token is None:
                        token_response = yield self._token_request()
                        await token_response.aread()
                        token = self._store(token_response)
            self._authorize(request, token)
            response = yield request
            if response.status_code != 401 or attempt == self.REFRESHES_ON_401:
                return
            await response.aclose()
            self._invalidate(token)
            token = None

    def _loop_lock(self) -> asyncio.Lock:
        # An asyncio.Lock belongs to one event loop; keep one per loop the client is used from.
        loop = asyncio.get_running_loop()
        with self._thread_lock:
            if self._async_lock is None or self._async_lock_loop is not loop:
                self._async_lock, self._async_lock_loop = asyncio.Lock(), loop
            return self._async_lock


def _kind(value: object) -> str:
    """What a token value is, without showing it."""
    if value is None:
        return "null or missing"
    if isinstance(value, str):
        return "empty" if not value else "with spaces or control characters"
    return f"of type {type(value).__name__}"
