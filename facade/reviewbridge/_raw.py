"""Raw responses: a call's HTTP answer (status, headers, the provider's request id) beside its value.

``client.with_raw_response.<call>(...)`` makes the call as ``client.<call>(...)`` does (same arguments,
retries, errors) and returns a :class:`RawResponse` whose ``parse()`` is what the plain call returns. A
call that sends several requests answers with the last API answer it got: a retried call its last
attempt's, a write read back after a timeout the read-back's (a token request is not an API answer).
``with_raw_response.review_pages(...)`` yields a RawResponse per page, its ``parse()`` the
:class:`ReviewPage`; ``reviews()`` and ``pages()`` have no raw form (a review is no answer of its own:
walk the pages for their headers).

Each provider types its clients' namespace once for both twins: a :class:`RawCalls` subclass, generic in
its client, naming its calls with :class:`raw_call` and :class:`raw_pages` (from the sync client's
methods), so a type checker sees ``RawResponse[<what the call returns>]`` with the call's own parameters,
awaited over the async client. The clients find it from their type (their ``WithRaw`` base's argument).
"""

from __future__ import annotations

import contextvars
import inspect
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Coroutine, Generator, Iterator
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, Self, TypeVar, overload

import httpx

from ._exceptions import UsageError
from ._page import ReviewPage
from ._secrets import redact, redact_bytes

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
PageT = TypeVar("PageT", bound="ReviewPage[Any, Any, Any]")
OutT = TypeVar("OutT")
AsyncOutT = TypeVar("AsyncOutT")


class RawResponse(Generic[T]):
    """One HTTP answer of a call: ``status_code``, ``headers`` (secrets masked, as in errors),
    ``request_id`` (the provider's id of the request, where its spec says it sends one; else None), and
    ``parse()``, the value the plain call returns."""

    __slots__ = ("_value", "headers", "request_id", "status_code")

    def __init__(self, status_code: int, headers: httpx.Headers, request_id: str | None, value: T) -> None:
        self.status_code = status_code
        self.headers = httpx.Headers([(name, redact_bytes(v)) for name, v in headers.raw])
        self.request_id = redact(request_id) if request_id is not None else None
        self._value = value

    def parse(self) -> T:
        """The value the call returns without ``with_raw_response`` (parsed already: no I/O)."""
        return self._value

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r})"


class _Last:
    """The last API answer of the raw call being made (see :func:`note`)."""

    __slots__ = ("response",)

    def __init__(self) -> None:
        self.response: httpx.Response | None = None


_LISTENING: contextvars.ContextVar[_Last | None] = contextvars.ContextVar("reviewbridge_raw_call", default=None)


def note(response: httpx.Response) -> None:
    """Keep ``response`` as the answer of the raw call under way, if one is (the HTTP layer calls this
    with every API answer it returns; the tasks a call starts inherit the call's context)."""
    last = _LISTENING.get()
    if last is not None:
        last.response = response


class _Answering(Protocol):
    """A client, or the calls a provider writes once for its two clients: it reads request ids."""

    def _request_id(self, response: httpx.Response, /) -> str | None: ...


class _Sync(_Answering, Protocol):
    """A sync client (a raw namespace over one answers at once)."""

    def close(self) -> None: ...


class _Async(_Answering, Protocol):
    """An async client (a raw namespace over one answers awaitables and async iterators)."""

    def aclose(self) -> Coroutine[Any, Any, None]: ...


ClientT_co = TypeVar("ClientT_co", bound=_Answering, covariant=True)
#: the class a raw call's method is defined on: the client's, or listing calls written once for both
C = TypeVar("C")


class RawCalls(Generic[ClientT_co]):
    """A client's ``with_raw_response``: its calls, each returning the RawResponse of what it returns
    (awaited, over an async client); a RawResponse per page from ``review_pages``."""

    def __init__(self, client: ClientT_co) -> None:
        self._client = client

    def _run(self, what: str, call: Callable[[ClientT_co], R]) -> RawResponse[R]:
        last = _Last()
        listening = _LISTENING.set(last)
        try:
            value = call(self._client)
        finally:
            _LISTENING.reset(listening)
        return self._answer(what, last, value)

    async def _arun(self, what: str, call: Callable[[ClientT_co], Awaitable[R]]) -> RawResponse[R]:
        last = _Last()
        listening = _LISTENING.set(last)
        try:
            value = await call(self._client)
        finally:
            _LISTENING.reset(listening)
        return self._answer(what, last, value)

    def _answer(self, what: str, last: _Last, value: R) -> RawResponse[R]:
        response = last.response
        if response is None:  # every call sends a request: a call that did not has no answer to show
            raise UsageError(f"{what} sent no request, so it has no raw response")
        return RawResponse(response.status_code, response.headers, self._client._request_id(response), value)

    def _page(self, page: PageT) -> RawResponse[PageT]:
        status, headers, request_id = page._answer or (0, httpx.Headers(), None)  # every listed page has one
        return RawResponse(status, headers, request_id, page)


class _RawMember(Generic[C, P, OutT, AsyncOutT]):
    """A call of a :class:`RawCalls` namespace, declared once for both twins: on a namespace over a sync
    client a function taking the call's parameters and answering ``OutT``, over an async one answering
    ``AsyncOutT``; the call made is the client's own method of the member's name (its twin's)."""

    _name = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, instance: RawCalls[_Sync], owner: type[Any]) -> Callable[P, OutT]: ...
    @overload
    def __get__(self, instance: RawCalls[_Async], owner: type[Any]) -> Callable[P, AsyncOutT]: ...
    def __get__(self, instance: RawCalls[Any] | None, owner: type[Any]) -> Self | Callable[P, Any]:
        if instance is None:
            return self
        method: Callable[..., Any] = getattr(type(instance._client), self._name)
        return self._bind(instance, method, inspect.iscoroutinefunction(method))

    def _bind(self, instance: RawCalls[Any], method: Callable[..., Any], awaited: bool) -> Callable[P, Any]:
        raise NotImplementedError


class raw_call(_RawMember[C, P, RawResponse[R], Coroutine[Any, Any, RawResponse[R]]]):
    """``name = raw_call(Client.name)`` in a :class:`RawCalls` subclass: the call, returning its
    RawResponse (awaited, over the async twin)."""

    def __init__(self, method: Callable[Concatenate[C, P], R]) -> None:
        del method  # its signature types the member; the call made is the namespace's client's own

    def _bind(self, instance: RawCalls[Any], method: Callable[..., Any], awaited: bool) -> Callable[P, Any]:
        name = self._name

        def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Any]:
            return instance._run(name, lambda client: method(client, *args, **kwargs))

        async def acall(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Any]:
            return await instance._arun(name, lambda client: method(client, *args, **kwargs))

        return acall if awaited else call


class raw_pages(_RawMember[C, P, Iterator[RawResponse[PageT]], AsyncIterator[RawResponse[PageT]]]):
    """``review_pages = raw_pages(Client.review_pages)``: a RawResponse per page, ``parse()`` the page
    (an async iterator of them, over the async twin)."""

    def __init__(self, method: Callable[Concatenate[C, P], Iterator[PageT]]) -> None:
        del method  # see raw_call

    def _bind(self, instance: RawCalls[Any], method: Callable[..., Any], awaited: bool) -> Callable[P, Any]:
        def call(*args: P.args, **kwargs: P.kwargs) -> Iterator[RawResponse[Any]] | AsyncIterator[RawResponse[Any]]:
            pages = method(instance._client, *args, **kwargs)
            return _apages(instance, pages) if isinstance(pages, AsyncIterator) else _pages(instance, pages)

        return call


def _pages(instance: RawCalls[Any], pages: Iterator[PageT]) -> Iterator[RawResponse[PageT]]:
    try:
        for page in pages:
            yield instance._page(page)
    finally:  # left early: the walk ends now, not when collected
        if isinstance(pages, Generator):
            pages.close()


async def _apages(instance: RawCalls[Any], pages: AsyncIterator[PageT]) -> AsyncIterator[RawResponse[PageT]]:
    try:
        async for page in pages:
            yield instance._page(page)
    finally:  # see _pages
        if isinstance(pages, AsyncGenerator):
            await pages.aclose()
