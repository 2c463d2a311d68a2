"""What every provider client shares: construction, the generated client inside, paging, closing.

Listing takes a fast path: the generated operation builds the request (typed arguments, wire
encodings), the body is parsed once (msgspec, numbers exact), reviews are mapped straight from it, and the typed
generated models (``ReviewPage.raw``, ``Review.raw``) are built only when asked for.

The clients are generic in what their provider's generated package gives them: the list page model,
the record model, the generated ``Client`` and the resume token (see :class:`SyncClient`). Each
provider module names its generated modules in typed imports, made on first use: importing every
generated package with reviewbridge would double its import time.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import types
import typing
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, ClassVar, Generic, NamedTuple, Protocol, Required, Self, TypedDict, Unpack, cast

import httpx
from typing_extensions import TypeVar

from ._exceptions import ConfigurationError, ResponseParseError, UsageError
from ._gc import gc_paused
from ._http import AsyncHTTP, ProviderHTTP, SyncHTTP, build_async, build_sync, check_base_url
from ._json import FromJSON, JSONObject, ShapeError, dumps
from ._options import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    attempt_timeout,
    call_policy,
    checked_max_retries,
    unknown_options,
    whole,
)
from ._options import AsyncOptions as AsyncOptions  # re-exported: the provider modules import them from here
from ._options import CallOptions as CallOptions
from ._options import ClientOptions as ClientOptions
from ._options import SyncOptions as SyncOptions
from ._options import timeout_problem as timeout_problem
from ._pagination import (
    Args,
    Descriptor,
    PageNumber,
    Strategy,
    SuspectPage,
    afetch_checked,
    aiterate_pages,
    aiterate_pages_concurrently,
    fetch_checked,
    iterate_pages,
    iterate_pages_concurrently,
    strategy_for,
)
from ._ratelimit import RateLimit
from ._retry import DEFAULT_MAX_RESPONSE_BYTES, RetryPolicy
from ._review import Review
from ._timestamps import parse_iso8601

Body = Any
#: what a raw page keeps of the response it came in: status, headers, the provider's request id
ResponseHead = tuple[int, httpx.Headers, "str | None"]

#: The generated model of a list response, of one record, the generated ``Client``, the resume token
#: (the defaults: a client of any provider, as the export engine holds one).
PageT = TypeVar("PageT", default=object)
ItemT = TypeVar("ItemT", default=object)
ClientT = TypeVar("ClientT", bound="GeneratedClient", default="GeneratedClient")
ResumeT = TypeVar("ResumeT", bound="Mapping[str, object] | None", default="Mapping[str, object] | None")
ResultT = TypeVar("ResultT")
ResultT_co = TypeVar("ResultT_co", covariant=True)


class RequestKwargs(TypedDict, total=False):
    """What a generated operation's ``build_request`` returns (the generated packages' ``RequestKwargs``)."""

    method: Required[str]
    url: Required[str]
    params: dict[str, Any]
    headers: dict[str, Any]
    cookies: dict[str, Any]
    json: Any
    data: Any
    content: Any
    files: Any


class SuccessParser(Protocol[ResultT_co]):
    """An operation as ``_send`` calls it: its operationId and its typed success parser (the caller
    builds the request). A generated operation module is one; so is a facade reading of one."""

    @property
    def OPERATION_ID(self) -> str: ...

    def parse_success(self, response: httpx.Response, /) -> ResultT_co: ...


class Operation(SuccessParser[ResultT_co], Protocol[ResultT_co]):
    """A generated operation module (``<package>.api.<tag>.<operation>``), as the facade uses it.

    Modules satisfy protocols: a generated operation module (``<p>_client.api.<tag>.<operation>``)
    is an ``Operation[<its list model>]`` to mypy, checked against the generated signatures."""

    @property
    def SUCCESS_STATUSES(self) -> frozenset[int]: ...

    @property
    def build_request(self) -> Callable[..., RequestKwargs]: ...


class ListOperation(Operation[ResultT_co], Protocol[ResultT_co]):
    """A generated list (GET) operation: also turns its generated ``<Operation>Filters`` into arguments,
    and says how it pages (``PAGINATION``, the spec's descriptor) below which path."""

    @property
    def filter_arguments(self) -> Callable[..., Mapping[str, object]]: ...

    @property
    def PATH(self) -> str: ...

    @property
    def PAGINATION(self) -> Descriptor: ...


class GeneratedClient(Protocol):
    """What the facade does with a generated ``Client``: hand it the facade's own HTTP clients."""

    def set_httpx_client(self, client: httpx.Client, /) -> object: ...

    def set_async_httpx_client(self, async_client: httpx.AsyncClient, /) -> object: ...


class Rejected(NamedTuple):
    """A record of a page that could not be read as a review: why, and the record as the server sent it."""

    reason: str
    record: object


class ReviewPage(Generic[PageT, ItemT, ResumeT]):
    """One page: its reviews, how to resume after it, and the list response it came in.

    ``resume`` holds the pagination arguments of the next page (a JSON-serialisable TypedDict, the
    provider's ``<Name>Resume``), or None when this was the last page. Passing it back as ``review_pages(resume=...)``
    continues exactly there. As on :class:`Review`, ``raw`` is the typed generated model of the list
    response and ``raw_json`` the JSON as sent. A provider client types all three: its ``review_pages()``
    yields ``ReviewPage[<list model>, <record model>, <Name>Resume]``.
    """

    __slots__ = ("__dict__", "_answer", "_page_model", "content", "raw_json", "rejects", "resume", "reviews")

    def __init__(
        self,
        raw_json: JSONObject,
        reviews: list[Review[ItemT]],
        resume: ResumeT | None,
        page_model: FromJSON[PageT],
        rejects: list[Rejected] | None = None,
        answer: ResponseHead | None = None,
        content: bytes | None = None,
    ) -> None:
        self.raw_json = raw_json
        self.reviews = reviews
        self.resume = resume
        self._page_model = page_model
        #: the records of the page that could not be read as reviews (``review_pages_for(set_aside=True)``)
        self.rejects: list[Rejected] = rejects or []
        #: the status, headers and request id of the response the page came in (for raw pages)
        self._answer = answer
        #: the body as the server sent it (content encoding undone), kept only for walks that set records
        #: aside (``review_pages_for(set_aside=True)``): their rejects carry their bytes as sent
        self.content = content

    @functools.cached_property
    def raw(self) -> PageT:
        """The generated model of the list response (built on first access)."""
        return self._page_model.from_dict(self.raw_json)


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


def checked_filters(
    what: str, filters_type: type[Mapping[str, object]], filters: Mapping[str, object]
) -> dict[str, Any]:
    """``filters`` without the ones left at None, checked against the TypedDict naming them: an unknown
    name, a missing required one or a value of the wrong type is a UsageError (before any request)."""
    known = _filter_types(filters_type)
    unknown = sorted(set(filters) - set(known))
    if unknown:
        raise UsageError(f"{what}: unknown filter(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    values = {k: v for k, v in filters.items() if v is not None}
    missing = sorted(k for k in _required_filters(filters_type) if k not in values)
    if missing:
        raise UsageError(f"{what}: missing required argument(s) {', '.join(missing)}")
    for name, value in values.items():
        if not _fits(value, known[name]):
            raise UsageError(f"{what}: {name} must be {_describe(known[name])}, not {type(value).__name__} {value!r}")
    return values


class Adapter(Generic[PageT, ItemT, ClientT]):
    """A provider's quirks, in one place. Subclasses fill in the class attributes and hooks.

    The hooks naming generated code (``list_operation``, ``filters``, ``load_models``,
    ``generated_client``) import it when first called, by name in a typed import statement."""

    name: ClassVar[str]
    production_url: ClassVar[str]
    http: ClassVar[ProviderHTTP]
    resume_args: ClassVar[tuple[str, ...]]
    scope_keys: ClassVar[tuple[str, ...]]

    def list_operation(self) -> ListOperation[object]:
        """The generated list operation module (its ``parse_success`` gives the page model)."""
        raise NotImplementedError

    def load_filters(self) -> type[Mapping[str, object]]:
        """The list operation's generated ``<Operation>Filters`` TypedDict: the scope and filters."""
        raise NotImplementedError

    def load_models(self) -> tuple[FromJSON[PageT], FromJSON[ItemT]]:
        """The generated models of a list response and of one record."""
        raise NotImplementedError

    def generated_client(self, base_url: str) -> ClientT:
        """The provider's generated ``Client`` for ``base_url``."""
        raise NotImplementedError

    @functools.cached_property
    def filters(self) -> type[Mapping[str, object]]:
        """The TypedDict naming the list operation's scope and filters (generated from the spec)."""
        return self.load_filters()

    def check_filters(self, filters: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """(scope, arguments of the list operation) from user filters.

        Unknown names, missing required ones and values of the wrong type are a UsageError, before any
        request is sent."""
        filters = checked_filters(self.name, self.filters, filters)
        scope = {k: filters.get(k) for k in self.scope_keys}
        try:
            return scope, self.list_args(filters)
        except ValueError as exc:
            raise UsageError(f"{self.name}: invalid filter value: {exc}") from None

    def list_args(self, filters: dict[str, Any]) -> dict[str, Any]:
        """User filter values as the list operation's arguments (its generated ``filter_arguments``)."""
        return dict(self.list_operation().filter_arguments(filters))

    def from_resume(self, resume: dict[str, Any]) -> dict[str, Any]:
        """A resume point (as ``ReviewPage.resume`` gave it, JSON-ready) as list-operation arguments: the
        descriptor's change cursor, a time, back from ISO 8601."""
        changed = self.list_operation().PAGINATION.change_cursor
        stamp = resume.get(changed.python_name) if changed is not None else None
        if changed is not None and isinstance(stamp, str):
            resume = {**resume, changed.python_name: parse_iso8601(stamp)}
        return resume

    def strategy(self, base_url: httpx.URL, *, follow_changes: bool = False) -> Strategy[Body]:
        """The provider's pagination, built from the list operation's paging descriptor; ``follow_changes``
        asks for one that neither skips nor repeats records changing during the walk, where the
        provider's documented one could (a descriptor's change cursor, with :meth:`last_change`)."""
        operation = self.list_operation()
        return strategy_for(
            operation.PAGINATION,
            path=operation.PATH,
            base_url=base_url,
            follow_changes=follow_changes,
            changed_at=self.last_change,
        )

    def last_change(self, item: dict[str, Any]) -> dt.datetime | None:
        """When a listed record last changed (None: it does not say); a walk following changes pages by it."""
        return None

    def to_review(self, item: dict[str, Any], scope: dict[str, Any]) -> Review[ItemT]:
        raise NotImplementedError

    def retryable_post(self, request: httpx.Request) -> bool:
        return False

    def rate_limit(self) -> RateLimit | None:
        """The provider's client-side limit on calls, shared by its clients in the process (None: none)."""
        return None

    def auth(self) -> httpx.Auth:
        raise NotImplementedError

    def headers(self) -> dict[str, str]:
        return {}

    @functools.cached_property
    def models(self) -> tuple[FromJSON[PageT], FromJSON[ItemT]]:
        return self.load_models()


AnyAdapter = Adapter[Any, Any, Any]


@functools.cache
def _filter_types(filters: type[Mapping[str, object]]) -> dict[str, object]:
    return typing.get_type_hints(filters)


@functools.cache
def _required_filters(filters: type[Mapping[str, object]]) -> frozenset[str]:
    # Read from the annotations: under postponed evaluation the TypedDict's own
    # __required_keys__ cannot see ``Required[...]``.
    hints = typing.get_type_hints(filters, include_extras=True)
    return frozenset(k for k, v in hints.items() if typing.get_origin(v) is typing.Required)


def _parsed(adapter: AnyAdapter, operation: Operation[ResultT], response: httpx.Response) -> ResultT:
    """The typed body of a response; a ResponseParseError (status and bytes kept) if it cannot be read."""
    if not _documents(operation, response):
        raise ResponseParseError(
            f"{adapter.name} {operation.OPERATION_ID}: HTTP {response.status_code} is not an answer this "
            "operation documents",
            provider=adapter.name,
            operation=operation.OPERATION_ID,
            status_code=response.status_code,
            body=response.content,
            request_id=adapter.http.request_id(response),
        )
    try:
        return operation.parse_success(response)
    except _MAPPING_ERRORS as exc:
        raise _shape_failure(adapter, operation.OPERATION_ID, exc, response) from None


def _documents(operation: Operation[object], response: httpx.Response) -> bool:
    """Whether ``response`` has a success status ``operation`` documents (error statuses are raised
    before any parsing, by the transport)."""
    return response.status_code in operation.SUCCESS_STATUSES


def _built(
    adapter: AnyAdapter, operation: SuccessParser[object], build: Callable[[], Mapping[str, Any]]
) -> Mapping[str, Any]:
    """The request ``build`` makes from the caller's arguments; a UsageError if it cannot be built."""
    try:
        return build()
    except (TypeError, ValueError, AttributeError) as exc:
        raise _usage_failure(adapter, operation.OPERATION_ID, exc) from None


def _success(adapter: AnyAdapter, operation: SuccessParser[ResultT], response: httpx.Response) -> ResultT:
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
            request_id=adapter.http.request_id(response),
        ) from None


def _shape_failure(
    adapter: AnyAdapter, operation: str, exc: Exception, response: httpx.Response | None
) -> ResponseParseError:
    """A ResponseParseError for a body of the wrong shape, with the status and raw bytes it came with."""
    return ResponseParseError(
        f"{adapter.name} {operation}: the response does not have the documented shape ({type(exc).__name__}: {exc})",
        provider=adapter.name,
        operation=operation,
        status_code=response.status_code if response is not None else 0,
        body=response.content if response is not None else b"",
        request_id=adapter.http.request_id(response) if response is not None else None,
    )


def _suspect_failure(
    adapter: AnyAdapter, operation: str, exc: SuspectPage, attempts: int, response: httpx.Response | None
) -> ResponseParseError:
    return ResponseParseError(
        f"{adapter.name} {operation}: {exc} (asked {attempts} times); a walk ends only on the documented end "
        "of the list, so it stops here with an error rather than skip what follows",
        provider=adapter.name,
        operation=operation,
        status_code=exc.status_code if exc.status_code is not None else response.status_code if response else 0,
        body=exc.body if exc.body is not None else response.content if response is not None else b"",
        request_id=adapter.http.request_id(response) if response is not None else None,
    )


def _record_label(index: int, item: object) -> str:
    """Which record of a page: its position and the start of its JSON (control characters dropped)."""
    try:
        start = dumps(item)[:80].decode("utf-8", "replace")
    except TypeError:
        start = type(item).__name__
    return f"record {index + 1} on the page ({''.join(c for c in start if c.isprintable())}...)"


def _usage_failure(adapter: AnyAdapter, operation: str, exc: Exception) -> UsageError:
    return UsageError(f"{adapter.name} {operation}: invalid argument ({type(exc).__name__}: {exc})")


#: what reading a record of the wrong shape raises (the mapping reads only the server's data)
_MAPPING_ERRORS = (ShapeError, KeyError, TypeError, AttributeError, ValueError, OverflowError)


class _Lister(Generic[PageT, ItemT, ResumeT]):
    """Turns list responses into ReviewPages (shared by the sync and async clients)."""

    def __init__(
        self,
        adapter: Adapter[PageT, ItemT, Any],
        base_url: httpx.URL,
        scope: dict[str, Any],
        follow_changes: bool,
        set_aside: bool = False,
    ) -> None:
        self._adapter = adapter
        self.scope = scope
        self.set_aside = set_aside
        self.strategy = adapter.strategy(base_url, follow_changes=follow_changes)
        self.module = adapter.list_operation()
        self.operation = self.module.OPERATION_ID
        # The response each body in flight came in (by the body's identity), so a shape failure can
        # report its status and bytes; ``last`` for failures the pagination drivers find.
        self._responses: dict[int, httpx.Response] = {}
        self.last: httpx.Response | None = None

    def request_kwargs(self, args: Args) -> RequestKwargs:
        try:
            return self.module.build_request(**args)
        except (TypeError, ValueError, AttributeError) as exc:  # built from the caller's arguments only
            raise _usage_failure(self._adapter, self.operation, exc) from None

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
        return _shape_failure(self._adapter, self.operation, exc, response or self.last)

    def suspect(self, exc: SuspectPage, attempts: int) -> ResponseParseError:
        return _suspect_failure(self._adapter, self.operation, exc, attempts, self.last)

    def page(self, body: Body, next_args: Args | None) -> ReviewPage[PageT, ItemT, ResumeT]:
        adapter = self._adapter
        response = self._responses.pop(id(body), None)
        records = self.strategy.items(body)
        try:
            with gc_paused():
                reviews = [adapter.to_review(item, self.scope) for item in records]
        except _MAPPING_ERRORS:
            reviews, rejects = [], []
            for index, item in enumerate(records):  # again, one by one, to name the record at fault
                try:
                    reviews.append(adapter.to_review(item, self.scope))
                except _MAPPING_ERRORS as exc:
                    if not self.set_aside:
                        raise self.failure(ShapeError(f"{_record_label(index, item)}: {exc}"), response) from None
                    rejects.append(Rejected(f"{_record_label(index, item)}: {exc}", item))
            return self._page(body, reviews, next_args, rejects, response)
        return self._page(body, reviews, next_args, [], response)

    def _page(
        self,
        body: Body,
        reviews: list[Review[ItemT]],
        next_args: Args | None,
        rejects: list[Rejected],
        response: httpx.Response | None,
    ) -> ReviewPage[PageT, ItemT, ResumeT]:
        adapter = self._adapter
        resume = None
        if next_args is not None:  # JSON-ready: timestamps as ISO 8601 (list_args reads them back)
            resume = {
                k: v.isoformat() if isinstance(v, dt.datetime) else v
                for k, v in next_args.items()
                if k in adapter.resume_args
            }
        # The resume keys are the adapter's resume_args, the provider's ResumeT names them.
        head = None if response is None else (response.status_code, response.headers, adapter.http.request_id(response))
        content = response.content if self.set_aside and response is not None else None
        return ReviewPage(body, reviews, cast("ResumeT | None", resume), adapter.models[0], rejects, head, content)


class _Base(Generic[PageT, ItemT, ClientT, ResumeT]):
    _adapter: Adapter[PageT, ItemT, ClientT]
    base_url: httpx.URL
    #: The generated client, sending through this client's auth, retries and error mapping: pass it
    #: as ``client=`` to any operation of the generated package (typed as the provider's ``Client``).
    generated: ClientT

    def _setup(self, options: ClientOptions) -> tuple[httpx.URL, RetryPolicy]:
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
        url = check_base_url(base_url or self._adapter.production_url, allow_insecure=allow_insecure)
        policy = RetryPolicy(
            max_retries=max_retries,
            retryable_post=self._adapter.retryable_post,
            max_response_bytes=max_bytes,
            attempt_timeout=attempt_timeout(options.get("timeout", DEFAULT_TIMEOUT)),
            rate_limit=self._adapter.rate_limit(),
            provider=self._adapter.http.name,
            operation_of=self._adapter.http.operation_of,
            request_id_of=self._adapter.http.request_id,
        )
        self.base_url = url
        self._policy = policy
        self._timeout: float | httpx.Timeout = options.get("timeout", DEFAULT_TIMEOUT)
        self._max_pages = max_pages
        return url, policy

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
        derived._derive(policy, timeout)
        return derived

    def _derive(self, policy: RetryPolicy, timeout: float | httpx.Timeout) -> None:
        """Send through a client derived from this one's (see with_options); each twin does it."""
        raise NotImplementedError

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

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url.copy_with(userinfo=b''))!r})"


class SyncClient(_Base[PageT, ItemT, ClientT, ResumeT]):
    """Base of the synchronous provider clients, generic in what the provider's generated package gives:

    ``PageT`` the list response model (what ``pages()`` yields and ``ReviewPage.raw`` is), ``ItemT`` the
    record model (``Review[ItemT].raw``), ``ClientT`` the generated ``Client`` (``generated``) and
    ``ResumeT`` the resume token (``ReviewPage.resume``, ``review_pages(resume=...)``). Each provider
    class defines ``reviews``, ``review_pages`` and ``pages`` with its own filters.
    """

    def __init__(self, adapter: Adapter[PageT, ItemT, ClientT], **options: Unpack[SyncOptions]) -> None:
        self._adapter = adapter
        url, policy = self._setup(options)
        self._bind(
            build_sync(
                adapter.http,
                base_url=url,
                auth=adapter.auth(),
                timeout=self._timeout,
                policy=policy,
                http_client=options.get("http_client"),
                headers=adapter.headers(),
            )
        )

    def _bind(self, http: SyncHTTP) -> None:
        self._http = http
        generated = self._adapter.generated_client(str(self.base_url).rstrip("/"))
        generated.set_httpx_client(http)
        self.generated = generated

    def _derive(self, policy: RetryPolicy, timeout: float | httpx.Timeout) -> None:
        self._bind(self._http.derived(policy, timeout))

    def _call(self, operation: Operation[ResultT], *args: object, **kwargs: object) -> ResultT:
        """Call a generated operation; its documented success body, typed as the operation types it."""
        request = _built(self._adapter, operation, lambda: operation.build_request(*args, **kwargs))
        return _parsed(self._adapter, operation, self._http.request(**request))

    def _send(self, operation: SuccessParser[ResultT], build: Callable[[], Mapping[str, Any]]) -> ResultT:
        """Send the request ``build`` makes for a generated operation; its typed success body."""
        request = _built(self._adapter, operation, build)
        return _success(self._adapter, operation, self._http.request(**request))

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
        self,
        resume: Mapping[str, object] | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        filters: Mapping[str, object] | None = None,
        set_aside: bool = False,
    ) -> Iterator[ReviewPage[PageT, ItemT, ResumeT]]:
        """Every page with its reviews and a resume point; ``resume`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports; see ``ChangeCursor``). The provider classes' ``review_pages`` type the
        filters; ``review_pages_for`` takes them as data."""
        scope, args = self._adapter.check_filters(dict(filters or {}))
        lister: _Lister[PageT, ItemT, ResumeT] = _Lister(self._adapter, self.base_url, scope, follow_changes, set_aside)

        def send(call_args: Args) -> Body:
            try:
                return lister.body(self._http.request(**lister.request_kwargs(call_args)))
            except ResponseParseError as exc:  # a body that is not JSON (cut short, say): fetched again
                raise SuspectPage(exc.message.partition(": ")[2], status_code=exc.status_code, body=exc.body) from None

        fetch = fetch_checked(send, lister.strategy, self._policy)
        start = {**args, **self._adapter.from_resume(dict(resume or {}))}
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

    def _pages(self, concurrency: int, filters: Mapping[str, object]) -> Iterator[PageT]:
        for page in self._review_pages(concurrency=concurrency, filters=filters):
            yield page.raw

    def _reviews(self, filters: Mapping[str, object], concurrency: int = 1) -> Iterator[Review[ItemT]]:
        for page in self._review_pages(concurrency=concurrency, filters=filters):
            yield from page.reviews

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


class AsyncClient(_Base[PageT, ItemT, ClientT, ResumeT]):
    """Base of the asynchronous provider clients (generic as :class:`SyncClient`)."""

    def __init__(self, adapter: Adapter[PageT, ItemT, ClientT], **options: Unpack[AsyncOptions]) -> None:
        self._adapter = adapter
        url, policy = self._setup(options)
        self._bind(
            build_async(
                adapter.http,
                base_url=url,
                auth=adapter.auth(),
                timeout=self._timeout,
                policy=policy,
                http_client=options.get("http_client"),
                headers=adapter.headers(),
            )
        )

    def _bind(self, http: AsyncHTTP) -> None:
        self._http = http
        generated = self._adapter.generated_client(str(self.base_url).rstrip("/"))
        generated.set_async_httpx_client(http)
        self.generated = generated

    def _derive(self, policy: RetryPolicy, timeout: float | httpx.Timeout) -> None:
        self._bind(self._http.derived(policy, timeout))

    async def _call(self, operation: Operation[ResultT], *args: object, **kwargs: object) -> ResultT:
        """Call a generated operation; its documented success body, typed as the operation types it."""
        request = _built(self._adapter, operation, lambda: operation.build_request(*args, **kwargs))
        return _parsed(self._adapter, operation, await self._http.request(**request))

    async def _send(self, operation: SuccessParser[ResultT], build: Callable[[], Mapping[str, Any]]) -> ResultT:
        """Send the request ``build`` makes for a generated operation; its typed success body."""
        request = _built(self._adapter, operation, build)
        return _success(self._adapter, operation, await self._http.request(**request))

    async def _review_pages(
        self,
        resume: Mapping[str, object] | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        filters: Mapping[str, object] | None = None,
    ) -> AsyncIterator[ReviewPage[PageT, ItemT, ResumeT]]:
        """See :meth:`SyncClient._review_pages`."""
        scope, args = self._adapter.check_filters(dict(filters or {}))
        lister: _Lister[PageT, ItemT, ResumeT] = _Lister(self._adapter, self.base_url, scope, follow_changes)

        async def send(call_args: Args) -> Body:
            try:
                return lister.body(await self._http.request(**lister.request_kwargs(call_args)))
            except ResponseParseError as exc:  # see SyncClient._review_pages
                raise SuspectPage(exc.message.partition(": ")[2], status_code=exc.status_code, body=exc.body) from None

        fetch = afetch_checked(send, lister.strategy, self._policy)
        start = {**args, **self._adapter.from_resume(dict(resume or {}))}
        try:  # see SyncClient._review_pages
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

    async def _pages(self, concurrency: int, filters: Mapping[str, object]) -> AsyncIterator[PageT]:
        async for page in self._review_pages(concurrency=concurrency, filters=filters):
            yield page.raw

    async def _reviews(self, filters: Mapping[str, object], concurrency: int = 1) -> AsyncIterator[Review[ItemT]]:
        async for page in self._review_pages(concurrency=concurrency, filters=filters):
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


def drop_unset(**kwargs: object) -> dict[str, object]:
    """Keyword arguments without the ones left at None (the generated code's UNSET default applies)."""
    return {k: v for k, v in kwargs.items() if v is not None}


#: A client of some provider, as the registry, the export and the load engines hold one.
AnySyncClient = SyncClient[Any, Any, Any, Any]
AnyAsyncClient = AsyncClient[Any, Any, Any, Any]
