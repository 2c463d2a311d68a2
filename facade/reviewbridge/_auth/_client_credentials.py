"""The OAuth2 client-credentials flow: a cached bearer token, renewed in time, written once for sync and async."""

from __future__ import annotations

import collections
import concurrent.futures
import math
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any, Literal

import httpx

from .._exceptions import APIError
from .._secrets import Secret
from .._token_cache import TokenCache
from .._transport import AUTHORIZATION_NOW
from ._gate import Gate
from ._grant import TOKEN, Grant
from ._lifetime import Token, refresh_margin
from ._steps import Close, Read, Step, Wait, adrive, drive

__all__ = ["ClientCredentialsAuth"]

#: Request extensions: the token a request carries, and when its latest attempt went out.
_CARRIED = "reviewbridge.token"
_SENT_AT = "reviewbridge.token_sent_at"
#: Round trips remembered: a token is not handed out within the longest of them of its end.
_TRIPS = 16


class ClientCredentialsAuth(httpx.Auth):
    """OAuth2 client-credentials grant with a cached bearer token.

    With a ``refresh_token`` it is the refresh-token grant instead (RFC 6749, section 6: a token the user
    granted the application, which the application exchanges for access tokens); everything below holds
    for it alike. The client id and secret go in the token request's form (``credentials_in="form"``, with an
    ``audience`` where the provider wants one) or as its HTTP Basic credentials (``"basic"``, RFC 6749's
    preferred way); ``operation`` names the token request in errors. With a ``cache`` a token is kept
    across runs (see ``_token_cache``): one another run kept is used for what is left of its life.

    A token must still live when the server reads the request, not only when the request was built:

    - a new request takes the token held only before its renewal point (see
      :func:`~reviewbridge._auth._lifetime.refresh_margin`) and while more of its life is left than the
      longest of the latest round trips (on a busy machine requests wait seconds in queues, on either side);
    - just before each attempt goes out (after any wait for a rate limit or a retry's backoff) the
      transport asks again (``AUTHORIZATION_NOW``): the attempt takes the newest token if another caller
      renewed it meanwhile, and one whose token is dead for sure (its lifetime counted from when it came)
      is not sent (a 401 stands in for it, and the flow renews);
    - a 401 that comes back after the token's life was over may mean it died on its way: the token is
      renewed and the request sent again, :attr:`RESENDS_AFTER_A_QUEUE` times at most; a 401 within its
      life is a refusal (revoked, or not accepted), renewed :attr:`REFRESHES_ON_401` times at most;
    - once tokens die in queues, fewer requests go out at once (see ``_gate``): with more out than
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
        refresh_token: Secret | None = None,
    ) -> None:
        self._grant = Grant(
            token_url, client_id, client_secret, audience, credentials_in, provider, operation, refresh_token
        )
        self._provider, self._operation, self._cache = provider, operation, cache
        self._held: Token | None = None
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
        self._refreshing: concurrent.futures.Future[Token | None] | None = None
        # How many requests carrying a token may be out at once (no limit until tokens die in queues).
        self._gate = Gate()
        self.token_requests = 0

    def __repr__(self) -> str:
        return f"ClientCredentialsAuth(token_url={self._grant.token_url!r})"

    # -- the two drivers (see _steps), over the flow written once -------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        return drive(self._flow(request))

    def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        return adrive(self._flow(request))

    # -- the token held -----------------------------------------------------------------------

    def _current(self) -> Token | None:
        """The token a new request may take (called with the state lock held)."""
        held = self._held
        if held is None:
            return None
        now = self._clock()
        if now < held.renew_at and now + max(self._trips, default=0.0) < held.dies_at:
            return held
        return None

    def _claim(self) -> tuple[Token | None, concurrent.futures.Future[Token | None] | None, bool]:
        """(the current token, or None; else the refresh under way, and whether it is the caller's to make)."""
        with self._state_lock:
            token = self._current() or self._kept()
            if token is not None:
                return token, None, False
            if self._refreshing is not None:
                return None, self._refreshing, False
            self._refreshing = concurrent.futures.Future()
            return None, self._refreshing, True

    def _renewed(self, token: Token | None) -> Token | None:
        """The token of a refresh the caller waited for, while it lives (None: the caller tries again)."""
        return token if token is not None and self._clock() < token.dead_at else None

    def _kept(self) -> Token | None:
        """The token another run kept in the cache, taken for what is left of its life, or None (called
        with the state lock held)."""
        kept = self._cache.load() if self._cache is not None else None
        if kept is None or not TOKEN.fullmatch(kept[0]):
            return None
        token, seconds_left = kept
        ends = self._clock() + seconds_left
        self._held = Token(Secret(token), renew_at=ends, dies_at=ends, dead_at=ends)
        self._token_secrets.append(self._held.secret)
        return self._current()

    def _release(self, refresh: concurrent.futures.Future[Token | None], token: Token | None) -> None:
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

    def _store(self, response: httpx.Response) -> Token:
        token, lifetime = self._grant.read(response)
        dies_at = self._requested_at + lifetime
        with self._state_lock:
            now = self._clock()
            held = Token(Secret(token), dies_at - refresh_margin(lifetime), dies_at, dead_at=now + lifetime)
            self._trips.append(now - self._requested_at)
            self._held = held
            self._token_secrets.append(held.secret)
        if self._cache is not None:
            self._cache.save(token, held.renew_at - now)
        return held

    def _invalidate(self, token: Token) -> None:
        with self._state_lock:
            if self._held is token:
                self._held = None
        if self._cache is not None:
            self._cache.discard(token.secret.reveal())

    # -- a request carrying it ----------------------------------------------------------------

    def _authorize(self, request: httpx.Request, token: Token) -> None:
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
        return isinstance(carried, Token) and now < carried.dead_at

    def _send_again(self, request: httpx.Request, response: httpx.Response, refusals: list[int]) -> bool:
        """Whether the answer calls for a new token and another send (``refusals`` counts the 401s so
        far: [within the token's life, after it])."""
        now = self._clock()
        sent_at = request.extensions.get(_SENT_AT)
        if isinstance(sent_at, int | float):
            with self._state_lock:
                self._trips.append(now - sent_at)
        carried = request.extensions.get(_CARRIED)
        if response.status_code != 401 or not isinstance(carried, Token):
            self._gate.answered()
            return False
        self._invalidate(carried)
        late = now >= carried.dies_at  # the server may have read it after its end: it died in a queue
        if late:
            self._gate.crowded(sent_at if isinstance(sent_at, int | float) else -math.inf, now)
        refusals[late] += 1
        return refusals[late] <= (self.RESENDS_AFTER_A_QUEUE if late else self.REFRESHES_ON_401)

    # -- the flow, written once ----------------------------------------------------------------

    def _flow(self, request: httpx.Request) -> Generator[Step, Any, None]:
        """The whole flow, sync and async alike: what it sends and waits for are steps that the two
        drivers carry out, each with its own I/O (an httpx request, a refresh to wait for, a response to
        close)."""
        refusals = [0, 0]
        for turn in range(1 + self.RESENDS_AFTER_A_QUEUE):
            slot = self._gate.enter()
            if slot is not None:  # its turn to go out, before it takes a token (see _gate)
                try:
                    yield Wait(slot)
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
            yield Close(response)

    def _token(self) -> Generator[Step, Any, Token]:
        # Each turn either returns a token or waits for another caller's refresh to end; after one that
        # failed, the next waiter makes its own: as many turns as callers at most, bounded here anyway.
        for _ in range(_MAX_TURNS):
            token, refresh, mine = self._claim()
            if token is not None:
                return token
            assert refresh is not None
            if not mine:
                token = self._renewed((yield Wait(refresh)))
                if token is not None:
                    return token
                continue
            try:
                response = yield Read(self._token_request())
                token = self._store(response)
                return token
            finally:
                self._release(refresh, token)
        raise APIError(
            f"{self._provider}: no token could be had: {_MAX_TURNS} token requests in a row ended without one",
            provider=self._provider,
            operation=self._operation,
        )


#: Refreshes one caller waits through before it gives up (each is another caller's, that failed or
#: gave a token already stale): far more than any pool of threads or tasks.
_MAX_TURNS = 10_000
