"""Sync and async clients are twins: the same public calls, the same parameters, and the same walk.

The async code is not generated from the sync code: both stand over shared bases holding every step
that sends nothing (``_client._Base``, ``_lister.Lister``, ``_pagination._Walk`` and ``_Ahead``), each
holding only its I/O. These tests compare what a caller sees of the two: every public call of a
provider's client has an async twin with the same parameters, and is built with the same constructor
parameters but for the options' http_client (the one part each twin restates); a walk left early stops alike (the pages
in flight are cancelled, not waited for). Injected sleeps: tests/unit/test_facade_retries.py
(``..._alike_sync_and_async_on_an_injected_sleep``); token renewal: the ``test_<provider>_twins.py`` of a
provider with tokens.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import threading
from typing import Any, Unpack, cast

import httpx
import pytest
from reviewbridge._options import AsyncOptions, SyncOptions
from reviewbridge._providers import REGISTRY

from tests.unit._support import athanx, thanx, thanx_item, thanx_page

#: how long a blocked page waits for the test at most (the test lets it go much sooner)
HOLD_SECONDS = 5.0


def _public(cls: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and (callable(member) or isinstance(member, property))
    }


def _parameters(member: Any) -> list[tuple[str, object, object]]:
    if isinstance(member, property):
        return []
    return [(p.name, p.kind, p.default) for p in inspect.signature(member).parameters.values()]


#: the calls each twin names its own way: closing (close / aclose) and taking its filters as data
SYNC_ONLY = frozenset({"close", "review_pages_for"})
ASYNC_ONLY = frozenset({"aclose"})


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_every_public_call_has_an_async_twin_with_the_same_parameters(name: str) -> None:
    info = REGISTRY[name]
    sync, asynchronous = _public(cast("type", info.client)), _public(cast("type", info.async_client))
    assert set(sync) - SYNC_ONLY == set(asynchronous) - ASYNC_ONLY
    for call in set(sync) - SYNC_ONLY:
        assert _parameters(sync[call]) == _parameters(asynchronous[call]), call
        if inspect.iscoroutinefunction(asynchronous[call]):  # a call that sends one request: awaited
            assert not inspect.iscoroutinefunction(sync[call]), call


def _constructor(cls: type) -> list[tuple[str, object, object, object]]:
    """A client's constructor parameters (name, kind, default, annotation), the options' TypedDict named
    alike for both twins: they differ only there (``http_client`` an ``httpx.Client`` or ``AsyncClient``)."""
    alike = {"SyncOptions": "Options", "AsyncOptions": "Options"}
    return [
        (
            p.name,
            p.kind,
            p.default,
            re.sub(r"\b(?:Sync|Async)Options\b", lambda m: alike[m.group(0)], str(p.annotation)),
        )
        for p in inspect.signature(cls).parameters.values()
    ]


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_every_client_is_built_like_its_async_twin(name: str) -> None:
    # The constructors are the one place each twin restates (their options' TypedDicts differ in
    # http_client's type): the same parameters, kinds, defaults and types, but for those options.
    info = REGISTRY[name]
    assert _constructor(cast("type", info.client)) == _constructor(cast("type", info.async_client))


def test_the_constructor_check_sees_a_twin_that_drifted() -> None:
    class Sync:
        def __init__(self, key: str | None = None, *, rate: int = 240, **options: Unpack[SyncOptions]) -> None: ...

    class Async:
        def __init__(self, key: str | None = None, *, rate: int = 240, **options: Unpack[AsyncOptions]) -> None: ...

    class Drifted:
        def __init__(self, key: str | None = None, *, rate: int = 300, **options: Unpack[AsyncOptions]) -> None: ...

    assert _constructor(Sync) == _constructor(Async)
    assert _constructor(Sync) != _constructor(Drifted)


def _held_pages(release: threading.Event | asyncio.Event, log: list[str]) -> tuple[Any, Any]:
    """A numbered listing of 4 pages: the first two answer at once, the others wait for ``release``."""

    def page(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        return httpx.Response(200, json=thanx_page([thanx_item(number)], number, 1, 4))

    def handler(request: httpx.Request) -> httpx.Response:
        if int(request.url.params.get("page", "1")) > 2:
            assert isinstance(release, threading.Event)
            release.wait(HOLD_SECONDS)
            log.append("answered")
        return page(request)

    async def ahandler(request: httpx.Request) -> httpx.Response:
        if int(request.url.params.get("page", "1")) > 2:
            assert isinstance(release, asyncio.Event)
            await asyncio.wait_for(release.wait(), HOLD_SECONDS)
            log.append("answered")
        return page(request)

    return handler, ahandler


def test_a_sync_walk_left_early_does_not_wait_for_the_pages_in_flight() -> None:
    release, log = threading.Event(), list[str]()
    handler, _ = _held_pages(release, log)
    client = thanx(handler)
    pages = client.review_pages(merchant_id="m-1", concurrency=3)
    assert [len(next(pages).reviews) for _ in range(2)] == [1, 1]  # pages 3 and 4 are in flight now
    pages.close()
    log.append("closed")
    release.set()
    assert log[0] == "closed"


async def test_an_async_walk_left_early_does_not_wait_for_the_pages_in_flight() -> None:
    release, log = asyncio.Event(), list[str]()
    _, ahandler = _held_pages(release, log)
    client = athanx(ahandler)
    pages = client.review_pages(merchant_id="m-1", concurrency=3)
    assert [len((await anext(pages)).reviews) for _ in range(2)] == [1, 1]  # pages 3 and 4 in flight now
    await pages.aclose()
    log.append("closed")
    for _ in range(10):  # turns of the loop for the cancellations to land (or, were they not, for nothing)
        await asyncio.sleep(0)
    release.set()
    for _ in range(10):  # a page not cancelled would answer within these turns of the loop
        await asyncio.sleep(0)
    assert log == ["closed"]
