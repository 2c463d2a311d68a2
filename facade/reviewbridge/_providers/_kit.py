"""What a provider module builds on, in one import: ``from . import _kit as kit``.

The facade's pieces a provider module fills in or calls (the adapter and client bases, the listing
calls' base, credentials, the review constructor, raw responses, confirmed writes, the registry's
records), and the helpers naming a provider's operations from its generated package. A provider
module names its generated modules itself, in typed imports.
"""

from __future__ import annotations

from typing import Protocol

from .._adapter import Adapter as Adapter
from .._adapter import AnyAdapter
from .._adapter import Generated as Generated
from .._auth import BasicAuth as BasicAuth
from .._auth import ClientCredentialsAuth as ClientCredentialsAuth
from .._auth import HeaderSetAuth as HeaderSetAuth
from .._client import AsyncClient as AsyncClient
from .._client import SyncClient as SyncClient
from .._client import WithRaw as WithRaw
from .._exceptions import APIError as APIError
from .._exceptions import ConflictError as ConflictError
from .._exceptions import NotFoundError as NotFoundError
from .._exceptions import PaginationError as PaginationError
from .._exceptions import UnconfirmedWriteError as UnconfirmedWriteError
from .._exceptions import UsageError as UsageError
from .._filters import checked_filters as checked_filters
from .._filters import drop_unset as drop_unset
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
from .._ratelimit import REQUESTS_PER_MINUTE as REQUESTS_PER_MINUTE
from .._ratelimit import RateLimit as RateLimit
from .._ratelimit import per_minute as per_minute
from .._ratelimit import shared as shared
from .._raw import ClientT_co as ClientT_co
from .._raw import RawCalls as RawCalls
from .._raw import raw_call as raw_call
from .._raw import raw_pages as raw_pages
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
from ._info import CallLimit as CallLimit
from ._info import Credential as Credential
from ._info import ExportPolicy as ExportPolicy
from ._info import ProviderInfo as ProviderInfo
from ._info import ReplySupport as ReplySupport
from ._info import ScopeOption as ScopeOption
from ._info import WalkSize as WalkSize


class _Named(Protocol):
    @property
    def OPERATION_ID(self) -> str: ...


def operation_list(*operations: _Named) -> str:
    """The operationIds of generated operation modules, for ``reviewbridge providers``."""
    return ", ".join(operation.OPERATION_ID for operation in operations)


class TokenRequests:
    """A client of a provider that hands out access tokens: how many it has asked for."""

    _adapter: AnyAdapter

    @property
    def token_requests(self) -> int:
        """How many access tokens this client has asked for."""
        return self._adapter.token_requests()
