"""getReviewVeto: Get the veto of a review"""

from http import HTTPStatus
from typing import Any, Final, Literal, Required, TypedDict, cast
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.review_veto_response import ReviewVetoResponse
from ...types import (
    FilterParameter,
    Pagination,
    RequestKwargs,
    Response,
    gc_paused,
)

OPERATION_ID: Final = "getReviewVeto"
METHOD: Final = "GET"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/reviews/{review_id}/vetos"
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


class GetReviewVetoParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for getReviewVeto, by their Python names."""

    review_id: Required[str]


#: The member names of :class:`GetReviewVetoFilters`.
GetReviewVetoFilterName = Literal["review_id"]


class GetReviewVetoFilters(TypedDict, total=False):
    """The scope and filters of getReviewVeto: its path and query parameters by their Python names,
    without the pagination ones; open enums as their plain values."""

    review_id: Required[str]


# Each member of GetReviewVetoFilters, as the spec describes it (the first paragraph of its description).
FILTERS: Final[tuple[FilterParameter, ...]] = (
    FilterParameter(
        "reviewId",
        "review_id",
        required=True,
        kind="string",
        example="rev-xxxxxxxx-yyyy-xxxx-yyyy-xxxxxxxxxxxx",
        description="The review ID (`id` of a review).",
    ),
)


def filter_arguments(filters: GetReviewVetoFilters) -> GetReviewVetoParams:
    """The arguments of :func:`build_request` for ``filters``: enums' plain values as the enum members it
    takes (a ValueError for a value a closed enum does not list)."""
    arguments = cast(GetReviewVetoParams, dict(filters))
    return arguments


def build_request(
    review_id: str,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one getReviewVeto call (URL relative to the base URL)."""

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH.format(
            review_id=quote(str(review_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ReviewVetoResponse | None:
    """The parsed body of any answer the spec documents for getReviewVeto."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = ReviewVetoResponse.from_dict(orjson.loads(response.content))

            return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> ReviewVetoResponse:
    """The body of a documented success answer of getReviewVeto.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = ReviewVetoResponse.from_dict(orjson.loads(response.content))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ReviewVetoResponse]:
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
) -> Response[Any | ReviewVetoResponse]:
    """Get the veto of a review

     Returns the veto filed against the review.

    Args:
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReviewVetoResponse]
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
) -> Any | ReviewVetoResponse | None:
    """Get the veto of a review

     Returns the veto filed against the review.

    Args:
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReviewVetoResponse
    """

    return sync_detailed(
        review_id=review_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ReviewVetoResponse]:
    """Get the veto of a review

     Returns the veto filed against the review.

    Args:
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReviewVetoResponse]
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
) -> Any | ReviewVetoResponse | None:
    """Get the veto of a review

     Returns the veto filed against the review.

    Args:
        review_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReviewVetoResponse
    """

    return (
        await asyncio_detailed(
            review_id=review_id,
            client=client,
        )
    ).parsed
