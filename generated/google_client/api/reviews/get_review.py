"""getReview: Get a review"""

from http import HTTPStatus
from typing import Final, Literal, Required, TypedDict, cast
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.review import Review
from ...types import (
    FilterParameter,
    Pagination,
    RequestKwargs,
    Response,
    gc_paused,
)

OPERATION_ID: Final = "getReview"
METHOD: Final = "GET"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v4/accounts/{account_id}/locations/{location_id}/reviews/{review_id}"
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


class GetReviewParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for getReview, by their Python names."""

    account_id: Required[str]
    location_id: Required[str]
    review_id: Required[str]


#: The member names of :class:`GetReviewFilters`.
GetReviewFilterName = Literal["account_id", "location_id", "review_id"]


class GetReviewFilters(TypedDict, total=False):
    """The scope and filters of getReview: its path and query parameters by their Python names,
    without the pagination ones; open enums as their plain values."""

    account_id: Required[str]
    location_id: Required[str]
    review_id: Required[str]


# Each member of GetReviewFilters, as the spec describes it (the first paragraph of its description).
FILTERS: Final[tuple[FilterParameter, ...]] = (
    FilterParameter(
        "accountId",
        "account_id",
        required=True,
        kind="string",
        example="112233445566778899001",
        description="The account's id (`accounts/{accountId}` is its resource name).",
    ),
    FilterParameter(
        "locationId",
        "location_id",
        required=True,
        kind="string",
        example="4321098765432109876",
        description="The location's id (`locations/{locationId}` in the Business Information API).",
    ),
    FilterParameter(
        "reviewId",
        "review_id",
        required=True,
        kind="string",
        example="AbFvOqm1X2Lk",
        description="The review's id (`reviewId`, the last segment of its `name`).",
    ),
)


def filter_arguments(filters: GetReviewFilters) -> GetReviewParams:
    """The arguments of :func:`build_request` for ``filters``: enums' plain values as the enum members it
    takes (a ValueError for a value a closed enum does not list)."""
    arguments = cast(GetReviewParams, dict(filters))
    return arguments


def build_request(
    account_id: str,
    location_id: str,
    review_id: str,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one getReview call (URL relative to the base URL)."""

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH.format(
            account_id=quote(str(account_id), safe=""),
            location_id=quote(str(location_id), safe=""),
            review_id=quote(str(review_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Review | None:
    """The parsed body of any answer the spec documents for getReview."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = Review.from_dict(orjson.loads(response.content))

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


def parse_success(response: httpx.Response) -> Review:
    """The body of a documented success answer of getReview.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = Review.from_dict(orjson.loads(response.content))

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
    account_id: str,
    location_id: str,
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Review]:
    """Get a review

     Returns one review of a location by its resource name
    `accounts/{accountId}/locations/{locationId}/reviews/{reviewId}`. A review that does not exist
    or was deleted is `NOT_FOUND` (404).

    Args:
        account_id (str):
        location_id (str):
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Review]
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
) -> Error | Review | None:
    """Get a review

     Returns one review of a location by its resource name
    `accounts/{accountId}/locations/{locationId}/reviews/{reviewId}`. A review that does not exist
    or was deleted is `NOT_FOUND` (404).

    Args:
        account_id (str):
        location_id (str):
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Review
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
) -> Response[Error | Review]:
    """Get a review

     Returns one review of a location by its resource name
    `accounts/{accountId}/locations/{locationId}/reviews/{reviewId}`. A review that does not exist
    or was deleted is `NOT_FOUND` (404).

    Args:
        account_id (str):
        location_id (str):
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Review]
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
) -> Error | Review | None:
    """Get a review

     Returns one review of a location by its resource name
    `accounts/{accountId}/locations/{locationId}/reviews/{reviewId}`. A review that does not exist
    or was deleted is `NOT_FOUND` (404).

    Args:
        account_id (str):
        location_id (str):
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Review
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            location_id=location_id,
            review_id=review_id,
            client=client,
        )
    ).parsed
