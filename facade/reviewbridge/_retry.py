"""The retry decision, once for the whole client: which outcomes call for another attempt, how long to
wait, how often, and how a wait is slept. :class:`RetryPolicy` builds tenacity's ``Retrying`` and
``AsyncRetrying`` from it for the three things a client retries:

- a request's transport faults and transient statuses (:meth:`RetryPolicy.request_retrying`, in the
  transport, beneath authentication);
- a suspect page, fetched again (``_pagination.fetch_checked``);
- a confirmed write that its read-back found not stored, sent again (``_writes.send_confirmed``; the
  read-back is the write's own step, inside each attempt).

Each is attempted at most ``max_retries`` more times, waits the same backoff (or the server's
Retry-After), counts in ``retries`` and sleeps with ``sleep``, sync and async alike. The first attempt
is made outside tenacity (:func:`retry_after_first`): most calls need no retry, and a tenacity loop
costs more than the rest of a request.
"""

from __future__ import annotations

import asyncio
import email.utils
import inspect
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import tenacity

from ._logging import current_scope
from ._ratelimit import RateLimit
from ._secrets import masked_url

logger = logging.getLogger("reviewbridge")

T = TypeVar("T")

#: Transient answers. A redirect is one too: it is never followed (credentials would travel with it),
#: and a server that redirects an API call mid-walk is retried like one that failed, then reported.
RETRY_STATUSES = frozenset({301, 302, 303, 307, 308, 408, 429, 500, 502, 503, 504})
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

RequestPredicate = Callable[[httpx.Request], bool]
Errors = type[Exception] | tuple[type[Exception], ...]


def _never(request: httpx.Request) -> bool:
    return False


@dataclass
class RetryPolicy:
    """When and how long to retry, for every request, page and confirmed write of one client.

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
    #: How a retry waits. The default blocks a sync client's thread and, in an async client, awaits
    #: ``asyncio.sleep``; a sleep given instead is what sync and async clients both call (an async
    #: client awaits what it returns, when that can be awaited).
    sleep: Callable[[float], Any] = time.sleep
    random: Callable[[], float] = field(default=random.random)
    #: the provider's client-side limit on calls, taken before every attempt (None: no limit)
    rate_limit: RateLimit | None = None
    retries: int = 0  # counted across the client's life, for summaries and benchmarks
    #: for the log records: the provider, and the operation of a request
    provider: str | None = None
    operation_of: Callable[[httpx.Request], str] | None = None
    #: the provider's id of the request a response answers (None: the provider sends none)
    request_id_of: Callable[[httpx.Response], str | None] | None = None

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

    async def asleep(self, seconds: float) -> None:
        """An async client's wait: ``sleep`` when one was given, else ``asyncio.sleep``."""
        if self.sleep is time.sleep:
            await asyncio.sleep(seconds)
            return
        waited = self.sleep(seconds)
        if inspect.isawaitable(waited):
            await waited

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

    # -- what tenacity runs ------------------------------------------------------------------------

    def request_retrying(self, request: httpx.Request) -> tenacity.Retrying:
        """The retries of ``request``: after a retryable error or a transient status, as often as its
        method allows; the last response is returned (the last error raised) when they run out."""
        return tenacity.Retrying(sleep=self.sleep, **self._request_kwargs(request))

    def arequest_retrying(self, request: httpx.Request) -> tenacity.AsyncRetrying:
        """The async twin of :meth:`request_retrying`."""
        return tenacity.AsyncRetrying(sleep=self.asleep, **self._request_kwargs(request))

    def retrying(self, on: Errors) -> tenacity.Retrying:
        """The retries of a call while it raises ``on`` (a suspect page; a write verifiably not stored);
        the last such error is raised when they run out."""
        return tenacity.Retrying(sleep=self.sleep, **self._exception_kwargs(on))

    def aretrying(self, on: Errors) -> tenacity.AsyncRetrying:
        """The async twin of :meth:`retrying`."""
        return tenacity.AsyncRetrying(sleep=self.asleep, **self._exception_kwargs(on))

    def call(self, attempt: Callable[[], T], *, on: Errors) -> T:
        """``attempt()``, made again as :meth:`retrying` allows while it raises ``on``."""
        try:
            return attempt()
        except on as exc:
            first = exc
        return retry_after_first(self.retrying(on), lambda _: attempt(), first)

    async def acall(self, attempt: Callable[[], Awaitable[T]], *, on: Errors) -> T:
        """The async twin of :meth:`call`."""
        try:
            return await attempt()
        except on as exc:
            first = exc
        return await aretry_after_first(self.aretrying(on), lambda _: attempt(), first)

    def _kwargs(
        self,
        retry: tenacity.retry_base | Callable[[tenacity.RetryCallState], bool],
        attempts: int,
        report: Callable[[tenacity.RetryCallState], None] | None = None,
    ) -> dict[str, Any]:
        """tenacity's arguments: up to ``attempts`` attempts while ``retry`` says so, each retry counted
        (and reported) before its wait."""

        def counted(state: tenacity.RetryCallState) -> None:
            self.retries += 1
            if report is not None:
                report(state)

        return {
            "stop": tenacity.stop_after_attempt(attempts),
            "retry": retry,
            "wait": self.wait,
            "before_sleep": counted,
            # When the attempts run out: the last response returned, or the last error raised.
            "retry_error_callback": lambda state: state.outcome.result(),
            "reraise": True,
        }

    def _exception_kwargs(self, on: Errors) -> dict[str, Any]:
        return self._kwargs(tenacity.retry_if_exception_type(on), self.max_retries + 1)

    def _request_kwargs(self, request: httpx.Request) -> dict[str, Any]:
        attempts = self.max_retries + 1 if self.may_retry(request) else 1

        def retry_outcome(state: tenacity.RetryCallState) -> bool:
            outcome = state.outcome
            assert outcome is not None
            if outcome.failed:
                return isinstance(outcome.exception(), RETRYABLE_ERRORS)
            response: httpx.Response = outcome.result()
            return response.status_code in RETRY_STATUSES

        def report(state: tenacity.RetryCallState) -> None:
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

        return self._kwargs(retry_outcome, attempts, report)


def retry_after_first(retrying: tenacity.Retrying, attempt: Callable[[int], T], first: T | Exception) -> T:
    """Run ``retrying`` over ``attempt`` (given the attempt's number) whose first attempt was made
    already, outside tenacity, with ``first`` as its outcome: tenacity takes ``first`` as its attempt
    1, so its waits, limits and counts are what they would have been had it made that attempt itself."""

    def again() -> T:
        number: int = retrying.statistics["attempt_number"]
        if number > 1:
            return attempt(number)
        if isinstance(first, Exception):
            raise first
        return first

    return retrying(again)


async def aretry_after_first(
    retrying: tenacity.AsyncRetrying, attempt: Callable[[int], Awaitable[T]], first: T | Exception
) -> T:
    """The async twin of :func:`retry_after_first`."""

    async def again() -> T:
        number: int = retrying.statistics["attempt_number"]
        if number > 1:
            return await attempt(number)
        if isinstance(first, Exception):
            raise first
        return first

    return await retrying(again)


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
