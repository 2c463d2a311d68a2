"""Writes that must not be repeated blindly: send once; after an ambiguous failure, read back first.

A reply that messages the customer (one per review) or a veto that opens a ticket is never retried by
the transport. When one fails in a way that leaves its outcome open (a timeout, a dropped connection, a
5xx, an answer that cannot be read), ``read_back`` looks at the record: the write is there (success: its
stored result), it is verifiably not there (then, and only then, it is sent again, as the client's
RetryPolicy allows: at most ``max_retries`` more times, after its backoff), or reading back cannot tell
(``read_back`` raises UnconfirmedWriteError, made by :func:`unconfirmed`).

What settles one attempt lives here once, and whether to attempt again in the policy; the sync and async
drivers mirror each other line for line.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from ._exceptions import APIConnectionError, APIError, InternalServerError, ResponseParseError, UnconfirmedWriteError
from ._retry import RetryPolicy

T = TypeVar("T")

#: failures after which a write may or may not have taken effect
AMBIGUOUS = (APIConnectionError, InternalServerError, ResponseParseError)


def unconfirmed(what: str, failure: APIError, why: str, check: str) -> UnconfirmedWriteError:
    """The error for a write whose outcome stays unknown: ``failure`` is what the write itself raised,
    ``why`` why reading back did not settle it, ``check`` what the user should look at."""
    return UnconfirmedWriteError(
        f"{what}: {failure.message}; {why}, so it may or may not have been stored. {check} before sending it again.",
        provider=failure.provider,
        operation=failure.operation,
        cause=failure,
    )


def send_confirmed(send: Callable[[], T], read_back: Callable[[APIError], T | None], policy: RetryPolicy) -> T:
    """``send()``; after an ambiguous failure, ``read_back(failure)`` gives the stored result, or None when
    the write is verifiably absent: then it is sent again as the policy allows (its retries, its waits).
    When the last attempt's write is verifiably absent too, its failure is raised: nothing was stored."""

    def attempt() -> T:
        try:
            return send()
        except AMBIGUOUS as failure:
            stored = read_back(failure)
            if stored is not None:
                return stored
            raise

    return policy.call(attempt, on=AMBIGUOUS)


async def asend_confirmed(
    send: Callable[[], Awaitable[T]], read_back: Callable[[APIError], Awaitable[T | None]], policy: RetryPolicy
) -> T:
    """The async twin of :func:`send_confirmed`."""

    async def attempt() -> T:
        try:
            return await send()
        except AMBIGUOUS as failure:
            stored = await read_back(failure)
            if stored is not None:
                return stored
            raise

    return await policy.acall(attempt, on=AMBIGUOUS)
