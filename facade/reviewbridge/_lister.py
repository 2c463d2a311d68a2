"""From list responses to ReviewPages, and the errors a response the facade cannot use becomes
(shared by the sync and async clients: no I/O here)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Generic, cast

import httpx
from typing_extensions import TypeVar

from ._adapter import Adapter, AnyAdapter
from ._exceptions import ResponseParseError, UsageError
from ._gc import gc_paused
from ._json import ShapeError, dumps
from ._operations import Operation, RequestKwargs, SuccessParser
from ._page import Body, ItemT, PageT, Rejected, ResumeT, ReviewPage
from ._pagination import Args, SuspectPage
from ._retry import RetryPolicy
from ._review import Review

ResultT = TypeVar("ResultT")


def parsed(adapter: AnyAdapter, operation: Operation[ResultT], response: httpx.Response) -> ResultT:
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


def built(
    adapter: AnyAdapter, operation: SuccessParser[object], build: Callable[[], Mapping[str, Any]]
) -> Mapping[str, Any]:
    """The request ``build`` makes from the caller's arguments; a UsageError if it cannot be built."""
    try:
        return build()
    except (TypeError, ValueError, AttributeError) as exc:
        raise _usage_failure(adapter, operation.OPERATION_ID, exc) from None


def success(adapter: AnyAdapter, operation: SuccessParser[ResultT], response: httpx.Response) -> ResultT:
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


class Lister(Generic[PageT, ItemT, ResumeT]):
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

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        """Around reading a page's response: a body that is not JSON (cut short, say) is a suspect page,
        fetched again as the policy allows."""
        try:
            yield
        except ResponseParseError as exc:
            raise SuspectPage(exc.message.partition(": ")[2], status_code=exc.status_code, body=exc.body) from None

    @contextlib.contextmanager
    def walking(self, policy: RetryPolicy) -> Iterator[None]:
        """Around a walk: a page still suspect after the policy's attempts, and a body of the wrong shape
        the pagination drivers find (its items, its next cursor or link), are a ResponseParseError like
        one :meth:`page` finds."""
        try:
            yield
        except SuspectPage as exc:
            raise self.suspect(exc, policy.max_retries + 1) from None
        except ShapeError as exc:
            raise self.failure(exc) from None

    def failure(self, exc: Exception, response: httpx.Response | None = None) -> ResponseParseError:
        return _shape_failure(self._adapter, self.operation, exc, response or self.last)

    def suspect(self, exc: SuspectPage, attempts: int) -> ResponseParseError:
        return _suspect_failure(self._adapter, self.operation, exc, attempts, self.last)

    def page(self, body: Body, next_args: Args | None) -> ReviewPage[PageT, ItemT, ResumeT]:
        adapter = self._adapter
        response = self._responses.pop(id(body), None)
        records = self.strategy.items(body)
        to_review, scope = adapter.to_review, self.scope  # looked up once, not per record: the hot path
        try:
            with gc_paused():
                reviews = [to_review(item, scope) for item in records]
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
