"""listFeedbacks: List the feedback records of a merchant"""

import datetime
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

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.feedback_list import FeedbackList
from ...models.feedback_state_filter import FeedbackStateFilter
from ...models.list_feedbacks_accept_version import ListFeedbacksAcceptVersion
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
    wire_timestamp,
)

OPERATION_ID: Final = "listFeedbacks"
METHOD: Final = "GET"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/partner/feedbacks"
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
    style="page_number",
    items=("feedbacks",),
    total_pages=("pagination", "total_pages"),
    reported_page_size=("pagination", "per_page"),
    page=PagingParameter("page", "page"),
    change_cursor=PagingParameter("updated_after", "updated_after"),
    page_size=PageSize(
        PagingParameter("per_page", "per_page"),
        default=10,
        maximum=100,
    ),
)


class ListFeedbacksParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for listFeedbacks, by their Python names."""

    merchant_id: Required[str]
    user_id: str
    location_id: str
    states: list[FeedbackStateFilter]
    updated_after: datetime.datetime
    page: int
    per_page: int
    accept_version: ListFeedbacksAcceptVersion


#: The member names of :class:`ListFeedbacksFilters`.
ListFeedbacksFilterName = Literal["merchant_id", "user_id", "location_id", "states", "updated_after", "per_page"]


class ListFeedbacksFilters(TypedDict, total=False):
    """The scope and filters of listFeedbacks: its path and query parameters by their Python names,
    without the pagination ones (page); open enums as their plain values."""

    merchant_id: Required[str]
    user_id: str
    location_id: str
    states: list[str]
    updated_after: datetime.datetime
    per_page: int


# Each member of ListFeedbacksFilters, as the spec describes it (the first paragraph of its description).
FILTERS: Final[tuple[FilterParameter, ...]] = (
    FilterParameter(
        "merchant_id",
        "merchant_id",
        required=True,
        kind="string",
        description="The merchant whose feedback records are returned.",
    ),
    FilterParameter(
        "user_id", "user_id", required=False, kind="string", description="Only the feedback records of this user."
    ),
    FilterParameter(
        "location_id",
        "location_id",
        required=False,
        kind="string",
        description="Only the feedback records of this merchant location.",
    ),
    FilterParameter(
        "states[]",
        "states",
        required=False,
        kind="string",
        repeated=True,
        choices=("unviewed", "viewed", "expired", "rated", "reviewed", "responded"),
        description="Only the feedback records in one of these states. Sent in Rails' array notation, the parameter repeated once per value: `states[]=rated&states[]=reviewed`. Absent: records in every state.",
    ),
    FilterParameter(
        "updated_after",
        "updated_after",
        required=False,
        kind="date-time",
        pattern="^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$",
        description="Only the feedback records last updated after this time (ISO 8601).",
    ),
    FilterParameter(
        "per_page",
        "per_page",
        required=False,
        kind="integer",
        minimum=1,
        maximum=100,
        default=10,
        description="Number of records per page.",
    ),
)


def filter_arguments(filters: ListFeedbacksFilters) -> ListFeedbacksParams:
    """The arguments of :func:`build_request` for ``filters``: enums' plain values as the enum members it
    takes (a ValueError for a value a closed enum does not list)."""
    arguments = cast(ListFeedbacksParams, dict(filters))
    if "states" in filters:
        arguments["states"] = [FeedbackStateFilter(v) for v in filters["states"]]
    return arguments


ReviewsT = TypeVar("ReviewsT")
ReviewPagesT = TypeVar("ReviewPagesT")
ModelPagesT = TypeVar("ModelPagesT")
ResumeT = TypeVar("ResumeT", bound=Mapping[str, object] | None)


class ListFeedbacksListing(Generic[ReviewsT, ReviewPagesT, ModelPagesT, ResumeT]):
    """The listing calls of a client over listFeedbacks, typed with :class:`ListFeedbacksFilters`: what
    ``reviews`` gives (the records), ``review_pages`` (each page with its records and a resume point,
    ``ResumeT``) and ``pages`` (each list response) is the client's to bind, as are the three hooks they
    call."""

    def reviews(self, *, concurrency: int = 1, **filters: Unpack[ListFeedbacksFilters]) -> ReviewsT:
        """Every record of the listing, page after page (``concurrency``: how many pages are fetched at once)."""
        return self._reviews(filters, concurrency)

    def review_pages(
        self,
        *,
        resume: ResumeT | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        **filters: Unpack[ListFeedbacksFilters],
    ) -> ReviewPagesT:
        """Every page with its records and a resume point; ``resume=`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports)."""
        return self._review_pages(resume, concurrency, follow_changes, filters)

    def pages(self, *, concurrency: int = 1, **filters: Unpack[ListFeedbacksFilters]) -> ModelPagesT:
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
    merchant_id: str,
    user_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    states: list[FeedbackStateFilter] | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    accept_version: ListFeedbacksAcceptVersion = ListFeedbacksAcceptVersion.V4_0,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one listFeedbacks call (URL relative to the base URL)."""
    headers: dict[str, Any] = {}
    headers["Accept-Version"] = str(accept_version)

    params: dict[str, Any] = {}

    params["merchant_id"] = merchant_id

    params["user_id"] = user_id

    params["location_id"] = location_id

    json_states: list[str] | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = []
        for states_item_data in states:
            states_item = states_item_data.value
            json_states.append(states_item)

    params["states[]"] = json_states

    json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        json_updated_after = updated_after.isoformat()
    params["updated_after"] = json_updated_after

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if isinstance(updated_after, datetime.datetime):
        params["updated_after"] = wire_timestamp(updated_after, "seconds", "updated_after")

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FeedbackList | None:
    """The parsed body of any answer the spec documents for listFeedbacks."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = FeedbackList.from_dict(orjson.loads(response.content))

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> FeedbackList:
    """The body of a documented success answer of listFeedbacks.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = FeedbackList.from_dict(orjson.loads(response.content))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | FeedbackList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    merchant_id: str,
    user_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    states: list[FeedbackStateFilter] | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    accept_version: ListFeedbacksAcceptVersion = ListFeedbacksAcceptVersion.V4_0,
) -> Response[Error | FeedbackList]:
    """List the feedback records of a merchant

     Returns the feedback records of the merchant given in `merchant_id`, optionally filtered by
    user, location, state and last update time, one page at a time (`page`, `per_page`; the
    `pagination` object of the response gives the total number of pages).

    Requires the `feedbacks.read` scope. Besides the Accept-Version header below, Thanx requires
    `Authorization`, `X-ClientId`, `Content-Type: application/json` and a `User-Agent` naming the
    partner application on the request.

    `states` is sent in Rails' array notation, one `states[]=<state>` pair per state
    (`states[]=rated&states[]=reviewed`); without it every state is returned.

    Args:
        merchant_id (str):
        user_id (str | Unset):
        location_id (str | Unset):
        states (list[FeedbackStateFilter] | Unset):
        updated_after (datetime.datetime | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        accept_version (ListFeedbacksAcceptVersion):  Default: ListFeedbacksAcceptVersion.V4_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FeedbackList]
    """

    kwargs = build_request(
        merchant_id=merchant_id,
        user_id=user_id,
        location_id=location_id,
        states=states,
        updated_after=updated_after,
        page=page,
        per_page=per_page,
        accept_version=accept_version,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    merchant_id: str,
    user_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    states: list[FeedbackStateFilter] | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    accept_version: ListFeedbacksAcceptVersion = ListFeedbacksAcceptVersion.V4_0,
) -> Error | FeedbackList | None:
    """List the feedback records of a merchant

     Returns the feedback records of the merchant given in `merchant_id`, optionally filtered by
    user, location, state and last update time, one page at a time (`page`, `per_page`; the
    `pagination` object of the response gives the total number of pages).

    Requires the `feedbacks.read` scope. Besides the Accept-Version header below, Thanx requires
    `Authorization`, `X-ClientId`, `Content-Type: application/json` and a `User-Agent` naming the
    partner application on the request.

    `states` is sent in Rails' array notation, one `states[]=<state>` pair per state
    (`states[]=rated&states[]=reviewed`); without it every state is returned.

    Args:
        merchant_id (str):
        user_id (str | Unset):
        location_id (str | Unset):
        states (list[FeedbackStateFilter] | Unset):
        updated_after (datetime.datetime | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        accept_version (ListFeedbacksAcceptVersion):  Default: ListFeedbacksAcceptVersion.V4_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FeedbackList
    """

    return sync_detailed(
        client=client,
        merchant_id=merchant_id,
        user_id=user_id,
        location_id=location_id,
        states=states,
        updated_after=updated_after,
        page=page,
        per_page=per_page,
        accept_version=accept_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    merchant_id: str,
    user_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    states: list[FeedbackStateFilter] | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    accept_version: ListFeedbacksAcceptVersion = ListFeedbacksAcceptVersion.V4_0,
) -> Response[Error | FeedbackList]:
    """List the feedback records of a merchant

     Returns the feedback records of the merchant given in `merchant_id`, optionally filtered by
    user, location, state and last update time, one page at a time (`page`, `per_page`; the
    `pagination` object of the response gives the total number of pages).

    Requires the `feedbacks.read` scope. Besides the Accept-Version header below, Thanx requires
    `Authorization`, `X-ClientId`, `Content-Type: application/json` and a `User-Agent` naming the
    partner application on the request.

    `states` is sent in Rails' array notation, one `states[]=<state>` pair per state
    (`states[]=rated&states[]=reviewed`); without it every state is returned.

    Args:
        merchant_id (str):
        user_id (str | Unset):
        location_id (str | Unset):
        states (list[FeedbackStateFilter] | Unset):
        updated_after (datetime.datetime | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        accept_version (ListFeedbacksAcceptVersion):  Default: ListFeedbacksAcceptVersion.V4_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FeedbackList]
    """

    kwargs = build_request(
        merchant_id=merchant_id,
        user_id=user_id,
        location_id=location_id,
        states=states,
        updated_after=updated_after,
        page=page,
        per_page=per_page,
        accept_version=accept_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    merchant_id: str,
    user_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    states: list[FeedbackStateFilter] | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    accept_version: ListFeedbacksAcceptVersion = ListFeedbacksAcceptVersion.V4_0,
) -> Error | FeedbackList | None:
    """List the feedback records of a merchant

     Returns the feedback records of the merchant given in `merchant_id`, optionally filtered by
    user, location, state and last update time, one page at a time (`page`, `per_page`; the
    `pagination` object of the response gives the total number of pages).

    Requires the `feedbacks.read` scope. Besides the Accept-Version header below, Thanx requires
    `Authorization`, `X-ClientId`, `Content-Type: application/json` and a `User-Agent` naming the
    partner application on the request.

    `states` is sent in Rails' array notation, one `states[]=<state>` pair per state
    (`states[]=rated&states[]=reviewed`); without it every state is returned.

    Args:
        merchant_id (str):
        user_id (str | Unset):
        location_id (str | Unset):
        states (list[FeedbackStateFilter] | Unset):
        updated_after (datetime.datetime | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        accept_version (ListFeedbacksAcceptVersion):  Default: ListFeedbacksAcceptVersion.V4_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FeedbackList
    """

    return (
        await asyncio_detailed(
            client=client,
            merchant_id=merchant_id,
            user_id=user_id,
            location_id=location_id,
            states=states,
            updated_after=updated_after,
            page=page,
            per_page=per_page,
            accept_version=accept_version,
        )
    ).parsed
