"""What a provider module builds on, in one import: ``from . import _kit as kit``.

The facade's pieces a provider module fills in or calls (the adapter and client bases, the listing
calls' base, credentials, the review constructor, raw responses, confirmed writes, the registry's
records), and the helpers naming a provider's operations from its generated package. A provider
module names its generated modules itself, in typed imports.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import httpx

from .._adapter import Adapter as Adapter
from .._adapter import Generated as Generated
from .._auth import BasicAuth as BasicAuth
from .._auth import ClientCredentialsAuth as ClientCredentialsAuth
from .._auth import HeaderSetAuth as HeaderSetAuth
from .._client import AsyncClient as AsyncClient
from .._client import Listing as Listing
from .._client import ModelPagesT as ModelPagesT
from .._client import RawT as RawT
from .._client import ReviewPagesT as ReviewPagesT
from .._client import ReviewsT as ReviewsT
from .._client import SyncClient as SyncClient
from .._exceptions import APIError as APIError
from .._exceptions import ConflictError as ConflictError
from .._exceptions import NotFoundError as NotFoundError
from .._exceptions import PaginationError as PaginationError
from .._exceptions import UnconfirmedWriteError as UnconfirmedWriteError
from .._exceptions import UsageError as UsageError
from .._filters import checked_filters as checked_filters
from .._filters import drop_unset as drop_unset
from .._http import ErrorBodyParser, ProviderHTTP
from .._http import check_base_url as check_base_url
from .._json import identifier as identifier
from .._json import member as member
from .._operations import ListOperation as ListOperation
from .._operations import Operation as Operation
from .._options import AsyncOptions as AsyncOptions
from .._options import ClientOptions as ClientOptions
from .._options import SyncOptions as SyncOptions
from .._page import ReviewPage as ReviewPage
from .._pagination import describe as describe
from .._pagination import paged_arguments as paged_arguments
from .._ratelimit import RateLimit as RateLimit
from .._ratelimit import shared as shared
from .._raw import ClientT_co as ClientT_co
from .._raw import RawCalls as RawCalls
from .._raw import raw_call as raw_call
from .._raw import raw_pages as raw_pages
from .._request_id import RequestIds
from .._review import Review as Review
from .._review import new_review as new_review
from .._review import parse_iso as parse_iso
from .._secrets import Secret as Secret
from .._secrets import credential as credential
from .._token_cache import TokenCache as TokenCache
from .._version import __version__ as __version__
from .._writes import asend_confirmed as asend_confirmed
from .._writes import send_confirmed as send_confirmed
from .._writes import unconfirmed as unconfirmed
from ._info import AnyPage as AnyPage
from ._info import Credential as Credential
from ._info import ExportPolicy as ExportPolicy
from ._info import ProviderInfo as ProviderInfo
from ._info import ReplySupport as ReplySupport
from ._info import ScopeOption as ScopeOption
from ._info import WalkSize as WalkSize


class RouteTable(Protocol):
    """A generated package's ``api`` module, as naming operations needs it."""

    def operation_id(self, method: str, path: str, /) -> str | None: ...


class RequestIdPlaces(Protocol):
    """A generated package's ``client`` module: where its spec says the provider sends a request's id."""

    @property
    def REQUEST_ID_HEADERS(self) -> Sequence[str]: ...

    @property
    def REQUEST_ID_ERROR_MEMBER(self) -> str | None: ...


def provider_http(name: str, api: RouteTable, client: RequestIdPlaces, parse_error: ErrorBodyParser) -> ProviderHTTP:
    """What the HTTP layer knows of a provider: its operations named from the generated route table
    (``<package>.api``), its error bodies read by ``parse_error``, its request ids read where the generated
    ``<package>.client`` says."""
    return ProviderHTTP(
        name=name,
        operation_of=operation_namer(api.operation_id),
        parse_error=parse_error,
        request_id=RequestIds(lambda: (client.REQUEST_ID_HEADERS, client.REQUEST_ID_ERROR_MEMBER)),
    )


def operation_namer(operation_id: Callable[[str, str], str | None]) -> Callable[[httpx.Request], str]:
    """Name the operation of a request with a generated package's route table (``<package>.api.operation_id``);
    a request the spec does not have is named by its method and path."""

    def name_of(request: httpx.Request) -> str:
        return operation_id(request.method, request.url.path) or f"{request.method} {request.url.path}"

    return name_of


class _Named(Protocol):
    @property
    def OPERATION_ID(self) -> str: ...


def operation_list(*operations: _Named) -> str:
    """The operationIds of generated operation modules, for ``reviewbridge providers``."""
    return ", ".join(operation.OPERATION_ID for operation in operations)
