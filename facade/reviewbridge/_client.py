"""What every provider client shares: construction, the generated client inside, paging, closing.

Listing takes a fast path: the generated operation builds the request (typed arguments, wire
encodings), the body is parsed once (msgspec, numbers exact), reviews are mapped straight from it, and the typed
generated models (``ReviewPage.raw``, ``Review.raw``) are built only when asked for.

The clients are generic in what their provider's generated package gives them: the list page model,
the record model, the generated ``Client`` and the resume token (see :class:`SyncClient`). Each
provider module names its generated modules in typed imports, made on first use: importing every
generated package with reviewbridge would double its import time.

Sync and async are written once: :class:`_Base` holds every step that sends nothing (options, the
listing's start, the page mapping, the errors); :class:`SyncClient` and :class:`AsyncClient` hold only
the I/O, mirrored line for line (tests/unit/test_twins.py compares them).
"""

from __future__ import annotations

import contextlib
import copy
import sys
import typing
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Generic, Protocol, Self, Unpack

import httpx
from typing_extensions import TypeVar

from ._adapter import Adapter as Adapter  # re-exported: the provider modules import them from here
from ._adapter import AnyAdapter as AnyAdapter
from ._adapter import ClientT
from ._exceptions import ConfigurationError
from ._filters import drop_unset as drop_unset
from ._http import AsyncHTTP, Connection, SyncHTTP, build_async, build_sync, check_base_url
from ._lister import Lister, built, parsed, success
from ._operations import ListOperation as ListOperation
from ._operations import Operation, SuccessParser
from ._options import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    attempt_timeout,
    call_policy,
    checked_max_retries,
    unknown_options,
    whole,
)
from ._options import AsyncOptions as AsyncOptions
from ._options import CallOptions as CallOptions
from ._options import ClientOptions as ClientOptions
from ._options import SyncOptions as SyncOptions
from ._options import timeout_problem as timeout_problem
from ._page import ItemT, PageT, ResumeT
from ._page import ReviewPage as ReviewPage
from ._pagination import Args, afetch_checked, awalk_pages, fetch_checked, walk_pages
from ._retry import DEFAULT_MAX_RESPONSE_BYTES, RetryPolicy
from ._review import Review

ResultT = TypeVar("ResultT")
#: filters or a resume point held as data
_Held = Mapping[str, object] | None


class _Derivable(Protocol):
    def derived(self, policy: RetryPolicy, timeout: float | httpx.Timeout) -> Self: ...


HTTPT = TypeVar("HTTPT", bound=_Derivable)


class _Base(Generic[HTTPT, PageT, ItemT, ClientT, ResumeT]):
    """What a sync and an async client share: every step that sends nothing."""

    _adapter: Adapter[PageT, ItemT, ClientT]
    _http: HTTPT
    base_url: httpx.URL
    #: The generated client, sending through this client's auth, retries and error mapping: pass it
    #: as ``client=`` to any operation of the generated package (typed as the provider's ``Client``).
    generated: ClientT

    def _connection(self, adapter: Adapter[PageT, ItemT, ClientT], options: ClientOptions) -> Connection:
        """Check ``options`` and keep them; what this client's HTTP layer is built from."""
        self._adapter = adapter
        unknown_options(options, SyncOptions, "client")
        max_retries = checked_max_retries(options.get("max_retries", DEFAULT_MAX_RETRIES))
        base_url = options.get("base_url")
        allow_insecure = options.get("allow_insecure", False)
        max_bytes = options.get("max_response_bytes", DEFAULT_MAX_RESPONSE_BYTES)
        if not whole(max_bytes) or max_bytes < 1:
            raise ConfigurationError(f"max_response_bytes must be a positive number of bytes, not {max_bytes!r}")
        max_pages = options.get("max_pages")
        if max_pages is not None and (not whole(max_pages) or max_pages < 1):
            raise ConfigurationError(f"max_pages must be 1 or more (or None), not {max_pages!r}")
        url = check_base_url(base_url or adapter.production_url, allow_insecure=allow_insecure)
        policy = RetryPolicy(
            max_retries=max_retries,
            retryable_post=adapter.retryable_post,
            max_response_bytes=max_bytes,
            attempt_timeout=attempt_timeout(options.get("timeout", DEFAULT_TIMEOUT)),
            rate_limit=adapter.rate_limit(),
            provider=adapter.http.name,
            operation_of=adapter.http.operation_of,
            request_id_of=adapter.http.request_id,
        )
        self.base_url = url
        self._policy = policy
        self._timeout: float | httpx.Timeout = options.get("timeout", DEFAULT_TIMEOUT)
        self._max_pages = max_pages
        return Connection(adapter.http, url, adapter.auth(), self._timeout, policy, httpx.Headers(adapter.headers()))

    def _bind(self, http: HTTPT) -> None:
        self._http = http
        generated = self._adapter.generated_client(str(self.base_url).rstrip("/"))
        self._hand(generated, http)
        self.generated = generated

    def _hand(self, generated: ClientT, http: HTTPT) -> None:
        """Have the generated client send through ``http`` (each twin its own way)."""
        raise NotImplementedError

    def with_options(self, **options: Unpack[CallOptions]) -> Self:
        """This client with another ``timeout`` or ``max_retries``, for one call or a block::

            review = client.with_options(timeout=5, max_retries=0).get_review("r-1")
            with client.with_options(max_retries=10) as patient:
                for review in patient.reviews(...): ...

        It sends through this client's connection pool with its authentication (a token this client
        holds is used, not asked for again), headers, base URL and rate limit; this client is unchanged.
        Closing it leaves the pool open; closing this client closes the pool of both."""
        policy, timeout = call_policy(self._policy, self._timeout, options)
        derived = copy.copy(self)
        derived._policy = policy
        derived._timeout = timeout
        derived._bind(self._http.derived(policy, timeout))
        return derived

    def _request_id(self, response: httpx.Response) -> str | None:
        """The provider's id of the request ``response`` answers, where its spec says it sends one."""
        return self._adapter.http.request_id(response)

    @property
    def retries(self) -> int:
        """How many requests this client has retried so far."""
        return self._policy.retries

    def scope_of(self, filters: Mapping[str, object]) -> dict[str, object]:
        """The scope ``filters`` name (each of the provider's scope keys, None where unset), after checking
        them as ``reviews()`` does: an unknown name, a missing required one or a value of the wrong type
        is a UsageError. For filters held as data (a config file's); sends no request."""
        scope, _ = self._adapter.check_filters(dict(filters))
        return scope

    def _listing(
        self, resume: _Held, follow_changes: bool, filters: _Held, set_aside: bool
    ) -> tuple[Lister[PageT, ItemT, ResumeT], Args]:
        """A walk's lister and first page's arguments: the filters checked (a UsageError before any
        request), ``resume`` read back."""
        scope, args = self._adapter.check_filters(dict(filters or {}))
        lister: Lister[PageT, ItemT, ResumeT] = Lister(self._adapter, self.base_url, scope, follow_changes, set_aside)
        return lister, {**args, **self._adapter.from_resume(dict(resume or {}))}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url.copy_with(userinfo=b''))!r})"


RawT = TypeVar("RawT")


class WithRaw(Generic[RawT]):
    """A client's ``with_raw_response``: the raw namespace class it names as ``RawT``
    (``"<P>Raw[<Client>]"``), found from its bases when first asked for."""

    def _request_id(self, response: httpx.Response) -> str | None:
        raise NotImplementedError  # the client's (see _Base)

    @property
    def with_raw_response(self) -> RawT:
        """Each call's HTTP answer beside its value: ``client.with_raw_response.get_review(...)`` returns a
        RawResponse (status_code, headers, request_id; ``parse()`` the value); see :class:`RawResponse`."""
        kind = type(self)
        namespace = _RAW_NAMESPACES.get(kind) or _RAW_NAMESPACES.setdefault(kind, _raw_namespace(kind))
        raw: RawT = namespace(self)
        return raw


#: each client class's raw namespace class, found once
_RAW_NAMESPACES: dict[type, Callable[[Any], Any]] = {}


def _raw_namespace(cls: type) -> Callable[[Any], Any]:
    """The raw namespace class a client class names as its ``WithRaw`` base's ``RawT``."""
    for klass in cls.__mro__:
        for base in getattr(klass, "__orig_bases__", ()):
            origin, args = typing.get_origin(base), typing.get_args(base)
            if isinstance(origin, type) and issubclass(origin, WithRaw) and args:
                named: object = args[-1]
                if isinstance(named, typing.ForwardRef):
                    named = eval(named.__forward_arg__, vars(sys.modules[klass.__module__]))  # noqa: S307
                named = typing.get_origin(named) or named
                if isinstance(named, type):
                    return named
    raise TypeError(f"{cls.__name__} names no raw namespace (the last argument of its WithRaw base)")


class SyncClient(_Base[SyncHTTP, PageT, ItemT, ClientT, ResumeT]):
    """Base of the synchronous provider clients, generic in what the provider's generated package gives:

    ``PageT`` the list response model (what ``pages()`` yields and ``ReviewPage.raw`` is), ``ItemT`` the
    record model (``Review[ItemT].raw``), ``ClientT`` the generated ``Client`` (``generated``) and
    ``ResumeT`` the resume token (``ReviewPage.resume``, ``review_pages(resume=...)``). Each provider
    class takes ``reviews``, ``review_pages`` and ``pages``, typed with its filters, from its generated
    list operation's ``<Operation>Listing`` and implements their hooks.
    """

    def __init__(self, adapter: Adapter[PageT, ItemT, ClientT], **options: Unpack[SyncOptions]) -> None:
        self._bind(build_sync(self._connection(adapter, options), options.get("http_client")))

    def _hand(self, generated: ClientT, http: SyncHTTP) -> None:
        generated.set_httpx_client(http)

    def _call(self, operation: Operation[ResultT], *args: object, **kwargs: object) -> ResultT:
        """Call a generated operation; its documented success body, typed as the operation types it."""
        request = built(self._adapter, operation, lambda: operation.build_request(*args, **kwargs))
        return parsed(self._adapter, operation, self._http.request(**request))

    def _send(self, operation: SuccessParser[ResultT], build: Callable[[], Mapping[str, Any]]) -> ResultT:
        """Send the request ``build`` makes for a generated operation; its typed success body."""
        request = built(self._adapter, operation, build)
        return success(self._adapter, operation, self._http.request(**request))

    def review_pages_for(
        self,
        filters: Mapping[str, object],
        *,
        resume: Mapping[str, object] | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        set_aside: bool = False,
    ) -> Iterator[ReviewPage[PageT, ItemT, ResumeT]]:
        """The provider class's ``review_pages``, its filters given as one mapping (as a config file holds
        them), checked when called rather than by a type checker (see ``scope_of``). ``set_aside``: a record
        that cannot be read as a review goes to its page's ``rejects`` instead of failing the page."""
        return self._review_pages(resume, concurrency, follow_changes, filters, set_aside)

    def _review_pages(
        self, resume: _Held, concurrency: int, follow_changes: bool, filters: _Held, set_aside: bool = False
    ) -> Iterator[ReviewPage[PageT, ItemT, ResumeT]]:
        """Every page with its reviews and a resume point; ``resume`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports; see ``ChangeCursor``). The provider classes' ``review_pages`` type the
        filters; ``review_pages_for`` takes them as data."""
        lister, start = self._listing(resume, follow_changes, filters, set_aside)

        def send(call_args: Args) -> Any:
            with lister.reading():
                return lister.body(self._http.request(**lister.request_kwargs(call_args)))

        fetch = fetch_checked(send, lister.strategy, self._policy)
        walk = walk_pages(fetch, lister.strategy, start, concurrency, self._max_pages)
        with lister.walking(self._policy), contextlib.closing(walk):
            for body, next_args in walk:
                yield lister.page(body, next_args)

    def _pages(self, concurrency: int, filters: Mapping[str, object]) -> Iterator[PageT]:
        for page in self._review_pages(None, concurrency, False, filters):
            yield page.raw

    def _reviews(self, filters: Mapping[str, object], concurrency: int = 1) -> Iterator[Review[ItemT]]:
        for page in self._review_pages(None, concurrency, False, filters):
            yield from page.reviews

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


class AsyncClient(_Base[AsyncHTTP, PageT, ItemT, ClientT, ResumeT]):
    """Base of the asynchronous provider clients (generic as :class:`SyncClient`)."""

    def __init__(self, adapter: Adapter[PageT, ItemT, ClientT], **options: Unpack[AsyncOptions]) -> None:
        self._bind(build_async(self._connection(adapter, options), options.get("http_client")))

    def _hand(self, generated: ClientT, http: AsyncHTTP) -> None:
        generated.set_async_httpx_client(http)

    async def _call(self, operation: Operation[ResultT], *args: object, **kwargs: object) -> ResultT:
        """Call a generated operation; its documented success body, typed as the operation types it."""
        request = built(self._adapter, operation, lambda: operation.build_request(*args, **kwargs))
        return parsed(self._adapter, operation, await self._http.request(**request))

    async def _send(self, operation: SuccessParser[ResultT], build: Callable[[], Mapping[str, Any]]) -> ResultT:
        """Send the request ``build`` makes for a generated operation; its typed success body."""
        request = built(self._adapter, operation, build)
        return success(self._adapter, operation, await self._http.request(**request))

    async def _review_pages(
        self, resume: _Held, concurrency: int, follow_changes: bool, filters: _Held, set_aside: bool = False
    ) -> AsyncIterator[ReviewPage[PageT, ItemT, ResumeT]]:
        """The async twin of the sync base's ``_review_pages``: the pages of a listing, each checked and mapped."""
        lister, start = self._listing(resume, follow_changes, filters, set_aside)

        async def send(call_args: Args) -> Any:
            with lister.reading():
                return lister.body(await self._http.request(**lister.request_kwargs(call_args)))

        fetch = afetch_checked(send, lister.strategy, self._policy)
        walk = awalk_pages(fetch, lister.strategy, start, concurrency, self._max_pages)
        async with contextlib.aclosing(walk):
            with lister.walking(self._policy):
                async for body, next_args in walk:
                    yield lister.page(body, next_args)

    async def _pages(self, concurrency: int, filters: Mapping[str, object]) -> AsyncIterator[PageT]:
        async for page in self._review_pages(None, concurrency, False, filters):
            yield page.raw

    async def _reviews(self, filters: Mapping[str, object], concurrency: int = 1) -> AsyncIterator[Review[ItemT]]:
        async for page in self._review_pages(None, concurrency, False, filters):
            for review in page.reviews:
                yield review

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


#: A client of some provider, as the registry, the export and the load engines hold one.
AnySyncClient = SyncClient[Any, Any, Any, Any]
AnyAsyncClient = AsyncClient[Any, Any, Any, Any]
