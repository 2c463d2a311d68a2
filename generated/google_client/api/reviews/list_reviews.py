"""listReviews: List the reviews of a location"""

from collections.abc import Mapping
from http import HTTPStatus
from typing import (
    Any,
    Final,
    Generic,
    Literal,
    Required,
    TypedDict,
    TypeVar,
    Unpack,
    cast,
)
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.review_list import ReviewList
from ...models.review_order import ReviewOrder
from ...types import (
    UNSET,
    FilterParameter,
    PageSize,
    Pagination,
    PagingParameter,
    RequestKwargs,
    Response,
    Unset,
    gc_paused,
)

OPERATION_ID: Final = "listReviews"
METHOD: Final = "GET"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v4/accounts/{account_id}/locations/{location_id}/reviews"
# None: the spec names no server for this operation alone; it is served from the client's base URL.
SERVER: Final[str | None] = None
# The success statuses the spec documents: the ones parse_success reads.
SUCCESS_STATUSES: Final = frozenset(
    {
        200,
    }
)


# How the operation pages, as the spec says (x-reviewbridge-pagination): a pager built on this client
# reads the records, the cursor, next link or total, and the parameters that carry them, from here.
PAGINATION: Final = Pagination(
    style="page_token",
    items=("reviews",),
    cursor=("nextPageToken",),
    cursor_parameter=PagingParameter("pageToken", "page_token"),
    empty_omitted=True,
    page_size=PageSize(
        PagingParameter("pageSize", "page_size"),
        default=None,
        maximum=50,
    ),
)


class ListReviewsParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for listReviews, by their Python names."""

    account_id: Required[str]
    location_id: Required[str]
    page_size: int
    page_token: str
    order_by: ReviewOrder


#: The member names of :class:`ListReviewsFilters`.
ListReviewsFilterName = Literal["account_id", "location_id", "page_size", "order_by"]


class ListReviewsFilters(TypedDict, total=False):
    """The scope and filters of listReviews: its path and query parameters by their Python names,
    without the pagination ones (pageToken); open enums as their plain values."""

    account_id: Required[str]
    location_id: Required[str]
    page_size: int
    order_by: str


# Each member of ListReviewsFilters, as the spec describes it (the first paragraph of its description).
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
        "pageSize",
        "page_size",
        required=False,
        kind="integer",
        minimum=1,
        maximum=50,
        description="How many reviews a page holds, at most 50 (the default is not documented).",
    ),
    FilterParameter(
        "orderBy",
        "order_by",
        required=False,
        kind="string",
        choices=("updateTime desc", "rating", "rating desc"),
        example="updateTime desc",
        description="`updateTime desc` (the default: latest change first), `rating` (lowest first) or `rating desc`.",
    ),
)


def filter_arguments(filters: ListReviewsFilters) -> ListReviewsParams:
    """The arguments of :func:`build_request` for ``filters``: enums' plain values as the enum members it
    takes (a ValueError for a value a closed enum does not list)."""
    arguments = cast(ListReviewsParams, dict(filters))
    if "order_by" in filters:
        arguments["order_by"] = ReviewOrder(filters["order_by"])
    return arguments


class ListReviewsListingFilters(TypedDict, total=False):
    """What the listing calls of listReviews take (x-reviewbridge-listing): the members of
    :class:`ListReviewsFilters` but account_id, location_id (given in another form), and the SDK's own."""

    page_size: int
    order_by: str
    #: A location's resource name, accounts/{accountId}/locations/{locationId}.
    location: str
    #: Several locations' resource names, walked one after the other.
    locations: list[str]
    #: Every location of every account the user reaches, one after the other.
    all_locations: bool


ReviewsT = TypeVar("ReviewsT")
ReviewPagesT = TypeVar("ReviewPagesT")
ModelPagesT = TypeVar("ModelPagesT")
ResumeT = TypeVar("ResumeT", bound=Mapping[str, object] | None)


class ListReviewsListing(Generic[ReviewsT, ReviewPagesT, ModelPagesT, ResumeT]):
    """The listing calls of a client over listReviews, typed with :class:`ListReviewsListingFilters`: what
    ``reviews`` gives (the records), ``review_pages`` (each page with its records and a resume point,
    ``ResumeT``) and ``pages`` (each list response) is the client's to bind, as are the three hooks they
    call."""

    def reviews(self, **filters: Unpack[ListReviewsListingFilters]) -> ReviewsT:
        """Every record of the listing, page after page."""
        return self._reviews(filters)

    def review_pages(
        self,
        *,
        resume: ResumeT | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        **filters: Unpack[ListReviewsListingFilters],
    ) -> ReviewPagesT:
        """Every page with its records and a resume point; ``resume=`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports)."""
        return self._review_pages(resume, concurrency, follow_changes, filters)

    def pages(self, *, concurrency: int = 1, **filters: Unpack[ListReviewsListingFilters]) -> ModelPagesT:
        """Every page as the list response model."""
        return self._pages(concurrency, filters)

    def _reviews(self, filters: Mapping[str, object], concurrency: int = 1) -> ReviewsT:
        raise NotImplementedError

    def _review_pages(
        self,
        resume: Mapping[str, object] | None,
        concurrency: int,
        follow_changes: bool,
        filters: Mapping[str, object] | None,
        set_aside: bool = False,
    ) -> ReviewPagesT:
        raise NotImplementedError

    def _pages(self, concurrency: int, filters: Mapping[str, object]) -> ModelPagesT:
        raise NotImplementedError


def build_request(
    account_id: str,
    location_id: str,
    *,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order_by: ReviewOrder | Unset = UNSET,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one listReviews call (URL relative to the base URL)."""

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageToken"] = page_token

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["orderBy"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH.format(
            account_id=quote(str(account_id), safe=""),
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ReviewList | None:
    """The parsed body of any answer the spec documents for listReviews."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = ReviewList.from_dict(orjson.loads(response.content))

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


def parse_success(response: httpx.Response) -> ReviewList:
    """The body of a documented success answer of listReviews.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = ReviewList.from_dict(orjson.loads(response.content))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ReviewList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    location_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order_by: ReviewOrder | Unset = UNSET,
) -> Response[Error | ReviewList]:
    """List the reviews of a location

     Returns one page of the reviews of the location `accounts/{accountId}/locations/{locationId}`,
    with the location's average rating and review count. Newest change first by default
    (`updateTime desc`); `rating` (lowest first) and `rating desc` are the other orders; ascending
    update time is not offered. At most 50 reviews a page; `nextPageToken` is absent on the last
    page. Only valid for a verified location.

    Args:
        account_id (str):
        location_id (str):
        page_size (int | Unset):
        page_token (str | Unset):
        order_by (ReviewOrder | Unset): An order of a location's reviews.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReviewList]
    """

    kwargs = build_request(
        account_id=account_id,
        location_id=location_id,
        page_size=page_size,
        page_token=page_token,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    location_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order_by: ReviewOrder | Unset = UNSET,
) -> Error | ReviewList | None:
    """List the reviews of a location

     Returns one page of the reviews of the location `accounts/{accountId}/locations/{locationId}`,
    with the location's average rating and review count. Newest change first by default
    (`updateTime desc`); `rating` (lowest first) and `rating desc` are the other orders; ascending
    update time is not offered. At most 50 reviews a page; `nextPageToken` is absent on the last
    page. Only valid for a verified location.

    Args:
        account_id (str):
        location_id (str):
        page_size (int | Unset):
        page_token (str | Unset):
        order_by (ReviewOrder | Unset): An order of a location's reviews.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReviewList
    """

    return sync_detailed(
        account_id=account_id,
        location_id=location_id,
        client=client,
        page_size=page_size,
        page_token=page_token,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    location_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order_by: ReviewOrder | Unset = UNSET,
) -> Response[Error | ReviewList]:
    """List the reviews of a location

     Returns one page of the reviews of the location `accounts/{accountId}/locations/{locationId}`,
    with the location's average rating and review count. Newest change first by default
    (`updateTime desc`); `rating` (lowest first) and `rating desc` are the other orders; ascending
    update time is not offered. At most 50 reviews a page; `nextPageToken` is absent on the last
    page. Only valid for a verified location.

    Args:
        account_id (str):
        location_id (str):
        page_size (int | Unset):
        page_token (str | Unset):
        order_by (ReviewOrder | Unset): An order of a location's reviews.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReviewList]
    """

    kwargs = build_request(
        account_id=account_id,
        location_id=location_id,
        page_size=page_size,
        page_token=page_token,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    location_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order_by: ReviewOrder | Unset = UNSET,
) -> Error | ReviewList | None:
    """List the reviews of a location

     Returns one page of the reviews of the location `accounts/{accountId}/locations/{locationId}`,
    with the location's average rating and review count. Newest change first by default
    (`updateTime desc`); `rating` (lowest first) and `rating desc` are the other orders; ascending
    update time is not offered. At most 50 reviews a page; `nextPageToken` is absent on the last
    page. Only valid for a verified location.

    Args:
        account_id (str):
        location_id (str):
        page_size (int | Unset):
        page_token (str | Unset):
        order_by (ReviewOrder | Unset): An order of a location's reviews.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReviewList
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            location_id=location_id,
            client=client,
            page_size=page_size,
            page_token=page_token,
            order_by=order_by,
        )
    ).parsed
