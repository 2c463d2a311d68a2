"""Transports: retries with backoff, one DEBUG log record per attempt, and forwarding to a user's client.

Retries sit in the transport, beneath authentication, so a retried request keeps its credentials and
a token refresh (eTrusted) is never mistaken for a retry. The policy itself (which requests, which
outcomes, how long to wait) is tenacity's: a stop condition, a retry predicate and a wait function.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import tenacity

logger = logging.getLogger("reviewbridge")

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

RequestPredicate = Callable[[httpx.Request], bool]


def _never(request: httpx.Request) -> bool:
    return False


@dataclass
class RetryPolicy:
    """When and how long to retry.

    ``retryable_post`` lets a provider adapter mark POSTs that are safe to repeat (a TestFreaks upsert
    by ``external_id``, a token request); every other POST is sent once.
    """

    max_retries: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    retryable_post: RequestPredicate = _never
    sleep: Callable[[float], Any] = time.sleep
    random: Callable[[], float] = field(default=random.random)
    retries: int = 0  # counted across the client's life, for summaries and benchmarks

    def may_retry(self, request: httpx.Request) -> bool:
        return request.method in IDEMPOTENT_METHODS or (request.method == "POST" and self.retryable_post(request))

    def wait(self, state: tenacity.RetryCallState) -> float:
        """Full jitter exponential backoff, or the server's Retry-After when it gives one (capped)."""
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            retry_after = parse_retry_after(outcome.result().headers.get("Retry-After"))
            if retry_after is not None:
                return min(retry_after, self.max_retry_after)
        ceiling = min(self.max_delay, self.base_delay * 2 ** (state.attempt_number - 1))
        return float(ceiling * self.random())

    def tenacity_kwargs(self, request: httpx.Request) -> dict[str, Any]:
        attempts = self.max_retries + 1 if self.may_retry(request) else 1

        def retry_outcome(state: tenacity.RetryCallState) -> bool:
            outcome = state.outcome
            assert outcome is not None
            if outcome.failed:
                return isinstance(outcome.exception(), RETRYABLE_ERRORS)
            response: httpx.Response = outcome.result()
            return response.status_code in RETRY_STATUSES

        def count(state: tenacity.RetryCallState) -> None:
            self.retries += 1
            outcome = state.outcome
            if outcome is not None and not outcome.failed:
                # _attempt read the body in full, which closed the response. Closing it again is not
                # only redundant: an async response refuses a sync close() (RuntimeError).
                response: httpx.Response = outcome.result()
                if not response.is_closed:
                    response.close()

        return {
            "stop": tenacity.stop_after_attempt(attempts),
            "retry": retry_outcome,
            "wait": self.wait,
            "before_sleep": count,
            "retry_error_callback": lambda state: state.outcome.result(),
            "reraise": True,
        }


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def loggable_url(url: httpx.URL) -> str:
    """The URL without user info; query values of secret-looking parameters masked."""
    secret_words = ("token", "secret", "key", "password", "signature")
    params = [
        (name, "********" if any(word in name.lower() for word in secret_words) else value)
        for name, value in url.params.multi_items()
    ]
    return str(url.copy_with(userinfo=b"", params=params or None))


def _log(request: httpx.Request, status: int | str, attempt: int, started: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s (attempt %d, %.0f ms)",
            request.method,
            loggable_url(request.url),
            status,
            attempt,
            (time.perf_counter() - started) * 1000,
        )


class RetryTransport(httpx.BaseTransport):
    """Retries the inner transport's requests according to a :class:`RetryPolicy`."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self.policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retrying = tenacity.Retrying(sleep=self.policy.sleep, **self.policy.tenacity_kwargs(request))
        return retrying(self._attempt, request, retrying)

    def _attempt(self, request: httpx.Request, retrying: tenacity.Retrying) -> httpx.Response:
        attempt = retrying.statistics.get("attempt_number", 1)
        started = time.perf_counter()
        try:
            response = self._inner.handle_request(request)
            response.read()  # a connection dropped mid-body fails here, inside the retry loop
        except httpx.HTTPError as exc:
            _log(request, type(exc).__name__, attempt, started)
            raise
        _log(request, response.status_code, attempt, started)
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`, same policy."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self.policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio

        retrying = tenacity.AsyncRetrying(sleep=asyncio.sleep, **self.policy.tenacity_kwargs(request))
        return await retrying(self._attempt, request, retrying)

    async def _attempt(self, request: httpx.Request, retrying: tenacity.AsyncRetrying) -> httpx.Response:
        attempt = retrying.statistics.get("attempt_number", 1)
        started = time.perf_counter()
        try:
            response = await self._inner.handle_async_request(request)
            await response.aread()  # a connection dropped mid-body fails here, inside the retry loop
        except httpx.HTTPError as exc:
            _log(request, type(exc).__name__, attempt, started)
            raise
        _log(request, response.status_code, attempt, started)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


_HOP_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _detached(response: httpx.Response) -> httpx.Response:
    """A copy of a fully read response, its body already decoded, fit to hand to another client."""
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _HOP_HEADERS]
    return httpx.Response(response.status_code, headers=headers, content=response.content)


class ClientTransport(httpx.BaseTransport):
    """Sends through a user's own ``httpx.Client`` (its transport, proxies, certificates, hooks)."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return _detached(self._client.send(request))


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through a user's own ``httpx.AsyncClient``."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return _detached(await self._client.send(request))
