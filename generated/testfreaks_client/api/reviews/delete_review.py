"""deleteReview: Delete a review"""

from http import HTTPStatus
from typing import Any, Final, Required, TypedDict, cast
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_result import DeleteResult
from ...models.error import Error
from ...types import UNSET, Pagination, RequestKwargs, Response, Unset, gc_paused

OPERATION_ID: Final = "deleteReview"
METHOD: Final = "DELETE"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v1/reviews/{review_id}"
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


class DeleteReviewParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for deleteReview, by their Python names."""

    review_id: Required[str]
    client_id: str


def build_request(
    review_id: str,
    *,
    client_id: str | Unset = UNSET,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one deleteReview call (URL relative to the base URL)."""

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH.format(
            review_id=quote(str(review_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteResult | Error | None:
    """The parsed body of any answer the spec documents for deleteReview."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = DeleteResult.from_dict(orjson.loads(response.content))

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> DeleteResult | None:
    """The body of a documented success answer of deleteReview.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = DeleteResult.from_dict(orjson.loads(response.content))

            return response_200

    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DeleteResult | Error]:
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
    client_id: str | Unset = UNSET,
) -> Response[Any | DeleteResult | Error]:
    """Delete a review

     Deletes one review, by its ID.

    Args:
        review_id (str):
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteResult | Error]
    """

    kwargs = build_request(
        review_id=review_id,
        client_id=client_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
) -> Any | DeleteResult | Error | None:
    """Delete a review

     Deletes one review, by its ID.

    Args:
        review_id (str):
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteResult | Error
    """

    return sync_detailed(
        review_id=review_id,
        client=client,
        client_id=client_id,
    ).parsed


async def asyncio_detailed(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
) -> Response[Any | DeleteResult | Error]:
    """Delete a review

     Deletes one review, by its ID.

    Args:
        review_id (str):
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteResult | Error]
    """

    kwargs = build_request(
        review_id=review_id,
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
) -> Any | DeleteResult | Error | None:
    """Delete a review

     Deletes one review, by its ID.

    Args:
        review_id (str):
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteResult | Error
    """

    return (
        await asyncio_detailed(
            review_id=review_id,
            client=client,
            client_id=client_id,
        )
    ).parsed
