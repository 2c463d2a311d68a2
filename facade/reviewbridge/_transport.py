"""Transports: retries with backoff, bounded attempts, log records (one per attempt at DEBUG, one per
retry at INFO, each with the request's fields), forwarding.

Retries sit in the transport, beneath authentication, so a retried request keeps its credentials and
a token refresh is never mistaken for a retry. The policy itself (which requests, which
outcomes, how long to wait) is tenacity's: a stop condition, a retry predicate and a wait function.

Each attempt reads the whole body here, decoded, under two bounds: a size cap (a gzip bomb stops at
the cap, not at the end of memory) and a deadline. httpx has no overall timeout (httpcore times each
network operation, never their sum), so the deadline is enforced beneath it: the connections of the
transports built here cut every connect, read and write to what is left of the attempt using them (a
status line sent a byte at a time, an endless run of ``100 Continue``, a body trickling in all end at
the timeout), and an async attempt runs inside a cancel scope with the attempt's deadline, whatever
client it goes through. Requests go out with redirects off through the user's own ``httpx.Client``, or as a default
httpx client would send them, honouring the proxy and certificate environment variables.
"""

from __future__ import annotations

import contextvars
import email.utils
import functools
import logging
import math
import os
import random
import ssl
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpcore
import httpx
import tenacity

from ._exceptions import ConfigurationError
from ._logging import current_scope
from ._ratelimit import RateLimit
from ._secrets import masked_url

logger = logging.getLogger("reviewbridge")

#: Transient answers. A redirect is one too: it is never followed (credentials would travel with it),
#: and a server that redirects an API call mid-walk is retried like one that failed, then reported.
RETRY_STATUSES = frozenset({301, 302, 303, 307, 308, 408, 429, 500, 502, 503, 504})
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

RequestPredicate = Callable[[httpx.Request], bool]


def _never(request: httpx.Request) -> bool:
    return False


@dataclass
class RetryPolicy:
    """When and how long to retry.

    ``retryable_post`` lets a provider adapter mark POSTs that are safe to repeat (an upsert by an
    external id, a token request); every other POST is sent once.
    """

    max_retries: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    retryable_post: RequestPredicate = _never
    #: largest body accepted, counted after decompression
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    #: seconds one attempt may take in all (connect, send, headers, a trickling body); None: unbounded
    attempt_timeout: float | None = None
    sleep: Callable[[float], Any] = time.sleep
    random: Callable[[], float] = field(default=random.random)
    #: the provider's client-side limit on calls, taken before every attempt (None: no limit)
    rate_limit: RateLimit | None = None
    retries: int = 0  # counted across the client's life, for summaries and benchmarks
    #: for the log records: the provider, and the operation of a request
    provider: str | None = None
    operation_of: Callable[[httpx.Request], str] | None = None

    def may_retry(self, request: httpx.Request) -> bool:
        return request.method in IDEMPOTENT_METHODS or (request.method == "POST" and self.retryable_post(request))

    def should_retry(self, request: httpx.Request, outcome: httpx.Response | Exception) -> bool:
        """Whether a first attempt's outcome (a response, or a retryable error) calls for another."""
        if self.max_retries < 1 or not self.may_retry(request):
            return False
        if isinstance(outcome, Exception):
            return True  # only RETRYABLE_ERRORS get here
        return outcome.status_code in RETRY_STATUSES

    def wait(self, state: tenacity.RetryCallState) -> float:
        """Full jitter exponential backoff, or the server's Retry-After when it gives one (capped)."""
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            retry_after = parse_retry_after(outcome.result().headers.get("Retry-After"))
            if retry_after is not None:
                return min(retry_after, self.max_retry_after)
        return self.backoff(state.attempt_number)

    def backoff(self, attempt: int) -> float:
        """Full jitter: a random wait below an exponentially growing, capped ceiling."""
        ceiling = min(self.max_delay, self.base_delay * 2 ** min(attempt - 1, 32))
        return float(ceiling * self.random())

    def log_fields(
        self,
        request: httpx.Request,
        status: int | str,
        attempt: int,
        elapsed: float | None,
        response_id: str | None = None,
    ) -> dict[str, object]:
        """A request's fields in its log records (``_logging.REQUEST_FIELDS``); the URL with secrets masked."""
        return {
            "provider": self.provider,
            "scope": current_scope(),
            "operation": self.operation_of(request) if self.operation_of is not None else None,
            "method": request.method,
            "url": loggable_url(request.url),
            "status": status,
            "attempt": attempt,
            "elapsed_ms": round(elapsed * 1000, 1) if elapsed is not None else None,
            "request_id": response_id,
        }

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
            if logger.isEnabledFor(logging.INFO) and outcome is not None:
                failed = outcome.failed
                what = type(outcome.exception()).__name__ if failed else outcome.result().status_code
                wait = state.next_action.sleep if state.next_action is not None else 0.0
                logger.info(
                    "retrying %s %s after %s: attempt %d of %d in %.1f s",
                    request.method,
                    loggable_url(request.url),
                    what,
                    state.attempt_number + 1,
                    attempts,
                    wait,
                    extra=self.log_fields(request, what, state.attempt_number, None),
                )
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
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date; None when malformed."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # str.isdigit() alone also accepts "²" and other digits
        seconds = float(value)
        return seconds if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - time.time()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, seconds) if math.isfinite(seconds) else None


def loggable_url(url: httpx.URL) -> str:
    """The URL without user info; query values of secret-looking parameters masked."""
    return str(masked_url(url))


class ResponseTooLarge(Exception):
    """A body grew past ``RetryPolicy.max_response_bytes`` once decoded (reported as ResponseParseError)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the response body is larger than {limit} bytes once decoded")
        self.limit = limit


#: When the attempt under way in this thread or task must end (``time.monotonic()``; inf: never).
_attempt_deadline: contextvars.ContextVar[float] = contextvars.ContextVar("reviewbridge_deadline", default=math.inf)


def _left(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    """``timeout`` of one network operation cut to what is left of the attempt; ``expired`` once nothing is."""
    deadline = _attempt_deadline.get()
    if deadline == math.inf:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the attempt took longer than its timeout")
    return left if timeout is None else min(timeout, left)


class _BoundedStream(httpcore.NetworkStream):
    """A connection whose every wait ends by the deadline of the attempt using it."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _BoundedStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _BoundedBackend(httpcore.NetworkBackend):
    """Opens :class:`_BoundedStream` connections, within the attempt's deadline too."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _BoundedStream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _BoundedStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _bounded(transport: httpx.BaseTransport | None) -> None:
    """Make an httpx connection pool's connections :class:`_BoundedStream` ones (httpx offers no way to
    pass a network backend, so the pool's is wrapped where httpcore keeps it)."""
    if isinstance(transport, httpx.HTTPTransport):
        pool = transport._pool
        pool._network_backend = _BoundedBackend(pool._network_backend)


#: A request extension: a callable giving the ``Authorization`` the request should carry now, or None to
#: keep its own. A retry, after its wait, then goes out with a token another caller renewed meanwhile
#: instead of the one it was first sent with (a short-lived token dies during a long backoff).
AUTHORIZATION_NOW = "reviewbridge.authorization_now"


def _reauthorize(request: httpx.Request) -> None:
    now = request.extensions.get(AUTHORIZATION_NOW)
    value = now() if callable(now) else None
    if isinstance(value, str):
        request.headers["Authorization"] = value


class _Body:
    """Collects one attempt's decoded body within the size cap and the deadline (sync and async alike)."""

    def __init__(self, request: httpx.Request, policy: RetryPolicy) -> None:
        self._request = request
        self._limit = policy.max_response_bytes
        timeout = policy.attempt_timeout
        self._deadline = time.monotonic() + timeout if timeout is not None else math.inf
        self._chunks: list[bytes] = []
        self._size = 0

    @property
    def deadline(self) -> float:
        """When the attempt must end (``time.monotonic()``; inf: never)."""
        return self._deadline

    def left(self) -> float | None:
        """Seconds left to the attempt; None when it has no deadline."""
        return None if self._deadline == math.inf else max(0.0, self._deadline - time.monotonic())

    def expired(self) -> httpx.ReadTimeout:
        return httpx.ReadTimeout("the attempt took longer than its timeout", request=self._request)

    def start(self, response: httpx.Response) -> None:
        """Check what the headers announce, and the time spent until they came."""
        self.check_time()
        length = response.headers.get("content-length", "")
        encoded = response.headers.get("content-encoding", "identity").lower() not in ("", "identity")
        if not encoded and length.isascii() and length.isdigit() and int(length) > self._limit:
            raise ResponseTooLarge(self._limit)

    def add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._limit:
            raise ResponseTooLarge(self._limit)
        self._chunks.append(chunk)
        self.check_time()

    def check_time(self) -> None:
        if time.monotonic() > self._deadline:
            raise self.expired()

    def response(self, response: httpx.Response) -> httpx.Response:
        """A complete response holding the decoded body, fit to hand to another client."""
        # Raw bytes: a header that is not ASCII (a hostile Retry-After, say) must not break the copy.
        headers = [(k, v) for k, v in response.headers.raw if k.lower() not in _HOP_HEADERS]
        return httpx.Response(
            response.status_code, headers=headers, content=b"".join(self._chunks), request=self._request
        )


#: response headers that carry the provider's id of a request
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")


def request_id(response: httpx.Response) -> str | None:
    """The provider's id of the request a response answers, where it sends one."""
    return next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)


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
        response_id = None if isinstance(outcome, str) else request_id(outcome)
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
        # costs more than the rest of the transport (about 50 us a request). A retry replays it into
        # tenacity as attempt 1, so waits, limits and counts are tenacity's as before.
        try:
            first: httpx.Response | Exception = self._attempt(request, 1)
        except RETRYABLE_ERRORS as exc:
            first = exc
        if not self.policy.should_retry(request, first):
            return _replay(first)
        retrying = tenacity.Retrying(sleep=self.policy.sleep, **self.policy.tenacity_kwargs(request))
        return retrying(self._again, request, retrying, first)

    def _again(
        self, request: httpx.Request, retrying: tenacity.Retrying, first: httpx.Response | Exception
    ) -> httpx.Response:
        attempt = retrying.statistics["attempt_number"]
        return _replay(first) if attempt == 1 else self._attempt(request, attempt)

    def _attempt(self, request: httpx.Request, attempt: int) -> httpx.Response:
        if self.policy.rate_limit is not None:  # before the attempt's clock starts
            self.policy.rate_limit.acquire()
        if attempt > 1:
            _reauthorize(request)
        started = time.perf_counter()
        body = _Body(request, self.policy)
        deadline = _attempt_deadline.set(body.deadline)  # for the connections beneath (_BoundedStream)
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
            _attempt_deadline.reset(deadline)
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
        import asyncio

        try:  # see RetryTransport.handle_request
            first: httpx.Response | Exception = await self._attempt(request, 1)
        except RETRYABLE_ERRORS as exc:
            first = exc
        if not self.policy.should_retry(request, first):
            return _replay(first)
        retrying = tenacity.AsyncRetrying(sleep=asyncio.sleep, **self.policy.tenacity_kwargs(request))
        return await retrying(self._again, request, retrying, first)

    async def _again(
        self, request: httpx.Request, retrying: tenacity.AsyncRetrying, first: httpx.Response | Exception
    ) -> httpx.Response:
        attempt = retrying.statistics["attempt_number"]
        return _replay(first) if attempt == 1 else await self._attempt(request, attempt)

    async def _attempt(self, request: httpx.Request, attempt: int) -> httpx.Response:
        if self.policy.rate_limit is not None:  # see RetryTransport._attempt
            await self.policy.rate_limit.aacquire()
        if attempt > 1:
            _reauthorize(request)
        started = time.perf_counter()
        body = _Body(request, self.policy)
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
    """The first attempt's outcome: returned or raised as the request's own when it is final, else given
    to tenacity as its attempt 1."""
    if isinstance(first, Exception):
        raise first
    return first


_HOP_HEADERS = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})


class ClientTransport(httpx.BaseTransport):
    """Sends through an ``httpx.Client`` (a user's own: its transport, proxies, certificates, hooks).

    Redirects are off whatever the client says: a redirect would carry the credentials to wherever it
    points. The response streams: the retry transport above reads it within its bounds.
    """

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True, follow_redirects=False)


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`ClientTransport`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True, follow_redirects=False)


class OwnedClientTransport(ClientTransport):
    """A :class:`ClientTransport` over a client built here, closed with it."""

    def close(self) -> None:
        self._client.close()


class AsyncOwnedClientTransport(AsyncClientTransport):
    """The async twin of :class:`OwnedClientTransport`."""

    async def aclose(self) -> None:
        await self._client.aclose()


@functools.cache
def _ssl_context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    # What httpx builds for each client (certifi's bundle, or SSL_CERT_FILE / SSL_CERT_DIR); building it
    # costs ~25 ms, so the clients of one process share it.
    return httpx.create_ssl_context(trust_env=True)


def environment_ssl_context() -> ssl.SSLContext:
    """The TLS context httpx would build, honouring ``SSL_CERT_FILE`` and ``SSL_CERT_DIR``."""
    cert_file, cert_dir = os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")
    try:
        return _ssl_context(cert_file, cert_dir)
    except (OSError, ssl.SSLError) as exc:
        where = f"SSL_CERT_FILE={cert_file}" if cert_file else f"SSL_CERT_DIR={cert_dir}"
        raise ConfigurationError(f"cannot load the CA certificates of {where}: {exc}") from None


def _environment_proxies() -> bool:
    """Whether the environment names a proxy, as httpx reads it (``HTTP_PROXY``, ``HTTPS_PROXY``,
    ``ALL_PROXY``, any case; the system settings on macOS and Windows)."""
    found = urllib.request.getproxies()
    return any(found.get(scheme) for scheme in ("http", "https", "all"))


def default_transport() -> httpx.BaseTransport:
    """Without a user client: what an httpx client with ``trust_env`` would send through. With a proxy in
    the environment that is such a client (it picks the proxy, or none, by ``NO_PROXY``, per URL);
    without one, it is the connection pool such a client would use, sent to directly: a client in
    between costs a third of a request (its cookies, hooks, auth flow)."""
    if _environment_proxies():
        client = httpx.Client(verify=environment_ssl_context(), trust_env=True)
        for transport in [client._transport, *client._mounts.values()]:  # one per proxy, and the direct one
            _bounded(transport)
        return OwnedClientTransport(client)
    transport = httpx.HTTPTransport(verify=environment_ssl_context())
    _bounded(transport)
    return transport


def async_default_transport() -> httpx.AsyncBaseTransport:
    """The async twin of :func:`default_transport`."""
    if _environment_proxies():
        return AsyncOwnedClientTransport(httpx.AsyncClient(verify=environment_ssl_context(), trust_env=True))
    return httpx.AsyncHTTPTransport(verify=environment_ssl_context())
