"""getCustomerExperienceReview: Get one customer experience review"""

from http import HTTPStatus
from typing import Any, Final, Literal, Required, TypedDict, cast
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_experience_review_detail import CustomerExperienceReviewDetail
from ...models.error import Error
from ...types import (
    UNSET,
    FilterParameter,
    Pagination,
    RequestKwargs,
    Response,
    Unset,
    gc_paused,
)

OPERATION_ID: Final = "getCustomerExperienceReview"
METHOD: Final = "GET"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v4/customer_experience_reviews/{id}"
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


class GetCustomerExperienceReviewParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for getCustomerExperienceReview, by their Python names."""

    id: Required[str]
    trkref: str
    branch_code: str


#: The member names of :class:`GetCustomerExperienceReviewFilters`.
GetCustomerExperienceReviewFilterName = Literal["id", "trkref", "branch_code"]


class GetCustomerExperienceReviewFilters(TypedDict, total=False):
    """The scope and filters of getCustomerExperienceReview: its path and query parameters by their Python names,
    without the pagination ones; open enums as their plain values."""

    id: Required[str]
    trkref: str
    branch_code: str


# Each member of GetCustomerExperienceReviewFilters, as the spec describes it (the first paragraph of its description).
FILTERS: Final[tuple[FilterParameter, ...]] = (
    FilterParameter(
        "id", "id", required=True, kind="string", description="Identifier of the customer experience review."
    ),
    FilterParameter(
        "trkref",
        "trkref",
        required=False,
        kind="string",
        description="Tracking reference (organisation code) of the retailer the review belongs to.",
    ),
    FilterParameter(
        "branch_code",
        "branch_code",
        required=False,
        kind="string",
        description="Restrict the result to the reviews attributed to this branch of the organisation.",
    ),
)


def filter_arguments(filters: GetCustomerExperienceReviewFilters) -> GetCustomerExperienceReviewParams:
    """The arguments of :func:`build_request` for ``filters``: enums' plain values as the enum members it
    takes (a ValueError for a value a closed enum does not list)."""
    arguments = cast(GetCustomerExperienceReviewParams, dict(filters))
    return arguments


def build_request(
    id: str,
    *,
    trkref: str | Unset = UNSET,
    branch_code: str | Unset = UNSET,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one getCustomerExperienceReview call (URL relative to the base URL)."""

    params: dict[str, Any] = {}

    params["trkref"] = trkref

    params["branch_code"] = branch_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH.format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerExperienceReviewDetail | Error | None:
    """The parsed body of any answer the spec documents for getCustomerExperienceReview."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = CustomerExperienceReviewDetail.from_dict(orjson.loads(response.content))

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


def parse_success(response: httpx.Response) -> CustomerExperienceReviewDetail:
    """The body of a documented success answer of getCustomerExperienceReview.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = CustomerExperienceReviewDetail.from_dict(orjson.loads(response.content))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomerExperienceReviewDetail | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    trkref: str | Unset = UNSET,
    branch_code: str | Unset = UNSET,
) -> Response[CustomerExperienceReviewDetail | Error]:
    """Get one customer experience review

     Returns a single customer experience review: the same attributes as a list item plus its
    `id` (which Reevoo's own detail example leaves out, so it may be missing). `trkref` and
    `branch_code` optionally scope the lookup to an organisation and one of
    its branches.

    Args:
        id (str):
        trkref (str | Unset):
        branch_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerExperienceReviewDetail | Error]
    """

    kwargs = build_request(
        id=id,
        trkref=trkref,
        branch_code=branch_code,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    trkref: str | Unset = UNSET,
    branch_code: str | Unset = UNSET,
) -> CustomerExperienceReviewDetail | Error | None:
    """Get one customer experience review

     Returns a single customer experience review: the same attributes as a list item plus its
    `id` (which Reevoo's own detail example leaves out, so it may be missing). `trkref` and
    `branch_code` optionally scope the lookup to an organisation and one of
    its branches.

    Args:
        id (str):
        trkref (str | Unset):
        branch_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerExperienceReviewDetail | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        trkref=trkref,
        branch_code=branch_code,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    trkref: str | Unset = UNSET,
    branch_code: str | Unset = UNSET,
) -> Response[CustomerExperienceReviewDetail | Error]:
    """Get one customer experience review

     Returns a single customer experience review: the same attributes as a list item plus its
    `id` (which Reevoo's own detail example leaves out, so it may be missing). `trkref` and
    `branch_code` optionally scope the lookup to an organisation and one of
    its branches.

    Args:
        id (str):
        trkref (str | Unset):
        branch_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerExperienceReviewDetail | Error]
    """

    kwargs = build_request(
        id=id,
        trkref=trkref,
        branch_code=branch_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    trkref: str | Unset = UNSET,
    branch_code: str | Unset = UNSET,
) -> CustomerExperienceReviewDetail | Error | None:
    """Get one customer experience review

     Returns a single customer experience review: the same attributes as a list item plus its
    `id` (which Reevoo's own detail example leaves out, so it may be missing). `trkref` and
    `branch_code` optionally scope the lookup to an organisation and one of
    its branches.

    Args:
        id (str):
        trkref (str | Unset):
        branch_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerExperienceReviewDetail | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            trkref=trkref,
            branch_code=branch_code,
        )
    ).parsed
