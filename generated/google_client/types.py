"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]


import gc  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from typing import Any, Literal, Required, TypedDict  # noqa: E402


class RequestKwargs(TypedDict, total=False):
    """What an operation's ``build_request`` returns: keyword arguments for ``httpx.Client.request``."""

    method: Required[str]
    url: Required[str]
    params: dict[str, Any]
    headers: dict[str, Any]
    cookies: dict[str, Any]
    json: Any
    data: Any
    content: Any
    files: Any


@dataclass(frozen=True)
class PagingParameter:
    """A parameter of a list operation that paging reads or sets: its wire name (as in a next link's
    query) and its Python name (as ``build_request`` and ``Filters`` take it)."""

    name: str
    python_name: str


@dataclass(frozen=True)
class PageSize:
    """The page-size parameter of a list operation, with the spec's default and maximum (None: none said)."""

    parameter: PagingParameter
    default: int | None
    maximum: int | None


#: The kind of a filter's value (of each value, for a repeated one): a JSON scalar, or a date, a date-time
#: or either (``format: date``/``date-time``, alone or as the options of an ``anyOf``).
FilterKind = Literal["string", "integer", "number", "boolean", "date", "date-time", "date-or-date-time"]


@dataclass(frozen=True)
class FilterParameter:
    """A path or query parameter of a GET operation (a member of its ``<Operation>Filters``), as its spec
    describes it: for an array, ``repeated`` and its items' kind, values and bounds. ``choices``: the values
    the spec lists (``open_choices``: an ``x-extensible-enum``, so that others may be sent too); ``default``
    and ``example`` as the spec gives them (a tuple for a list)."""

    name: str
    python_name: str
    required: bool
    kind: FilterKind
    repeated: bool = False
    choices: tuple[str | int | float, ...] = ()
    open_choices: bool = False
    minimum: int | float | None = None
    maximum: int | float | None = None
    pattern: str | None = None
    default: object = None
    example: object = None
    description: str = ""


#: How a list operation pages (``x-reviewbridge-pagination``): ``single_window`` one answer holds the whole
#: list; ``page_number`` numbered pages up to ``total_pages``; ``short_page`` numbered pages until one holds
#: fewer than the page size; ``cursor`` / ``page_token`` the answer's cursor sent back in
#: ``cursor_parameter``; ``next_link`` the answer's URL of the next page, whose ``link_parameters`` are taken.
PagingStyle = Literal["single_window", "page_number", "short_page", "cursor", "page_token", "next_link"]


@dataclass(frozen=True)
class Pagination:
    """How a list operation pages, as its spec says (``x-reviewbridge-pagination``).

    Members of the answer are paths of member names (``("paging", "cursor", "after")``); parameters are
    :class:`PagingParameter`. ``change_cursor``: a "changed after" filter by which a walk that must miss no
    record changing meanwhile may page instead (from the last change seen). ``empty_omitted``: an answer
    without the items member holds no records (the API leaves empty lists out) rather than being broken."""

    style: PagingStyle
    items: tuple[str, ...]
    page: PagingParameter | None = None
    page_size: PageSize | None = None
    total_pages: tuple[str, ...] | None = None
    reported_page_size: tuple[str, ...] | None = None
    total_items: tuple[str, ...] | None = None
    cursor: tuple[str, ...] | None = None
    cursor_parameter: PagingParameter | None = None
    next_link: tuple[str, ...] | None = None
    link_parameters: tuple[PagingParameter, ...] = ()
    change_cursor: PagingParameter | None = None
    empty_omitted: bool = False

    @property
    def parameters(self) -> tuple[PagingParameter, ...]:
        """The parameters a walk sets from page to page (what a resume point holds), in this order:
        ``page``, ``cursor_parameter``, ``link_parameters``, ``change_cursor``."""
        named = (self.page, self.cursor_parameter, *self.link_parameters, self.change_cursor)
        return tuple(p for p in named if p is not None)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while one response body becomes models.

    Parsing a page allocates tens of thousands of objects that form no reference cycles, and a running
    collector re-scans the growing page many times over (make bench: about a third of the time of a
    1000-review page). Reference counting still frees everything at once; the collector resumes as
    soon as the body is parsed, and only if it was running before.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


__all__ = [
    *__all__,
    "FilterKind",
    "FilterParameter",
    "PageSize",
    "PagingParameter",
    "PagingStyle",
    "Pagination",
    "RequestKwargs",
    "gc_paused",
]
