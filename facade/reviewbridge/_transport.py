"""Transports: retries with backoff, bounded attempts, log records (one per attempt at DEBUG, one per
retry at INFO, each with the request's fields), forwarding.

Retries sit in the transport, beneath authentication, so a retried request keeps its credentials and
a token refresh is never mistaken for a retry. The policy itself (which requests, which
outcomes, how long to wait) is ``_retry.RetryPolicy``'s, run by tenacity.

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
import functools
import logging
import math
import os
import ssl
import time
import urllib.request
from typing import Any

import anyio
import httpcore
import httpx

from ._exceptions import ConfigurationError
from ._retry import RETRYABLE_ERRORS, RetryPolicy, aretry_after_first, loggable_url, retry_after_first

logger = logging.getLogger("reviewbridge")


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
    """The first attempt's outcome, returned or raised as the request's own: it is final."""
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
