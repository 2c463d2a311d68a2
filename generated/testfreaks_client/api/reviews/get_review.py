"""getReview: Get a review"""

from http import HTTPStatus
from typing import Any, Final, Literal, Required, TypedDict, cast
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.review import Review
from ...types import (
    UNSET,
    FilterParameter,
    Pagination,
    RequestKwargs,
    Response,
    Unset,
    gc_paused,
    unwrapped,
)

OPERATION_ID: Final = "getReview"
METHOD: Final = "GET"
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


class GetReviewParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for getReview, by their Python names."""

    review_id: Required[str]
    client_id: str


#: The member names of :class:`GetReviewFilters`.
GetReviewFilterName = Literal["review_id", "client_id"]


class GetReviewFilters(TypedDict, total=False):
    """The scope and filters of getReview: its path and query parameters by their Python names,
    without the pagination ones; open enums as their plain values."""

    review_id: Required[str]
    client_id: str


# Each member of GetReviewFilters, as the spec describes it (the first paragraph of its description).
FILTERS: Final[tuple[FilterParameter, ...]] = (
    FilterParameter(
        "reviewId",
        "review_id",
        required=True,
        kind="string",
        example="e63b2ad38dd9ada0",
        description="The review's ID (`id` of a review).",
    ),
    FilterParameter(
        "client_id",
        "client_id",
        required=False,
        kind="string",
        example="example.com",
        description="The client to act on, for API keys that have access to several clients.",
    ),
)


def filter_arguments(filters: GetReviewFilters) -> GetReviewParams:
    """The arguments of :func:`build_request` for ``filters``: enums' plain values as the enum members it
    takes (a ValueError for a value a closed enum does not list)."""
    arguments = cast(GetReviewParams, dict(filters))
    return arguments


def build_request(
    review_id: str,
    *,
    client_id: str | Unset = UNSET,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one getReview call (URL relative to the base URL)."""

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


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Review | None:
    """The parsed body of any answer the spec documents for getReview."""
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
    client_id: str | Unset = UNSET,
) -> Response[Error | Review]:
    """Get a review

     Returns one review by its ID, published or not: the review object itself, or the list
    format with `data` holding the single review instead of an array.

    Args:
        review_id (str):
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Review]
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
) -> Error | Review | None:
    """Get a review

     Returns one review by its ID, published or not: the review object itself, or the list
    format with `data` holding the single review instead of an array.

    Args:
        review_id (str):
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Review
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
) -> Response[Error | Review]:
    """Get a review

     Returns one review by its ID, published or not: the review object itself, or the list
    format with `data` holding the single review instead of an array.

    Args:
        review_id (str):
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Review]
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
) -> Error | Review | None:
    """Get a review

     Returns one review by its ID, published or not: the review object itself, or the list
    format with `data` holding the single review instead of an array.

    Args:
        review_id (str):
        client_id (str | Unset):

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
            client_id=client_id,
        )
    ).parsed
