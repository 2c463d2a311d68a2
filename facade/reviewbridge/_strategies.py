"""One small strategy per paging style, built from a list operation's paging descriptor.

A strategy knows a style (page numbers, cursors, next links, a single window). It turns a page into
the arguments of the next request, or ``None`` at the documented end. :func:`strategy_for` builds it
from the list operation's paging descriptor (the spec's ``x-reviewbridge-pagination``, generated as
the operation's ``PAGINATION``): where the records, cursor, next link or total are and which
parameters carry them come from there, never from this module.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import httpx

from ._exceptions import PaginationError
from ._http import same_origin
from ._json import ShapeError, items, member, text

PageT = TypeVar("PageT")
_T = TypeVar("_T")
PageT_contra = TypeVar("PageT_contra", contravariant=True)
Args = dict[str, Any]


class Strategy(Protocol[PageT_contra]):
    def next_args(self, page: PageT_contra, args: Args) -> Args | None:
        """Arguments for the page after ``page`` (fetched with ``args``), or None at the end."""

    def items(self, page: PageT_contra) -> Sequence[Any]:
        """The records on ``page``."""


@dataclass(frozen=True)
class SinglePage(Generic[PageT]):
    """No pagination: one response holds everything (style ``single_window``)."""

    items_of: Callable[[PageT], Sequence[Any]]

    def next_args(self, page: PageT, args: Args) -> Args | None:
        return None

    def items(self, page: PageT) -> Sequence[Any]:
        return self.items_of(page)


@dataclass(frozen=True)
class PageNumber(Generic[PageT]):
    """``page_arg`` = 1, 2, ... until ``total_pages`` (style ``page_number``)."""

    items_of: Callable[[PageT], Sequence[Any]]
    total_pages_of: Callable[[PageT], int | None]
    page_arg: str

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
    """``page_arg`` = 1, 2, ... without a total: the end is a page shorter than the page size asked for
    (an empty page past the last one among them) (style ``short_page``)."""

    items_of: Callable[[PageT], Sequence[Any]]
    default_size: int
    page_arg: str
    size_arg: str

    def next_args(self, page: PageT, args: Args) -> Args | None:
        size = args.get(self.size_arg) or self.default_size
        if len(self.items_of(page)) < size:
            return None
        return {**args, self.page_arg: int(args.get(self.page_arg) or 1) + 1}

    def items(self, page: PageT) -> Sequence[Any]:
        return self.items_of(page)


@dataclass(frozen=True)
class ChangeCursor(Generic[PageT]):
    """Page numbers, or better: the last change seen, when the API lists oldest change first (a
    ``page_number`` descriptor's ``change_cursor``).

    With page numbers a record that changes during the walk moves to the end, and the record behind it
    slides onto a page already read and is never seen. Asking instead for "changed after the last
    change seen" (less a second, for ties; repeats are the caller's to drop) anchors each request on a
    value, not a position. A page not in change order means the API sorts otherwise; then the walk
    goes on by page numbers, under which changes do not move records backwards.
    """

    items_of: Callable[[PageT], Sequence[Any]]
    total_pages_of: Callable[[PageT], int | None]
    changed_at: Callable[[Any], dt.datetime | None]
    cursor_arg: str
    page_arg: str
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
    """An opaque cursor (or page token) from the page goes into ``cursor_arg``; empty means the end (styles
    ``cursor`` and ``page_token``)."""

    items_of: Callable[[PageT], Sequence[Any]]
    cursor_of: Callable[[PageT], str | None]
    cursor_arg: str

    def next_args(self, page: PageT, args: Args) -> Args | None:
        cursor = self.cursor_of(page)
        return {**args, self.cursor_arg: cursor} if cursor else None

    def items(self, page: PageT) -> Sequence[Any]:
        return self.items_of(page)


@dataclass(frozen=True)
class NextLink(Generic[PageT]):
    """Follow the page's next link, on the API's own origin and the operation's own path only (style
    ``next_link``).

    Only the link's cursor parameters are taken over (``cursor_args``: each its name in the link and the
    argument it becomes): the other arguments stay the typed values of the first call, so the generated
    operation still sends every request. ``path`` is the operation's path template below the base URL,
    its parameters named as the arguments name them.
    """

    items_of: Callable[[PageT], Sequence[Any]]
    link_of: Callable[[PageT], str | None]
    origin: httpx.URL
    path: str
    cursor_args: tuple[tuple[str, str], ...]

    def next_args(self, page: PageT, args: Args) -> Args | None:
        link = self.link_of(page)
        if not link:
            return None
        url = self.origin.join(link)
        path = self.path.format_map({k: str(v) for k, v in args.items()}) if "{" in self.path else self.path
        if not same_origin(url, self.origin) or url.path != path:
            raise PaginationError(
                f"refusing to follow a next link to {url.scheme}://{url.host}{url.path}: "
                f"it is not {self.origin.scheme}://{self.origin.host}{path}"
            )
        cursor = {arg: url.params[name] for name, arg in self.cursor_args if name in url.params}
        if not cursor:
            raise PaginationError(f"the next link {url.path}?{url.query.decode()} carries no cursor")
        return {**args, **cursor}

    def items(self, page: PageT) -> Sequence[Any]:
        return self.items_of(page)


class PagingParameter(Protocol):
    """A parameter a paging descriptor names: its wire name and its Python (argument) name."""

    @property
    def name(self) -> str: ...

    @property
    def python_name(self) -> str: ...


class PageSize(Protocol):
    """A descriptor's page-size parameter, with the spec's default and maximum."""

    @property
    def parameter(self) -> PagingParameter: ...

    @property
    def default(self) -> int | None: ...

    @property
    def maximum(self) -> int | None: ...


class Descriptor(Protocol):
    """How a list operation pages: the generated operation's ``PAGINATION`` (a ``types.Pagination``)."""

    @property
    def style(self) -> str: ...

    @property
    def items(self) -> tuple[str, ...]: ...

    @property
    def page(self) -> PagingParameter | None: ...

    @property
    def page_size(self) -> PageSize | None: ...

    @property
    def total_pages(self) -> tuple[str, ...] | None: ...

    @property
    def reported_page_size(self) -> tuple[str, ...] | None: ...

    @property
    def total_items(self) -> tuple[str, ...] | None: ...

    @property
    def cursor(self) -> tuple[str, ...] | None: ...

    @property
    def cursor_parameter(self) -> PagingParameter | None: ...

    @property
    def next_link(self) -> tuple[str, ...] | None: ...

    @property
    def link_parameters(self) -> tuple[PagingParameter, ...]: ...

    @property
    def change_cursor(self) -> PagingParameter | None: ...

    @property
    def empty_omitted(self) -> bool: ...

    @property
    def parameters(self) -> tuple[PagingParameter, ...]: ...


def paged_arguments(descriptor: Descriptor) -> tuple[str, ...]:
    """The arguments a walk sets from page to page (a resume point holds them), by their Python names."""
    return tuple(p.python_name for p in descriptor.parameters)


def describe(descriptor: Descriptor) -> str:
    """How a list operation pages, in words (``reviewbridge providers``), naming what the spec names."""
    where = ".".join
    page = descriptor.page.name if descriptor.page else "?"
    size = descriptor.page_size.parameter.name if descriptor.page_size else "?"
    if descriptor.style == "single_window":
        return f"none: one answer holds the whole list ({where(descriptor.items)})"
    if descriptor.style == "page_number":
        changed = descriptor.change_cursor
        changes = f"; a walk following changes pages by {changed.name}" if changed else ""
        return f"page numbers ({page}) up to {where(descriptor.total_pages or ())}{changes}"
    if descriptor.style == "short_page":
        return f"page numbers ({page}), ending on a page shorter than {size}"
    if descriptor.style == "next_link":
        taken = ", ".join(p.name for p in descriptor.link_parameters)
        return f"next link ({where(descriptor.next_link or ())}, its {taken} taken over)"
    kind = "page token" if descriptor.style == "page_token" else descriptor.style
    cursor = descriptor.cursor_parameter.name if descriptor.cursor_parameter else "?"
    return f"{kind} ({where(descriptor.cursor or ())} sent back as {cursor})"


def records_at(path: Sequence[str], empty_omitted: bool = False) -> Callable[[Any], list[dict[str, Any]]]:
    """Reads the list of records at member ``path`` of a page; a ShapeError where there is none, unless
    ``empty_omitted`` (the API leaves an empty list out): then a JSON object without the member holds none."""
    *outer, key = path
    if empty_omitted:

        def listed_or_none(body: Any) -> list[dict[str, Any]]:
            holder = member(body, *outer) if outer else body
            return [] if isinstance(holder, dict) and key not in holder else items(holder, key)

        return listed_or_none
    if not outer:
        return lambda body: items(body, key)
    return lambda body: items(member(body, *outer), key)


def count_at(body: Any, path: Sequence[str]) -> int:
    """The whole number at member ``path`` of ``body``; a ShapeError when it is missing or not one."""
    found = member(body, *path)
    if not isinstance(found, int) or isinstance(found, bool):
        raise ShapeError(f"{'.'.join(path)} is missing or not a number")
    return found


def announced(descriptor: Descriptor, body: Any, page_size: object) -> tuple[int, str] | None:
    """What the first page of a whole list says of the list's length, where its descriptor names a total:
    (the fewest records a walk of the whole list must list, that in words); None where it names none or
    the page does not say. ``total_items``: that many; ``total_pages`` of ``reported_page_size`` (else
    ``page_size``, the size asked for) records: more than all the pages but the last hold."""
    try:
        if descriptor.total_items is not None:
            total = count_at(body, descriptor.total_items)
            return total, f"{total} reviews ({'.'.join(descriptor.total_items)})"
        if descriptor.total_pages is None:
            return None
        pages = count_at(body, descriptor.total_pages)
        size = count_at(body, descriptor.reported_page_size) if descriptor.reported_page_size else page_size
    except ShapeError:
        return None
    if not isinstance(size, int) or isinstance(size, bool) or size < 1 or pages < 0:
        return None
    fewest = (pages - 1) * size + 1 if pages else 0
    return fewest, f"{pages} pages of {size} ({'.'.join(descriptor.total_pages)}), so at least {fewest} reviews"


def _needed(value: _T | None, what: str, descriptor: Descriptor) -> _T:
    if value is None:  # scripts/validate.py refuses such a descriptor; a hand-made one may still lack it
        raise ValueError(f"a {descriptor.style} paging descriptor needs {what}")
    return value


def strategy_for(
    descriptor: Descriptor,
    *,
    path: str,
    base_url: httpx.URL,
    follow_changes: bool = False,
    changed_at: Callable[[Any], dt.datetime | None] | None = None,
) -> Strategy[Any]:
    """The strategy of a list operation, from its paging descriptor.

    ``path``: the operation's path template (next links must point back to it, below ``base_url``).
    ``follow_changes`` with a ``change_cursor`` and ``changed_at`` (a record's last change): a walk that
    pages by the last change seen (:class:`ChangeCursor`) instead of page numbers."""
    items_of = records_at(descriptor.items, descriptor.empty_omitted)
    style = descriptor.style
    if style == "single_window":
        return SinglePage(items_of=items_of)
    if style in ("cursor", "page_token"):
        cursor = _needed(descriptor.cursor, "a cursor member", descriptor)
        return Cursor(
            items_of=items_of,
            cursor_of=lambda body: text(member(body, *cursor)),
            cursor_arg=_needed(descriptor.cursor_parameter, "a cursor parameter", descriptor).python_name,
        )
    if style == "next_link":
        link = _needed(descriptor.next_link, "a next link member", descriptor)
        return NextLink(
            items_of=items_of,
            link_of=lambda body: text(member(body, *link)),
            origin=base_url,
            path=base_url.path.rstrip("/") + path,
            cursor_args=tuple((p.name, p.python_name) for p in descriptor.link_parameters),
        )
    page = _needed(descriptor.page, "a page parameter", descriptor).python_name
    if style == "short_page":
        size = _needed(descriptor.page_size, "a page size parameter", descriptor)
        return ShortPage(
            items_of=items_of,
            default_size=_needed(size.default, "a default page size", descriptor),
            page_arg=page,
            size_arg=size.parameter.python_name,
        )
    if style != "page_number":
        raise ValueError(f"unknown paging style {style!r}")
    # Page numbers never repeat, so a walk without the total could only end on an empty page, or never
    # if the server kept answering: without it, the page is unreadable, not the last.
    total = _needed(descriptor.total_pages, "a total pages member", descriptor)
    total_pages_of = functools.partial(count_at, path=total)
    if follow_changes and descriptor.change_cursor is not None and changed_at is not None:
        return ChangeCursor(
            items_of=items_of,
            total_pages_of=total_pages_of,
            changed_at=changed_at,
            cursor_arg=descriptor.change_cursor.python_name,
            page_arg=page,
        )
    return PageNumber(items_of=items_of, total_pages_of=total_pages_of, page_arg=page)
