"""getReviews: List the reviews of channels or of the whole account"""

import datetime
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
from ...models.customer_review_list import CustomerReviewList
from ...models.reviews_additional_information import ReviewsAdditionalInformation
from ...models.reviews_order_by import ReviewsOrderBy
from ...models.reviews_status_filter import ReviewsStatusFilter
from ...models.reviews_type_filter import ReviewsTypeFilter
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

OPERATION_ID: Final = "getReviews"
METHOD: Final = "GET"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/reviews"
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
    style="cursor",
    items=("items",),
    cursor=("paging", "cursor", "after"),
    cursor_parameter=PagingParameter("after", "after"),
    page_size=PageSize(
        PagingParameter("count", "count"),
        default=50,
        maximum=1000,
    ),
)


class GetReviewsParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for getReviews, by their Python names."""

    channels: list[str]
    after: str
    before: str
    submitted_after: datetime.datetime
    submitted_before: datetime.datetime
    count: int
    rating: list[int]
    status: list[ReviewsStatusFilter]
    type_: list[ReviewsTypeFilter]
    has_reply: bool
    additional_information: list[ReviewsAdditionalInformation]
    ignore_statements: bool
    query: str
    sku: list[str]
    order_by: ReviewsOrderBy


#: The member names of :class:`GetReviewsFilters`.
GetReviewsFilterName = Literal[
    "channels",
    "submitted_after",
    "submitted_before",
    "count",
    "rating",
    "status",
    "type_",
    "has_reply",
    "additional_information",
    "ignore_statements",
    "query",
    "sku",
    "order_by",
]


class GetReviewsFilters(TypedDict, total=False):
    """The scope and filters of getReviews: its path and query parameters by their Python names,
    without the pagination ones (after, before); open enums as their plain values."""

    channels: list[str]
    submitted_after: datetime.datetime
    submitted_before: datetime.datetime
    count: int
    rating: list[int]
    status: list[str]
    type_: list[str]
    has_reply: bool
    additional_information: list[str]
    ignore_statements: bool
    query: str
    sku: list[str]
    order_by: str


# Each member of GetReviewsFilters, as the spec describes it (the first paragraph of its description).
FILTERS: Final[tuple[FilterParameter, ...]] = (
    FilterParameter(
        "channels",
        "channels",
        required=False,
        kind="string",
        repeated=True,
        pattern="^[^,]+$",
        example=("chl-xxxxxxxx-yyyy-xxxx-yyyy-xxxxxxxxxxxx",),
        description="The channels whose reviews are wanted, as one comma-separated value of channel IDs assigned by eTrusted (`channels=chl-1,chl-2`). Absent: every channel of the account.",
    ),
    FilterParameter(
        "submittedAfter",
        "submitted_after",
        required=False,
        kind="date-time",
        pattern="^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{3}Z$",
        example="2018-02-01T17:10:42.733Z",
        description="Only reviews submitted after this moment (ISO 8601, e.g. `2018-02-01T17:10:42.733Z`).",
    ),
    FilterParameter(
        "submittedBefore",
        "submitted_before",
        required=False,
        kind="date-time",
        pattern="^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{3}Z$",
        example="2018-02-01T17:10:42.733Z",
        description="Only reviews submitted before this moment (ISO 8601, e.g. `2018-02-01T17:10:42.733Z`).",
    ),
    FilterParameter(
        "count",
        "count",
        required=False,
        kind="integer",
        minimum=1,
        maximum=1000,
        default=50,
        example=1000,
        description="Page size: how many reviews to return per page, from 1 to 1000. Defaults to 50. The last page may hold fewer.",
    ),
    FilterParameter(
        "rating",
        "rating",
        required=False,
        kind="integer",
        repeated=True,
        minimum=1,
        maximum=5,
        example=(2, 3, 4, 5),
        description="Only reviews with one of these star ratings, as one comma-separated value (`rating=2,3,4,5`). All ratings when absent.",
    ),
    FilterParameter(
        "status",
        "status",
        required=False,
        kind="string",
        repeated=True,
        choices=("APPROVED", "MODERATION", "REJECTED"),
        open_choices=True,
        pattern="^[^,]+$",
        example=("APPROVED", "MODERATION"),
        description="Only reviews in one of these statuses, as one comma-separated value (`status=APPROVED,MODERATION`). All statuses when absent.",
    ),
    FilterParameter(
        "type",
        "type_",
        required=False,
        kind="string",
        repeated=True,
        choices=("SERVICE_REVIEW", "PRODUCT_REVIEW"),
        open_choices=True,
        pattern="^[^,]+$",
        example=("PRODUCT_REVIEW",),
        description="Only reviews of one of these types, as one comma-separated value. All types when absent.",
    ),
    FilterParameter(
        "hasReply",
        "has_reply",
        required=False,
        kind="boolean",
        example=False,
        description="`true`: only reviews the channel owner has replied to; `false`: only reviews without a reply. All reviews when absent.",
    ),
    FilterParameter(
        "additionalInformation",
        "additional_information",
        required=False,
        kind="string",
        repeated=True,
        choices=("VETO", "ATTACHMENTS"),
        open_choices=True,
        pattern="^[^,]+$",
        example=("VETO", "ATTACHMENTS"),
        description="Extra blocks to include in each review's `additionalInformation`, as one comma-separated value: `VETO` (the veto filed against the review), `ATTACHMENTS` (files such as images attached to it). None when absent.",
    ),
    FilterParameter(
        "ignoreStatements",
        "ignore_statements",
        required=False,
        kind="boolean",
        default=True,
        description="Leave out statements (feedback without a comment or without a rating). Defaults to `true`.",
    ),
    FilterParameter(
        "query",
        "query",
        required=False,
        kind="string",
        example="ORDER-12792",
        description="Full-text search matched against the transaction reference (order number) and the customer's email address; only matching reviews are returned.",
    ),
    FilterParameter(
        "sku",
        "sku",
        required=False,
        kind="string",
        repeated=True,
        pattern="^[^,]+$",
        example=("1234-TS-WH-M",),
        description="Only reviews of products with one of these SKUs, as one comma-separated value (`sku=1234-TS-WH-M,1234-TS-WH-L`).",
    ),
    FilterParameter(
        "orderBy",
        "order_by",
        required=False,
        kind="string",
        choices=("editedAt", "updatedAt", "submittedAt"),
        open_choices=True,
        default="submittedAt",
        description="Which date sorts the list (always descending): `submittedAt` (when the consumer submitted the review; the default), `editedAt` (when the consumer last changed it) or `updatedAt` (when the review was last updated). An unknown value sorts by `submittedAt`.",
    ),
)


def filter_arguments(filters: GetReviewsFilters) -> GetReviewsParams:
    """The arguments of :func:`build_request` for ``filters``: enums' plain values as the enum members it
    takes (a ValueError for a value a closed enum does not list)."""
    arguments = cast(GetReviewsParams, dict(filters))
    if "status" in filters:
        arguments["status"] = [ReviewsStatusFilter(v) for v in filters["status"]]
    if "type_" in filters:
        arguments["type_"] = [ReviewsTypeFilter(v) for v in filters["type_"]]
    if "additional_information" in filters:
        arguments["additional_information"] = [
            ReviewsAdditionalInformation(v) for v in filters["additional_information"]
        ]
    if "order_by" in filters:
        arguments["order_by"] = ReviewsOrderBy(filters["order_by"])
    return arguments


class GetReviewsListingFilters(TypedDict, total=False):
    """What the listing calls of getReviews take (x-reviewbridge-listing): the members of
    :class:`GetReviewsFilters`, and the SDK's own."""

    channels: list[str]
    submitted_after: datetime.datetime
    submitted_before: datetime.datetime
    count: int
    rating: list[int]
    status: list[str]
    type_: list[str]
    has_reply: bool
    additional_information: list[str]
    ignore_statements: bool
    query: str
    sku: list[str]
    order_by: str
    #: One channel id or several, the same as channels (kept for existing callers).
    channel_id: str | list[str]
    #: Every channel of the account (as leaving channels out does).
    all_channels: bool


ReviewsT = TypeVar("ReviewsT")
ReviewPagesT = TypeVar("ReviewPagesT")
ModelPagesT = TypeVar("ModelPagesT")
ResumeT = TypeVar("ResumeT", bound=Mapping[str, object] | None)


class GetReviewsListing(Generic[ReviewsT, ReviewPagesT, ModelPagesT, ResumeT]):
    """The listing calls of a client over getReviews, typed with :class:`GetReviewsListingFilters`: what
    ``reviews`` gives (the records), ``review_pages`` (each page with its records and a resume point,
    ``ResumeT``) and ``pages`` (each list response) is the client's to bind, as are the three hooks they
    call."""

    def reviews(self, **filters: Unpack[GetReviewsListingFilters]) -> ReviewsT:
        """Every record of the listing, page after page."""
        return self._reviews(filters)

    def review_pages(
        self,
        *,
        resume: ResumeT | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        **filters: Unpack[GetReviewsListingFilters],
    ) -> ReviewPagesT:
        """Every page with its records and a resume point; ``resume=`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports)."""
        return self._review_pages(resume, concurrency, follow_changes, filters)

    def pages(self, *, concurrency: int = 1, **filters: Unpack[GetReviewsListingFilters]) -> ModelPagesT:
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
    channels: list[str] | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    submitted_after: datetime.datetime | Unset = UNSET,
    submitted_before: datetime.datetime | Unset = UNSET,
    count: int | Unset = 50,
    rating: list[int] | Unset = UNSET,
    status: list[ReviewsStatusFilter] | Unset = UNSET,
    type_: list[ReviewsTypeFilter] | Unset = UNSET,
    has_reply: bool | Unset = UNSET,
    additional_information: list[ReviewsAdditionalInformation] | Unset = UNSET,
    ignore_statements: bool | Unset = True,
    query: str | Unset = UNSET,
    sku: list[str] | Unset = UNSET,
    order_by: ReviewsOrderBy | Unset = UNSET,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one getReviews call (URL relative to the base URL)."""

    params: dict[str, Any] = {}

    json_channels: list[str] | Unset = UNSET
    if not isinstance(channels, Unset):
        json_channels = channels

    params["channels"] = json_channels

    params["after"] = after

    params["before"] = before

    json_submitted_after: str | Unset = UNSET
    if not isinstance(submitted_after, Unset):
        json_submitted_after = submitted_after.isoformat()
    params["submittedAfter"] = json_submitted_after

    json_submitted_before: str | Unset = UNSET
    if not isinstance(submitted_before, Unset):
        json_submitted_before = submitted_before.isoformat()
    params["submittedBefore"] = json_submitted_before

    params["count"] = count

    json_rating: list[int] | Unset = UNSET
    if not isinstance(rating, Unset):
        json_rating = rating

    params["rating"] = json_rating

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item = type_item_data.value
            json_type_.append(type_item)

    params["type"] = json_type_

    params["hasReply"] = has_reply

    json_additional_information: list[str] | Unset = UNSET
    if not isinstance(additional_information, Unset):
        json_additional_information = []
        for additional_information_item_data in additional_information:
            additional_information_item = additional_information_item_data.value
            json_additional_information.append(additional_information_item)

    params["additionalInformation"] = json_additional_information

    params["ignoreStatements"] = ignore_statements

    params["query"] = query

    json_sku: list[str] | Unset = UNSET
    if not isinstance(sku, Unset):
        json_sku = sku

    params["sku"] = json_sku

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["orderBy"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if "channels" in params:
        params["channels"] = ",".join(str(item) for item in params["channels"])
    if isinstance(submitted_after, datetime.datetime):
        params["submittedAfter"] = wire_timestamp(submitted_after, "milliseconds", "submitted_after")
    if isinstance(submitted_before, datetime.datetime):
        params["submittedBefore"] = wire_timestamp(submitted_before, "milliseconds", "submitted_before")
    if "rating" in params:
        params["rating"] = ",".join(str(item) for item in params["rating"])
    if "status" in params:
        params["status"] = ",".join(str(item) for item in params["status"])
    if "type" in params:
        params["type"] = ",".join(str(item) for item in params["type"])
    if "additionalInformation" in params:
        params["additionalInformation"] = ",".join(str(item) for item in params["additionalInformation"])
    if "sku" in params:
        params["sku"] = ",".join(str(item) for item in params["sku"])

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CustomerReviewList | None:
    """The parsed body of any answer the spec documents for getReviews."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = CustomerReviewList.from_dict(orjson.loads(response.content))

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


def parse_success(response: httpx.Response) -> CustomerReviewList:
    """The body of a documented success answer of getReviews.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = CustomerReviewList.from_dict(orjson.loads(response.content))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CustomerReviewList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    channels: list[str] | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    submitted_after: datetime.datetime | Unset = UNSET,
    submitted_before: datetime.datetime | Unset = UNSET,
    count: int | Unset = 50,
    rating: list[int] | Unset = UNSET,
    status: list[ReviewsStatusFilter] | Unset = UNSET,
    type_: list[ReviewsTypeFilter] | Unset = UNSET,
    has_reply: bool | Unset = UNSET,
    additional_information: list[ReviewsAdditionalInformation] | Unset = UNSET,
    ignore_statements: bool | Unset = True,
    query: str | Unset = UNSET,
    sku: list[str] | Unset = UNSET,
    order_by: ReviewsOrderBy | Unset = UNSET,
) -> Response[Any | CustomerReviewList]:
    """List the reviews of channels or of the whole account

     Returns one page of the reviews of the channels named in `channels`, or of every channel of
    the account when `channels` is absent, newest first (by submission date unless `orderBy`
    says otherwise). The filters (`submittedAfter`, `submittedBefore`, `rating`, `status`,
    `type`, `hasReply`, `ignoreStatements`, `query`, `sku`) narrow the result; `count`, `after`
    and `before` page through it. An empty (or missing) `paging.cursor.after` /
    `paging.links.next` means this is the last page.

    Extra data (the veto, attachments) is only included when requested with
    `additionalInformation`.

    Args:
        channels (list[str] | Unset):
        after (str | Unset):
        before (str | Unset):
        submitted_after (datetime.datetime | Unset):
        submitted_before (datetime.datetime | Unset):
        count (int | Unset):  Default: 50.
        rating (list[int] | Unset):
        status (list[ReviewsStatusFilter] | Unset):
        type_ (list[ReviewsTypeFilter] | Unset):
        has_reply (bool | Unset):
        additional_information (list[ReviewsAdditionalInformation] | Unset):
        ignore_statements (bool | Unset):  Default: True.
        query (str | Unset):
        sku (list[str] | Unset):
        order_by (ReviewsOrderBy | Unset): The date the list is sorted by, descending (editedAt,
            updatedAt, submittedAt; extensible:
            an unknown value sorts by submittedAt).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerReviewList]
    """

    kwargs = build_request(
        channels=channels,
        after=after,
        before=before,
        submitted_after=submitted_after,
        submitted_before=submitted_before,
        count=count,
        rating=rating,
        status=status,
        type_=type_,
        has_reply=has_reply,
        additional_information=additional_information,
        ignore_statements=ignore_statements,
        query=query,
        sku=sku,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    channels: list[str] | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    submitted_after: datetime.datetime | Unset = UNSET,
    submitted_before: datetime.datetime | Unset = UNSET,
    count: int | Unset = 50,
    rating: list[int] | Unset = UNSET,
    status: list[ReviewsStatusFilter] | Unset = UNSET,
    type_: list[ReviewsTypeFilter] | Unset = UNSET,
    has_reply: bool | Unset = UNSET,
    additional_information: list[ReviewsAdditionalInformation] | Unset = UNSET,
    ignore_statements: bool | Unset = True,
    query: str | Unset = UNSET,
    sku: list[str] | Unset = UNSET,
    order_by: ReviewsOrderBy | Unset = UNSET,
) -> Any | CustomerReviewList | None:
    """List the reviews of channels or of the whole account

     Returns one page of the reviews of the channels named in `channels`, or of every channel of
    the account when `channels` is absent, newest first (by submission date unless `orderBy`
    says otherwise). The filters (`submittedAfter`, `submittedBefore`, `rating`, `status`,
    `type`, `hasReply`, `ignoreStatements`, `query`, `sku`) narrow the result; `count`, `after`
    and `before` page through it. An empty (or missing) `paging.cursor.after` /
    `paging.links.next` means this is the last page.

    Extra data (the veto, attachments) is only included when requested with
    `additionalInformation`.

    Args:
        channels (list[str] | Unset):
        after (str | Unset):
        before (str | Unset):
        submitted_after (datetime.datetime | Unset):
        submitted_before (datetime.datetime | Unset):
        count (int | Unset):  Default: 50.
        rating (list[int] | Unset):
        status (list[ReviewsStatusFilter] | Unset):
        type_ (list[ReviewsTypeFilter] | Unset):
        has_reply (bool | Unset):
        additional_information (list[ReviewsAdditionalInformation] | Unset):
        ignore_statements (bool | Unset):  Default: True.
        query (str | Unset):
        sku (list[str] | Unset):
        order_by (ReviewsOrderBy | Unset): The date the list is sorted by, descending (editedAt,
            updatedAt, submittedAt; extensible:
            an unknown value sorts by submittedAt).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerReviewList
    """

    return sync_detailed(
        client=client,
        channels=channels,
        after=after,
        before=before,
        submitted_after=submitted_after,
        submitted_before=submitted_before,
        count=count,
        rating=rating,
        status=status,
        type_=type_,
        has_reply=has_reply,
        additional_information=additional_information,
        ignore_statements=ignore_statements,
        query=query,
        sku=sku,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    channels: list[str] | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    submitted_after: datetime.datetime | Unset = UNSET,
    submitted_before: datetime.datetime | Unset = UNSET,
    count: int | Unset = 50,
    rating: list[int] | Unset = UNSET,
    status: list[ReviewsStatusFilter] | Unset = UNSET,
    type_: list[ReviewsTypeFilter] | Unset = UNSET,
    has_reply: bool | Unset = UNSET,
    additional_information: list[ReviewsAdditionalInformation] | Unset = UNSET,
    ignore_statements: bool | Unset = True,
    query: str | Unset = UNSET,
    sku: list[str] | Unset = UNSET,
    order_by: ReviewsOrderBy | Unset = UNSET,
) -> Response[Any | CustomerReviewList]:
    """List the reviews of channels or of the whole account

     Returns one page of the reviews of the channels named in `channels`, or of every channel of
    the account when `channels` is absent, newest first (by submission date unless `orderBy`
    says otherwise). The filters (`submittedAfter`, `submittedBefore`, `rating`, `status`,
    `type`, `hasReply`, `ignoreStatements`, `query`, `sku`) narrow the result; `count`, `after`
    and `before` page through it. An empty (or missing) `paging.cursor.after` /
    `paging.links.next` means this is the last page.

    Extra data (the veto, attachments) is only included when requested with
    `additionalInformation`.

    Args:
        channels (list[str] | Unset):
        after (str | Unset):
        before (str | Unset):
        submitted_after (datetime.datetime | Unset):
        submitted_before (datetime.datetime | Unset):
        count (int | Unset):  Default: 50.
        rating (list[int] | Unset):
        status (list[ReviewsStatusFilter] | Unset):
        type_ (list[ReviewsTypeFilter] | Unset):
        has_reply (bool | Unset):
        additional_information (list[ReviewsAdditionalInformation] | Unset):
        ignore_statements (bool | Unset):  Default: True.
        query (str | Unset):
        sku (list[str] | Unset):
        order_by (ReviewsOrderBy | Unset): The date the list is sorted by, descending (editedAt,
            updatedAt, submittedAt; extensible:
            an unknown value sorts by submittedAt).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerReviewList]
    """

    kwargs = build_request(
        channels=channels,
        after=after,
        before=before,
        submitted_after=submitted_after,
        submitted_before=submitted_before,
        count=count,
        rating=rating,
        status=status,
        type_=type_,
        has_reply=has_reply,
        additional_information=additional_information,
        ignore_statements=ignore_statements,
        query=query,
        sku=sku,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    channels: list[str] | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    submitted_after: datetime.datetime | Unset = UNSET,
    submitted_before: datetime.datetime | Unset = UNSET,
    count: int | Unset = 50,
    rating: list[int] | Unset = UNSET,
    status: list[ReviewsStatusFilter] | Unset = UNSET,
    type_: list[ReviewsTypeFilter] | Unset = UNSET,
    has_reply: bool | Unset = UNSET,
    additional_information: list[ReviewsAdditionalInformation] | Unset = UNSET,
    ignore_statements: bool | Unset = True,
    query: str | Unset = UNSET,
    sku: list[str] | Unset = UNSET,
    order_by: ReviewsOrderBy | Unset = UNSET,
) -> Any | CustomerReviewList | None:
    """List the reviews of channels or of the whole account

     Returns one page of the reviews of the channels named in `channels`, or of every channel of
    the account when `channels` is absent, newest first (by submission date unless `orderBy`
    says otherwise). The filters (`submittedAfter`, `submittedBefore`, `rating`, `status`,
    `type`, `hasReply`, `ignoreStatements`, `query`, `sku`) narrow the result; `count`, `after`
    and `before` page through it. An empty (or missing) `paging.cursor.after` /
    `paging.links.next` means this is the last page.

    Extra data (the veto, attachments) is only included when requested with
    `additionalInformation`.

    Args:
        channels (list[str] | Unset):
        after (str | Unset):
        before (str | Unset):
        submitted_after (datetime.datetime | Unset):
        submitted_before (datetime.datetime | Unset):
        count (int | Unset):  Default: 50.
        rating (list[int] | Unset):
        status (list[ReviewsStatusFilter] | Unset):
        type_ (list[ReviewsTypeFilter] | Unset):
        has_reply (bool | Unset):
        additional_information (list[ReviewsAdditionalInformation] | Unset):
        ignore_statements (bool | Unset):  Default: True.
        query (str | Unset):
        sku (list[str] | Unset):
        order_by (ReviewsOrderBy | Unset): The date the list is sorted by, descending (editedAt,
            updatedAt, submittedAt; extensible:
            an unknown value sorts by submittedAt).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerReviewList
    """

    return (
        await asyncio_detailed(
            client=client,
            channels=channels,
            after=after,
            before=before,
            submitted_after=submitted_after,
            submitted_before=submitted_before,
            count=count,
            rating=rating,
            status=status,
            type_=type_,
            has_reply=has_reply,
            additional_information=additional_information,
            ignore_statements=ignore_statements,
            query=query,
            sku=sku,
            order_by=order_by,
        )
    ).parsed
