"""listPrivateReviews: List a business unit's private reviews"""

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
from ...models.private_review_list import PrivateReviewList
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

OPERATION_ID: Final = "listPrivateReviews"
METHOD: Final = "GET"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v1/private/business-units/{business_unit_id}/reviews"
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
    style="short_page",
    items=("reviews",),
    page=PagingParameter("page", "page"),
    page_size=PageSize(
        PagingParameter("perPage", "per_page"),
        default=20,
        maximum=100,
    ),
)


class ListPrivateReviewsParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for listPrivateReviews, by their Python names."""

    business_unit_id: Required[str]
    page: int
    per_page: int
    order_by: list[ReviewOrder]
    stars: list[int]
    language: list[str]
    start_date_time: str
    end_date_time: str
    responded: bool
    reported: bool
    reference_id: str
    referral_email: str
    tag_group: str
    tag_value: str
    ignore_tag_value_case: bool
    find_reviewer: str
    username: str
    location_id: str
    internal_location_id: str
    source: str


#: The member names of :class:`ListPrivateReviewsFilters`.
ListPrivateReviewsFilterName = Literal[
    "business_unit_id",
    "per_page",
    "order_by",
    "stars",
    "language",
    "start_date_time",
    "end_date_time",
    "responded",
    "reported",
    "reference_id",
    "referral_email",
    "tag_group",
    "tag_value",
    "ignore_tag_value_case",
    "find_reviewer",
    "username",
    "location_id",
    "internal_location_id",
    "source",
]


class ListPrivateReviewsFilters(TypedDict, total=False):
    """The scope and filters of listPrivateReviews: its path and query parameters by their Python names,
    without the pagination ones (page); open enums as their plain values."""

    business_unit_id: Required[str]
    per_page: int
    order_by: list[str]
    stars: list[int]
    language: list[str]
    start_date_time: str
    end_date_time: str
    responded: bool
    reported: bool
    reference_id: str
    referral_email: str
    tag_group: str
    tag_value: str
    ignore_tag_value_case: bool
    find_reviewer: str
    username: str
    location_id: str
    internal_location_id: str
    source: str


# Each member of ListPrivateReviewsFilters, as the spec describes it (the first paragraph of its description).
FILTERS: Final[tuple[FilterParameter, ...]] = (
    FilterParameter(
        "businessUnitId",
        "business_unit_id",
        required=True,
        kind="string",
        example="507f191e810c19729de860ea",
        description="The business unit's id (24 hexadecimal digits, e.g. `507f191e810c19729de860ea`).",
    ),
    FilterParameter(
        "perPage",
        "per_page",
        required=False,
        kind="integer",
        minimum=1,
        maximum=100,
        default=20,
        description="Number of reviews per page, 1 to 100.",
    ),
    FilterParameter(
        "orderBy",
        "order_by",
        required=False,
        kind="string",
        repeated=True,
        choices=("createdat.asc", "createdat.desc", "stars.asc", "stars.desc"),
        default=("createdat.desc",),
        example=("createdat.desc",),
        description="Sort order of the list: `createdat.desc` (the default: newest first), `createdat.asc`, `stars.desc` or `stars.asc`.",
    ),
    FilterParameter(
        "stars",
        "stars",
        required=False,
        kind="integer",
        repeated=True,
        minimum=1,
        maximum=5,
        example=(4, 5),
        description="Only reviews with one of these star ratings (1 to 5), as one comma-separated value.",
    ),
    FilterParameter(
        "language",
        "language",
        required=False,
        kind="string",
        repeated=True,
        pattern="^[^,]+$",
        example=("en",),
        description="Only reviews in one of these languages (e.g. `en`), as one comma-separated value.",
    ),
    FilterParameter(
        "startDateTime",
        "start_date_time",
        required=False,
        kind="string",
        pattern="^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?)?$",
        example="2013-09-07T13:37:00",
        description="Start of a datetime range of the reviews (`2013-09-07T13:37:00`; a date alone means its midnight). Which timestamp is filtered and whether the bound is included is not documented.",
    ),
    FilterParameter(
        "endDateTime",
        "end_date_time",
        required=False,
        kind="string",
        pattern="^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?)?$",
        example="2013-09-08T00:00:00",
        description="End of a datetime range of the reviews (same format as `startDateTime`).",
    ),
    FilterParameter(
        "responded",
        "responded",
        required=False,
        kind="boolean",
        description="`true`: only reviews the company replied to; `false`: only reviews without a reply.",
    ),
    FilterParameter(
        "reported",
        "reported",
        required=False,
        kind="boolean",
        description="`true`: only reported reviews; `false`: only reviews nobody reported.",
    ),
    FilterParameter(
        "referenceId",
        "reference_id",
        required=False,
        kind="string",
        description="Only reviews with this reference id (the order id the invitation carried).",
    ),
    FilterParameter(
        "referralEmail",
        "referral_email",
        required=False,
        kind="string",
        description="Only reviews with this referral e-mail (the consumer's e-mail the invitation went to).",
    ),
    FilterParameter(
        "tagGroup", "tag_group", required=False, kind="string", description="Only reviews with a tag in this group."
    ),
    FilterParameter(
        "tagValue", "tag_value", required=False, kind="string", description="Only reviews with a tag of this value."
    ),
    FilterParameter(
        "ignoreTagValueCase",
        "ignore_tag_value_case",
        required=False,
        kind="boolean",
        description="Compare `tagValue` ignoring case.",
    ),
    FilterParameter(
        "findReviewer",
        "find_reviewer",
        required=False,
        kind="string",
        example="notContacted",
        description="Only reviews in this Find Reviewer state, e.g. `notContacted` or `contacted`.",
    ),
    FilterParameter(
        "username", "username", required=False, kind="string", description="Only reviews written by this consumer name."
    ),
    FilterParameter(
        "locationId",
        "location_id",
        required=False,
        kind="string",
        description="Only reviews of this location (the business's own location id).",
    ),
    FilterParameter(
        "internalLocationId",
        "internal_location_id",
        required=False,
        kind="string",
        description="Only reviews of this location; the name another docs version gives `locationId`.",
    ),
    FilterParameter(
        "source",
        "source",
        required=False,
        kind="string",
        description="Only reviews collected this way (the review's `source`, e.g. `InvitationApi`).",
    ),
)


def filter_arguments(filters: ListPrivateReviewsFilters) -> ListPrivateReviewsParams:
    """The arguments of :func:`build_request` for ``filters``: enums' plain values as the enum members it
    takes (a ValueError for a value a closed enum does not list)."""
    arguments = cast(ListPrivateReviewsParams, dict(filters))
    if "order_by" in filters:
        arguments["order_by"] = [ReviewOrder(v) for v in filters["order_by"]]
    return arguments


ReviewsT = TypeVar("ReviewsT")
ReviewPagesT = TypeVar("ReviewPagesT")
ModelPagesT = TypeVar("ModelPagesT")
ResumeT = TypeVar("ResumeT", bound=Mapping[str, object] | None)


class ListPrivateReviewsListing(Generic[ReviewsT, ReviewPagesT, ModelPagesT, ResumeT]):
    """The listing calls of a client over listPrivateReviews, typed with :class:`ListPrivateReviewsFilters`: what
    ``reviews`` gives (the records), ``review_pages`` (each page with its records and a resume point,
    ``ResumeT``) and ``pages`` (each list response) is the client's to bind, as are the three hooks they
    call."""

    def reviews(self, **filters: Unpack[ListPrivateReviewsFilters]) -> ReviewsT:
        """Every record of the listing, page after page."""
        return self._reviews(filters)

    def review_pages(
        self,
        *,
        resume: ResumeT | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        **filters: Unpack[ListPrivateReviewsFilters],
    ) -> ReviewPagesT:
        """Every page with its records and a resume point; ``resume=`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports)."""
        return self._review_pages(resume, concurrency, follow_changes, filters)

    def pages(self, *, concurrency: int = 1, **filters: Unpack[ListPrivateReviewsFilters]) -> ModelPagesT:
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
    business_unit_id: str,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    order_by: list[ReviewOrder] | Unset = UNSET,
    stars: list[int] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    start_date_time: str | Unset = UNSET,
    end_date_time: str | Unset = UNSET,
    responded: bool | Unset = UNSET,
    reported: bool | Unset = UNSET,
    reference_id: str | Unset = UNSET,
    referral_email: str | Unset = UNSET,
    tag_group: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    ignore_tag_value_case: bool | Unset = UNSET,
    find_reviewer: str | Unset = UNSET,
    username: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    internal_location_id: str | Unset = UNSET,
    source: str | Unset = UNSET,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one listPrivateReviews call (URL relative to the base URL)."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["perPage"] = per_page

    json_order_by: list[str] | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = []
        for order_by_item_data in order_by:
            order_by_item = order_by_item_data.value
            json_order_by.append(order_by_item)

    params["orderBy"] = json_order_by

    json_stars: list[int] | Unset = UNSET
    if not isinstance(stars, Unset):
        json_stars = stars

    params["stars"] = json_stars

    json_language: list[str] | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language

    params["language"] = json_language

    params["startDateTime"] = start_date_time

    params["endDateTime"] = end_date_time

    params["responded"] = responded

    params["reported"] = reported

    params["referenceId"] = reference_id

    params["referralEmail"] = referral_email

    params["tagGroup"] = tag_group

    params["tagValue"] = tag_value

    params["ignoreTagValueCase"] = ignore_tag_value_case

    params["findReviewer"] = find_reviewer

    params["username"] = username

    params["locationId"] = location_id

    params["internalLocationId"] = internal_location_id

    params["source"] = source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if "orderBy" in params:
        params["orderBy"] = ",".join(str(item) for item in params["orderBy"])
    if "stars" in params:
        params["stars"] = ",".join(str(item) for item in params["stars"])
    if "language" in params:
        params["language"] = ",".join(str(item) for item in params["language"])

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH.format(
            business_unit_id=quote(str(business_unit_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PrivateReviewList | None:
    """The parsed body of any answer the spec documents for listPrivateReviews."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = PrivateReviewList.from_dict(orjson.loads(response.content))

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


def parse_success(response: httpx.Response) -> PrivateReviewList:
    """The body of a documented success answer of listPrivateReviews.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = PrivateReviewList.from_dict(orjson.loads(response.content))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PrivateReviewList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    business_unit_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    order_by: list[ReviewOrder] | Unset = UNSET,
    stars: list[int] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    start_date_time: str | Unset = UNSET,
    end_date_time: str | Unset = UNSET,
    responded: bool | Unset = UNSET,
    reported: bool | Unset = UNSET,
    reference_id: str | Unset = UNSET,
    referral_email: str | Unset = UNSET,
    tag_group: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    ignore_tag_value_case: bool | Unset = UNSET,
    find_reviewer: str | Unset = UNSET,
    username: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    internal_location_id: str | Unset = UNSET,
    source: str | Unset = UNSET,
) -> Response[Error | PrivateReviewList]:
    """List a business unit's private reviews

     Returns one page of all the reviews written about the business unit, including the data only
    the business sees (consumer e-mail, order reference). Pages are numbered from 1 (`page`), hold
    `perPage` reviews (20 by default, at most 100) and are sorted by `orderBy`, newest first by
    default. The answer carries no total: a page past the last one is an empty list, so the end
    of the list is the first page holding fewer than `perPage` reviews.

    Reviews can be sorted only by creation date or stars: a review edited later, a new company
    reply or a deleted review moves nothing in the list.

    Args:
        business_unit_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        order_by (list[ReviewOrder] | Unset):
        stars (list[int] | Unset):
        language (list[str] | Unset):
        start_date_time (str | Unset): A datetime without zone (`2013-09-07T13:37:00`, read as
            UTC), or a date alone (its midnight).
        end_date_time (str | Unset): A datetime without zone (`2013-09-07T13:37:00`, read as UTC),
            or a date alone (its midnight).
        responded (bool | Unset):
        reported (bool | Unset):
        reference_id (str | Unset):
        referral_email (str | Unset):
        tag_group (str | Unset):
        tag_value (str | Unset):
        ignore_tag_value_case (bool | Unset):
        find_reviewer (str | Unset):
        username (str | Unset):
        location_id (str | Unset):
        internal_location_id (str | Unset):
        source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PrivateReviewList]
    """

    kwargs = build_request(
        business_unit_id=business_unit_id,
        page=page,
        per_page=per_page,
        order_by=order_by,
        stars=stars,
        language=language,
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        responded=responded,
        reported=reported,
        reference_id=reference_id,
        referral_email=referral_email,
        tag_group=tag_group,
        tag_value=tag_value,
        ignore_tag_value_case=ignore_tag_value_case,
        find_reviewer=find_reviewer,
        username=username,
        location_id=location_id,
        internal_location_id=internal_location_id,
        source=source,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    business_unit_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    order_by: list[ReviewOrder] | Unset = UNSET,
    stars: list[int] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    start_date_time: str | Unset = UNSET,
    end_date_time: str | Unset = UNSET,
    responded: bool | Unset = UNSET,
    reported: bool | Unset = UNSET,
    reference_id: str | Unset = UNSET,
    referral_email: str | Unset = UNSET,
    tag_group: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    ignore_tag_value_case: bool | Unset = UNSET,
    find_reviewer: str | Unset = UNSET,
    username: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    internal_location_id: str | Unset = UNSET,
    source: str | Unset = UNSET,
) -> Error | PrivateReviewList | None:
    """List a business unit's private reviews

     Returns one page of all the reviews written about the business unit, including the data only
    the business sees (consumer e-mail, order reference). Pages are numbered from 1 (`page`), hold
    `perPage` reviews (20 by default, at most 100) and are sorted by `orderBy`, newest first by
    default. The answer carries no total: a page past the last one is an empty list, so the end
    of the list is the first page holding fewer than `perPage` reviews.

    Reviews can be sorted only by creation date or stars: a review edited later, a new company
    reply or a deleted review moves nothing in the list.

    Args:
        business_unit_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        order_by (list[ReviewOrder] | Unset):
        stars (list[int] | Unset):
        language (list[str] | Unset):
        start_date_time (str | Unset): A datetime without zone (`2013-09-07T13:37:00`, read as
            UTC), or a date alone (its midnight).
        end_date_time (str | Unset): A datetime without zone (`2013-09-07T13:37:00`, read as UTC),
            or a date alone (its midnight).
        responded (bool | Unset):
        reported (bool | Unset):
        reference_id (str | Unset):
        referral_email (str | Unset):
        tag_group (str | Unset):
        tag_value (str | Unset):
        ignore_tag_value_case (bool | Unset):
        find_reviewer (str | Unset):
        username (str | Unset):
        location_id (str | Unset):
        internal_location_id (str | Unset):
        source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PrivateReviewList
    """

    return sync_detailed(
        business_unit_id=business_unit_id,
        client=client,
        page=page,
        per_page=per_page,
        order_by=order_by,
        stars=stars,
        language=language,
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        responded=responded,
        reported=reported,
        reference_id=reference_id,
        referral_email=referral_email,
        tag_group=tag_group,
        tag_value=tag_value,
        ignore_tag_value_case=ignore_tag_value_case,
        find_reviewer=find_reviewer,
        username=username,
        location_id=location_id,
        internal_location_id=internal_location_id,
        source=source,
    ).parsed


async def asyncio_detailed(
    business_unit_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    order_by: list[ReviewOrder] | Unset = UNSET,
    stars: list[int] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    start_date_time: str | Unset = UNSET,
    end_date_time: str | Unset = UNSET,
    responded: bool | Unset = UNSET,
    reported: bool | Unset = UNSET,
    reference_id: str | Unset = UNSET,
    referral_email: str | Unset = UNSET,
    tag_group: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    ignore_tag_value_case: bool | Unset = UNSET,
    find_reviewer: str | Unset = UNSET,
    username: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    internal_location_id: str | Unset = UNSET,
    source: str | Unset = UNSET,
) -> Response[Error | PrivateReviewList]:
    """List a business unit's private reviews

     Returns one page of all the reviews written about the business unit, including the data only
    the business sees (consumer e-mail, order reference). Pages are numbered from 1 (`page`), hold
    `perPage` reviews (20 by default, at most 100) and are sorted by `orderBy`, newest first by
    default. The answer carries no total: a page past the last one is an empty list, so the end
    of the list is the first page holding fewer than `perPage` reviews.

    Reviews can be sorted only by creation date or stars: a review edited later, a new company
    reply or a deleted review moves nothing in the list.

    Args:
        business_unit_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        order_by (list[ReviewOrder] | Unset):
        stars (list[int] | Unset):
        language (list[str] | Unset):
        start_date_time (str | Unset): A datetime without zone (`2013-09-07T13:37:00`, read as
            UTC), or a date alone (its midnight).
        end_date_time (str | Unset): A datetime without zone (`2013-09-07T13:37:00`, read as UTC),
            or a date alone (its midnight).
        responded (bool | Unset):
        reported (bool | Unset):
        reference_id (str | Unset):
        referral_email (str | Unset):
        tag_group (str | Unset):
        tag_value (str | Unset):
        ignore_tag_value_case (bool | Unset):
        find_reviewer (str | Unset):
        username (str | Unset):
        location_id (str | Unset):
        internal_location_id (str | Unset):
        source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PrivateReviewList]
    """

    kwargs = build_request(
        business_unit_id=business_unit_id,
        page=page,
        per_page=per_page,
        order_by=order_by,
        stars=stars,
        language=language,
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        responded=responded,
        reported=reported,
        reference_id=reference_id,
        referral_email=referral_email,
        tag_group=tag_group,
        tag_value=tag_value,
        ignore_tag_value_case=ignore_tag_value_case,
        find_reviewer=find_reviewer,
        username=username,
        location_id=location_id,
        internal_location_id=internal_location_id,
        source=source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_unit_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    order_by: list[ReviewOrder] | Unset = UNSET,
    stars: list[int] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    start_date_time: str | Unset = UNSET,
    end_date_time: str | Unset = UNSET,
    responded: bool | Unset = UNSET,
    reported: bool | Unset = UNSET,
    reference_id: str | Unset = UNSET,
    referral_email: str | Unset = UNSET,
    tag_group: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    ignore_tag_value_case: bool | Unset = UNSET,
    find_reviewer: str | Unset = UNSET,
    username: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    internal_location_id: str | Unset = UNSET,
    source: str | Unset = UNSET,
) -> Error | PrivateReviewList | None:
    """List a business unit's private reviews

     Returns one page of all the reviews written about the business unit, including the data only
    the business sees (consumer e-mail, order reference). Pages are numbered from 1 (`page`), hold
    `perPage` reviews (20 by default, at most 100) and are sorted by `orderBy`, newest first by
    default. The answer carries no total: a page past the last one is an empty list, so the end
    of the list is the first page holding fewer than `perPage` reviews.

    Reviews can be sorted only by creation date or stars: a review edited later, a new company
    reply or a deleted review moves nothing in the list.

    Args:
        business_unit_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        order_by (list[ReviewOrder] | Unset):
        stars (list[int] | Unset):
        language (list[str] | Unset):
        start_date_time (str | Unset): A datetime without zone (`2013-09-07T13:37:00`, read as
            UTC), or a date alone (its midnight).
        end_date_time (str | Unset): A datetime without zone (`2013-09-07T13:37:00`, read as UTC),
            or a date alone (its midnight).
        responded (bool | Unset):
        reported (bool | Unset):
        reference_id (str | Unset):
        referral_email (str | Unset):
        tag_group (str | Unset):
        tag_value (str | Unset):
        ignore_tag_value_case (bool | Unset):
        find_reviewer (str | Unset):
        username (str | Unset):
        location_id (str | Unset):
        internal_location_id (str | Unset):
        source (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PrivateReviewList
    """

    return (
        await asyncio_detailed(
            business_unit_id=business_unit_id,
            client=client,
            page=page,
            per_page=per_page,
            order_by=order_by,
            stars=stars,
            language=language,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            responded=responded,
            reported=reported,
            reference_id=reference_id,
            referral_email=referral_email,
            tag_group=tag_group,
            tag_value=tag_value,
            ignore_tag_value_case=ignore_tag_value_case,
            find_reviewer=find_reviewer,
            username=username,
            location_id=location_id,
            internal_location_id=internal_location_id,
            source=source,
        )
    ).parsed
