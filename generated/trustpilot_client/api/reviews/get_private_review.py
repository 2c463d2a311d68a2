"""getPrivateReview: Get a private review"""

from http import HTTPStatus
from typing import Final, Literal, Required, TypedDict, cast
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.private_review import PrivateReview
from ...types import (
    FilterParameter,
    Pagination,
    RequestKwargs,
    Response,
    gc_paused,
)

OPERATION_ID: Final = "getPrivateReview"
METHOD: Final = "GET"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v1/private/reviews/{review_id}"
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


class GetPrivateReviewParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for getPrivateReview, by their Python names."""

    review_id: Required[str]


#: The member names of :class:`GetPrivateReviewFilters`.
GetPrivateReviewFilterName = Literal["review_id"]


class GetPrivateReviewFilters(TypedDict, total=False):
    """The scope and filters of getPrivateReview: its path and query parameters by their Python names,
    without the pagination ones; open enums as their plain values."""

    review_id: Required[str]


# Each member of GetPrivateReviewFilters, as the spec describes it (the first paragraph of its description).
FILTERS: Final[tuple[FilterParameter, ...]] = (
    FilterParameter(
        "reviewId",
        "review_id",
        required=True,
        kind="string",
        example="507f191e810c19729de860ea",
        description="The review's id (`id` of a review).",
    ),
)


def filter_arguments(filters: GetPrivateReviewFilters) -> GetPrivateReviewParams:
    """The arguments of :func:`build_request` for ``filters``: enums' plain values as the enum members it
    takes (a ValueError for a value a closed enum does not list)."""
    arguments = cast(GetPrivateReviewParams, dict(filters))
    return arguments


def build_request(
    review_id: str,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one getPrivateReview call (URL relative to the base URL)."""

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH.format(
            review_id=quote(str(review_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PrivateReview | None:
    """The parsed body of any answer the spec documents for getPrivateReview."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = PrivateReview.from_dict(orjson.loads(response.content))

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> PrivateReview:
    """The body of a documented success answer of getPrivateReview.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = PrivateReview.from_dict(orjson.loads(response.content))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PrivateReview]:
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
) -> Response[Error | PrivateReview]:
    """Get a private review

     Returns one review with its private data, as the list shows it. After a reply whose outcome
    is unknown, this is how to see whether the reply was stored (`companyReply`).

    Args:
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PrivateReview]
    """

    kwargs = build_request(
        review_id=review_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | PrivateReview | None:
    """Get a private review

     Returns one review with its private data, as the list shows it. After a reply whose outcome
    is unknown, this is how to see whether the reply was stored (`companyReply`).

    Args:
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PrivateReview
    """

    return sync_detailed(
        review_id=review_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | PrivateReview]:
    """Get a private review

     Returns one review with its private data, as the list shows it. After a reply whose outcome
    is unknown, this is how to see whether the reply was stored (`companyReply`).

    Args:
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PrivateReview]
    """

    kwargs = build_request(
        review_id=review_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | PrivateReview | None:
    """Get a private review

     Returns one review with its private data, as the list shows it. After a reply whose outcome
    is unknown, this is how to see whether the reply was stored (`companyReply`).

    Args:
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PrivateReview
    """

    return (
        await asyncio_detailed(
            review_id=review_id,
            client=client,
        )
    ).parsed
