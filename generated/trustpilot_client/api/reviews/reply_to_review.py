"""replyToReview: Reply to a review"""

from http import HTTPStatus
from typing import Any, Final, Required, TypedDict, cast
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.reply_request import ReplyRequest
from ...types import Pagination, RequestKwargs, Response, gc_paused

OPERATION_ID: Final = "replyToReview"
METHOD: Final = "POST"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v1/private/reviews/{review_id}/reply"
# None: the spec names no server for this operation alone; it is served from the client's base URL.
SERVER: Final[str | None] = None
# The success statuses the spec documents: the ones parse_success reads.
SUCCESS_STATUSES: Final = frozenset(
    {
        200,
        201,
        204,
    }
)


# None: the operation does not page (it is no list operation).
PAGINATION: Final[Pagination | None] = None


class ReplyToReviewParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for replyToReview, by their Python names."""

    review_id: Required[str]
    body: Required[ReplyRequest]


def build_request(
    review_id: str,
    *,
    body: ReplyRequest,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one replyToReview call (URL relative to the base URL)."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH.format(
            review_id=quote(str(review_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    """The parsed body of any answer the spec documents for replyToReview."""
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if response.status_code == 415:
        with gc_paused():
            response_415 = Error.from_dict(orjson.loads(response.content))

            return response_415

    if response.status_code == 429:
        with gc_paused():
            response_429 = Error.from_dict(orjson.loads(response.content))

            return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> None:
    """The body of a documented success answer of replyToReview.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        return None
    if response.status_code == 201:
        return None
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReplyRequest,
) -> Response[Any | Error]:
    """Reply to a review

     Posts the company's public reply to a review; Trustpilot notifies the consumer. Not safe to
    repeat blindly: after a failure whose outcome is unknown (a timeout, a dropped connection),
    read the review back (`getPrivateReview`) and compare its `companyReply` before sending again.

    Args:
        review_id (str):
        body (ReplyRequest): The company reply to post.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = build_request(
        review_id=review_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReplyRequest,
) -> Any | Error | None:
    """Reply to a review

     Posts the company's public reply to a review; Trustpilot notifies the consumer. Not safe to
    repeat blindly: after a failure whose outcome is unknown (a timeout, a dropped connection),
    read the review back (`getPrivateReview`) and compare its `companyReply` before sending again.

    Args:
        review_id (str):
        body (ReplyRequest): The company reply to post.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        review_id=review_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReplyRequest,
) -> Response[Any | Error]:
    """Reply to a review

     Posts the company's public reply to a review; Trustpilot notifies the consumer. Not safe to
    repeat blindly: after a failure whose outcome is unknown (a timeout, a dropped connection),
    read the review back (`getPrivateReview`) and compare its `companyReply` before sending again.

    Args:
        review_id (str):
        body (ReplyRequest): The company reply to post.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = build_request(
        review_id=review_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReplyRequest,
) -> Any | Error | None:
    """Reply to a review

     Posts the company's public reply to a review; Trustpilot notifies the consumer. Not safe to
    repeat blindly: after a failure whose outcome is unknown (a timeout, a dropped connection),
    read the review back (`getPrivateReview`) and compare its `companyReply` before sending again.

    Args:
        review_id (str):
        body (ReplyRequest): The company reply to post.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            review_id=review_id,
            client=client,
            body=body,
        )
    ).parsed
