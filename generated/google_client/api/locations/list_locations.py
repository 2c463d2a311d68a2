"""listLocations: List the locations of an account"""

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
from ...models.location_list import LocationList
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

OPERATION_ID: Final = "listLocations"
METHOD: Final = "GET"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v1/accounts/{account_id}/locations"
# The server the spec names for this operation alone: build_request's URL is absolute, so the call
# goes there whatever the client's base URL.
SERVER: Final = "https://mybusinessbusinessinformation.googleapis.com"
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
    items=("locations",),
    cursor=("nextPageToken",),
    cursor_parameter=PagingParameter("pageToken", "page_token"),
    empty_omitted=True,
    page_size=PageSize(
        PagingParameter("pageSize", "page_size"),
        default=10,
        maximum=100,
    ),
)


class ListLocationsParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for listLocations, by their Python names."""

    account_id: Required[str]
    read_mask: Required[str]
    page_size: int
    page_token: str
    filter_: str
    order_by: str


#: The member names of :class:`ListLocationsFilters`.
ListLocationsFilterName = Literal["account_id", "read_mask", "page_size", "filter_", "order_by"]


class ListLocationsFilters(TypedDict, total=False):
    """The scope and filters of listLocations: its path and query parameters by their Python names,
    without the pagination ones (pageToken); open enums as their plain values."""

    account_id: Required[str]
    read_mask: Required[str]
    page_size: int
    filter_: str
    order_by: str


# Each member of ListLocationsFilters, as the spec describes it (the first paragraph of its description).
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
        "readMask",
        "read_mask",
        required=True,
        kind="string",
        example="name,title,storeCode",
        description="The Location fields to return, comma-separated (a FieldMask), e.g. `name,title,storeCode`. Required: without it the request is refused (400).",
    ),
    FilterParameter(
        "pageSize",
        "page_size",
        required=False,
        kind="integer",
        minimum=1,
        maximum=100,
        default=10,
        description="How many locations a page holds, 1 to 100; 10 by default.",
    ),
    FilterParameter(
        "filter",
        "filter_",
        required=False,
        kind="string",
        description='A filter on the locations (syntax in Google\'s "Work with Location Data" guide).',
    ),
    FilterParameter(
        "orderBy",
        "order_by",
        required=False,
        kind="string",
        example="title",
        description="The order of the list: `title` or `storeCode`, ascending unless followed by ` desc`; several comma-separated. Ascending by default.",
    ),
)


def filter_arguments(filters: ListLocationsFilters) -> ListLocationsParams:
    """The arguments of :func:`build_request` for ``filters``: enums' plain values as the enum members it
    takes (a ValueError for a value a closed enum does not list)."""
    arguments = cast(ListLocationsParams, dict(filters))
    return arguments


ReviewsT = TypeVar("ReviewsT")
ReviewPagesT = TypeVar("ReviewPagesT")
ModelPagesT = TypeVar("ModelPagesT")
ResumeT = TypeVar("ResumeT", bound=Mapping[str, object] | None)


class ListLocationsListing(Generic[ReviewsT, ReviewPagesT, ModelPagesT, ResumeT]):
    """The listing calls of a client over listLocations, typed with :class:`ListLocationsFilters`: what
    ``reviews`` gives (the records), ``review_pages`` (each page with its records and a resume point,
    ``ResumeT``) and ``pages`` (each list response) is the client's to bind, as are the three hooks they
    call."""

    def reviews(self, **filters: Unpack[ListLocationsFilters]) -> ReviewsT:
        """Every record of the listing, page after page."""
        return self._reviews(filters)

    def review_pages(
        self,
        *,
        resume: ResumeT | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        **filters: Unpack[ListLocationsFilters],
    ) -> ReviewPagesT:
        """Every page with its records and a resume point; ``resume=`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports)."""
        return self._review_pages(resume, concurrency, follow_changes, filters)

    def pages(self, *, concurrency: int = 1, **filters: Unpack[ListLocationsFilters]) -> ModelPagesT:
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
    *,
    read_mask: str,
    page_size: int | Unset = 10,
    page_token: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one listLocations call (URL absolute: the operation's own server)."""

    params: dict[str, Any] = {}

    params["readMask"] = read_mask

    params["pageSize"] = page_size

    params["pageToken"] = page_token

    params["filter"] = filter_

    params["orderBy"] = order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": "https://mybusinessbusinessinformation.googleapis.com"
        + PATH.format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | LocationList | None:
    """The parsed body of any answer the spec documents for listLocations."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = LocationList.from_dict(orjson.loads(response.content))

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


def parse_success(response: httpx.Response) -> LocationList:
    """The body of a documented success answer of listLocations.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = LocationList.from_dict(orjson.loads(response.content))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | LocationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    read_mask: str,
    page_size: int | Unset = 10,
    page_token: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Response[Error | LocationList]:
    """List the locations of an account

     Returns one page of the locations of `accounts/{accountId}`: the locations a personal account
    owns directly, or every location another type of account can reach. `readMask` is required:
    only the fields it names come back. Pages hold 10 locations unless `pageSize` says otherwise
    (at most 100); `nextPageToken` is absent on the last page. A location's `name` is
    `locations/{locationId}`; the reviews of it are under `accounts/{accountId}/locations/{locationId}`.

    Args:
        account_id (str):
        read_mask (str):
        page_size (int | Unset):  Default: 10.
        page_token (str | Unset):
        filter_ (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LocationList]
    """

    kwargs = build_request(
        account_id=account_id,
        read_mask=read_mask,
        page_size=page_size,
        page_token=page_token,
        filter_=filter_,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    read_mask: str,
    page_size: int | Unset = 10,
    page_token: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Error | LocationList | None:
    """List the locations of an account

     Returns one page of the locations of `accounts/{accountId}`: the locations a personal account
    owns directly, or every location another type of account can reach. `readMask` is required:
    only the fields it names come back. Pages hold 10 locations unless `pageSize` says otherwise
    (at most 100); `nextPageToken` is absent on the last page. A location's `name` is
    `locations/{locationId}`; the reviews of it are under `accounts/{accountId}/locations/{locationId}`.

    Args:
        account_id (str):
        read_mask (str):
        page_size (int | Unset):  Default: 10.
        page_token (str | Unset):
        filter_ (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LocationList
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        read_mask=read_mask,
        page_size=page_size,
        page_token=page_token,
        filter_=filter_,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    read_mask: str,
    page_size: int | Unset = 10,
    page_token: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Response[Error | LocationList]:
    """List the locations of an account

     Returns one page of the locations of `accounts/{accountId}`: the locations a personal account
    owns directly, or every location another type of account can reach. `readMask` is required:
    only the fields it names come back. Pages hold 10 locations unless `pageSize` says otherwise
    (at most 100); `nextPageToken` is absent on the last page. A location's `name` is
    `locations/{locationId}`; the reviews of it are under `accounts/{accountId}/locations/{locationId}`.

    Args:
        account_id (str):
        read_mask (str):
        page_size (int | Unset):  Default: 10.
        page_token (str | Unset):
        filter_ (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LocationList]
    """

    kwargs = build_request(
        account_id=account_id,
        read_mask=read_mask,
        page_size=page_size,
        page_token=page_token,
        filter_=filter_,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    read_mask: str,
    page_size: int | Unset = 10,
    page_token: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Error | LocationList | None:
    """List the locations of an account

     Returns one page of the locations of `accounts/{accountId}`: the locations a personal account
    owns directly, or every location another type of account can reach. `readMask` is required:
    only the fields it names come back. Pages hold 10 locations unless `pageSize` says otherwise
    (at most 100); `nextPageToken` is absent on the last page. A location's `name` is
    `locations/{locationId}`; the reviews of it are under `accounts/{accountId}/locations/{locationId}`.

    Args:
        account_id (str):
        read_mask (str):
        page_size (int | Unset):  Default: 10.
        page_token (str | Unset):
        filter_ (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LocationList
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            read_mask=read_mask,
            page_size=page_size,
            page_token=page_token,
            filter_=filter_,
            order_by=order_by,
        )
    ).parsed
