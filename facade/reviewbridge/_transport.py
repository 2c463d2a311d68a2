"""The retry transports: retries with backoff, bounded attempts, log records (one per attempt at DEBUG, one
per retry at INFO, each with the request's fields), forwarding.

Retries sit in the transport, beneath authentication, so a retried request keeps its credentials and
a token refresh is never mistaken for a retry. The policy itself (which requests, which
outcomes, how long to wait) is ``_retry.RetryPolicy``'s, run by tenacity.

Each attempt reads the whole body here (``_body``: a size cap, a deadline); its connections keep to the
attempt's deadline (``_deadline``), and an async attempt runs inside a cancel scope with it, whatever
client it goes through. What the requests go out through: a user's own ``httpx.Client``
(``_client_transport``), or what a default httpx client would send through (``_environment``).
"""

from __future__ import annotations

import functools
import logging
import time

import anyio
import httpx

from ._body import Body
from ._deadline import attempt_deadline
from ._retry import RETRYABLE_ERRORS, RetryPolicy, aretry_after_first, loggable_url, retry_after_first

__all__ = ["AUTHORIZATION_NOW", "AsyncRetryTransport", "RetryTransport"]

logger = logging.getLogger("reviewbridge")


#: A request extension: a callable taking the request, called just before each attempt goes out (after
#: any wait for a rate limit or a retry's backoff). It may give the request fresher credentials (a
#: short-lived token dies while a request waits; another caller may have renewed it meanwhile), and
#: answers False when the credentials the request would carry have run out: the attempt is not sent, and
#: a 401 that never went out stands in for its answer, so the auth flow above renews them and sends again
#: (they cannot be renewed from down here).
AUTHORIZATION_NOW = "reviewbridge.authorization_now"


def _authorized(request: httpx.Request) -> bool:
    """Whether the attempt may go out (see AUTHORIZATION_NOW)."""
    now = request.extensions.get(AUTHORIZATION_NOW)
    return not callable(now) or now(request) is not False


def _unsent(request: httpx.Request) -> httpx.Response:
    """The answer in place of an attempt whose credentials ran out before it could go out."""
    return httpx.Response(401, request=request)


def _log(
    policy: RetryPolicy,
    request: httpx.Request,
    outcome: httpx.Response | str,
    attempt: int,
    started: float,
) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        elapsed = time.perf_counter() - started
        status = outcome if isinstance(outcome, str) else outcome.status_code
        reader = policy.request_id_of
        response_id = None if isinstance(outcome, str) or reader is None else reader(outcome)
        logger.debug(
            "%s %s -> %s (attempt %d, %.0f ms)",
            request.method,
            loggable_url(request.url),
            status,
            attempt,
            elapsed * 1000,
            extra=policy.log_fields(request, status, attempt, elapsed, response_id),
        )


class RetryTransport(httpx.BaseTransport):
    """Retries the inner transport's requests according to a :class:`RetryPolicy`."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self.policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # The first attempt runs outside tenacity: most requests need no retry, and a tenacity loop
        # costs more than the rest of the transport (about 50 us a request); see retry_after_first.
        try:
            first: httpx.Response | Exception = self._attempt(request, 1)
        except RETRYABLE_ERRORS as exc:
            first = exc
        if not self.policy.should_retry(request, first):
            return _replay(first)
        return retry_after_first(
            self.policy.request_retrying(request), functools.partial(self._attempt, request), first
        )

    def _attempt(self, request: httpx.Request, attempt: int) -> httpx.Response:
        if self.policy.rate_limit is not None:  # before the attempt's clock starts
            self.policy.rate_limit.acquire()
        if not _authorized(request):
            return _unsent(request)
        started = time.perf_counter()
        body = Body(request, self.policy)
        deadline = attempt_deadline.set(body.deadline)  # for the connections beneath (_BoundedStream)
        try:
            response = self._inner.handle_request(request)
            try:  # a connection dropped mid-body fails here, inside the retry loop
                body.start(response)
                for chunk in response.iter_bytes():
                    body.add(chunk)
            finally:
                response.close()
        except httpx.HTTPError as exc:
            _log(self.policy, request, type(exc).__name__, attempt, started)
            raise
        finally:
            attempt_deadline.reset(deadline)
        _log(self.policy, request, response, attempt, started)
        return body.response(response)

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`, same policy."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self.policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:  # see RetryTransport.handle_request
            first: httpx.Response | Exception = await self._attempt(request, 1)
        except RETRYABLE_ERRORS as exc:
            first = exc
        if not self.policy.should_retry(request, first):
            return _replay(first)
        retrying = self.policy.arequest_retrying(request)
        return await aretry_after_first(retrying, functools.partial(self._attempt, request), first)

    async def _attempt(self, request: httpx.Request, attempt: int) -> httpx.Response:
        if self.policy.rate_limit is not None:  # see RetryTransport._attempt
            await self.policy.rate_limit.aacquire()
        if not _authorized(request):
            return _unsent(request)
        started = time.perf_counter()
        body = Body(request, self.policy)
        try:
            try:
                # The whole attempt, whatever client it goes through: httpcore closes the connection
                # the cancellation interrupts.
                with anyio.fail_after(body.left()):
                    response = await self._inner.handle_async_request(request)
                    try:  # a connection dropped mid-body fails here, inside the retry loop
                        body.start(response)
                        async for chunk in response.aiter_bytes():
                            body.add(chunk)
                    finally:
                        with anyio.CancelScope(shield=True):  # closed even when the deadline cut it short
                            await response.aclose()
            except TimeoutError:
                raise body.expired() from None
        except httpx.HTTPError as exc:
            _log(self.policy, request, type(exc).__name__, attempt, started)
            raise
        _log(self.policy, request, response, attempt, started)
        return body.response(response)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _replay(first: httpx.Response | Exception) -> httpx.Response:
    """The first attempt's outcome, returned or raised as the request's own: it is final."""
    if isinstance(first, Exception):
        raise first
    return first
