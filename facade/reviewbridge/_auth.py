"""Authentication as httpx.Auth flows, one per provider scheme.

Each flow holds its credentials as :class:`~reviewbridge._secrets.Secret` and writes them into the
request only at send time, so no repr, log record or exception ever carries them.
"""

from __future__ import annotations

import asyncio
import base64
import collections
import concurrent.futures
import contextlib
import dataclasses
import json
import math
import re
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any, Literal

import httpx

from ._exceptions import APIError, AuthenticationError, ResponseParseError, status_error_class
from ._json import loads
from ._secrets import Secret, redacted_request
from ._token_cache import TokenCache
from ._transport import AUTHORIZATION_NOW

__all__ = ["BasicAuth", "ClientCredentialsAuth", "HeaderSetAuth"]


class BasicAuth(httpx.Auth):
    """HTTP Basic: a key and a secret, or a key with an empty password."""

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
    """A fixed set of headers, some secret (a bearer token, a client id, an API version)."""

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
#: A token is renewed while this much of its life still remains: REFRESH_AHEAD seconds or
#: REFRESH_AHEAD_FRACTION of its lifetime, whichever is more (a request handed a token may wait behind
#: others, on a busy machine, before it goes out), but never more than half of the lifetime (a token of
#: a second must still serve for some requests, not one each).
REFRESH_AHEAD = 5.0
REFRESH_AHEAD_FRACTION = 0.25


def refresh_margin(lifetime: float) -> float:
    """Seconds before a token of ``lifetime`` seconds runs out at which it is renewed."""
    return min(lifetime / 2, max(REFRESH_AHEAD, lifetime * REFRESH_AHEAD_FRACTION))


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


@dataclasses.dataclass(frozen=True, eq=False, repr=False)
class _Token:
    """A token held, with the moments that matter (``clock`` seconds). The server issued it somewhere
    between our request and its answer, so its life ends between ``dies_at`` and ``dead_at``."""

    secret: Secret
    #: from here a new request does not take it: it asks for a new one (see :func:`refresh_margin`)
    renew_at: float
    #: from here the server may refuse it: its lifetime counted from when it was asked for
    dies_at: float
    #: from here the server refuses it for sure: its lifetime counted from when it came
    dead_at: float


#: Request extensions: the token a request carries, and when its latest attempt went out.
_CARRIED = "reviewbridge.token"
_SENT_AT = "reviewbridge.token_sent_at"
#: Round trips remembered: a token is not handed out within the longest of them of its end.
_TRIPS = 16


#: A limit on requests out at once that grows past this is lifted.
_UNGATED = 1024.0


class _Gate:
    """How many requests carrying a token may be out at once, across threads and event loops.

    No limit, until a token dies in a queue (a 401 that came after its life): too many requests are out
    for the server to read each within a token's life, so the limit becomes half of those out then, and
    grows by one per round of answers (additive increase, multiplicative decrease, as TCP's congestion
    control), lifted again past ``_UNGATED``. Requests wait for a slot in turn, before taking a token, so
    a token is not spent waiting. One cut per round: deaths of requests sent before the last cut do not
    cut again.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.limit = math.inf
        self.out = 0
        self._waiting: collections.deque[concurrent.futures.Future[None]] = collections.deque()
        self._cut_at = -math.inf

    def enter(self) -> concurrent.futures.Future[None] | None:
        """Take a slot: None when taken now, else a future done once it is taken for the caller."""
        with self._lock:
            if self.out < self.limit and not self._waiting:
                self.out += 1
                return None
            turn: concurrent.futures.Future[None] = concurrent.futures.Future()
            self._waiting.append(turn)
            return turn

    def give_up(self, turn: concurrent.futures.Future[None]) -> None:
        """Stop waiting for a slot (the caller was cancelled or interrupted)."""
        if not turn.cancel():  # it had been given the slot already
            self.leave()

    def leave(self) -> None:
        with self._lock:
            self.out -= 1
            self._admit()

    def crowded(self, sent_at: float, now: float) -> None:
        """A request sent at ``sent_at`` came back with its token dead of waiting: fewer out at once."""
        with self._lock:
            if sent_at < self._cut_at:
                return
            self._cut_at = now
            self.limit = max(1.0, min(self.limit, self.out) / 2)

    def answered(self) -> None:
        """A request came back: more may be out, while there is a limit."""
        if self.limit == math.inf:  # the common case, read without the lock
            return
        with self._lock:
            self.limit = math.inf if self.limit + 1 / self.limit > _UNGATED else self.limit + 1 / self.limit
            self._admit()

    def _admit(self) -> None:
        """Give the slots free to the callers waiting, in turn (called with the lock held)."""
        while self._waiting and self.out < self.limit:
            turn = self._waiting.popleft()
            if turn.set_running_or_notify_cancel():
                self.out += 1
                turn.set_result(None)


class ClientCredentialsAuth(httpx.Auth):
    """OAuth2 client-credentials grant with a cached bearer token.

    The client id and secret go in the token request's form (``credentials_in="form"``, with an
    ``audience`` where the provider wants one) or as its HTTP Basic credentials (``"basic"``, RFC 6749's
    preferred way); ``operation`` names the token request in errors. With a ``cache`` a token is kept
    across runs (see ``_token_cache``): one another run kept is used for what is left of its life.

    A token must still live when the server reads the request, not only when the request was built:

    - a new request takes the token held only before its renewal point (see :func:`refresh_margin`)
      and while more of its life is left than the longest of the latest round trips (on a busy machine
      requests wait seconds in queues, on either side);
    - just before each attempt goes out (after any wait for a rate limit or a retry's backoff) the
      transport asks again (``AUTHORIZATION_NOW``): the attempt takes the newest token if another caller
      renewed it meanwhile, and one whose token is dead for sure (its lifetime counted from when it came)
      is not sent (a 401 stands in for it, and the flow renews);
    - a 401 that comes back after the token's life was over may mean it died on its way: the token is
      renewed and the request sent again, :attr:`RESENDS_AFTER_A_QUEUE` times at most; a 401 within its
      life is a refusal (revoked, or not accepted), renewed :attr:`REFRESHES_ON_401` times at most;
    - once tokens die in queues, fewer requests go out at once (see :class:`_Gate`): with more out than
      the server reads within a token's life, no token is fresh enough, however often renewed.

    When many threads or tasks, on any event loops, need a new token at once, exactly one of them asks
    for it: the others wait for that refresh to end and take its token while it lives (asking again
    would bring one no younger by the time it came), or, if it failed, try in turn. The token request
    goes through the same client, so it shares its transport, retries and timeouts.
    """

    requires_response_body = False
    #: A 401 to a token still within its life means it was refused (revoked, say): get a new one and
    #: send again, this many times at most.
    REFRESHES_ON_401 = 3
    #: A 401 that came after the token's life was over (it died in a queue): renew and send again, this
    #: many times at most; also the bound on sends of one request, whatever their 401s (httpx counts each
    #: request of an auth flow against its 20 redirects: 9 sends with a token request each fit).
    RESENDS_AFTER_A_QUEUE = 8

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
        clock: Callable[[], float] = time.monotonic,
        cache: TokenCache | None = None,
    ) -> None:
        self._grant = _Grant(token_url, client_id, client_secret, audience, credentials_in)
        self._provider, self._operation, self._cache = provider, operation, cache
        self._held: _Token | None = None
        # The latest tokens, known to redaction while held: an answer to a request sent with one of them
        # may still echo it after it was replaced.
        self._token_secrets: collections.deque[Secret] = collections.deque(maxlen=self.REFRESHES_ON_401 + 2)
        # The latest round trips (token requests and API requests), seconds.
        self._trips: collections.deque[float] = collections.deque(maxlen=_TRIPS)
        self._requested_at = 0.0
        self._clock = clock
        # Guards the token, the round trips and the refresh under way; held only for a moment, never
        # across a request.
        self._state_lock = threading.Lock()
        # The refresh under way, if any: done when it ends, with its token (None: it failed). A concurrent
        # future can be waited on from a thread and from a task of any event loop alike.
        self._refreshing: concurrent.futures.Future[_Token | None] | None = None
        # How many requests carrying a token may be out at once (no limit until tokens die in queues).
        self._gate = _Gate()
        self.token_requests = 0

    def __repr__(self) -> str:
        return f"ClientCredentialsAuth(token_url={self._grant.token_url!r})"

    # -- shared logic ------------------------------------------------------------------------

    def _current(self) -> _Token | None:
        """The token a new request may take (called with the state lock held)."""
        held = self._held
        if held is None:
            return None
        now = self._clock()
        if now < held.renew_at and now + max(self._trips, default=0.0) < held.dies_at:
            return held
        return None

    def _claim(self) -> tuple[_Token | None, concurrent.futures.Future[_Token | None] | None, bool]:
        """(the current token, or None; else the refresh under way, and whether it is the caller's to make)."""
        with self._state_lock:
            token = self._current() or self._kept()
            if token is not None:
                return token, None, False
            if self._refreshing is not None:
                return None, self._refreshing, False
            self._refreshing = concurrent.futures.Future()
            return None, self._refreshing, True

    def _renewed(self, token: _Token | None) -> _Token | None:
        """The token of a refresh the caller waited for, while it lives (None: the caller tries again)."""
        return token if token is not None and self._clock() < token.dead_at else None

    def _kept(self) -> _Token | None:
        """The token another run kept in the cache, taken for what is left of its life, or None (called
        with the state lock held)."""
        kept = self._cache.load() if self._cache is not None else None
        if kept is None or not _TOKEN.fullmatch(kept[0]):
            return None
        token, seconds_left = kept
        ends = self._clock() + seconds_left
        self._held = _Token(Secret(token), renew_at=ends, dies_at=ends, dead_at=ends)
        self._token_secrets.append(self._held.secret)
        return self._current()

    def _release(self, refresh: concurrent.futures.Future[_Token | None], token: _Token | None) -> None:
        """End the caller's refresh (whatever its outcome): its waiters go on."""
        with self._state_lock:
            if self._refreshing is refresh:
                self._refreshing = None
        refresh.set_result(token)

    def _token_request(self) -> httpx.Request:
        self.token_requests += 1
        # The lifetime counts from when the server issued the token, which is after this moment: time
        # from here, so a slow token response cannot make us use a token the server already expired.
        self._requested_at = self._clock()
        return self._grant.request()

    def _store(self, response: httpx.Response) -> _Token:
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
        dies_at = self._requested_at + lifetime
        with self._state_lock:
            now = self._clock()
            held = _Token(Secret(token), dies_at - refresh_margin(lifetime), dies_at, dead_at=now + lifetime)
            self._trips.append(now - self._requested_at)
            self._held = held
            self._token_secrets.append(held.secret)
        if self._cache is not None:
            self._cache.save(token, held.renew_at - now)
        return held

    def _invalidate(self, token: _Token) -> None:
        with self._state_lock:
            if self._held is token:
                self._held = None
        if self._cache is not None:
            self._cache.discard(token.secret.reveal())

    def _authorize(self, request: httpx.Request, token: _Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.secret.reveal()}"
        request.extensions[_CARRIED] = token
        request.extensions[AUTHORIZATION_NOW] = self._authorization_now

    def _authorization_now(self, request: httpx.Request) -> bool:
        """Just before an attempt goes out (see AUTHORIZATION_NOW): the newest token, if another caller
        renewed it while this request waited; False when the token it would carry is dead for sure (one that
        may still live goes: the 401 it may bring is renewed in the flow)."""
        now = self._clock()
        with self._state_lock:
            held = self._held
        carried = request.extensions.get(_CARRIED)
        if held is not None and held is not carried and now < held.dead_at:
            self._authorize(request, held)
            carried = held
        request.extensions[_SENT_AT] = now
        return isinstance(carried, _Token) and now < carried.dead_at

    def _send_again(self, request: httpx.Request, response: httpx.Response, refusals: list[int]) -> bool:
        """Whether the answer calls for a new token and another send (``refusals`` counts the 401s so
        far: [within the token's life, after it])."""
        now = self._clock()
        sent_at = request.extensions.get(_SENT_AT)
        if isinstance(sent_at, int | float):
            with self._state_lock:
                self._trips.append(now - sent_at)
        carried = request.extensions.get(_CARRIED)
        if response.status_code != 401 or not isinstance(carried, _Token):
            self._gate.answered()
            return False
        self._invalidate(carried)
        late = now >= carried.dies_at  # the server may have read it after its end: it died in a queue
        if late:
            self._gate.crowded(sent_at if isinstance(sent_at, int | float) else -math.inf, now)
        refusals[late] += 1
        return refusals[late] <= (self.RESENDS_AFTER_A_QUEUE if late else self.REFRESHES_ON_401)

    # -- the flow, written once ----------------------------------------------------------------

    def _flow(self, request: httpx.Request) -> Generator[_Step, Any, None]:
        """The whole flow, sync and async alike: what it sends and waits for are steps that the two
        drivers below carry out, each with its own I/O (an httpx request, a refresh to wait for, a
        response to close)."""
        refusals = [0, 0]
        for turn in range(1 + self.RESENDS_AFTER_A_QUEUE):
            slot = self._gate.enter()
            if slot is not None:  # its turn to go out, before it takes a token (see _Gate)
                try:
                    yield _Wait(slot)
                except BaseException:
                    self._gate.give_up(slot)
                    raise
            try:
                token = yield from self._token()
                self._authorize(request, token)
                response = yield request
            finally:
                self._gate.leave()
            if not self._send_again(request, response, refusals) or turn == self.RESENDS_AFTER_A_QUEUE:
                return
            yield _Close(response)

    def _token(self) -> Generator[_Step, Any, _Token]:
        # Each turn either returns a token or waits for another caller's refresh to end; after one that
        # failed, the next waiter makes its own: as many turns as callers at most, bounded here anyway.
        for _ in range(_MAX_TURNS):
            token, refresh, mine = self._claim()
            if token is not None:
                return token
            assert refresh is not None
            if not mine:
                token = self._renewed((yield _Wait(refresh)))
                if token is not None:
                    return token
                continue
            try:
                response = yield _Read(self._token_request())
                token = self._store(response)
                return token
            finally:
                self._release(refresh, token)
        raise _too_many_turns(self._provider, self._operation)

    # -- the two drivers, mirrored line for line ----------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        with contextlib.closing(self._flow(request)) as flow:
            step = next(flow)
            answer: object = None  # what the step gave, sent back into the flow
            while True:
                if isinstance(step, _Wait):
                    refreshed = step.refresh
                    answer = refreshed.result()
                elif isinstance(step, _Close):
                    step.response.close()
                    answer = None
                else:
                    response = yield step.request if isinstance(step, _Read) else step
                    if isinstance(step, _Read):
                        response.read()
                    answer = response
                try:
                    step = flow.send(answer)
                except StopIteration:
                    return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        with contextlib.closing(self._flow(request)) as flow:
            step = next(flow)
            answer: object = None  # what the step gave, sent back into the flow
            while True:
                if isinstance(step, _Wait):  # shielded: a waiter cancelled must not cancel the others' refresh
                    refreshed = asyncio.wrap_future(step.refresh)
                    answer = await asyncio.shield(refreshed)
                elif isinstance(step, _Close):
                    await step.response.aclose()
                    answer = None
                else:
                    response = yield step.request if isinstance(step, _Read) else step
                    if isinstance(step, _Read):
                        await response.aread()
                    answer = response
                try:
                    step = flow.send(answer)
                except StopIteration:
                    return


class _Grant:
    """The client credentials grant: the token request, with the credentials in the form or as HTTP Basic."""

    def __init__(
        self, token_url: str, client_id: Secret, client_secret: Secret, audience: str | None, credentials_in: str
    ) -> None:
        self.token_url, self.audience = token_url, audience
        self.form = (client_id, client_secret) if credentials_in == "form" else None
        # The Basic pair as sent is a secret of its own (its base64 echoed back is masked too).
        self.basic = Secret(f"{client_id.reveal()}:{client_secret.reveal()}") if self.form is None else None

    def request(self) -> httpx.Request:
        form = {"grant_type": "client_credentials"}
        headers = {"Accept": "application/json"}
        if self.basic is not None:
            headers["Authorization"] = "Basic " + base64.b64encode(self.basic.reveal().encode()).decode("ascii")
        if self.form is not None:
            form["client_id"], form["client_secret"] = (secret.reveal() for secret in self.form)
        if self.audience is not None:
            form["audience"] = self.audience
        return httpx.Request("POST", self.token_url, data=form, headers=headers)


@dataclasses.dataclass(frozen=True)
class _Read:
    """Send ``request`` and read its whole body (a token request)."""

    request: httpx.Request


@dataclasses.dataclass(frozen=True)
class _Wait:
    """Wait for another caller's refresh to end (its token), or for a slot to go out (see _Gate)."""

    refresh: concurrent.futures.Future[Any]


@dataclasses.dataclass(frozen=True)
class _Close:
    """Close a response the flow sends its request again after."""

    response: httpx.Response


#: What the flow asks its driver to do: send a request (an API request as it is, a token request read
#: whole), wait for a refresh, close a response.
_Step = httpx.Request | _Read | _Wait | _Close


#: Refreshes one caller waits through before it gives up (each is another caller's, that failed or
#: gave a token already stale): far more than any pool of threads or tasks.
_MAX_TURNS = 10_000


def _too_many_turns(provider: str, operation: str) -> APIError:
    return APIError(
        f"{provider}: no token could be had: {_MAX_TURNS} token requests in a row ended without one",
        provider=provider,
        operation=operation,
    )


def _kind(value: object) -> str:
    """What a token value is, without showing it."""
    if value is None:
        return "null or missing"
    if isinstance(value, str):
        return "empty" if not value else "with spaces or control characters"
    return f"of type {type(value).__name__}"
