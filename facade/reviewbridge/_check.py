"""``reviewbridge check``: for each scope, authenticate and read its first page; what was found, or what
is wrong with it and what to try.

Nothing is written. Scopes are checked concurrently; each ends with one line, in the order given.
"""

from __future__ import annotations

import concurrent.futures
from dataclasses import dataclass

from ._client import AnySyncClient
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    ReviewBridgeError,
)
from ._export import ClientFactory, Job, SharedClients, fanned_out, provider_info, scope_key
from ._logging import log_scope
from ._providers import ProviderInfo


@dataclass(frozen=True)
class Finding:
    """What checking one scope found: ``ok``, and one line saying what was found or what is wrong."""

    key: str
    ok: bool
    line: str


def check(jobs: list[Job], client_factory: ClientFactory) -> list[Finding]:
    """One finding per scope, in the jobs' order: a job standing for several scopes that the API names
    (``ProviderInfo.fan_out``: every location) is each of them, as export and load walk them, or one
    finding saying why they could not be listed. The scopes of one account share a token (``SharedClients``)."""
    shared = SharedClients(client_factory)
    try:
        scopes: list[Job | Finding] = []
        for job in jobs:
            try:
                scopes += fanned_out([job], shared)
            except ReviewBridgeError as exc:
                key = scope_key(job.provider, job.filters)
                advice = _advice(exc, provider_info(job.provider), job, None)
                scopes.append(Finding(key, False, f"{key}: {exc}{advice}"))

        def one(scope: Job | Finding) -> Finding:
            return scope if isinstance(scope, Finding) else check_one(scope, shared)

        if len(scopes) == 1:
            return [one(scopes[0])]
        with concurrent.futures.ThreadPoolExecutor(max_workers=min(len(scopes), 8)) as pool:
            return list(pool.map(one, scopes))
    finally:
        shared.close()


def check_one(job: Job, client_factory: ClientFactory) -> Finding:
    """Authenticate and read one page of ``job``'s scope (the filters an export would send)."""
    info = provider_info(job.provider)
    key = scope_key(job.provider, job.filters)
    client: AnySyncClient | None = None
    try:
        client = client_factory(job)
        key = scope_key(job.provider, client.scope_of(job.filters), job.filters)
        filters = {**info.export.defaults, **job.filters, **info.export.filters(None)}
        pages = client.review_pages_for(filters)
        try:
            with log_scope(key):
                page = next(pages, None)
        finally:
            pages.close()  # type: ignore[attr-defined]  # a generator, typed as the Iterator it is
        if page is None:  # a walk yields its first page or raises; this is belt and braces
            return Finding(key, False, f"{key}: the listing answered without a page")
        more = "more pages follow" if page.resume is not None else "no more pages"
        found = f"{key}: ok, {len(page.reviews)} reviews on the first page ({more})"
        try:  # the scope can be read: a total the API will not give does not change that
            total = info.total(client, job.filters, page) if info.total is not None else None
        except ReviewBridgeError as exc:
            return Finding(key, True, f"{found}; no total ({exc})")
        return Finding(key, True, found + (f"; in all: {total}" if total else ""))
    except ReviewBridgeError as exc:
        return Finding(key, False, f"{key}: {exc}{_advice(exc, info, job, client)}")
    finally:
        if client is not None:
            client.close()


def _advice(exc: ReviewBridgeError, info: ProviderInfo, job: Job, client: AnySyncClient | None) -> str:
    """What to try after ``exc``: where the credentials came from, which URL did not answer."""
    if isinstance(exc, AuthenticationError | PermissionDeniedError):
        names = ", ".join(job.credential_env.get(c.argument, c.env) for c in info.credentials)
        may = "are this account's" if isinstance(exc, AuthenticationError) else "may read this scope"
        return f" (the credentials came from {names}: check that they {may})"
    where = _where(job, client)
    if isinstance(exc, APITimeoutError):
        return f" (no answer from {where} in time: try a larger --timeout, or check the network)"
    if isinstance(exc, APIConnectionError):
        return (
            f" (nothing answered at {where}: check the base URL (--base-url, or base_url in the config), "
            "that the server is up, and any proxy set in HTTPS_PROXY/HTTP_PROXY)"
        )
    if isinstance(exc, NotFoundError):
        return " (check the scope's ids)"
    return ""


def _where(job: Job, client: AnySyncClient | None) -> str:
    """The base URL the scope is read from, without user info or query."""
    if client is None:
        return job.base_url or "the API"
    return str(client.base_url.copy_with(userinfo=b"", query=None, fragment=None))
