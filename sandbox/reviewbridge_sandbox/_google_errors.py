"""Google's error envelope, ``{"error": {"code", "message", "status", "details"}}`` (``google.rpc.Status``
as JSON), with the canonical status of each HTTP code, and the ``details`` the sandbox adds.

``details`` is left out when there are none (Google's JSON leaves out empty members); the reasons in
``ErrorInfo`` details are the sandbox's own (Google documents none for these APIs).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

from ._http import json_response

#: the canonical status Google's REST APIs give each HTTP code
STATUS = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    405: "UNIMPLEMENTED",
    409: "ABORTED",
    411: "INVALID_ARGUMENT",
    413: "INVALID_ARGUMENT",
    415: "INVALID_ARGUMENT",
    429: "RESOURCE_EXHAUSTED",
    499: "CANCELLED",
    500: "INTERNAL",
    501: "UNIMPLEMENTED",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}
INFO = "type.googleapis.com/google.rpc.ErrorInfo"
BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest"
RETRY = "type.googleapis.com/google.rpc.RetryInfo"
UNAUTHENTICATED = (
    "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid "
    "authentication credential."
)
DENIED = "The caller does not have permission"
NOT_FOUND = "Requested entity was not found."


def envelope(
    status: int, message: str, details: list[dict[str, Any]] | None = None, headers: Mapping[str, str] | None = None
) -> Response:
    error: dict[str, Any] = {"code": status, "message": message, "status": STATUS.get(status, "UNKNOWN")}
    if details:
        error["details"] = details
    return json_response({"error": error}, status, headers)


def info(reason: str, service: str, **metadata: str) -> dict[str, Any]:
    """An ``ErrorInfo`` detail: why, and which service said so."""
    return {"@type": INFO, "reason": reason, "domain": "googleapis.com", "metadata": {"service": service, **metadata}}


def field_violation(field: str, description: str) -> dict[str, Any]:
    """A ``BadRequest`` detail naming the request field that is wrong."""
    return {"@type": BAD_REQUEST, "fieldViolations": [{"field": field, "description": description}]}


def retry_after(seconds: int) -> dict[str, Any]:
    """A ``RetryInfo`` detail: how long to wait before trying again."""
    return {"@type": RETRY, "retryDelay": f"{seconds}s"}
