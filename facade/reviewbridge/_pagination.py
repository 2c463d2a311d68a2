"""Walking a listing: sync and async drivers sharing every step that sends nothing.

The strategies (one per paging style, built from the spec's descriptor) are in ``_strategies`` and
re-exported here. The drivers add what every style needs: fetch, refuse to loop (arguments seen
before), end a walk that stops making progress (pages that bring no record not seen before, however
new their cursors), stop at a safety limit. What a walk remembers to do so is bounded, whatever its
length.

A walk ends only on the documented end signal. A page that is neither a usable page nor that end (an
empty or unreadable body, a body without the list, an empty page that still points to a next one) is
a :class:`SuspectPage`: fetched again like a transient fault, then reported, never taken as the end:
taking it so would end the walk early and lose every record after it, silently.

Each driver has a sync and an async form, mirrored line for line over the shared state
(:class:`_Walk`, :class:`_Ahead`); a walk left early stops alike in both: the pages still in flight
are cancelled, not waited for.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
import itertools
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable, Sequence
from typing import Any, Generic, TypeVar

import orjson

from ._exceptions import PaginationError
from ._retry import RetryPolicy
from ._strategies import Args as Args  # re-exported: the strategies are part of what a walk is
from ._strategies import ChangeCursor as ChangeCursor
from ._strategies import Cursor as Cursor
from ._strategies import Descriptor as Descriptor
from ._strategies import NextLink as NextLink
from ._strategies import PageNumber as PageNumber
from ._strategies import PageSize as PageSize
from ._strategies import PagingParameter as PagingParameter
from ._strategies import ShortPage as ShortPage
from ._strategies import SinglePage as SinglePage
from ._strategies import Strategy as Strategy
from ._strategies import announced as announced
from ._strategies import count_at as count_at
from ._strategies import describe as describe
from ._strategies import paged_arguments as paged_arguments
from ._strategies import records_at as records_at
from ._strategies import strategy_for as strategy_for

PageT = TypeVar("PageT")
_Started = TypeVar("_Started")


#: A page-number walk with concurrency refuses to plan more pages than this (or than ``max_pages``).
MAX_PLANNED_PAGES = 1_000_000


class SuspectPage(Exception):
    """A page that is neither usable nor the documented end of the list (the message says why)."""

    def __init__(self, message: str, *, status_code: int | None = None, body: bytes | None = None) -> None:
        super().__init__(message)
        #: the answer's status and bytes, when the response is not the one the walk last read
        self.status_code = status_code
        self.body = body


def check_page(strategy: Strategy[PageT], page: PageT, args: Args) -> None:
    """Raise :class:`SuspectPage` unless ``page`` is a usable page or the documented end."""
    try:
        records = strategy.items(page)
        following = None if records else strategy.next_args(page, args)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise SuspectPage(f"the page does not have the documented shape ({exc})") from None
    if not records and following is not None:
        raise SuspectPage("an empty page still points to a next page")


def fetch_checked(
    fetch: Callable[[Args], PageT], strategy: Strategy[PageT], policy: RetryPolicy
) -> Callable[[Args], PageT]:
    """``fetch``, each page checked; a suspect page fetched again as the policy allows, then raised."""

    def checked(args: Args) -> PageT:
        def attempt() -> PageT:
            page = fetch(args)
            check_page(strategy, page, args)
            return page

        return policy.call(attempt, on=SuspectPage)

    return checked


def afetch_checked(
    fetch: Callable[[Args], Awaitable[PageT]], strategy: Strategy[PageT], policy: RetryPolicy
) -> Callable[[Args], Awaitable[PageT]]:
    """The async twin of :func:`fetch_checked`."""

    async def checked(args: Args) -> PageT:
        async def attempt() -> PageT:
            page = await fetch(args)
            check_page(strategy, page, args)
            return page

        return await policy.acall(attempt, on=SuspectPage)

    return checked


#: A walk whose pages point on to a next one but bring, this many pages in a row, no record it has not seen
#: before is not making progress: it ends with a PaginationError. (A legitimate walk can repeat a page's
#: worth at most once: a change cursor's one-second overlap filled by ties.)
STALL_PAGES = 10
#: How many of its latest records (fingerprints) and page arguments a walk remembers.
REMEMBERED_RECORDS = 100_000
REMEMBERED_ARGS = 10_000


class _Recent:
    """The latest ``size`` hashes added, the oldest forgotten first: memory bounded whatever the walk's length."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._order: collections.deque[int] = collections.deque()
        self._members: set[int] = set()

    def __len__(self) -> int:
        return len(self._members)

    def add(self, value: int) -> bool:
        """Remember ``value``; whether it was new."""
        return self.add_all((value,))

    def add_all(self, values: Iterable[int | None]) -> bool:
        """:meth:`add` each of ``values`` in turn (None: a value that cannot be known, always new); whether
        any was new. One loop for a page's fingerprints: a method call per record weighs on every walk."""
        members, order, size = self._members, self._order, self._size
        fresh = False
        for value in values:
            if value is None:
                fresh = True
            elif value not in members:
                members.add(value)
                order.append(value)
                if len(order) > size:
                    members.discard(order.popleft())
                fresh = True
        return fresh


def _key(args: Args) -> int:
    return hash(tuple(sorted((k, repr(v)) for k, v in args.items())))


def _fingerprint(record: Any) -> int | None:
    """A record's content as a hash (a new version of a review is a new fingerprint); None if it cannot be
    written out (too deep, an int beyond 64 bits), and then it counts as new: progress is never denied to a
    record. Keys are hashed in the order sent, not sorted (sorting was a third of a record's fingerprint on
    the listing's hot path): a server that reorders them makes a record count as new, never as seen."""
    try:
        return hash(orjson.dumps(record, default=repr))
    except (TypeError, ValueError, RecursionError):
        return None


def _fingerprints(records: Sequence[Any]) -> list[int | None]:
    """:func:`_fingerprint` of each record: in one comprehension while every record can be written out (a
    Python call per record weighs on every walk), else one by one."""
    try:
        return [hash(orjson.dumps(record, default=repr)) for record in records]
    except (TypeError, ValueError, RecursionError):
        return [_fingerprint(record) for record in records]


class _Progress:
    """Counts the pages in a row that brought nothing new; a PaginationError when there are too many."""

    def __init__(self) -> None:
        self.records = _Recent(REMEMBERED_RECORDS)
        self.stalled = 0

    def page(self, records: Sequence[Any], following: object) -> None:
        """Account for a page's ``records``; ``following`` names the next page (None at the end)."""
        # every record remembered, not only up to the first new one
        fresh = self.records.add_all(_fingerprints(records))
        self.stalled = 0 if fresh else self.stalled + 1
        if self.stalled >= STALL_PAGES and following is not None:
            raise PaginationError(
                f"the walk stopped making progress: {self.stalled} pages in a row brought no review not seen "
                f"before on this walk, yet each pointed to a next page (the last: {following})"
            )


class _Walk(Generic[PageT]):
    """The state shared by the sync and async drivers."""

    def __init__(self, strategy: Strategy[PageT], args: Args, max_pages: int | None = None) -> None:
        self.strategy = strategy
        self.args: Args | None = args
        self.seen = _Recent(REMEMBERED_ARGS)
        self.seen.add(_key(args))
        self.progress = _Progress()
        self.count = 0
        self.max_pages = max_pages

    def before_fetch(self) -> Args:
        """The next page's arguments, within the walk's limit (checked before the fetch: the last page
        came with its resume point)."""
        assert self.args is not None
        _within_limit(self.count, self.max_pages)
        return self.args

    def advance(self, page: PageT) -> Args | None:
        """Account for a fetched page; the arguments of the page after it (None after the last)."""
        assert self.args is not None
        self.count += 1
        # Fetched pages are checked: an empty one here is the documented end.
        records = self.strategy.items(page)
        following = self.strategy.next_args(page, self.args) if records else None
        if following is not None and not self.seen.add(_key(following)):
            raise PaginationError(f"pagination loop: the API pointed back to a page already read ({following})")
        self.progress.page(records, following)
        self.args = following
        return following


def iterate_pages(
    fetch: Callable[[Args], PageT], strategy: Strategy[PageT], args: Args, *, max_pages: int | None = None
) -> Generator[tuple[PageT, Args | None]]:
    """Each page with the arguments of the page after it (None after the last)."""
    walk = _Walk(strategy, args, max_pages)
    while walk.args is not None:
        page = fetch(walk.before_fetch())
        yield page, walk.advance(page)


async def aiterate_pages(
    fetch: Callable[[Args], Awaitable[PageT]], strategy: Strategy[PageT], args: Args, *, max_pages: int | None = None
) -> AsyncGenerator[tuple[PageT, Args | None]]:
    """The async twin of :func:`iterate_pages`."""
    walk = _Walk(strategy, args, max_pages)
    while walk.args is not None:
        page = await fetch(walk.before_fetch())
        yield page, walk.advance(page)


def _within_limit(count: int, max_pages: int | None) -> None:
    if max_pages is not None and count >= max_pages:
        raise PaginationError(
            f"the walk reached max_pages={max_pages} before the last page; "
            "raise the client's max_pages if the list is really this long"
        )


def _page_numbers(strategy: PageNumber[PageT], first: PageT, args: Args, max_pages: int | None) -> Iterable[Args]:
    """The arguments of the pages after the first, made one at a time (the total may be huge)."""
    total = strategy.total_pages_of(first)
    start = int(args.get(strategy.page_arg) or 1)
    last = total if total is not None else start
    limit = min(MAX_PLANNED_PAGES, max_pages) if max_pages is not None else MAX_PLANNED_PAGES
    if last - start + 1 > limit:
        raise PaginationError(
            f"the API announces {last} pages (total_pages); refusing to walk more than {limit} "
            "(the client's max_pages, at most 1000000)"
        )
    return ({**args, strategy.page_arg: n} for n in range(start + 1, last + 1))


class _Ahead(Generic[PageT, _Started]):
    """A page-number walk with pages fetched ahead: the pages in flight, in order, and what comes next
    (shared by the sync and async drivers; ``start`` begins fetching a page, a future or a task)."""

    def __init__(
        self,
        strategy: PageNumber[PageT],
        first: PageT,
        args: Args,
        max_pages: int | None,
        start: Callable[[Args], _Started],
    ) -> None:
        self.strategy = strategy
        self.queue = iter(_page_numbers(strategy, first, args, max_pages))
        self.progress = _Progress()
        self.progress.page(strategy.items(first), None)
        self.start = start
        self.pending: collections.deque[tuple[Args, _Started]] = collections.deque()

    def fill(self, concurrency: int) -> None:
        for page_args in itertools.islice(self.queue, concurrency):
            self.pending.append((page_args, self.start(page_args)))

    def next_in_flight(self) -> _Started:
        """The first page in flight; the next page of the queue starts in its place."""
        _, started = self.pending.popleft()
        self.fill(1)
        return started

    def arrived(self, page: PageT) -> PageT:
        self.progress.page(self.strategy.items(page), self.pending[0][0] if self.pending else None)
        return page


def iterate_pages_concurrently(
    fetch: Callable[[Args], PageT],
    strategy: PageNumber[PageT],
    args: Args,
    *,
    concurrency: int,
    max_pages: int | None = None,
) -> Generator[PageT]:
    """Page-number pages, ``concurrency`` in flight at once, yielded in order."""
    first = fetch(args)
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=concurrency)
    ahead = _Ahead(strategy, first, args, max_pages, lambda page_args: pool.submit(fetch, page_args))
    yield first
    ahead.fill(concurrency)
    try:
        while ahead.pending:
            yield ahead.arrived(ahead.next_in_flight().result())
    finally:  # left early or failed: the pages in flight are cancelled, not waited for
        for _, future in ahead.pending:
            future.cancel()
        pool.shutdown(wait=False, cancel_futures=True)


async def aiterate_pages_concurrently(
    fetch: Callable[[Args], Awaitable[PageT]],
    strategy: PageNumber[PageT],
    args: Args,
    *,
    concurrency: int,
    max_pages: int | None = None,
) -> AsyncGenerator[PageT]:
    """The async twin of :func:`iterate_pages_concurrently`."""
    first = await fetch(args)
    tasks: set[asyncio.Task[PageT]] = set()
    ahead = _Ahead(strategy, first, args, max_pages, lambda page_args: _task(tasks, fetch(page_args)))
    yield first
    ahead.fill(concurrency)
    try:
        while ahead.pending:
            yield ahead.arrived(await ahead.next_in_flight())
    finally:  # see iterate_pages_concurrently
        for _, task in ahead.pending:
            task.cancel()


def _task(tasks: set[asyncio.Task[PageT]], fetching: Awaitable[PageT]) -> asyncio.Task[PageT]:
    task = asyncio.ensure_future(fetching)
    tasks.add(task)  # held until done: the loop keeps only weak references to its tasks
    task.add_done_callback(tasks.discard)
    return task


def walk_pages(
    fetch: Callable[[Args], PageT], strategy: Strategy[PageT], args: Args, concurrency: int, max_pages: int | None
) -> Generator[tuple[PageT, Args | None]]:
    """Each page with the arguments of the page after it: page numbers ``concurrency`` at a time when
    more than one (and then no page has a resume point: they arrive ahead of their turn), else in turn."""
    if concurrency > 1 and isinstance(strategy, PageNumber):
        with contextlib.closing(
            iterate_pages_concurrently(fetch, strategy, args, concurrency=concurrency, max_pages=max_pages)
        ) as pages:
            for page in pages:
                yield page, None
    else:
        with contextlib.closing(iterate_pages(fetch, strategy, args, max_pages=max_pages)) as walk:
            for page, following in walk:
                yield page, following


async def awalk_pages(
    fetch: Callable[[Args], Awaitable[PageT]],
    strategy: Strategy[PageT],
    args: Args,
    concurrency: int,
    max_pages: int | None,
) -> AsyncGenerator[tuple[PageT, Args | None]]:
    """The async twin of :func:`walk_pages`."""
    if concurrency > 1 and isinstance(strategy, PageNumber):
        async with contextlib.aclosing(
            aiterate_pages_concurrently(fetch, strategy, args, concurrency=concurrency, max_pages=max_pages)
        ) as pages:
            async for page in pages:
                yield page, None
    else:
        async with contextlib.aclosing(aiterate_pages(fetch, strategy, args, max_pages=max_pages)) as walk:
            async for page, following in walk:
                yield page, following
