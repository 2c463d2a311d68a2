"""The one error hierarchy of reviewbridge: everything it raises to users derives from ReviewBridgeError.

ReviewBridgeError
├── UsageError               a call or command used wrongly (unknown or mistyped argument)
├── ConfigurationError       set-up that cannot work (missing credential, insecure URL, bad config file)
├── PaginationError          paging cannot go on safely (a loop, a link to another origin)
├── ExportError              an export cannot start or go on
│   └── StateError           the state file cannot be used
│       └── LockHeld         another export holds the lock
└── APIError                 one call of one provider operation failed
    ├── APIConnectionError   no complete answer
    │   └── APITimeoutError
    ├── ResponseParseError   an answer the client cannot read (status code and raw bytes kept)
    ├── UnconfirmedWriteError  a write that must not be resent blindly failed ambiguously; its outcome is unknown
    └── APIStatusError       an error status (one class per status below)
        ├── BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError,
        ├── ConflictError, UnprocessableEntityError, RateLimitError
        └── InternalServerError

Every secret the client holds is masked (see ``_secrets``) in each error's message and in the responses
and bodies it keeps, whoever builds it: a server that echoes a rejected key cannot make it printed.
"""

from __future__ import annotations

import httpx

from ._secrets import redact, redact_bytes, redacted_response

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ExportError",
    "InternalServerError",
    "LockHeld",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "ReviewBridgeError",
    "StateError",
    "UnconfirmedWriteError",
    "UnprocessableEntityError",
    "UsageError",
]


class ReviewBridgeError(Exception):
    """Base class of every error reviewbridge raises."""

    def __init__(self, *args: object) -> None:
        super().__init__(*(redact(arg) if isinstance(arg, str) else arg for arg in args))


class UsageError(ReviewBridgeError):
    """A call or command was used wrongly: an unknown argument, or a value of the wrong type or range.

    Raised before any request is sent."""


class ConfigurationError(ReviewBridgeError):
    """Set-up that cannot work: a missing credential, an insecure base URL, an unusable config file."""


class ExportError(ReviewBridgeError):
    """An export cannot start or go on; the message says what to do."""


class StateError(ExportError):
    """The state file cannot be used (unreadable, corrupt, another version, another output)."""


class LockHeld(StateError):
    """Another export holds the state's lock."""


class PaginationError(ReviewBridgeError):
    """Pagination cannot go on safely: a cursor or link came back twice, pages stopped bringing anything new,
    or a link left the API's origin."""


class APIError(ReviewBridgeError):
    """An error tied to one call of one provider operation.

    ``request_id`` is the provider's id of the request, from the answer that failed, where the
    provider's spec says it sends one (``x-reviewbridge-request-id``); None otherwise, and when no
    answer came."""

    def __init__(self, message: str, *, provider: str, operation: str, request_id: str | None = None) -> None:
        super().__init__(message)
        self.message: str = self.args[0]
        self.provider = provider
        self.operation = operation
        self.request_id = redact(request_id) if request_id is not None else None


class APIConnectionError(APIError):
    """The request never got a complete answer (connection refused or dropped, protocol error)."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class ResponseParseError(APIError):
    """The provider answered with a body the client cannot read (malformed JSON, unexpected shape)."""

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        operation: str,
        status_code: int,
        body: bytes,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, provider=provider, operation=operation, request_id=request_id)
        self.status_code = status_code
        self.body = redact_bytes(body)


class UnconfirmedWriteError(APIError):
    """A write that must not be repeated blindly (a reply that messages the customer, a veto that opens a
    ticket) failed in a way that leaves its outcome open (a timeout, a dropped connection, a 5xx, an
    unreadable answer), and reading the record back could not settle whether it took effect. The message
    says what to check before sending it again; ``cause`` is the failure of the write itself."""

    def __init__(self, message: str, *, provider: str, operation: str, cause: APIError) -> None:
        super().__init__(message, provider=provider, operation=operation, request_id=cause.request_id)
        self.cause = cause


class APIStatusError(APIError):
    """The provider answered with an error status. ``code`` and ``message`` come from its error body."""

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        operation: str,
        status_code: int,
        code: str | None,
        request_id: str | None,
        response: httpx.Response,
    ) -> None:
        super().__init__(message, provider=provider, operation=operation, request_id=request_id)
        self.status_code = status_code
        self.code = redact(code) if code is not None else None
        self.response = redacted_response(response)


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: credentials missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429, after the retries allowed by ``max_retries``."""


class InternalServerError(APIStatusError):
    """5xx, after the retries allowed by ``max_retries``."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
