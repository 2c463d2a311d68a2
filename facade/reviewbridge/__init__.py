"""reviewbridge: one typed SDK for the Reevoo, Thanx, eTrusted and TestFreaks review APIs.

Clients (sync and async twins) share one way to authenticate, paginate, retry and fail, and yield one
:class:`Review` model. The generated typed clients stay reachable as ``client.generated``.
"""

from ._client import ReviewPage
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ReviewBridgeError,
    UnprocessableEntityError,
)
from ._providers.etrusted import AsyncETrusted, ETrusted
from ._providers.reevoo import AsyncReevoo, Reevoo
from ._providers.testfreaks import AsyncTestFreaks, TestFreaks
from ._providers.thanx import AsyncThanx, Thanx
from ._review import Review
from ._review_id import reevoo_review_id
from ._secrets import Secret

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncETrusted",
    "AsyncReevoo",
    "AsyncTestFreaks",
    "AsyncThanx",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ETrusted",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "Reevoo",
    "ResponseParseError",
    "Review",
    "ReviewBridgeError",
    "ReviewPage",
    "Secret",
    "TestFreaks",
    "Thanx",
    "UnprocessableEntityError",
    "reevoo_review_id",
]
