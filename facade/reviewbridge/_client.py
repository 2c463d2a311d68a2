"""What every provider client shares: construction, the generated client inside, paging, closing.

Listing takes a fast path: the generated operation builds the request (typed arguments, wire
encodings), the body is parsed once with orjson, reviews are mapped straight from it, and the typed
generated models (``ReviewPage.page``, ``Review.raw``) are built only when asked for.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from collections.abc import AsyncIterator, Iterator
from types import ModuleType, TracebackType
from typing import Any, ClassVar, Self, TypedDict, Unpack

import httpx

from ._exceptions import ConfigurationError, ResponseParseError
from ._http import ProviderHTTP, build_async, build_sync, check_base_url
from ._pagination import (
    Args,
    PageNumber,
    Strategy,
    aiterate_pages,
    aiterate_pages_concurrently,
    iterate_pages,
    iterate_pages_concurrently,
)
from ._providers._common import ShapeError, model
from ._review import Review
from ._transport import RetryPolicy

Body = Any


class ClientOptions(TypedDict, total=False):
    """Options every client takes besides its credentials."""

    base_url: str | None  # production when None
    timeout: float | httpx.Timeout  # seconds per request (default 30)
    max_retries: int  # retries of a failed idempotent request (default 3)
    allow_insecure: bool  # allow plain http to a non-loopback host


class SyncOptions(ClientOptions, total=False):
    http_client: httpx.Client | None  # send through this client (its transport, proxies, hooks)


class AsyncOptions(ClientOptions, total=False):
    http_client: httpx.AsyncClient | None


class ReviewPage:
    """One page: its reviews, how to resume after it, and its typed generated response.

    ``resume`` holds the pagination arguments of the next page (JSON-serialisable), or None when this
    was the last page. Passing it back as ``review_pages(resume=...)`` continues exactly there.
    """

    __slots__ = ("__dict__", "body", "resume", "reviews")

    def __init__(self, body: Body, reviews: list[Review], resume: dict[str, Any] | None, page_model: Any) -> None:
        self.body = body
        self.reviews = reviews
        self.resume = resume
        self._page_model = page_model

    @functools.cached_property
    def page(self) -> Any:
        """The generated model of the list response (built on first access)."""
        return self._page_model.from_dict(self.body)


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
        """(scope, arguments of the list operation) from user filters; unknown names are refused."""
        known = self.filters.__annotations__
        unknown = sorted(set(filters) - set(known))
        if unknown:
            raise ConfigurationError(
                f"{self.name}: unknown filter(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
        filters = {k: v for k, v in filters.items() if v is not None}
        missing = sorted(k for k in getattr(self.filters, "__required_keys__", ()) if k not in filters)
        if missing:
            raise ConfigurationError(f"{self.name}: missing required argument(s) {', '.join(missing)}")
        scope = {k: filters.get(k) for k in self.scope_keys}
        try:
            return scope, self.list_args(filters)
        except (ValueError, TypeError) as exc:
            raise ConfigurationError(f"{self.name}: invalid filter value: {exc}") from None

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
        return model(self.package, self.list_model), model(self.package, self.item_model)


def _parsed(adapter: Adapter, operation: str, response: Any) -> Any:
    """The typed body of a generated ``Response``; a ResponseParseError if the client could not read it."""
    parsed = response.parsed
    if parsed is None and response.status_code != 204:
        raise ResponseParseError(
            f"{adapter.name} {operation}: HTTP {response.status_code} is not an answer this operation documents",
            provider=adapter.name,
            operation=operation,
            status_code=response.status_code,
            body=response.content,
        )
    return parsed


def _shape_failure(adapter: Adapter, operation: str, exc: Exception, content: bytes = b"") -> ResponseParseError:
    # Name the operation as status errors do: the spec's operationId, not the generated module's name.
    head, *rest = operation.split("_")
    operation = head + "".join(word[:1].upper() + word[1:] for word in rest)
    return ResponseParseError(
        f"{adapter.name} {operation}: the response does not have the documented shape ({type(exc).__name__}: {exc})",
        provider=adapter.name,
        operation=operation,
        status_code=200,
        body=content,
    )


class _Lister:
    """Turns list responses into ReviewPages (shared by the sync and async clients)."""

    def __init__(self, adapter: Adapter, base_url: httpx.URL, scope: dict[str, Any], follow_changes: bool) -> None:
        self.adapter = adapter
        self.scope = scope
        self.strategy = adapter.strategy(base_url, follow_changes=follow_changes)
        self.module = adapter.operation(adapter.list_operation)
        self.operation = adapter.list_operation

    def request_kwargs(self, args: Args) -> dict[str, Any]:
        return dict(self.module.build_request(**args))

    def body(self, response: httpx.Response) -> Body:
        return response.json() if response.content else {}

    def page(self, body: Body, next_args: Args | None) -> ReviewPage:
        adapter = self.adapter
        try:
            reviews = [adapter.to_review(item, self.scope) for item in self.strategy.items(body)]
        except (ShapeError, KeyError, TypeError, AttributeError) as exc:
            raise _shape_failure(adapter, self.operation, exc) from None
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
        if max_retries < 0:
            raise ConfigurationError(f"max_retries must be 0 or more, not {max_retries}")
        url = check_base_url(base_url or self.adapter.production_url, allow_insecure=allow_insecure)
        policy = RetryPolicy(max_retries=max_retries, retryable_post=self.adapter.retryable_post)
        self.base_url = url
        self._policy = policy
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

    def call(self, operation: str, *args: Any, **kwargs: Any) -> Any:
        """Call a generated operation by module name and return its typed result."""
        module = self.adapter.operation(operation)
        try:
            response = module.sync_detailed(*args, client=self.generated, **kwargs)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _shape_failure(self.adapter, operation, exc) from exc
        return _parsed(self.adapter, operation, response)

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

        def fetch(call_args: Args) -> Body:
            return lister.body(self._http.request(**lister.request_kwargs(call_args)))

        start = {**args, **self.adapter.from_resume(resume or {})}
        # The pagination drivers read each body too (its items, its next cursor or link): a body of the
        # wrong shape found there is a ResponseParseError like one found by lister.page.
        try:
            if concurrency > 1 and isinstance(lister.strategy, PageNumber):
                for body in iterate_pages_concurrently(fetch, lister.strategy, start, concurrency=concurrency):
                    yield lister.page(body, None)
                return
            for body, next_args in iterate_pages(fetch, lister.strategy, start):
                yield lister.page(body, next_args)
        except (ShapeError, KeyError, TypeError, AttributeError) as exc:
            raise _shape_failure(self.adapter, lister.operation, exc) from None

    def pages(self, *, concurrency: int = 1, **filters: Any) -> Iterator[Any]:
        """Every page as the generated list response model."""
        for page in self.review_pages(concurrency=concurrency, **filters):
            yield page.page

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

    async def call(self, operation: str, *args: Any, **kwargs: Any) -> Any:
        """Call a generated operation by module name and return its typed result."""
        module = self.adapter.operation(operation)
        try:
            response = await module.asyncio_detailed(*args, client=self.generated, **kwargs)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _shape_failure(self.adapter, operation, exc) from exc
        return _parsed(self.adapter, operation, response)

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

        async def fetch(call_args: Args) -> Body:
            return lister.body(await self._http.request(**lister.request_kwargs(call_args)))

        start = {**args, **self.adapter.from_resume(resume or {})}
        try:  # see SyncClient.review_pages
            if concurrency > 1 and isinstance(lister.strategy, PageNumber):
                async for body in aiterate_pages_concurrently(fetch, lister.strategy, start, concurrency=concurrency):
                    yield lister.page(body, None)
                return
            async for body, next_args in aiterate_pages(fetch, lister.strategy, start):
                yield lister.page(body, next_args)
        except (ShapeError, KeyError, TypeError, AttributeError) as exc:
            raise _shape_failure(self.adapter, lister.operation, exc) from None

    async def pages(self, *, concurrency: int = 1, **filters: Any) -> AsyncIterator[Any]:
        """Every page as the generated list response model."""
        async for page in self.review_pages(concurrency=concurrency, **filters):
            yield page.page

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
