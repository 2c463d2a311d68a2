"""What the facade reads from a provider's generated package, named once in its adapter (``package =``).

A provider's adapter names its list operation, that operation's filters, the list and record models and
the ``Client`` (:class:`Generated`); from the package they belong to the facade reads the rest: the
production server (``<package>.api.PRODUCTION_URL``), the route table naming a request's operation
(``<package>.api.operation_id``) and where the provider sends a request's id (``<package>.client``).
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Mapping, Sequence
from typing import Generic, Protocol

import httpx
from typing_extensions import TypeVar

from ._http import ErrorBodyParser, ProviderHTTP
from ._json import FromJSON
from ._operations import GeneratedClient, ListOperation
from ._page import ItemT, PageT
from ._request_id import RequestIds

#: The generated ``Client`` of a provider's package.
ClientT = TypeVar("ClientT", bound=GeneratedClient, default=GeneratedClient)
ClientT_co = TypeVar("ClientT_co", covariant=True)


class ClientFactory(Protocol[ClientT_co]):
    """A generated ``Client`` class, as the facade makes one."""

    def __call__(self, *, base_url: str) -> ClientT_co: ...


class RouteTable(Protocol):
    """A generated package's ``api`` module: its production server and its operations by route."""

    @property
    def PRODUCTION_URL(self) -> str: ...

    def operation_id(self, method: str, path: str, /) -> str | None: ...


class RequestIdPlaces(Protocol):
    """A generated package's ``client`` module: where its spec says the provider sends a request's id."""

    @property
    def REQUEST_ID_HEADERS(self) -> Sequence[str]: ...

    @property
    def REQUEST_ID_ERROR_MEMBER(self) -> str | None: ...


@dataclasses.dataclass(frozen=True)
class Generated(Generic[PageT, ItemT, ClientT]):
    """What an adapter takes from its provider's generated package, named once: the list operation
    module, its ``<Operation>Filters`` TypedDict (the scope and filters), the models of a list response
    and of one record, and the ``Client``; the package's servers, routes and request-id places are read
    from the package the list operation belongs to."""

    operation: ListOperation[PageT]
    filters: type[Mapping[str, object]]
    page_model: FromJSON[PageT]
    item_model: FromJSON[ItemT]
    client: ClientFactory[ClientT]

    @property
    def api(self) -> RouteTable:
        """The package's ``api`` module: its servers and its route table."""
        api: RouteTable = importlib.import_module(self._root + ".api")
        return api

    @property
    def _root(self) -> str:
        module: str = vars(self.operation)["__name__"]  # a module: <package>.api.<tag>.<operation>
        return module.split(".")[0]

    def http(self, name: str, parse_error: ErrorBodyParser) -> ProviderHTTP:
        """What the HTTP layer knows of the provider: its operations named from the route table, its
        error bodies read by ``parse_error``, its request ids read where the package's ``client`` says."""
        places: RequestIdPlaces = importlib.import_module(self._root + ".client")
        return ProviderHTTP(
            name=name,
            operation_of=operation_namer(self.api.operation_id),
            parse_error=parse_error,
            request_id=RequestIds(lambda: (places.REQUEST_ID_HEADERS, places.REQUEST_ID_ERROR_MEMBER)),
        )


def operation_namer(operation_id: Callable[[str, str], str | None]) -> Callable[[httpx.Request], str]:
    """Name the operation of a request with a generated package's route table (``<package>.api.operation_id``);
    a request the spec does not have is named by its method and path."""

    def name_of(request: httpx.Request) -> str:
        return operation_id(request.method, request.url.path) or f"{request.method} {request.url.path}"

    return name_of
