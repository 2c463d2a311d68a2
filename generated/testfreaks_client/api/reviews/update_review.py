"""updateReview: Update a review"""

from http import HTTPStatus
from typing import Any, Final, Required, TypedDict
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.review import Review
from ...models.review_write_request import ReviewWriteRequest
from ...types import (
    UNSET,
    Pagination,
    RequestKwargs,
    Response,
    Unset,
    gc_paused,
    unwrapped,
)

OPERATION_ID: Final = "updateReview"
METHOD: Final = "PUT"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v1/reviews/{review_id}"
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


class UpdateReviewParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for updateReview, by their Python names."""

    review_id: Required[str]
    body: Required[ReviewWriteRequest]
    client_id: str


def build_request(
    review_id: str,
    *,
    body: ReviewWriteRequest,
    client_id: str | Unset = UNSET,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one updateReview call (URL relative to the base URL)."""
    headers: dict[str, Any] = {}

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

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Review | None:
    """The parsed body of any answer the spec documents for updateReview."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = Review.from_dict(unwrapped(orjson.loads(response.content), "data"))

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

    if response.status_code == 422:
        with gc_paused():
            response_422 = Error.from_dict(orjson.loads(response.content))

            return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> Review:
    """The body of a documented success answer of updateReview.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = Review.from_dict(unwrapped(orjson.loads(response.content), "data"))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Review]:
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
    body: ReviewWriteRequest,
    client_id: str | Unset = UNSET,
) -> Response[Error | Review]:
    """Update a review

     Replaces the data of one review, by its ID. The body has the same structure as for creating a
    review. The answer is the stored review, or a list of errors.

    Args:
        review_id (str):
        client_id (str | Unset):
        body (ReviewWriteRequest): Body of a create or update request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Review]
    """

    kwargs = build_request(
        review_id=review_id,
        body=body,
        client_id=client_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReviewWriteRequest,
    client_id: str | Unset = UNSET,
) -> Error | Review | None:
    """Update a review

     Replaces the data of one review, by its ID. The body has the same structure as for creating a
    review. The answer is the stored review, or a list of errors.

    Args:
        review_id (str):
        client_id (str | Unset):
        body (ReviewWriteRequest): Body of a create or update request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Review
    """

    return sync_detailed(
        review_id=review_id,
        client=client,
        body=body,
        client_id=client_id,
    ).parsed


async def asyncio_detailed(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReviewWriteRequest,
    client_id: str | Unset = UNSET,
) -> Response[Error | Review]:
    """Update a review

     Replaces the data of one review, by its ID. The body has the same structure as for creating a
    review. The answer is the stored review, or a list of errors.

    Args:
        review_id (str):
        client_id (str | Unset):
        body (ReviewWriteRequest): Body of a create or update request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Review]
    """

    kwargs = build_request(
        review_id=review_id,
        body=body,
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReviewWriteRequest,
    client_id: str | Unset = UNSET,
) -> Error | Review | None:
    """Update a review

     Replaces the data of one review, by its ID. The body has the same structure as for creating a
    review. The answer is the stored review, or a list of errors.

    Args:
        review_id (str):
        client_id (str | Unset):
        body (ReviewWriteRequest): Body of a create or update request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Review
    """

    return (
        await asyncio_detailed(
            review_id=review_id,
            client=client,
            body=body,
            client_id=client_id,
        )
    ).parsed
