"""What the facade uses of generated code: operation modules, list operations, the generated ``Client``.

Modules satisfy protocols: a generated operation module (``<p>_client.api.<tag>.<operation>``) is an
``Operation[<its success model>]`` to mypy, checked against the generated signatures.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, Required, TypedDict

import httpx
from typing_extensions import TypeVar

from ._pagination import Descriptor

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
