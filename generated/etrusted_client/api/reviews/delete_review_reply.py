"""deleteReviewReply: Delete the reply to a review"""

from http import HTTPStatus
from typing import Any, Final, Required, TypedDict
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Pagination, RequestKwargs, Response

OPERATION_ID: Final = "deleteReviewReply"
METHOD: Final = "DELETE"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/reviews/{review_id}/reply"
# None: the spec names no server for this operation alone; it is served from the client's base URL.
SERVER: Final[str | None] = None
# The success statuses the spec documents: the ones parse_success reads.
SUCCESS_STATUSES: Final = frozenset(
    {
        204,
    }
)


# None: the operation does not page (it is no list operation).
PAGINATION: Final[Pagination | None] = None


class DeleteReviewReplyParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for deleteReviewReply, by their Python names."""

    review_id: Required[str]


def build_request(
    review_id: str,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one deleteReviewReply call (URL relative to the base URL)."""

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH.format(
            review_id=quote(str(review_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    """The parsed body of any answer the spec documents for deleteReviewReply."""
    if response.status_code == 204:
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
    """The body of a documented success answer of deleteReviewReply.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 204:
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
) -> Response[Any]:
    """Delete the reply to a review

     Deletes the channel owner's reply to the review.

    Args:
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = build_request(
        review_id=review_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete the reply to a review

     Deletes the channel owner's reply to the review.

    Args:
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = build_request(
        review_id=review_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
