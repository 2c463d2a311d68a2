"""reviewbridge: one typed SDK for the Reevoo, Thanx, eTrusted, TestFreaks and Trustpilot review APIs.

Clients (sync and async twins) share one way to authenticate, paginate, retry and fail, and yield one
:class:`Review` model. The generated typed clients stay reachable as ``client.generated``.
"""

from typing import TYPE_CHECKING

from . import _logging, _providers
from ._client import ReviewPage
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ExportError,
    InternalServerError,
    LockHeld,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ReviewBridgeError,
    StateError,
    UnconfirmedWriteError,
    UnprocessableEntityError,
    UsageError,
)
from ._json import JSONObject, JSONValue
from ._raw import RawResponse
from ._review import Review
from ._review_id import reevoo_review_id
from ._secrets import Secret
from ._version import __version__

if TYPE_CHECKING:
    from ._providers.etrusted import AsyncETrusted, ETrusted, ETrustedResume
    from ._providers.reevoo import AsyncReevoo, Reevoo
    from ._providers.testfreaks import AsyncTestFreaks, TestFreaks, TestFreaksResume
    from ._providers.thanx import AsyncThanx, Thanx, ThanxResume
    from ._providers.trustpilot import AsyncTrustpilot, Trustpilot, TrustpilotResume


if not TYPE_CHECKING:  # type checkers see the imports above, and an unknown name as an error

    def __getattr__(name: str) -> object:
        # The provider clients are imported on first access: a provider's module imports its generated package
        # (its annotations name the generated types, which ``typing.get_type_hints`` must resolve), so importing
        # reviewbridge alone loads none of them.
        value = _providers.export(name)
        globals()[name] = value  # later lookups skip this hook
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_providers.EXPORTS})


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncETrusted",
    "AsyncReevoo",
    "AsyncTestFreaks",
    "AsyncThanx",
    "AsyncTrustpilot",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ETrusted",
    "ETrustedResume",
    "ExportError",
    "InternalServerError",
    "JSONObject",
    "JSONValue",
    "LockHeld",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "Reevoo",
    "ResponseParseError",
    "Review",
    "ReviewBridgeError",
    "ReviewPage",
    "Secret",
    "StateError",
    "TestFreaks",
    "TestFreaksResume",
    "Thanx",
    "ThanxResume",
    "Trustpilot",
    "TrustpilotResume",
    "UnconfirmedWriteError",
    "UnprocessableEntityError",
    "UsageError",
    "__version__",
    "reevoo_review_id",
]

# REVIEWBRIDGE_LOG=debug (or info, ...): the records to standard error, for SDK users without logging set up.
_logging.from_environment()
