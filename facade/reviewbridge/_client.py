"""What every provider client shares: construction, the generated client inside, paging, closing.

Listing takes a fast path: the generated operation builds the request (typed arguments, wire
encodings), the body is parsed once with orjson, reviews are mapped straight from it, and the typed
generated models (``ReviewPage.page``, ``Review.raw``) are built only when asked for.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import math
import types
import typing
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from types import ModuleType, TracebackType
from typing import Any, ClassVar, Protocol, Self, TypedDict, TypeVar, Unpack

import httpx
import orjson

from ._exceptions import ConfigurationError, ResponseParseError, UsageError
from ._gc import gc_paused
from ._http import ProviderHTTP, build_async, build_sync, check_base_url
from ._json import ShapeError
from ._pagination import (
    Args,
    PageNumber,
    Strategy,
    SuspectPage,
    afetch_checked,
    aiterate_pages,
    aiterate_pages_concurrently,
    fetch_checked,
    iterate_pages,
    iterate_pages_concurrently,
)
from ._review import Review
from ._transport import DEFAULT_MAX_RESPONSE_BYTES, RetryPolicy

Body = Any
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class ClientOptions(TypedDict, total=False):
    """Options every client takes besides its credentials."""

    base_url: str | None  # production when None
    timeout: float | httpx.Timeout  # seconds one attempt of a request may take in all (default 30)
    max_retries: int  # retries of a failed idempotent request (default 3)
    allow_insecure: bool  # allow plain http to a non-loopback host
    max_response_bytes: int  # largest response body accepted once decompressed (default 64 MiB)
    max_pages: int | None  # safety limit: a walk longer than this many pages is an error (default none)


class SyncOptions(ClientOptions, total=False):
    http_client: httpx.Client | None  # send through this client (its transport, proxies, hooks)


class AsyncOptions(ClientOptions, total=False):
    http_client: httpx.AsyncClient | None


class ReviewPage:
    """One page: its reviews, how to resume after it, and the list response it came in.

    ``resume`` holds the pagination arguments of the next page (JSON-serialisable), or None when this
    was the last page. Passing it back as ``review_pages(resume=...)`` continues exactly there.
    As on :class:`Review`, ``raw`` is the typed generated model and ``raw_json`` the JSON as sent.
    """

    __slots__ = ("__dict__", "raw_json", "resume", "reviews")

    def __init__(self, raw_json: Body, reviews: list[Review], resume: dict[str, Any] | None, page_model: Any) -> None:
        self.raw_json = raw_json
        self.reviews = reviews
        self.resume = resume
        self._page_model = page_model

    @functools.cached_property
    def raw(self) -> Any:
        """The generated model of the list response (built on first access)."""
        return self._page_model.from_dict(self.raw_json)


def _model(package: str, name: str) -> Any:
    """A generated model class, imported on first use."""
    return getattr(importlib.import_module(f"{package}.models"), name)


_TYPE_NAMES: dict[object, str] = {
    str: "a string",
    int: "a whole number",
    bool: "true or false",
    float: "a number",
    dt.datetime: "a datetime",
    dt.date: "a date",
}


def _describe(annotation: object) -> str:
    if typing.get_origin(annotation) in (types.UnionType, typing.Union):
        return " or ".join(_describe(a) for a in typing.get_args(annotation))
    if typing.get_origin(annotation) is list:
        return f"a list of {_describe(typing.get_args(annotation)[0])}"
    return _TYPE_NAMES.get(annotation, str(annotation))


def _fits(value: object, annotation: object) -> bool:
    """Whether ``value`` has the type a filter's annotation names (the kinds filters use)."""
    origin = typing.get_origin(annotation)
    if origin in (types.UnionType, typing.Union):
        return any(_fits(value, a) for a in typing.get_args(annotation))
    if origin is list:
        (inner,) = typing.get_args(annotation)
        return isinstance(value, list | tuple) and all(_fits(v, inner) for v in value)
    if annotation is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if annotation is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if isinstance(annotation, type):
        return isinstance(value, annotation)
    return True


def check_types(what: str, known: Mapping[str, object], values: Mapping[str, object]) -> None:
    """A UsageError naming the first of ``values`` whose type is not the one ``known`` gives its name."""
    for name, value in values.items():
        if name in known and not _fits(value, known[name]):
            raise UsageError(f"{what}: {name} must be {_describe(known[name])}, not {type(value).__name__} {value!r}")


class Operation(Protocol[T_co]):
    """A generated operation module as the facade calls it: its operationId and its typed success parser
    (``build_request`` differs per operation: the caller builds the request)."""

    @property
    def OPERATION_ID(self) -> str: ...  # the generated module's constant

    def parse_success(self, response: httpx.Response) -> T_co: ...


class Adapter:
    """A provider's quirks, in one place. Subclasses fill in the class attributes and hooks."""

    name: ClassVar[str]
    package: ClassVar[str]
    tag: ClassVar[str]
    production_url: ClassVar[str]
    list_operation: ClassVar[str]
    list_model: ClassVar[str]
    item_model: ClassVar[str]
    http: ClassVar[ProviderHTTP]
    resume_args: ClassVar[tuple[str, ...]]
    filters: ClassVar[type]  # a TypedDict naming the list operation's scope and filters
    scope_keys: ClassVar[tuple[str, ...]]

    def operation(self, name: str) -> ModuleType:
        return importlib.import_module(f"{self.package}.api.{self.tag}.{name}")

    def generated_client(self, base_url: httpx.URL) -> Any:
        return importlib.import_module(self.package).Client(base_url=str(base_url).rstrip("/"))

    def check_filters(self, filters: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """(scope, arguments of the list operation) from user filters.

        Unknown names, missing required ones and values of the wrong type are a UsageError, before any
        request is sent."""
        known = self.filter_types()
        unknown = sorted(set(filters) - set(known))
        if unknown:
            raise UsageError(f"{self.name}: unknown filter(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        filters = {k: v for k, v in filters.items() if v is not None}
        missing = sorted(k for k in self.required_filters() if k not in filters)
        if missing:
            raise UsageError(f"{self.name}: missing required argument(s) {', '.join(missing)}")
        check_types(self.name, known, filters)
        scope = {k: filters.get(k) for k in self.scope_keys}
        try:
            return scope, self.list_args(filters)
        except ValueError as exc:
            raise UsageError(f"{self.name}: invalid filter value: {exc}") from None

    @classmethod
    @functools.cache
    def filter_types(cls) -> dict[str, object]:
        """Each filter's name and type, from the ``filters`` TypedDict."""
        return typing.get_type_hints(cls.filters)

    @classmethod
    @functools.cache
    def required_filters(cls) -> frozenset[str]:
        # Read from the annotations: under postponed evaluation the TypedDict's own
        # __required_keys__ cannot see ``Required[...]``.
        hints = typing.get_type_hints(cls.filters, include_extras=True)
        return frozenset(k for k, v in hints.items() if typing.get_origin(v) is typing.Required)

    def list_args(self, filters: dict[str, Any]) -> dict[str, Any]:
        """Convert user filter values to the generated operation's argument types."""
        return filters

    def from_resume(self, resume: dict[str, Any]) -> dict[str, Any]:
        """A resume point (as ``ReviewPage.resume`` gave it, JSON-ready) as list-operation arguments."""
        return resume

    def strategy(self, base_url: httpx.URL, *, follow_changes: bool = False) -> Strategy[Body]:
        """The provider's pagination; ``follow_changes`` asks for one that neither skips nor repeats
        records changing during the walk, where the provider's documented one could."""
        raise NotImplementedError

    def to_review(self, item: dict[str, Any], scope: dict[str, Any]) -> Review:
        raise NotImplementedError

    def retryable_post(self, request: httpx.Request) -> bool:
        return False

    def auth(self) -> httpx.Auth:
        raise NotImplementedError

    def headers(self) -> dict[str, str]:
        return {}

    @functools.cached_property
    def models(self) -> tuple[Any, Any]:
        return _model(self.package, self.list_model), _model(self.package, self.item_model)


def _parsed(adapter: Adapter, operation: str, module: ModuleType, client: Any, response: httpx.Response) -> Any:
    """The typed body of a response; a ResponseParseError (status and bytes kept) if it cannot be read."""
    try:
        parsed = module.parse_response(client=client, response=response)
    except _MAPPING_ERRORS as exc:
        raise _shape_failure(adapter, operation, exc, response) from None
    if parsed is None and response.status_code != 204:
        raise ResponseParseError(
            f"{adapter.name} {_operation_id(adapter, operation)}: HTTP {response.status_code} is not an answer this "
            "operation documents",
            provider=adapter.name,
            operation=_operation_id(adapter, operation),
            status_code=response.status_code,
            body=response.content,
        )
    return parsed


def _built(adapter: Adapter, operation: Operation[object], build: Callable[[], Mapping[str, Any]]) -> Mapping[str, Any]:
    """The request ``build`` makes from the caller's arguments; a UsageError if it cannot be built."""
    try:
        return build()
    except (TypeError, ValueError, AttributeError) as exc:
        what = f"{adapter.name} {operation.OPERATION_ID}"
        raise UsageError(f"{what}: invalid argument ({type(exc).__name__}: {exc})") from None


def _success(adapter: Adapter, operation: Operation[T], response: httpx.Response) -> T:
    """The typed body of a success answer (error statuses raised already); a ResponseParseError, status and
    bytes kept, for a body of the wrong shape or a success status the operation does not document."""
    try:
        return operation.parse_success(response)
    except Exception as exc:  # it reads only the server's answer: any failure is a bad answer
        raise ResponseParseError(
            f"{adapter.name} {operation.OPERATION_ID}: HTTP {response.status_code} is not an answer this operation "
            f"documents ({type(exc).__name__}: {str(exc)[:200]})",
            provider=adapter.name,
            operation=str(operation.OPERATION_ID),
            status_code=response.status_code,
            body=response.content,
        ) from None


def _operation_id(adapter: Adapter, operation: str) -> str:
    # Name the operation as status errors do: the spec's operationId (generated), not the module's name.
    return str(adapter.operation(operation).OPERATION_ID)


def _shape_failure(
    adapter: Adapter, operation: str, exc: Exception, response: httpx.Response | None
) -> ResponseParseError:
    """A ResponseParseError for a body of the wrong shape, with the status and raw bytes it came with."""
    operation = _operation_id(adapter, operation)
    return ResponseParseError(
        f"{adapter.name} {operation}: the response does not have the documented shape ({type(exc).__name__}: {exc})",
        provider=adapter.name,
        operation=operation,
        status_code=response.status_code if response is not None else 0,
        body=response.content if response is not None else b"",
    )


def _suspect_failure(
    adapter: Adapter, operation: str, exc: SuspectPage, attempts: int, response: httpx.Response | None
) -> ResponseParseError:
    operation = _operation_id(adapter, operation)
    return ResponseParseError(
        f"{adapter.name} {operation}: {exc} (asked {attempts} times); a walk ends only on the documented end "
        "of the list, so it stops here with an error rather than skip what follows",
        provider=adapter.name,
        operation=operation,
        status_code=exc.status_code if exc.status_code is not None else response.status_code if response else 0,
        body=exc.body if exc.body is not None else response.content if response is not None else b"",
    )


def _record_label(index: int, item: object) -> str:
    """Which record of a page: its position and the start of its JSON (control characters dropped)."""
    try:
        start = orjson.dumps(item)[:80].decode("utf-8", "replace")
    except TypeError:
        start = type(item).__name__
    return f"record {index + 1} on the page ({''.join(c for c in start if c.isprintable())}...)"


def _usage_failure(adapter: Adapter, operation: str, exc: Exception) -> UsageError:
    name = _operation_id(adapter, operation)
    return UsageError(f"{adapter.name} {name}: invalid argument ({type(exc).__name__}: {exc})")


#: what reading a record of the wrong shape raises (the mapping reads only the server's data)
_MAPPING_ERRORS = (ShapeError, KeyError, TypeError, AttributeError, ValueError, OverflowError)


class _Lister:
    """Turns list responses into ReviewPages (shared by the sync and async clients)."""

    def __init__(self, adapter: Adapter, base_url: httpx.URL, scope: dict[str, Any], follow_changes: bool) -> None:
        self.adapter = adapter
        self.scope = scope
        self.strategy = adapter.strategy(base_url, follow_changes=follow_changes)
        self.module = adapter.operation(adapter.list_operation)
        self.operation = adapter.list_operation
        # The response each body in flight came in (by the body's identity), so a shape failure can
        # report its status and bytes; ``last`` for failures the pagination drivers find.
        self._responses: dict[int, httpx.Response] = {}
        self.last: httpx.Response | None = None

    def request_kwargs(self, args: Args) -> dict[str, Any]:
        try:
            return dict(self.module.build_request(**args))
        except (TypeError, ValueError, AttributeError) as exc:  # built from the caller's arguments only
            raise _usage_failure(self.adapter, self.operation, exc) from None

    def body(self, response: httpx.Response) -> Body:
        if not response.content:
            raise SuspectPage(
                f"HTTP {response.status_code} with an empty body", status_code=response.status_code, body=b""
            )
        body = response.json()
        self._responses[id(body)] = response
        self.last = response
        return body

    def failure(self, exc: Exception, response: httpx.Response | None = None) -> ResponseParseError:
        return _shape_failure(self.adapter, self.operation, exc, response or self.last)

    def suspect(self, exc: SuspectPage, attempts: int) -> ResponseParseError:
        return _suspect_failure(self.adapter, self.operation, exc, attempts, self.last)

    def page(self, body: Body, next_args: Args | None) -> ReviewPage:
        adapter = self.adapter
        response = self._responses.pop(id(body), None)
        records = self.strategy.items(body)
        try:
            with gc_paused():
                reviews = [adapter.to_review(item, self.scope) for item in records]
        except _MAPPING_ERRORS:
            reviews = []
            for index, item in enumerate(records):  # again, one by one, to name the record at fault
                try:
                    reviews.append(adapter.to_review(item, self.scope))
                except _MAPPING_ERRORS as exc:
                    raise self.failure(ShapeError(f"{_record_label(index, item)}: {exc}"), response) from None
        resume = None
        if next_args is not None:  # JSON-ready: timestamps as ISO 8601 (list_args reads them back)
            resume = {
                k: v.isoformat() if isinstance(v, dt.datetime) else v
                for k, v in next_args.items()
                if k in adapter.resume_args
            }
        return ReviewPage(body, reviews, resume, adapter.models[0])


DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 3


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _attempt_timeout(timeout: object) -> float | None:
    """Seconds one attempt may take in all: the timeout given, or an ``httpx.Timeout``'s longest phase."""
    if isinstance(timeout, httpx.Timeout):
        phases = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None]
        return max(phases) if phases else None
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not math.isfinite(timeout) or timeout <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds (or an httpx.Timeout), not {timeout!r}")
    return float(timeout)


class _Base:
    adapter: Adapter
    base_url: httpx.URL

    def _setup(self, options: ClientOptions) -> tuple[httpx.URL, RetryPolicy]:
        unknown = sorted(set(options) - set(SyncOptions.__annotations__))
        if unknown:
            raise ConfigurationError(f"unknown client option(s): {', '.join(unknown)}")
        max_retries = options.get("max_retries", DEFAULT_MAX_RETRIES)
        base_url = options.get("base_url")
        allow_insecure = options.get("allow_insecure", False)
        if not _whole(max_retries) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be 0 or more, not {max_retries!r}")
        max_bytes = options.get("max_response_bytes", DEFAULT_MAX_RESPONSE_BYTES)
        if not _whole(max_bytes) or max_bytes < 1:
            raise ConfigurationError(f"max_response_bytes must be a positive number of bytes, not {max_bytes!r}")
        max_pages = options.get("max_pages")
        if max_pages is not None and (not _whole(max_pages) or max_pages < 1):
            raise ConfigurationError(f"max_pages must be 1 or more (or None), not {max_pages!r}")
        url = check_base_url(base_url or self.adapter.production_url, allow_insecure=allow_insecure)
        policy = RetryPolicy(
            max_retries=max_retries,
            retryable_post=self.adapter.retryable_post,
            max_response_bytes=max_bytes,
            attempt_timeout=_attempt_timeout(options.get("timeout", DEFAULT_TIMEOUT)),
        )
        self.base_url = url
        self._policy = policy
        self._max_pages = max_pages
        return url, policy

    @property
    def retries(self) -> int:
        """How many requests this client has retried so far."""
        return self._policy.retries

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url.copy_with(userinfo=b''))!r})"


class SyncClient(_Base):
    """Base of the synchronous provider clients."""

    def __init__(self, adapter: Adapter, **options: Unpack[SyncOptions]) -> None:
        self.adapter = adapter
        url, policy = self._setup(options)
        self._http = build_sync(
            adapter.http,
            base_url=url,
            auth=adapter.auth(),
            timeout=options.get("timeout", DEFAULT_TIMEOUT),
            policy=policy,
            http_client=options.get("http_client"),
            headers=adapter.headers(),
        )
        #: The generated client, sending through this client's auth, retries and error mapping:
        #: pass it as ``client=`` to any operation of the generated package.
        self.generated = self.adapter.generated_client(url).set_httpx_client(self._http)

    def _call(self, operation: str, *args: Any, **kwargs: Any) -> Any:
        """Call a generated operation by module name; the provider's public method types the result."""
        module = self.adapter.operation(operation)
        try:
            request = module.build_request(*args, **kwargs)
        except (TypeError, ValueError, AttributeError) as exc:
            raise _usage_failure(self.adapter, operation, exc) from None
        return _parsed(self.adapter, operation, module, self.generated, self._http.request(**request))

    def _send(self, operation: Operation[T], build: Callable[[], Mapping[str, Any]]) -> T:
        """Send the request ``build`` makes for a generated operation; its typed success body."""
        request = _built(self.adapter, operation, build)
        return _success(self.adapter, operation, self._http.request(**request))

    def review_pages(
        self,
        *,
        resume: dict[str, Any] | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        **filters: Any,
    ) -> Iterator[ReviewPage]:
        """Every page with its reviews and a resume point; ``resume=`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports; see ``ChangeCursor``)."""
        scope, args = self.adapter.check_filters(filters)
        lister = _Lister(self.adapter, self.base_url, scope, follow_changes)

        def send(call_args: Args) -> Body:
            try:
                return lister.body(self._http.request(**lister.request_kwargs(call_args)))
            except ResponseParseError as exc:  # a body that is not JSON (cut short, say): fetched again
                raise SuspectPage(exc.message.partition(": ")[2], status_code=exc.status_code, body=exc.body) from None

        fetch = fetch_checked(send, lister.strategy, self._policy)
        start = {**args, **self.adapter.from_resume(resume or {})}
        # The pagination drivers read each body too (its items, its next cursor or link): a body of the
        # wrong shape found there is a ResponseParseError like one found by lister.page.
        try:
            if concurrency > 1 and isinstance(lister.strategy, PageNumber):
                pages = iterate_pages_concurrently(
                    fetch, lister.strategy, start, concurrency=concurrency, max_pages=self._max_pages
                )
                for body in pages:
                    yield lister.page(body, None)
                return
            for body, next_args in iterate_pages(fetch, lister.strategy, start, max_pages=self._max_pages):
                yield lister.page(body, next_args)
        except SuspectPage as exc:
            raise lister.suspect(exc, self._policy.max_retries + 1) from None
        except ShapeError as exc:
            raise lister.failure(exc) from None

    def pages(self, *, concurrency: int = 1, **filters: Any) -> Iterator[Any]:
        """Every page as the generated list response model."""
        for page in self.review_pages(concurrency=concurrency, **filters):
            yield page.raw

    def _reviews(self, filters: dict[str, Any]) -> Iterator[Review]:
        concurrency = filters.pop("concurrency", 1)
        for page in self.review_pages(concurrency=concurrency, **filters):
            yield from page.reviews

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


class AsyncClient(_Base):
    """Base of the asynchronous provider clients."""

    def __init__(self, adapter: Adapter, **options: Unpack[AsyncOptions]) -> None:
        self.adapter = adapter
        url, policy = self._setup(options)
        self._http = build_async(
            adapter.http,
            base_url=url,
            auth=adapter.auth(),
            timeout=options.get("timeout", DEFAULT_TIMEOUT),
            policy=policy,
            http_client=options.get("http_client"),
            headers=adapter.headers(),
        )
        self.generated = self.adapter.generated_client(url).set_async_httpx_client(self._http)

    async def _call(self, operation: str, *args: Any, **kwargs: Any) -> Any:
        """Call a generated operation by module name; the provider's public method types the result."""
        module = self.adapter.operation(operation)
        try:
            request = module.build_request(*args, **kwargs)
        except (TypeError, ValueError, AttributeError) as exc:
            raise _usage_failure(self.adapter, operation, exc) from None
        return _parsed(self.adapter, operation, module, self.generated, await self._http.request(**request))

    async def _send(self, operation: Operation[T], build: Callable[[], Mapping[str, Any]]) -> T:
        """Send the request ``build`` makes for a generated operation; its typed success body."""
        request = _built(self.adapter, operation, build)
        return _success(self.adapter, operation, await self._http.request(**request))

    async def review_pages(
        self,
        *,
        resume: dict[str, Any] | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        **filters: Any,
    ) -> AsyncIterator[ReviewPage]:
        """Every page with its reviews and a resume point; ``resume=`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports; see ``ChangeCursor``)."""
        scope, args = self.adapter.check_filters(filters)
        lister = _Lister(self.adapter, self.base_url, scope, follow_changes)

        async def send(call_args: Args) -> Body:
            try:
                return lister.body(await self._http.request(**lister.request_kwargs(call_args)))
            except ResponseParseError as exc:  # see SyncClient.review_pages
                raise SuspectPage(exc.message.partition(": ")[2], status_code=exc.status_code, body=exc.body) from None

        fetch = afetch_checked(send, lister.strategy, self._policy)
        start = {**args, **self.adapter.from_resume(resume or {})}
        try:  # see SyncClient.review_pages
            if concurrency > 1 and isinstance(lister.strategy, PageNumber):
                pages = aiterate_pages_concurrently(
                    fetch, lister.strategy, start, concurrency=concurrency, max_pages=self._max_pages
                )
                async for body in pages:
                    yield lister.page(body, None)
                return
            async for body, next_args in aiterate_pages(fetch, lister.strategy, start, max_pages=self._max_pages):
                yield lister.page(body, next_args)
        except SuspectPage as exc:
            raise lister.suspect(exc, self._policy.max_retries + 1) from None
        except ShapeError as exc:
            raise lister.failure(exc) from None

    async def pages(self, *, concurrency: int = 1, **filters: Any) -> AsyncIterator[Any]:
        """Every page as the generated list response model."""
        async for page in self.review_pages(concurrency=concurrency, **filters):
            yield page.raw

    async def _reviews(self, filters: dict[str, Any]) -> AsyncIterator[Review]:
        concurrency = filters.pop("concurrency", 1)
        async for page in self.review_pages(concurrency=concurrency, **filters):
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


def drop_unset(**kwargs: Any) -> dict[str, Any]:
    """Keyword arguments without the ones left at None (the generated code's UNSET default applies)."""
    return {k: v for k, v in kwargs.items() if v is not None}
