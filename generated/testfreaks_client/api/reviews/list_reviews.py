"""listReviews: List reviews"""

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
from ...models.error import Error
from ...models.moderation_status import ModerationStatus
from ...models.review_list import ReviewList
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

OPERATION_ID: Final = "listReviews"
METHOD: Final = "GET"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v1/reviews"
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
    style="next_link",
    items=("data",),
    next_link=("links", "next"),
    link_parameters=(PagingParameter("after", "after"),),
    page_size=PageSize(
        PagingParameter("limit", "limit"),
        default=100,
        maximum=1000,
    ),
)


class ListReviewsParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for listReviews, by their Python names."""

    limit: int
    client_id: str
    updated_after: datetime.date | datetime.datetime
    created_after: datetime.date | datetime.datetime
    order_id: str
    customer_id: str
    moderation_status: ModerationStatus
    after: str


#: The member names of :class:`ListReviewsFilters`.
ListReviewsFilterName = Literal[
    "limit", "client_id", "updated_after", "created_after", "order_id", "customer_id", "moderation_status"
]


class ListReviewsFilters(TypedDict, total=False):
    """The scope and filters of listReviews: its path and query parameters by their Python names,
    without the pagination ones (after); open enums as their plain values."""

    limit: int
    client_id: str
    updated_after: datetime.date | datetime.datetime
    created_after: datetime.date | datetime.datetime
    order_id: str
    customer_id: str
    moderation_status: str


# Each member of ListReviewsFilters, as the spec describes it (the first paragraph of its description).
FILTERS: Final[tuple[FilterParameter, ...]] = (
    FilterParameter(
        "limit",
        "limit",
        required=False,
        kind="integer",
        minimum=1,
        maximum=1000,
        default=100,
        description="Number of reviews per page.",
    ),
    FilterParameter(
        "client_id",
        "client_id",
        required=False,
        kind="string",
        example="example.com",
        description="The client to act on, for API keys that have access to several clients.",
    ),
    FilterParameter(
        "updated_after",
        "updated_after",
        required=False,
        kind="date-or-date-time",
        example="2021-10-01T13:00:00Z",
        description="Only reviews updated after this moment. Either a date (`YYYY-MM-DD`) or an ISO 8601 timestamp (`YYYY-MM-DDTHH:MM:SSZ`, e.g. `2021-10-01T13:00:00Z`).",
    ),
    FilterParameter(
        "created_after",
        "created_after",
        required=False,
        kind="date-or-date-time",
        example="2021-10-01T13:00:00Z",
        description="Only reviews created after this moment. Either a date (`YYYY-MM-DD`) or an ISO 8601 timestamp (`YYYY-MM-DDTHH:MM:SSZ`, e.g. `2021-10-01T13:00:00Z`).",
    ),
    FilterParameter(
        "order_id", "order_id", required=False, kind="string", description="Only reviews that belong to this order ID."
    ),
    FilterParameter(
        "customer_id",
        "customer_id",
        required=False,
        kind="string",
        description="Only reviews written by this customer ID.",
    ),
    FilterParameter(
        "moderation_status",
        "moderation_status",
        required=False,
        kind="string",
        choices=("accepted", "rejected", "pending"),
        description="Only reviews in this moderation state.",
    ),
)


def filter_arguments(filters: ListReviewsFilters) -> ListReviewsParams:
    """The arguments of :func:`build_request` for ``filters``: enums' plain values as the enum members it
    takes (a ValueError for a value a closed enum does not list)."""
    arguments = cast(ListReviewsParams, dict(filters))
    if "moderation_status" in filters:
        arguments["moderation_status"] = ModerationStatus(filters["moderation_status"])
    return arguments


ReviewsT = TypeVar("ReviewsT")
ReviewPagesT = TypeVar("ReviewPagesT")
ModelPagesT = TypeVar("ModelPagesT")
ResumeT = TypeVar("ResumeT", bound=Mapping[str, object] | None)


class ListReviewsListing(Generic[ReviewsT, ReviewPagesT, ModelPagesT, ResumeT]):
    """The listing calls of a client over listReviews, typed with :class:`ListReviewsFilters`: what
    ``reviews`` gives (the records), ``review_pages`` (each page with its records and a resume point,
    ``ResumeT``) and ``pages`` (each list response) is the client's to bind, as are the three hooks they
    call."""

    def reviews(self, **filters: Unpack[ListReviewsFilters]) -> ReviewsT:
        """Every record of the listing, page after page."""
        return self._reviews(filters)

    def review_pages(
        self,
        *,
        resume: ResumeT | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        **filters: Unpack[ListReviewsFilters],
    ) -> ReviewPagesT:
        """Every page with its records and a resume point; ``resume=`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports)."""
        return self._review_pages(resume, concurrency, follow_changes, filters)

    def pages(self, *, concurrency: int = 1, **filters: Unpack[ListReviewsFilters]) -> ModelPagesT:
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
    limit: int | Unset = 100,
    client_id: str | Unset = UNSET,
    updated_after: datetime.date | datetime.datetime | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    order_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    moderation_status: ModerationStatus | Unset = UNSET,
    after: str | Unset = UNSET,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one listReviews call (URL relative to the base URL)."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["client_id"] = client_id

    json_updated_after: str | Unset
    if isinstance(updated_after, Unset):
        json_updated_after = UNSET
    elif isinstance(updated_after, datetime.date):
        json_updated_after = updated_after.isoformat()
    else:
        json_updated_after = updated_after.isoformat()

    params["updated_after"] = json_updated_after

    json_created_after: str | Unset
    if isinstance(created_after, Unset):
        json_created_after = UNSET
    elif isinstance(created_after, datetime.date):
        json_created_after = created_after.isoformat()
    else:
        json_created_after = created_after.isoformat()

    params["created_after"] = json_created_after

    params["order_id"] = order_id

    params["customer_id"] = customer_id

    json_moderation_status: str | Unset = UNSET
    if not isinstance(moderation_status, Unset):
        json_moderation_status = moderation_status.value

    params["moderation_status"] = json_moderation_status

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if isinstance(updated_after, datetime.datetime):
        params["updated_after"] = wire_timestamp(updated_after, "seconds", "updated_after")
    if isinstance(created_after, datetime.datetime):
        params["created_after"] = wire_timestamp(created_after, "seconds", "created_after")

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH,
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    client_id: str | Unset = UNSET,
    updated_after: datetime.date | datetime.datetime | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    order_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    moderation_status: ModerationStatus | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[Error | ReviewList]:
    """List reviews

     Returns the reviews that match the filters, published or not, one page at a time. When more
    pages exist, `links.next` holds the URL of the next one (it carries the `after` cursor); on the
    last page it is missing or null. A 200 answer can also carry an `errors` list.

    Args:
        limit (int | Unset):  Default: 100.
        client_id (str | Unset):
        updated_after (datetime.date | datetime.datetime | Unset):
        created_after (datetime.date | datetime.datetime | Unset):
        order_id (str | Unset):
        customer_id (str | Unset):
        moderation_status (ModerationStatus | Unset): Moderation state of a review, as a list
            filter.
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReviewList]
    """

    kwargs = build_request(
        limit=limit,
        client_id=client_id,
        updated_after=updated_after,
        created_after=created_after,
        order_id=order_id,
        customer_id=customer_id,
        moderation_status=moderation_status,
        after=after,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    client_id: str | Unset = UNSET,
    updated_after: datetime.date | datetime.datetime | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    order_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    moderation_status: ModerationStatus | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Error | ReviewList | None:
    """List reviews

     Returns the reviews that match the filters, published or not, one page at a time. When more
    pages exist, `links.next` holds the URL of the next one (it carries the `after` cursor); on the
    last page it is missing or null. A 200 answer can also carry an `errors` list.

    Args:
        limit (int | Unset):  Default: 100.
        client_id (str | Unset):
        updated_after (datetime.date | datetime.datetime | Unset):
        created_after (datetime.date | datetime.datetime | Unset):
        order_id (str | Unset):
        customer_id (str | Unset):
        moderation_status (ModerationStatus | Unset): Moderation state of a review, as a list
            filter.
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReviewList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        client_id=client_id,
        updated_after=updated_after,
        created_after=created_after,
        order_id=order_id,
        customer_id=customer_id,
        moderation_status=moderation_status,
        after=after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    client_id: str | Unset = UNSET,
    updated_after: datetime.date | datetime.datetime | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    order_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    moderation_status: ModerationStatus | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[Error | ReviewList]:
    """List reviews

     Returns the reviews that match the filters, published or not, one page at a time. When more
    pages exist, `links.next` holds the URL of the next one (it carries the `after` cursor); on the
    last page it is missing or null. A 200 answer can also carry an `errors` list.

    Args:
        limit (int | Unset):  Default: 100.
        client_id (str | Unset):
        updated_after (datetime.date | datetime.datetime | Unset):
        created_after (datetime.date | datetime.datetime | Unset):
        order_id (str | Unset):
        customer_id (str | Unset):
        moderation_status (ModerationStatus | Unset): Moderation state of a review, as a list
            filter.
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReviewList]
    """

    kwargs = build_request(
        limit=limit,
        client_id=client_id,
        updated_after=updated_after,
        created_after=created_after,
        order_id=order_id,
        customer_id=customer_id,
        moderation_status=moderation_status,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    client_id: str | Unset = UNSET,
    updated_after: datetime.date | datetime.datetime | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    order_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    moderation_status: ModerationStatus | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Error | ReviewList | None:
    """List reviews

     Returns the reviews that match the filters, published or not, one page at a time. When more
    pages exist, `links.next` holds the URL of the next one (it carries the `after` cursor); on the
    last page it is missing or null. A 200 answer can also carry an `errors` list.

    Args:
        limit (int | Unset):  Default: 100.
        client_id (str | Unset):
        updated_after (datetime.date | datetime.datetime | Unset):
        created_after (datetime.date | datetime.datetime | Unset):
        order_id (str | Unset):
        customer_id (str | Unset):
        moderation_status (ModerationStatus | Unset): Moderation state of a review, as a list
            filter.
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReviewList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            client_id=client_id,
            updated_after=updated_after,
            created_after=created_after,
            order_id=order_id,
            customer_id=customer_id,
            moderation_status=moderation_status,
            after=after,
        )
    ).parsed
