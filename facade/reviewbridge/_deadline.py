"""The attempt's deadline, enforced beneath httpx.

httpx has no overall timeout (httpcore times each network operation, never their sum), so the
connections of the transports built here cut every connect, read and write to what is left of the
attempt using them: a status line sent a byte at a time, an endless run of ``100 Continue``, a body
trickling in all end at the timeout. The retry transport sets the deadline of each attempt
(:data:`attempt_deadline`); an async attempt runs inside a cancel scope instead, whatever client it goes
through.
"""

from __future__ import annotations

import contextvars
import math
import ssl
import time
from typing import Any

import httpcore
import httpx

__all__ = ["attempt_deadline", "bound"]

#: When the attempt under way in this thread or task must end (``time.monotonic()``; inf: never).
attempt_deadline: contextvars.ContextVar[float] = contextvars.ContextVar("reviewbridge_deadline", default=math.inf)


def _left(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    """``timeout`` of one network operation cut to what is left of the attempt; ``expired`` once nothing is."""
    deadline = attempt_deadline.get()
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


def bound(transport: httpx.BaseTransport | None) -> None:
    """Make an httpx connection pool's connections :class:`_BoundedStream` ones (httpx offers no way to
    pass a network backend, so the pool's is wrapped where httpcore keeps it)."""
    if isinstance(transport, httpx.HTTPTransport):
        pool = transport._pool
        pool._network_backend = _BoundedBackend(pool._network_backend)
