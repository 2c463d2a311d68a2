"""Client options: what a client is built with, what ``with_options`` changes for a call or a block, and
how each is checked (one ConfigurationError line for a value that cannot work)."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from typing import TypedDict

import httpx

from ._exceptions import ConfigurationError
from ._retry import RetryPolicy

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 3
#: The longest timeout accepted: a week (the socket layer overflows on values a little past 10**9 s).
MAX_TIMEOUT = 7 * 24 * 3600.0


class CallOptions(TypedDict, total=False):
    """What ``client.with_options(...)`` may change for a call or a block; the rest stays the client's."""

    timeout: float | httpx.Timeout  # seconds one attempt of a request may take in all
    max_retries: int  # retries of a failed idempotent request


class ClientOptions(CallOptions, total=False):
    """Options every client takes besides its credentials."""

    base_url: str | None  # production when None
    # timeout: default 30 s; max_retries: default 3 (see CallOptions)
    allow_insecure: bool  # allow plain http to a non-loopback host
    max_response_bytes: int  # largest response body accepted once decompressed (default 64 MiB)
    max_pages: int | None  # safety limit: a walk longer than this many pages is an error (default none)


class SyncOptions(ClientOptions, total=False):
    http_client: httpx.Client | None  # send through this client (its transport, proxies, hooks)


class AsyncOptions(ClientOptions, total=False):
    http_client: httpx.AsyncClient | None


def whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def timeout_problem(seconds: object) -> str | None:
    """Why ``seconds`` is not a usable timeout, or None: a positive finite number up to MAX_TIMEOUT."""
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        return "not a number of seconds"
    if not math.isfinite(seconds) or seconds <= 0:
        return "not a positive number of seconds"
    if seconds > MAX_TIMEOUT:
        return f"more than {MAX_TIMEOUT:.0f} seconds (a week)"
    return None


def attempt_timeout(timeout: object) -> float | None:
    """Seconds one attempt may take in all: the timeout given, or an ``httpx.Timeout``'s longest phase."""
    if isinstance(timeout, httpx.Timeout):
        phases = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None]
        problem = next(filter(None, map(timeout_problem, phases)), None)
        if problem is None:
            return max(phases) if phases else None
    else:
        problem = timeout_problem(timeout)
        if problem is None:
            return float(timeout)  # type: ignore[arg-type]  # a number: timeout_problem checked it
    raise ConfigurationError(f"timeout {timeout!r} is {problem} (give seconds, or an httpx.Timeout)")


def checked_max_retries(value: object) -> int:
    if not whole(value) or value < 0:  # type: ignore[operator]  # whole() checked it is an int
        raise ConfigurationError(f"max_retries must be 0 or more, not {value!r}")
    return value  # type: ignore[return-value]


def unknown_options(options: Mapping[str, object], allowed: type[Mapping[str, object]], what: str) -> None:
    """A ConfigurationError naming the options ``allowed`` (a TypedDict, its bases' keys included) lacks."""
    unknown = sorted(set(options) - set(allowed.__annotations__))
    if unknown:
        known = ", ".join(sorted(allowed.__annotations__))
        raise ConfigurationError(f"unknown {what} option(s): {', '.join(unknown)} (known: {known})")


def call_policy(
    policy: RetryPolicy, timeout: float | httpx.Timeout, options: Mapping[str, object]
) -> tuple[RetryPolicy, float | httpx.Timeout]:
    """The retry policy and timeout of a client derived by ``with_options``: ``options`` over the
    client's own. The derived policy counts its own retries; the rate limit stays the one shared."""
    unknown_options(options, CallOptions, "with_options")
    max_retries = checked_max_retries(options.get("max_retries", policy.max_retries))
    new_timeout = options.get("timeout", timeout)
    limit = attempt_timeout(new_timeout)
    derived = dataclasses.replace(policy, max_retries=max_retries, attempt_timeout=limit, retries=0)
    return derived, new_timeout  # type: ignore[return-value]  # attempt_timeout checked its type
