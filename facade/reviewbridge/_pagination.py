"""One pagination mechanism, one small strategy per style, sync and async drivers sharing the logic.

A strategy knows a style (page numbers, cursors, next links, a single window). It turns a page into
the arguments of the next request, or ``None`` at the documented end. The drivers add what every
style needs: fetch, refuse to loop (arguments seen before), end a walk that stops making progress
(pages that bring no record not seen before, however new their cursors), stop at a safety limit. What
a walk remembers to do so is bounded, whatever its length.

A walk ends only on the documented end signal. A page that is neither a usable page nor that end (an
empty or unreadable body, a body without the list, an empty page that still points to a next one) is
a :class:`SuspectPage`: fetched again like a transient fault, then reported, never taken as the end:
taking it so would end the walk early and lose every record after it, silently.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import datetime as dt
import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import httpx
import orjson

from ._exceptions import PaginationError
from ._http import same_origin
from ._json import dumps
from ._transport import RetryPolicy

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
    """No pagination: one response holds everything (a moving window)."""

    items_of: Callable[[PageT], Sequence[Any]]

    def next_args(self, page: PageT, args: Args) -> Args | None:
        return None

    def items(self, page: PageT) -> Sequence[Any]:
        return self.items_of(page)


@dataclass(frozen=True)
class PageNumber(Generic[PageT]):
    """``page`` = 1, 2, ... until ``total_pages``."""

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
class ShortPage(Generic[PageT]):
    """``page`` = 1, 2, ... without a total: the end is a page shorter than the page size asked for (an
    empty page past the last one among them)."""

    items_of: Callable[[PageT], Sequence[Any]]
    default_size: int
    page_arg: str = "page"
    size_arg: str = "per_page"

    def next_args(self, page: PageT, args: Args) -> Args | None:
        size = args.get(self.size_arg) or self.default_size
        if len(self.items_of(page)) < size:
            return None
        return {**args, self.page_arg: int(args.get(self.page_arg) or 1) + 1}

    def items(self, page: PageT) -> Sequence[Any]:
        return self.items_of(page)


@dataclass(frozen=True)
class ChangeCursor(Generic[PageT]):
    """Page numbers, or better: the last change seen, when the API lists oldest change first.

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
    #: how far ahead of this machine's clock a change time may be and still anchor the walk
    future: dt.timedelta = dt.timedelta(minutes=5)

    def next_args(self, page: PageT, args: Args) -> Args | None:
        current = int(args.get(self.page_arg) or 1)
        total = self.total_pages_of(page)
        if total is not None and current >= total:
            return None
        stamps = [self.changed_at(item) for item in self.items_of(page)]
        known = [s for s in stamps if s is not None]
        in_order = len(known) == len(stamps) and all(a <= b for a, b in itertools.pairwise(known))
        cursor = known[-1] - self.tie if in_order and known else None
        if cursor is not None and cursor > dt.datetime.now(dt.UTC) + self.future:
            cursor = None  # a stamp from the future (a lie, or a wrong clock) must not skip what is left
        previous = args.get(self.cursor_arg)
        if cursor is None or (isinstance(previous, dt.datetime) and cursor <= previous):
            return {**args, self.page_arg: current + 1}  # not in change order, or one second fills pages
        return {**args, self.cursor_arg: cursor, self.page_arg: 1}

    def items(self, page: PageT) -> Sequence[Any]:
        return self.items_of(page)


@dataclass(frozen=True)
class Cursor(Generic[PageT]):
    """An opaque cursor from the page goes into ``cursor_arg``; empty means the end."""

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
    """Follow the page's next link, on the API's own origin only.

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
        for attempt in itertools.count(1):
            try:
                page = fetch(args)
                check_page(strategy, page, args)
                return page
            except SuspectPage:
                if attempt > policy.max_retries:
                    raise
                policy.retries += 1
                policy.sleep(policy.backoff(attempt))
        raise AssertionError("unreachable")

    return checked


def afetch_checked(
    fetch: Callable[[Args], Awaitable[PageT]], strategy: Strategy[PageT], policy: RetryPolicy
) -> Callable[[Args], Awaitable[PageT]]:
    """The async twin of :func:`fetch_checked`."""

    async def checked(args: Args) -> PageT:
        for attempt in itertools.count(1):
            try:
                page = await fetch(args)
                check_page(strategy, page, args)
                return page
            except SuspectPage:
                if attempt > policy.max_retries:
                    raise
                policy.retries += 1
                await asyncio.sleep(policy.backoff(attempt))
        raise AssertionError("unreachable")

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
        if value in self._members:
            return False
        self._members.add(value)
        self._order.append(value)
        if len(self._order) > self._size:
            self._members.discard(self._order.popleft())
        return True


def _key(args: Args) -> int:
    return hash(tuple(sorted((k, repr(v)) for k, v in args.items())))


def _fingerprint(record: Any) -> int | None:
    """A record's content as a hash (a new version of a review is a new fingerprint); None if it cannot be
    written out (too deep, say), and then it counts as new: progress is never denied to a record."""
    try:
        return hash(dumps(record, option=orjson.OPT_SORT_KEYS, default=repr))
    except (TypeError, ValueError, RecursionError):
        return None


class _Progress:
    """Counts the pages in a row that brought nothing new; a PaginationError when there are too many."""

    def __init__(self) -> None:
        self.records = _Recent(REMEMBERED_RECORDS)
        self.stalled = 0

    def page(self, records: Sequence[Any], following: object) -> None:
        """Account for a page's ``records``; ``following`` names the next page (None at the end)."""
        fresh = False
        for record in records:  # every record remembered, not only up to the first new one
            fingerprint = _fingerprint(record)
            fresh = (fingerprint is None or self.records.add(fingerprint)) or fresh
        self.stalled = 0 if fresh else self.stalled + 1
        if self.stalled >= STALL_PAGES and following is not None:
            raise PaginationError(
                f"the walk stopped making progress: {self.stalled} pages in a row brought no review not seen "
                f"before on this walk, yet each pointed to a next page (the last: {following})"
            )


class _Walk(Generic[PageT]):
    """The state shared by the sync and async drivers."""

    def __init__(self, strategy: Strategy[PageT], args: Args) -> None:
        self.strategy = strategy
        self.args: Args | None = args
        self.seen = _Recent(REMEMBERED_ARGS)
        self.seen.add(_key(args))
        self.progress = _Progress()
        self.count = 0

    def advance(self, page: PageT) -> None:
        assert self.args is not None
        self.count += 1
        # Fetched pages are checked: an empty one here is the documented end.
        records = self.strategy.items(page)
        following = self.strategy.next_args(page, self.args) if records else None
        if following is not None and not self.seen.add(_key(following)):
            raise PaginationError(f"pagination loop: the API pointed back to a page already read ({following})")
        self.progress.page(records, following)
        self.args = following


def iterate_pages(
    fetch: Callable[[Args], PageT], strategy: Strategy[PageT], args: Args, *, max_pages: int | None = None
) -> Iterator[tuple[PageT, Args | None]]:
    """Each page with the arguments of the page after it (None after the last)."""
    walk = _Walk(strategy, args)
    while walk.args is not None:
        _within_limit(walk.count, max_pages)  # checked before the fetch: the last page came with its resume
        page = fetch(walk.args)
        walk.advance(page)
        yield page, walk.args


async def aiterate_pages(
    fetch: Callable[[Args], Awaitable[PageT]], strategy: Strategy[PageT], args: Args, *, max_pages: int | None = None
) -> AsyncIterator[tuple[PageT, Args | None]]:
    """The async twin of :func:`iterate_pages`."""
    walk = _Walk(strategy, args)
    while walk.args is not None:
        _within_limit(walk.count, max_pages)  # see iterate_pages
        page = await fetch(walk.args)
        walk.advance(page)
        yield page, walk.args


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


def iterate_pages_concurrently(
    fetch: Callable[[Args], PageT],
    strategy: PageNumber[PageT],
    args: Args,
    *,
    concurrency: int,
    max_pages: int | None = None,
) -> Iterator[PageT]:
    """Page-number pages, ``concurrency`` in flight at once, yielded in order."""
    first = fetch(args)
    rest = _page_numbers(strategy, first, args, max_pages)
    progress = _Progress()
    progress.page(strategy.items(first), None)
    yield first
    with concurrent.futures.ThreadPoolExecutor(max_workers=concurrency) as pool:
        pending: list[tuple[Args, concurrent.futures.Future[PageT]]] = []
        queue = iter(rest)
        for page_args in queue:
            pending.append((page_args, pool.submit(fetch, page_args)))
            if len(pending) >= concurrency:
                break
        while pending:
            page = pending.pop(0)[1].result()
            following = next(queue, None)
            if following is not None:
                pending.append((following, pool.submit(fetch, following)))
            progress.page(strategy.items(page), pending[0][0] if pending else None)
            yield page


async def aiterate_pages_concurrently(
    fetch: Callable[[Args], Awaitable[PageT]],
    strategy: PageNumber[PageT],
    args: Args,
    *,
    concurrency: int,
    max_pages: int | None = None,
) -> AsyncIterator[PageT]:
    """The async twin of :func:`iterate_pages_concurrently`."""
    first = await fetch(args)
    queue = iter(_page_numbers(strategy, first, args, max_pages))
    progress = _Progress()
    progress.page(strategy.items(first), None)
    yield first
    pending = [(a, asyncio.ensure_future(fetch(a))) for _, a in zip(range(concurrency), queue, strict=False)]
    try:
        while pending:
            page = await pending.pop(0)[1]
            following = next(queue, None)
            if following is not None:
                pending.append((following, asyncio.ensure_future(fetch(following))))
            progress.page(strategy.items(page), pending[0][0] if pending else None)
            yield page
    finally:
        for _, task in pending:
            task.cancel()
