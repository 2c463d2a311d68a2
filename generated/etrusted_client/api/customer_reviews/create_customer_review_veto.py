"""createCustomerReviewVeto: Create a veto for a customer review"""

from http import HTTPStatus
from typing import Any, Final, Required, TypedDict, cast
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.review_veto_request import ReviewVetoRequest
from ...models.review_veto_response import ReviewVetoResponse
from ...types import Pagination, RequestKwargs, Response, gc_paused

OPERATION_ID: Final = "createCustomerReviewVeto"
METHOD: Final = "POST"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/channels/{channel_id}/customer-reviews/{customer_review_id}/vetos"
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


class CreateCustomerReviewVetoParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for createCustomerReviewVeto, by their Python names."""

    channel_id: Required[str]
    customer_review_id: Required[str]
    body: Required[ReviewVetoRequest]


def build_request(
    channel_id: str,
    customer_review_id: str,
    *,
    body: ReviewVetoRequest,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one createCustomerReviewVeto call (URL relative to the base URL)."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH.format(
            channel_id=quote(str(channel_id), safe=""),
            customer_review_id=quote(str(customer_review_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ReviewVetoResponse | None:
    """The parsed body of any answer the spec documents for createCustomerReviewVeto."""
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
    """The body of a documented success answer of createCustomerReviewVeto.

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
    channel_id: str,
    customer_review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReviewVetoRequest,
) -> Response[Any | ReviewVetoResponse]:
    """Create a veto for a customer review

     Reports a customer review as inappropriate: the channel owner asks Trusted Shops to
    investigate the review and possibly remove it. A veto consists of a reason, a comment and
    optionally the reporter's email address and the channel name. Each call opens a ticket on
    the Trusted Shops review team's board; the answer carries that ticket's ID.

    eTrusted has deprecated this endpoint in favour of `createVeto` (`POST /reviews/{reviewId}/vetos`).

    Args:
        channel_id (str):
        customer_review_id (str):
        body (ReviewVetoRequest): A veto against a review.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReviewVetoResponse]
    """

    kwargs = build_request(
        channel_id=channel_id,
        customer_review_id=customer_review_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    channel_id: str,
    customer_review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReviewVetoRequest,
) -> Any | ReviewVetoResponse | None:
    """Create a veto for a customer review

     Reports a customer review as inappropriate: the channel owner asks Trusted Shops to
    investigate the review and possibly remove it. A veto consists of a reason, a comment and
    optionally the reporter's email address and the channel name. Each call opens a ticket on
    the Trusted Shops review team's board; the answer carries that ticket's ID.

    eTrusted has deprecated this endpoint in favour of `createVeto` (`POST /reviews/{reviewId}/vetos`).

    Args:
        channel_id (str):
        customer_review_id (str):
        body (ReviewVetoRequest): A veto against a review.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReviewVetoResponse
    """

    return sync_detailed(
        channel_id=channel_id,
        customer_review_id=customer_review_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    channel_id: str,
    customer_review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReviewVetoRequest,
) -> Response[Any | ReviewVetoResponse]:
    """Create a veto for a customer review

     Reports a customer review as inappropriate: the channel owner asks Trusted Shops to
    investigate the review and possibly remove it. A veto consists of a reason, a comment and
    optionally the reporter's email address and the channel name. Each call opens a ticket on
    the Trusted Shops review team's board; the answer carries that ticket's ID.

    eTrusted has deprecated this endpoint in favour of `createVeto` (`POST /reviews/{reviewId}/vetos`).

    Args:
        channel_id (str):
        customer_review_id (str):
        body (ReviewVetoRequest): A veto against a review.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReviewVetoResponse]
    """

    kwargs = build_request(
        channel_id=channel_id,
        customer_review_id=customer_review_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    channel_id: str,
    customer_review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReviewVetoRequest,
) -> Any | ReviewVetoResponse | None:
    """Create a veto for a customer review

     Reports a customer review as inappropriate: the channel owner asks Trusted Shops to
    investigate the review and possibly remove it. A veto consists of a reason, a comment and
    optionally the reporter's email address and the channel name. Each call opens a ticket on
    the Trusted Shops review team's board; the answer carries that ticket's ID.

    eTrusted has deprecated this endpoint in favour of `createVeto` (`POST /reviews/{reviewId}/vetos`).

    Args:
        channel_id (str):
        customer_review_id (str):
        body (ReviewVetoRequest): A veto against a review.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReviewVetoResponse
    """

    return (
        await asyncio_detailed(
            channel_id=channel_id,
            customer_review_id=customer_review_id,
            client=client,
            body=body,
        )
    ).parsed
