"""respondToFeedback: Respond to a feedback"""

from http import HTTPStatus
from typing import Any, Final, Required, TypedDict
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.feedback_envelope import FeedbackEnvelope
from ...models.feedback_response_request import FeedbackResponseRequest
from ...models.respond_to_feedback_accept_version import RespondToFeedbackAcceptVersion
from ...types import Pagination, RequestKwargs, Response, gc_paused

OPERATION_ID: Final = "respondToFeedback"
METHOD: Final = "POST"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/partner/feedbacks/{id}/respond"
# None: the spec names no server for this operation alone; it is served from the client's base URL.
SERVER: Final[str | None] = None
# The success statuses the spec documents: the ones parse_success reads.
SUCCESS_STATUSES: Final = frozenset(
    {
        200,
    }
)


# None: the operation does not page (it is no list operation).
PAGINATION: Final[Pagination | None] = None


class RespondToFeedbackParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for respondToFeedback, by their Python names."""

    id: Required[str]
    body: Required[FeedbackResponseRequest]
    accept_version: RespondToFeedbackAcceptVersion


def build_request(
    id: str,
    *,
    body: FeedbackResponseRequest,
    accept_version: RespondToFeedbackAcceptVersion = RespondToFeedbackAcceptVersion.V4_0,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one respondToFeedback call (URL relative to the base URL)."""
    headers: dict[str, Any] = {}
    headers["Accept-Version"] = str(accept_version)

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH.format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FeedbackEnvelope | None:
    """The parsed body of any answer the spec documents for respondToFeedback."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = FeedbackEnvelope.from_dict(orjson.loads(response.content))

            return response_200

    if response.status_code == 400:
        with gc_paused():
            response_400 = Error.from_dict(orjson.loads(response.content))

            return response_400

    if response.status_code == 401:
        with gc_paused():
            response_401 = Error.from_dict(orjson.loads(response.content))

            return response_401

    if response.status_code == 403:
        with gc_paused():
            response_403 = Error.from_dict(orjson.loads(response.content))

            return response_403

    if response.status_code == 404:
        with gc_paused():
            response_404 = Error.from_dict(orjson.loads(response.content))

            return response_404

    if response.status_code == 409:
        with gc_paused():
            response_409 = Error.from_dict(orjson.loads(response.content))

            return response_409

    if response.status_code == 429:
        with gc_paused():
            response_429 = Error.from_dict(orjson.loads(response.content))

            return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> FeedbackEnvelope:
    """The body of a documented success answer of respondToFeedback.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = FeedbackEnvelope.from_dict(orjson.loads(response.content))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | FeedbackEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FeedbackResponseRequest,
    accept_version: RespondToFeedbackAcceptVersion = RespondToFeedbackAcceptVersion.V4_0,
) -> Response[Error | FeedbackEnvelope]:
    """Respond to a feedback

     Sends the merchant's written response to a customer's feedback; Thanx passes it on to the
    customer as a message. Only one response is allowed per feedback record: a second one is
    refused. The answer is the updated feedback record, with `response`, `state: responded`
    and `responded_at` set.

    Requires the `feedbacks.write` scope. Not safe to repeat blindly: after a failure whose
    outcome is unknown (a timeout, a dropped connection), read the feedback back to see whether
    the response was stored.

    Args:
        id (str):
        accept_version (RespondToFeedbackAcceptVersion):  Default:
            RespondToFeedbackAcceptVersion.V4_0.
        body (FeedbackResponseRequest): Body of `respondToFeedback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FeedbackEnvelope]
    """

    kwargs = build_request(
        id=id,
        body=body,
        accept_version=accept_version,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FeedbackResponseRequest,
    accept_version: RespondToFeedbackAcceptVersion = RespondToFeedbackAcceptVersion.V4_0,
) -> Error | FeedbackEnvelope | None:
    """Respond to a feedback

     Sends the merchant's written response to a customer's feedback; Thanx passes it on to the
    customer as a message. Only one response is allowed per feedback record: a second one is
    refused. The answer is the updated feedback record, with `response`, `state: responded`
    and `responded_at` set.

    Requires the `feedbacks.write` scope. Not safe to repeat blindly: after a failure whose
    outcome is unknown (a timeout, a dropped connection), read the feedback back to see whether
    the response was stored.

    Args:
        id (str):
        accept_version (RespondToFeedbackAcceptVersion):  Default:
            RespondToFeedbackAcceptVersion.V4_0.
        body (FeedbackResponseRequest): Body of `respondToFeedback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FeedbackEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        accept_version=accept_version,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FeedbackResponseRequest,
    accept_version: RespondToFeedbackAcceptVersion = RespondToFeedbackAcceptVersion.V4_0,
) -> Response[Error | FeedbackEnvelope]:
    """Respond to a feedback

     Sends the merchant's written response to a customer's feedback; Thanx passes it on to the
    customer as a message. Only one response is allowed per feedback record: a second one is
    refused. The answer is the updated feedback record, with `response`, `state: responded`
    and `responded_at` set.

    Requires the `feedbacks.write` scope. Not safe to repeat blindly: after a failure whose
    outcome is unknown (a timeout, a dropped connection), read the feedback back to see whether
    the response was stored.

    Args:
        id (str):
        accept_version (RespondToFeedbackAcceptVersion):  Default:
            RespondToFeedbackAcceptVersion.V4_0.
        body (FeedbackResponseRequest): Body of `respondToFeedback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FeedbackEnvelope]
    """

    kwargs = build_request(
        id=id,
        body=body,
        accept_version=accept_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FeedbackResponseRequest,
    accept_version: RespondToFeedbackAcceptVersion = RespondToFeedbackAcceptVersion.V4_0,
) -> Error | FeedbackEnvelope | None:
    """Respond to a feedback

     Sends the merchant's written response to a customer's feedback; Thanx passes it on to the
    customer as a message. Only one response is allowed per feedback record: a second one is
    refused. The answer is the updated feedback record, with `response`, `state: responded`
    and `responded_at` set.

    Requires the `feedbacks.write` scope. Not safe to repeat blindly: after a failure whose
    outcome is unknown (a timeout, a dropped connection), read the feedback back to see whether
    the response was stored.

    Args:
        id (str):
        accept_version (RespondToFeedbackAcceptVersion):  Default:
            RespondToFeedbackAcceptVersion.V4_0.
        body (FeedbackResponseRequest): Body of `respondToFeedback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FeedbackEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            accept_version=accept_version,
        )
    ).parsed
