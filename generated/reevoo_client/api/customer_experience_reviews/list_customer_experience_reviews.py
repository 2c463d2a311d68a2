"""listCustomerExperienceReviews: List the customer experience reviews of an organisation"""

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
from ...models.customer_experience_review_list import CustomerExperienceReviewList
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

OPERATION_ID: Final = "listCustomerExperienceReviews"
METHOD: Final = "GET"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v4/organisations/{trkref}/customer_experience_reviews"
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
    style="single_window",
    items=("customer_experience_reviews",),
)


class ListCustomerExperienceReviewsParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for listCustomerExperienceReviews, by their Python names."""

    trkref: Required[str]
    branch_code: str
    older_reviews: bool


#: The member names of :class:`ListCustomerExperienceReviewsFilters`.
ListCustomerExperienceReviewsFilterName = Literal["trkref", "branch_code", "older_reviews"]


class ListCustomerExperienceReviewsFilters(TypedDict, total=False):
    """The scope and filters of listCustomerExperienceReviews: its path and query parameters by their Python names,
    without the pagination ones; open enums as their plain values."""

    trkref: Required[str]
    branch_code: str
    older_reviews: bool


# Each member of ListCustomerExperienceReviewsFilters, as the spec describes it (the first paragraph of its description).
FILTERS: Final[tuple[FilterParameter, ...]] = (
    FilterParameter(
        "trkref",
        "trkref",
        required=True,
        kind="string",
        description="Tracking reference, the code Reevoo uses to identify the organisation (retailer).",
    ),
    FilterParameter(
        "branch_code",
        "branch_code",
        required=False,
        kind="string",
        description="Restrict the result to the reviews attributed to this branch of the organisation.",
    ),
    FilterParameter(
        "older_reviews",
        "older_reviews",
        required=False,
        kind="boolean",
        default=False,
        description="`false` or absent: only the recent reviews that fall within the retailer's moving window. `true`: all reviews, however old.",
    ),
)


def filter_arguments(filters: ListCustomerExperienceReviewsFilters) -> ListCustomerExperienceReviewsParams:
    """The arguments of :func:`build_request` for ``filters``: enums' plain values as the enum members it
    takes (a ValueError for a value a closed enum does not list)."""
    arguments = cast(ListCustomerExperienceReviewsParams, dict(filters))
    return arguments


ReviewsT = TypeVar("ReviewsT")
ReviewPagesT = TypeVar("ReviewPagesT")
ModelPagesT = TypeVar("ModelPagesT")
ResumeT = TypeVar("ResumeT", bound=Mapping[str, object] | None)


class ListCustomerExperienceReviewsListing(Generic[ReviewsT, ReviewPagesT, ModelPagesT, ResumeT]):
    """The listing calls of a client over listCustomerExperienceReviews, typed with :class:`ListCustomerExperienceReviewsFilters`: what
    ``reviews`` gives (the records), ``review_pages`` (each page with its records and a resume point,
    ``ResumeT``) and ``pages`` (each list response) is the client's to bind, as are the three hooks they
    call."""

    def reviews(self, **filters: Unpack[ListCustomerExperienceReviewsFilters]) -> ReviewsT:
        """Every record of the listing, page after page."""
        return self._reviews(filters)

    def review_pages(
        self,
        *,
        resume: ResumeT | None = None,
        concurrency: int = 1,
        follow_changes: bool = False,
        **filters: Unpack[ListCustomerExperienceReviewsFilters],
    ) -> ReviewPagesT:
        """Every page with its records and a resume point; ``resume=`` continues after a page.

        ``follow_changes=True`` pages so that records changing during the walk are neither skipped nor
        lost (for exports)."""
        return self._review_pages(resume, concurrency, follow_changes, filters)

    def pages(self, *, concurrency: int = 1, **filters: Unpack[ListCustomerExperienceReviewsFilters]) -> ModelPagesT:
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
    trkref: str,
    *,
    branch_code: str | Unset = UNSET,
    older_reviews: bool | Unset = False,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one listCustomerExperienceReviews call (URL relative to the base URL)."""

    params: dict[str, Any] = {}

    params["branch_code"] = branch_code

    params["older_reviews"] = older_reviews

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH.format(
            trkref=quote(str(trkref), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerExperienceReviewList | Error | None:
    """The parsed body of any answer the spec documents for listCustomerExperienceReviews."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = CustomerExperienceReviewList.from_dict(orjson.loads(response.content))

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


def parse_success(response: httpx.Response) -> CustomerExperienceReviewList:
    """The body of a documented success answer of listCustomerExperienceReviews.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = CustomerExperienceReviewList.from_dict(orjson.loads(response.content))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomerExperienceReviewList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    trkref: str,
    *,
    client: AuthenticatedClient | Client,
    branch_code: str | Unset = UNSET,
    older_reviews: bool | Unset = False,
) -> Response[CustomerExperienceReviewList | Error]:
    """List the customer experience reviews of an organisation

     Returns the published customer experience reviews of the organisation identified by
    `trkref`, optionally restricted to one branch.

    The response is not paginated. By default (`older_reviews` absent or `false`) only the
    recent reviews inside the retailer's moving window are returned; with `older_reviews=true`
    every review is returned in one response.

    List items carry no `id`; the detail of a review is fetched with
    `getCustomerExperienceReview` when its id is known from elsewhere.

    Args:
        trkref (str):
        branch_code (str | Unset):
        older_reviews (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerExperienceReviewList | Error]
    """

    kwargs = build_request(
        trkref=trkref,
        branch_code=branch_code,
        older_reviews=older_reviews,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    trkref: str,
    *,
    client: AuthenticatedClient | Client,
    branch_code: str | Unset = UNSET,
    older_reviews: bool | Unset = False,
) -> CustomerExperienceReviewList | Error | None:
    """List the customer experience reviews of an organisation

     Returns the published customer experience reviews of the organisation identified by
    `trkref`, optionally restricted to one branch.

    The response is not paginated. By default (`older_reviews` absent or `false`) only the
    recent reviews inside the retailer's moving window are returned; with `older_reviews=true`
    every review is returned in one response.

    List items carry no `id`; the detail of a review is fetched with
    `getCustomerExperienceReview` when its id is known from elsewhere.

    Args:
        trkref (str):
        branch_code (str | Unset):
        older_reviews (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerExperienceReviewList | Error
    """

    return sync_detailed(
        trkref=trkref,
        client=client,
        branch_code=branch_code,
        older_reviews=older_reviews,
    ).parsed


async def asyncio_detailed(
    trkref: str,
    *,
    client: AuthenticatedClient | Client,
    branch_code: str | Unset = UNSET,
    older_reviews: bool | Unset = False,
) -> Response[CustomerExperienceReviewList | Error]:
    """List the customer experience reviews of an organisation

     Returns the published customer experience reviews of the organisation identified by
    `trkref`, optionally restricted to one branch.

    The response is not paginated. By default (`older_reviews` absent or `false`) only the
    recent reviews inside the retailer's moving window are returned; with `older_reviews=true`
    every review is returned in one response.

    List items carry no `id`; the detail of a review is fetched with
    `getCustomerExperienceReview` when its id is known from elsewhere.

    Args:
        trkref (str):
        branch_code (str | Unset):
        older_reviews (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerExperienceReviewList | Error]
    """

    kwargs = build_request(
        trkref=trkref,
        branch_code=branch_code,
        older_reviews=older_reviews,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trkref: str,
    *,
    client: AuthenticatedClient | Client,
    branch_code: str | Unset = UNSET,
    older_reviews: bool | Unset = False,
) -> CustomerExperienceReviewList | Error | None:
    """List the customer experience reviews of an organisation

     Returns the published customer experience reviews of the organisation identified by
    `trkref`, optionally restricted to one branch.

    The response is not paginated. By default (`older_reviews` absent or `false`) only the
    recent reviews inside the retailer's moving window are returned; with `older_reviews=true`
    every review is returned in one response.

    List items carry no `id`; the detail of a review is fetched with
    `getCustomerExperienceReview` when its id is known from elsewhere.

    Args:
        trkref (str):
        branch_code (str | Unset):
        older_reviews (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerExperienceReviewList | Error
    """

    return (
        await asyncio_detailed(
            trkref=trkref,
            client=client,
            branch_code=branch_code,
            older_reviews=older_reviews,
        )
    ).parsed
