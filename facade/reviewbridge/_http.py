"""The httpx clients the generated code sends through: auth, retries, typed errors, one JSON parse.

Subclassing ``httpx.Client.send`` puts error mapping outside authentication and retries: a 401 that
a token flow recovers from by refreshing its token never surfaces, one that survives it does.
Redirects are never followed (credentials would go with them): a 3xx that survives the retries is an
error. An exception keeps the response, but its request is a redacted copy: no credential rides along.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypedDict, TypeVar

import httpx

from ._body import ResponseTooLarge
from ._client_transport import AsyncClientTransport, ClientTransport
from ._environment import async_default_transport, default_transport
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    ResponseParseError,
    status_error_class,
)
from ._gc import gc_paused
from ._json import loads
from ._raw import note as note_raw_response
from ._request_id import RequestIds
from ._retry import RetryPolicy
from ._secrets import masked_url, redacted_request
from ._transport import AsyncRetryTransport, RetryTransport

# Several times faster than the standard library on review pages, and exact for any number (see _json).
_loads: Callable[[bytes], Any] = loads

ErrorBodyParser = Callable[[Any], tuple[str | None, str | None]]
OperationNamer = Callable[[httpx.Request], str]


@dataclass(frozen=True)
class ProviderHTTP:
    """What the HTTP layer needs to know of a provider to report its errors."""

    name: str
    operation_of: OperationNamer
    parse_error: ErrorBodyParser
    #: the provider's id of the request a response answers, where its spec says it sends one
    request_id: RequestIds


def check_base_url(url: str, *, allow_insecure: bool) -> httpx.URL:
    """Refuse plain http to anything but loopback unless explicitly allowed."""
    if not isinstance(url, str):
        raise ConfigurationError(f"the base URL must be a string, not {type(url).__name__}")
    try:
        url.encode("utf-8")
    except UnicodeEncodeError:
        raise ConfigurationError("the base URL is not valid text (it holds bytes that are not UTF-8)") from None
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"invalid base URL {url!r}: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"invalid base URL {str(masked_url(parsed))!r}: expected http(s)://host[:port]")
    if parsed.userinfo:
        # httpx would send it as Basic auth, log it with the URL, and keep it in every error's request.
        raise ConfigurationError(
            f"refusing URL {str(masked_url(parsed))!r} with a user name or password in it (user:password@host): "
            "pass credentials as the client's arguments or environment variables"
        )
    if parsed.scheme == "http" and not allow_insecure and not _is_loopback(parsed.host):
        raise ConfigurationError(
            f"refusing plain http to {parsed.host}: credentials would travel unencrypted "
            "(use https; to allow it anyway: allow_insecure=True in Python, --allow-insecure on the command line)"
        )
    return parsed


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    default = {"http": 80, "https": 443}
    return (a.scheme, a.host, a.port or default.get(a.scheme)) == (b.scheme, b.host, b.port or default.get(b.scheme))


def _raise_for_status(provider: ProviderHTTP, response: httpx.Response) -> None:
    status = response.status_code
    if status < 300:
        return
    operation = provider.operation_of(response.request)
    response.request = redacted_request(response.request)
    code: str | None = None
    message: str | None = None
    if status < 400:
        location = response.headers.get("location", "")
        try:
            where = f" to {masked_url(response.request.url.join(location))}" if location else ""
        except httpx.InvalidURL:
            where = ""
        message = f"a redirect{where}, not followed (credentials would travel with it)"
    elif response.content:
        try:
            code, message = provider.parse_error(_loads(response.content))
        except (ValueError, TypeError, AttributeError, KeyError, RecursionError):
            message = None
        code = code if isinstance(code, str) else None
        message = message if isinstance(message, str) else None
    reason = message or response.reason_phrase or "error"
    text = f"{provider.name} {operation}: HTTP {status}{' ' + code if code else ''}: {reason}"
    raise status_error_class(status)(
        text,
        provider=provider.name,
        operation=operation,
        status_code=status,
        code=code,
        request_id=provider.request_id(response),
        response=response,
    )


def _parse_body_once(provider: ProviderHTTP, response: httpx.Response) -> None:
    """Parse a successful JSON body now (fast, with a clear error) and hand it to ``response.json()``."""
    if not response.content:
        return
    try:
        with gc_paused():  # the parsed page is thousands of containers and no cycle (see gc_paused)
            parsed = _loads(response.content)
    except (ValueError, RecursionError) as exc:
        operation = provider.operation_of(response.request)
        what = "nested too deeply to read" if "depth" in str(exc) or isinstance(exc, RecursionError) else "not JSON"
        raise ResponseParseError(
            f"{provider.name} {operation}: HTTP {response.status_code} with a body that is {what}",
            provider=provider.name,
            operation=operation,
            status_code=response.status_code,
            body=response.content,
            request_id=provider.request_id(response),
        ) from None
    # The generated code calls response.json(); give it the body parsed above instead of parsing again.
    response.json = lambda **_: parsed  # type: ignore[method-assign]


def _transport_error(
    provider: ProviderHTTP, request: httpx.Request, exc: Exception
) -> APIConnectionError | ResponseParseError:
    operation = provider.operation_of(request)
    if isinstance(exc, ResponseTooLarge):
        return ResponseParseError(
            f"{provider.name} {operation}: {exc} (the client's max_response_bytes)",
            provider=provider.name,
            operation=operation,
            status_code=0,
            body=b"",
        )
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    detail = " ".join(str(exc).split())[:200]
    cause = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    what = "timed out" if kind is APITimeoutError else f"failed ({cause})"
    # Where it went, so a wrong base URL or a server that is down shows: no user info, no query (its
    # values are the caller's, secrets among them possibly).
    where = request.url.copy_with(userinfo=b"", query=None, fragment=None)
    return kind(
        f"{provider.name} {operation}: the request to {where} {what}", provider=provider.name, operation=operation
    )


def _answer(provider: ProviderHTTP, response: httpx.Response) -> httpx.Response:
    # The transport read the body in full already (within its bounds).
    _raise_for_status(provider, response)
    _parse_body_once(provider, response)
    note_raw_response(response)  # for client.with_raw_response
    return response


def _parsed_once(
    client: httpx.Client | httpx.AsyncClient, url: httpx.URL | str, kwargs: dict[str, Any]
) -> httpx.URL | str:
    """The request URL, parsed once when it can be, for ``build_request``.

    httpx parses a relative URL, then the URL merged with the base URL, then again with the query
    parameters merged in: most of the cost of building a request (about 150 of 250 us). For what the
    generated operations pass (a plain path from the base URL, query parameters in a dict) the URL is
    written out whole and parsed once, coming out as httpx's merge makes it (tests/unit/test_http_urls.py);
    ``params`` is then taken out of ``kwargs``. Any other form is left to httpx's merge.
    """
    params = kwargs.get("params")
    if not isinstance(params, dict) or not isinstance(url, str) or not _plain_path(url) or client.params:
        return url
    base = client.base_url
    if not base.is_absolute_url or base.userinfo or base.query or "#" in str(base):  # even an empty fragment
        return url
    del kwargs["params"]
    # raw_path: the base's path as httpx keeps it, with the trailing slash it gives every base URL.
    whole = f"{base.scheme}://{base.netloc.decode('ascii')}{base.raw_path.decode('ascii')}{url[1:]}"
    query = httpx.QueryParams(params)
    return httpx.URL(f"{whole}?{query}" if query else whole)  # a key with an empty list: "?" as httpx


_PATH_CHARACTERS = re.compile(r"/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*")


def _plain_path(url: str) -> bool:
    """A path as the generated operations build one: from the root, path parameters percent-encoded, no
    query or fragment, no dot segments, no second leading slash (``//host`` names a host)."""
    return (
        url[1:2] != "/"
        and _PATH_CHARACTERS.fullmatch(url) is not None
        and not any(segment in (".", "..") for segment in url.split("/"))
    )


class SyncHTTP(httpx.Client):
    """``httpx.Client`` whose ``send`` raises reviewbridge errors and never follows a redirect."""

    connection: Connection
    provider: ProviderHTTP
    #: the transport beneath the retries (the connection pool, or the user's client): shared by the
    #: clients ``derived`` from this one
    pool: httpx.BaseTransport

    def derived(self, policy: RetryPolicy, timeout: float | httpx.Timeout) -> SyncHTTP:
        """A client sending through this one's pool with its auth (and the token it holds), base URL and
        headers, under another retry policy and timeout. Closing it leaves the pool open."""
        return _sync(self.connection.under(policy, timeout), _Unowned(self.pool))

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, _parsed_once(self, url, kwargs), **kwargs)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        kwargs["follow_redirects"] = False
        try:
            response = super().send(request, **kwargs)
        except (httpx.HTTPError, ResponseTooLarge) as exc:
            failure = _transport_error(self.provider, request, exc)
        else:
            return _answer(self.provider, response)
        # Raised here, outside the handler: the httpx error (and the request it holds, credentials
        # included) does not ride along as the new error's __context__.
        raise failure


class AsyncHTTP(httpx.AsyncClient):
    """``httpx.AsyncClient`` whose ``send`` raises reviewbridge errors and never follows a redirect."""

    connection: Connection
    provider: ProviderHTTP
    pool: httpx.AsyncBaseTransport  # see SyncHTTP.pool

    def derived(self, policy: RetryPolicy, timeout: float | httpx.Timeout) -> AsyncHTTP:
        """See :meth:`SyncHTTP.derived`."""
        return _async(self.connection.under(policy, timeout), _Unowned(self.pool))

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, _parsed_once(self, url, kwargs), **kwargs)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        kwargs["follow_redirects"] = False
        try:
            response = await super().send(request, **kwargs)
        except (httpx.HTTPError, ResponseTooLarge) as exc:
            failure = _transport_error(self.provider, request, exc)
        else:
            return _answer(self.provider, response)
        raise failure  # outside the handler, as in SyncHTTP.send


class _Settings(TypedDict):
    base_url: httpx.URL
    auth: httpx.Auth | None
    timeout: float | httpx.Timeout
    headers: httpx.Headers
    follow_redirects: bool
    trust_env: bool


@dataclass(frozen=True)
class Connection:
    """What a client's HTTP layer is built from; a client derived from it keeps all but the policy and timeout."""

    provider: ProviderHTTP
    base_url: httpx.URL
    auth: httpx.Auth | None
    timeout: float | httpx.Timeout
    policy: RetryPolicy
    headers: httpx.Headers

    def under(self, policy: RetryPolicy, timeout: float | httpx.Timeout) -> Connection:
        return dataclasses.replace(self, policy=policy, timeout=timeout)

    def settings(self) -> _Settings:
        """The ``httpx.Client`` (or ``AsyncClient``) arguments, but the transport."""
        return {
            "base_url": self.base_url,
            "auth": self.auth,
            "timeout": self.timeout,
            "headers": self.headers,
            "follow_redirects": False,
            "trust_env": False,  # the transport beneath reads the environment; this client adds auth and retries
        }


def build_sync(connection: Connection, http_client: httpx.Client | None) -> SyncHTTP:
    """The sync HTTP layer of a client: through ``http_client`` when given, else its own pool."""
    return _sync(connection, ClientTransport(http_client) if http_client is not None else default_transport())


def build_async(connection: Connection, http_client: httpx.AsyncClient | None) -> AsyncHTTP:
    """The async twin of :func:`build_sync`."""
    return _async(
        connection, AsyncClientTransport(http_client) if http_client is not None else async_default_transport()
    )


def _sync(connection: Connection, pool: httpx.BaseTransport) -> SyncHTTP:
    client = SyncHTTP(transport=RetryTransport(pool, connection.policy), **connection.settings())
    client.connection, client.provider, client.pool = connection, connection.provider, _owned(pool)
    return client


def _async(connection: Connection, pool: httpx.AsyncBaseTransport) -> AsyncHTTP:
    client = AsyncHTTP(transport=AsyncRetryTransport(pool, connection.policy), **connection.settings())
    client.connection, client.provider, client.pool = connection, connection.provider, _owned(pool)
    return client


_PoolT = TypeVar("_PoolT", httpx.BaseTransport, httpx.AsyncBaseTransport)


def _owned(pool: _PoolT) -> _PoolT:
    """The pool beneath ``pool``: a derived client shares the pool of the client it came from."""
    return pool.pool if isinstance(pool, _Unowned) else pool


class _Unowned(httpx.BaseTransport, httpx.AsyncBaseTransport, Generic[_PoolT]):
    """Another client's pool, sent through but left open when this client closes (sync or async)."""

    def __init__(self, pool: _PoolT) -> None:
        self.pool: _PoolT = pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self.pool, httpx.BaseTransport)  # a sync client's pool
        return self.pool.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self.pool, httpx.AsyncBaseTransport)  # an async client's pool
        return await self.pool.handle_async_request(request)
