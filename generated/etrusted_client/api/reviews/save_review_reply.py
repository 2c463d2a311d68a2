"""saveReviewReply: Reply to a review"""

from http import HTTPStatus
from typing import Any, Final, Required, TypedDict
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.review_reply_request import ReviewReplyRequest
from ...types import Pagination, RequestKwargs, Response

OPERATION_ID: Final = "saveReviewReply"
METHOD: Final = "POST"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/reviews/{review_id}/reply"
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


class SaveReviewReplyParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for saveReviewReply, by their Python names."""

    review_id: Required[str]
    body: Required[ReviewReplyRequest]


def build_request(
    review_id: str,
    *,
    body: ReviewReplyRequest,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one saveReviewReply call (URL relative to the base URL)."""
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


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    """The parsed body of any answer the spec documents for saveReviewReply."""
    if response.status_code == 200:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> None:
    """The body of a documented success answer of saveReviewReply.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
    body: ReviewReplyRequest,
) -> Response[Any]:
    """Reply to a review

     Saves the channel owner's public reply to a review. A review has at most one reply: saving
    again replaces it, so repeating the same call is harmless. With `sendNotification: true`
    eTrusted notifies the reviewer.

    Args:
        review_id (str):
        body (ReviewReplyRequest): The channel owner's reply to a review. Saving a reply replaces
            the earlier one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = build_request(
        review_id=review_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReviewReplyRequest,
) -> Response[Any]:
    """Reply to a review

     Saves the channel owner's public reply to a review. A review has at most one reply: saving
    again replaces it, so repeating the same call is harmless. With `sendNotification: true`
    eTrusted notifies the reviewer.

    Args:
        review_id (str):
        body (ReviewReplyRequest): The channel owner's reply to a review. Saving a reply replaces
            the earlier one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = build_request(
        review_id=review_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
