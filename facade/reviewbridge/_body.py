"""One attempt's body, read whole and decoded under two bounds: a size cap (a gzip bomb stops at the cap,
not at the end of memory) and the attempt's deadline."""

from __future__ import annotations

import math
import time

import httpx

from ._retry import RetryPolicy

__all__ = ["Body", "ResponseTooLarge"]


class ResponseTooLarge(Exception):
    """A body grew past ``RetryPolicy.max_response_bytes`` once decoded (reported as ResponseParseError)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the response body is larger than {limit} bytes once decoded")
        self.limit = limit


#: Headers that describe the body as it came, not the decoded copy handed on.
_HOP_HEADERS = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})


class Body:
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
        """The error of an attempt past its deadline."""
        return httpx.ReadTimeout("the attempt took longer than its timeout", request=self._request)

    def start(self, response: httpx.Response) -> None:
        """Check what the headers announce, and the time spent until they came."""
        self.check_time()
        length = response.headers.get("content-length", "")
        encoded = response.headers.get("content-encoding", "identity").lower() not in ("", "identity")
        if not encoded and length.isascii() and length.isdigit() and int(length) > self._limit:
            raise ResponseTooLarge(self._limit)

    def add(self, chunk: bytes) -> None:
        """One more chunk of the decoded body."""
        self._size += len(chunk)
        if self._size > self._limit:
            raise ResponseTooLarge(self._limit)
        self._chunks.append(chunk)
        self.check_time()

    def check_time(self) -> None:
        """Raise the timeout once the attempt is past its deadline."""
        if time.monotonic() > self._deadline:
            raise self.expired()

    def response(self, response: httpx.Response) -> httpx.Response:
        """A complete response holding the decoded body, fit to hand to another client."""
        # Raw bytes: a header that is not ASCII (a hostile Retry-After, say) must not break the copy.
        headers = [(k, v) for k, v in response.headers.raw if k.lower() not in _HOP_HEADERS]
        return httpx.Response(
            response.status_code, headers=headers, content=b"".join(self._chunks), request=self._request
        )
