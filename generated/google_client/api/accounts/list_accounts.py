"""listAccounts: List the accounts of the authorised user"""

from collections.abc import Mapping
from http import HTTPStatus
from typing import (
    Any,
    Final,
    Generic,
    Literal,
    TypedDict,
    TypeVar,
    Unpack,
    cast,
)

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_list import AccountList
from ...models.error import Error
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

OPERATION_ID: Final = "listAccounts"
METHOD: Final = "GET"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v1/accounts"
# The server the spec names for this operation alone: build_request's URL is absolute, so the call
# goes there whatever the client's base URL.
SERVER: Final = "https://mybusinessaccountmanagement.googleapis.com"
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
    items=("accounts",),
    cursor=("nextPageToken",),
    cursor_parameter=PagingParameter("pageToken", "page_token"),
    empty_omitted=True,
    page_size=PageSize(
        PagingParameter("pageSize", "page_size"),
        default=20,
        maximum=20,
    ),
)


class ListAccountsParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for listAccounts, by their Python names."""

    parent_account: str
    page_size: int
    page_token: str
    filter_: str


#: The member names of :class:`ListAccountsFilters`.
ListAccountsFilterName = Literal["parent_account", "page_size", "filter_"]


class ListAccountsFilters(TypedDict, total=False):
    """The scope and filters of listAccounts: its path and query parameters by their Python names,
    without the pagination ones (pageToken); open enums as their plain values."""

    parent_account: str
    page_size: int
    filter_: str


# Each member of ListAccountsFilters, as the spec describes it (the first paragraph of its description).
FILTERS: Final[tuple[FilterParameter, ...]] = (
    FilterParameter(
        "parentAccount",
        "parent_account",
        required=False,
        kind="string",
        pattern="^accounts/[^/]+$",
        example="accounts/123456789",
        description="`accounts/{account_id}` of an organization or user group, to list the accounts it holds; absent: the accounts of the authorised user.",
    ),
    FilterParameter(
        "pageSize",
        "page_size",
        required=False,
        kind="integer",
        minimum=1,
        maximum=20,
        default=20,
        description="How many accounts a page holds; the default and the maximum are 20.",
    ),
    FilterParameter(
        "filter",
        "filter_",
        required=False,
        kind="string",
        example="type=USER_GROUP",
        description="A filter on the accounts, e.g. `type=USER_GROUP` (`type` is the only field it supports).",
    ),
)


def filter_arguments(filters: ListAccountsFilters) -> ListAccountsParams:
    """The arguments of :func:`build_request` for ``filters``: enums' plain values as the enum members it
    takes (a ValueError for a value a closed enum does not list)."""
    arguments = cast(ListAccountsParams, dict(filters))
    return arguments


ReviewsT = TypeVar("ReviewsT")
ReviewPagesT = TypeVar("ReviewPagesT")
ModelPagesT = TypeVar("ModelPagesT")
ResumeT = TypeVar("ResumeT", bound=Mapping[str, object] | None)


class ListAccountsListing(Generic[ReviewsT, ReviewPagesT, ModelPagesT, ResumeT]):
    """The listing calls of a client over listAccounts, typed with :class:`ListAccountsFilters`: what
    ``reviews`` gives (the records), ``review_pages`` (each page with its records and a resume point,
    ``ResumeT``) and ``pages`` (each list response) is the client's to bind, as are the three hooks they
    call."""

    def reviews(self, **filters: Unpack[ListAccountsFilters]) -> ReviewsT:
        """Every record of the listing, page after page."""
        return self._reviews(filters)

    def review_pages(
        self,
        *,
        resume: ResumeT | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        **filters: Unpack[ListAccountsFilters],
    ) -> ReviewPagesT:
        """Every page with its records and a resume point; ``resume=`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports)."""
        return self._review_pages(resume, concurrency, follow_changes, filters)

    def pages(self, *, concurrency: int = 1, **filters: Unpack[ListAccountsFilters]) -> ModelPagesT:
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
    *,
    parent_account: str | Unset = UNSET,
    page_size: int | Unset = 20,
    page_token: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one listAccounts call (URL absolute: the operation's own server)."""

    params: dict[str, Any] = {}

    params["parentAccount"] = parent_account

    params["pageSize"] = page_size

    params["pageToken"] = page_token

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": "https://mybusinessaccountmanagement.googleapis.com" + PATH,
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountList | Error | None:
    """The parsed body of any answer the spec documents for listAccounts."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = AccountList.from_dict(orjson.loads(response.content))

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


def parse_success(response: httpx.Response) -> AccountList:
    """The body of a documented success answer of listAccounts.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = AccountList.from_dict(orjson.loads(response.content))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccountList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    parent_account: str | Unset = UNSET,
    page_size: int | Unset = 20,
    page_token: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[AccountList | Error]:
    """List the accounts of the authorised user

     Returns one page of the accounts the authorised user can reach, the user's personal account
    first (unless filtered out). Pages hold at most 20 accounts; `nextPageToken` is absent on the
    last page.

    Args:
        parent_account (str | Unset):
        page_size (int | Unset):  Default: 20.
        page_token (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountList | Error]
    """

    kwargs = build_request(
        parent_account=parent_account,
        page_size=page_size,
        page_token=page_token,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    parent_account: str | Unset = UNSET,
    page_size: int | Unset = 20,
    page_token: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> AccountList | Error | None:
    """List the accounts of the authorised user

     Returns one page of the accounts the authorised user can reach, the user's personal account
    first (unless filtered out). Pages hold at most 20 accounts; `nextPageToken` is absent on the
    last page.

    Args:
        parent_account (str | Unset):
        page_size (int | Unset):  Default: 20.
        page_token (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountList | Error
    """

    return sync_detailed(
        client=client,
        parent_account=parent_account,
        page_size=page_size,
        page_token=page_token,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    parent_account: str | Unset = UNSET,
    page_size: int | Unset = 20,
    page_token: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[AccountList | Error]:
    """List the accounts of the authorised user

     Returns one page of the accounts the authorised user can reach, the user's personal account
    first (unless filtered out). Pages hold at most 20 accounts; `nextPageToken` is absent on the
    last page.

    Args:
        parent_account (str | Unset):
        page_size (int | Unset):  Default: 20.
        page_token (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountList | Error]
    """

    kwargs = build_request(
        parent_account=parent_account,
        page_size=page_size,
        page_token=page_token,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    parent_account: str | Unset = UNSET,
    page_size: int | Unset = 20,
    page_token: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> AccountList | Error | None:
    """List the accounts of the authorised user

     Returns one page of the accounts the authorised user can reach, the user's personal account
    first (unless filtered out). Pages hold at most 20 accounts; `nextPageToken` is absent on the
    last page.

    Args:
        parent_account (str | Unset):
        page_size (int | Unset):  Default: 20.
        page_token (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            parent_account=parent_account,
            page_size=page_size,
            page_token=page_token,
            filter_=filter_,
        )
    ).parsed
