"""One pagination mechanism, one small strategy per style, sync and async drivers sharing the logic.

A strategy knows a style (page numbers, cursors, next links, a single window). It turns a page into
the arguments of the next request, or ``None`` at the documented end. The drivers add what every
style needs: stop on an empty page, refuse to loop (arguments seen before), fetch.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import httpx

from ._exceptions import PaginationError
from ._http import same_origin

PageT = TypeVar("PageT")
PageT_contra = TypeVar("PageT_contra", contravariant=True)
Args = dict[str, Any]


class Strategy(Protocol[PageT_contra]):
    def next_args(self, page: PageT_contra, args: Args) -> Args | None:
        """Arguments for the page after ``page`` (fetched with ``args``), or None at the end."""

    def items(self, page: PageT_contra) -> Sequence[Any]:
        """The records on ``page``."""


@dataclass(frozen=True)
class SinglePage(Generic[PageT]):
    """No pagination: one response holds everything (Reevoo's moving window)."""

    items_of: Callable[[PageT], Sequence[Any]]

    def next_args(self, page: PageT, args: Args) -> Args | None:
        return None

    def items(self, page: PageT) -> Sequence[Any]:
        return self.items_of(page)


@dataclass(frozen=True)
class PageNumber(Generic[PageT]):
    """``page`` = 1, 2, ... until ``total_pages`` (Thanx)."""

    items_of: Callable[[PageT], Sequence[Any]]
    total_pages_of: Callable[[PageT], int | None]
    page_arg: str = "page"

    def next_args(self, page: PageT, args: Args) -> Args | None:
        current = int(args.get(self.page_arg) or 1)
        total = self.total_pages_of(page)
        if total is not None and current >= total:
            return None
        return {**args, self.page_arg: current + 1}

    def items(self, page: PageT) -> Sequence[Any]:
        return self.items_of(page)


@dataclass(frozen=True)
class ChangeCursor(Generic[PageT]):
    """Page numbers, or better: the last change seen, when the API lists oldest change first (Thanx).

    With page numbers a record that changes during the walk moves to the end, and the record behind it
    slides onto a page already read and is never seen. Asking instead for "changed after the last
    change seen" (less a second, for ties; repeats are the caller's to drop) anchors each request on a
    value, not a position. A page not in change order means the API sorts otherwise; then the walk
    goes on by page numbers, under which changes do not move records backwards.
    """

    items_of: Callable[[PageT], Sequence[Any]]
    total_pages_of: Callable[[PageT], int | None]
    changed_at: Callable[[Any], dt.datetime | None]
    cursor_arg: str = "updated_after"
    page_arg: str = "page"
    tie: dt.timedelta = dt.timedelta(seconds=1)

    def next_args(self, page: PageT, args: Args) -> Args | None:
        current = int(args.get(self.page_arg) or 1)
        total = self.total_pages_of(page)
        if total is not None and current >= total:
            return None
        stamps = [self.changed_at(item) for item in self.items_of(page)]
        known = [s for s in stamps if s is not None]
        in_order = len(known) == len(stamps) and all(a <= b for a, b in itertools.pairwise(known))
        cursor = known[-1] - self.tie if in_order and known else None
        previous = args.get(self.cursor_arg)
        if cursor is None or (isinstance(previous, dt.datetime) and cursor <= previous):
            return {**args, self.page_arg: current + 1}  # not in change order, or one second fills pages
        return {**args, self.cursor_arg: cursor, self.page_arg: 1}

    def items(self, page: PageT) -> Sequence[Any]:
        return self.items_of(page)


@dataclass(frozen=True)
class Cursor(Generic[PageT]):
    """An opaque cursor from the page goes into ``cursor_arg``; empty means the end (eTrusted)."""

    items_of: Callable[[PageT], Sequence[Any]]
    cursor_of: Callable[[PageT], str | None]
    cursor_arg: str = "after"

    def next_args(self, page: PageT, args: Args) -> Args | None:
        cursor = self.cursor_of(page)
        return {**args, self.cursor_arg: cursor} if cursor else None

    def items(self, page: PageT) -> Sequence[Any]:
        return self.items_of(page)


@dataclass(frozen=True)
class NextLink(Generic[PageT]):
    """Follow the page's next link, on the API's own origin only (TestFreaks).

    Only the link's cursor parameters are taken over (``after``): the other arguments stay the typed
    values of the first call, so the generated operation still sends every request.
    """

    items_of: Callable[[PageT], Sequence[Any]]
    link_of: Callable[[PageT], str | None]
    origin: httpx.URL
    path: str
    cursor_args: tuple[str, ...] = ("after",)

    def next_args(self, page: PageT, args: Args) -> Args | None:
        link = self.link_of(page)
        if not link:
            return None
        url = self.origin.join(link)
        if not same_origin(url, self.origin) or url.path != self.path:
            raise PaginationError(
                f"refusing to follow a next link to {url.scheme}://{url.host}{url.path}: "
                f"it is not {self.origin.scheme}://{self.origin.host}{self.path}"
            )
        cursor = {name: url.params[name] for name in self.cursor_args if name in url.params}
        if not cursor:
            raise PaginationError(f"the next link {url.path}?{url.query.decode()} carries no cursor")
        return {**args, **cursor}

    def items(self, page: PageT) -> Sequence[Any]:
        return self.items_of(page)


def _key(args: Args) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, repr(v)) for k, v in args.items()))


class _Walk(Generic[PageT]):
    """The state shared by the sync and async drivers."""

    def __init__(self, strategy: Strategy[PageT], args: Args, max_pages: int | None) -> None:
        self.strategy = strategy
        self.args: Args | None = args
        self.seen = {_key(args)}
        self.max_pages = max_pages
        self.count = 0

    def advance(self, page: PageT) -> None:
        assert self.args is not None
        self.count += 1
        if not self.strategy.items(page) or (self.max_pages is not None and self.count >= self.max_pages):
            self.args = None
            return
        following = self.strategy.next_args(page, self.args)
        if following is not None:
            key = _key(following)
            if key in self.seen:
                raise PaginationError(f"pagination loop: the API pointed back to a page already read ({following})")
            self.seen.add(key)
        self.args = following


def iterate_pages(
    fetch: Callable[[Args], PageT], strategy: Strategy[PageT], args: Args, *, max_pages: int | None = None
) -> Iterator[tuple[PageT, Args | None]]:
    """Each page with the arguments of the page after it (None after the last)."""
    walk = _Walk(strategy, args, max_pages)
    while walk.args is not None:
        page = fetch(walk.args)
        walk.advance(page)
        yield page, walk.args


async def aiterate_pages(
    fetch: Callable[[Args], Awaitable[PageT]], strategy: Strategy[PageT], args: Args, *, max_pages: int | None = None
) -> AsyncIterator[tuple[PageT, Args | None]]:
    """The async twin of :func:`iterate_pages`."""
    walk = _Walk(strategy, args, max_pages)
    while walk.args is not None:
        page = await fetch(walk.args)
        walk.advance(page)
        yield page, walk.args


def _page_numbers(strategy: PageNumber[PageT], first: PageT, args: Args) -> list[Args]:
    total = strategy.total_pages_of(first)
    start = int(args.get(strategy.page_arg) or 1)
    return [{**args, strategy.page_arg: n} for n in range(start + 1, (total or start) + 1)]


def iterate_pages_concurrently(
    fetch: Callable[[Args], PageT], strategy: PageNumber[PageT], args: Args, *, concurrency: int
) -> Iterator[PageT]:
    """Page-number pages, ``concurrency`` in flight at once, yielded in order."""
    first = fetch(args)
    yield first
    rest = _page_numbers(strategy, first, args)
    with concurrent.futures.ThreadPoolExecutor(max_workers=concurrency) as pool:
        pending: list[concurrent.futures.Future[PageT]] = []
        queue = iter(rest)
        for page_args in queue:
            pending.append(pool.submit(fetch, page_args))
            if len(pending) >= concurrency:
                break
        while pending:
            page = pending.pop(0).result()
            following = next(queue, None)
            if following is not None:
                pending.append(pool.submit(fetch, following))
            yield page


async def aiterate_pages_concurrently(
    fetch: Callable[[Args], Awaitable[PageT]], strategy: PageNumber[PageT], args: Args, *, concurrency: int
) -> AsyncIterator[PageT]:
    """The async twin of :func:`iterate_pages_concurrently`."""
    first = await fetch(args)
    yield first
    queue = iter(_page_numbers(strategy, first, args))
    pending = [asyncio.ensure_future(fetch(a)) for _, a in zip(range(concurrency), queue, strict=False)]
    try:
        while pending:
            page = await pending.pop(0)
            following = next(queue, None)
            if following is not None:
                pending.append(asyncio.ensure_future(fetch(following)))
            yield page
    finally:
        for task in pending:
            task.cancel()
