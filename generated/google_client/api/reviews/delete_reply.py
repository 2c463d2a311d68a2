"""deleteReply: Delete the reply to a review"""

from http import HTTPStatus
from typing import Any, Final, Required, TypedDict, cast
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Pagination, RequestKwargs, Response, gc_paused

OPERATION_ID: Final = "deleteReply"
METHOD: Final = "DELETE"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v4/accounts/{account_id}/locations/{location_id}/reviews/{review_id}/reply"
# None: the spec names no server for this operation alone; it is served from the client's base URL.
SERVER: Final[str | None] = None
# The success statuses the spec documents: the ones parse_success reads.
SUCCESS_STATUSES: Final = frozenset(
    {
        200,
        204,
    }
)


# None: the operation does not page (it is no list operation).
PAGINATION: Final[Pagination | None] = None


class DeleteReplyParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for deleteReply, by their Python names."""

    account_id: Required[str]
    location_id: Required[str]
    review_id: Required[str]


def build_request(
    account_id: str,
    location_id: str,
    review_id: str,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one deleteReply call (URL relative to the base URL)."""

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH.format(
            account_id=quote(str(account_id), safe=""),
            location_id=quote(str(location_id), safe=""),
            review_id=quote(str(review_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    """The parsed body of any answer the spec documents for deleteReply."""
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

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

    if response.status_code == 429:
        with gc_paused():
            response_429 = Error.from_dict(orjson.loads(response.content))

            return response_429

    if response.status_code == 500:
        with gc_paused():
            response_500 = Error.from_dict(orjson.loads(response.content))

            return response_500

    if response.status_code == 503:
        with gc_paused():
            response_503 = Error.from_dict(orjson.loads(response.content))

            return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> None:
    """The body of a documented success answer of deleteReply.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
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
    account_id: str,
    location_id: str,
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Delete the reply to a review

     Deletes the owner's reply to the review. Success is an empty JSON object (`{}`).

    Args:
        account_id (str):
        location_id (str):
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = build_request(
        account_id=account_id,
        location_id=location_id,
        review_id=review_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    location_id: str,
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Delete the reply to a review

     Deletes the owner's reply to the review. Success is an empty JSON object (`{}`).

    Args:
        account_id (str):
        location_id (str):
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        account_id=account_id,
        location_id=location_id,
        review_id=review_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    location_id: str,
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Delete the reply to a review

     Deletes the owner's reply to the review. Success is an empty JSON object (`{}`).

    Args:
        account_id (str):
        location_id (str):
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = build_request(
        account_id=account_id,
        location_id=location_id,
        review_id=review_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    location_id: str,
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Delete the reply to a review

     Deletes the owner's reply to the review. Success is an empty JSON object (`{}`).

    Args:
        account_id (str):
        location_id (str):
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            location_id=location_id,
            review_id=review_id,
            client=client,
        )
    ).parsed
