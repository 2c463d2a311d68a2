"""createReview: Create a review"""

from http import HTTPStatus
from typing import Any, Final, Required, TypedDict

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.review import Review
from ...models.review_write_request import ReviewWriteRequest
from ...types import (
    UNSET,
    Pagination,
    RequestKwargs,
    Response,
    Unset,
    gc_paused,
    unwrapped,
)

OPERATION_ID: Final = "createReview"
METHOD: Final = "POST"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v1/reviews"
# None: the spec names no server for this operation alone; it is served from the client's base URL.
SERVER: Final[str | None] = None
# The success statuses the spec documents: the ones parse_success reads.
SUCCESS_STATUSES: Final = frozenset(
    {
        200,
        201,
    }
)


# None: the operation does not page (it is no list operation).
PAGINATION: Final[Pagination | None] = None


class CreateReviewParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for createReview, by their Python names."""

    body: Required[ReviewWriteRequest]
    client_id: str


def build_request(
    *,
    body: ReviewWriteRequest,
    client_id: str | Unset = UNSET,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one createReview call (URL relative to the base URL)."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Review | None:
    """The parsed body of any answer the spec documents for createReview."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = Review.from_dict(unwrapped(orjson.loads(response.content), "data"))

            return response_200

    if response.status_code == 201:
        with gc_paused():
            response_201 = Review.from_dict(unwrapped(orjson.loads(response.content), "data"))

            return response_201

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

    if response.status_code == 422:
        with gc_paused():
            response_422 = Error.from_dict(orjson.loads(response.content))

            return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> Review:
    """The body of a documented success answer of createReview.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = Review.from_dict(unwrapped(orjson.loads(response.content), "data"))

            return response_200

    if response.status_code == 201:
        with gc_paused():
            response_201 = Review.from_dict(unwrapped(orjson.loads(response.content), "data"))

            return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Review]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReviewWriteRequest,
    client_id: str | Unset = UNSET,
) -> Response[Error | Review]:
    """Create a review

     Creates a review from the JSON body. If `review.external_id` names a review that already
    exists, that review is updated instead and no new review is created. `review.accepted`
    overrides manual moderation (true approves, false rejects, null hands the decision back to the
    system). The answer is the stored review in the same format as a single review, or a list of
    errors.

    Args:
        client_id (str | Unset):
        body (ReviewWriteRequest): Body of a create or update request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Review]
    """

    kwargs = build_request(
        body=body,
        client_id=client_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ReviewWriteRequest,
    client_id: str | Unset = UNSET,
) -> Error | Review | None:
    """Create a review

     Creates a review from the JSON body. If `review.external_id` names a review that already
    exists, that review is updated instead and no new review is created. `review.accepted`
    overrides manual moderation (true approves, false rejects, null hands the decision back to the
    system). The answer is the stored review in the same format as a single review, or a list of
    errors.

    Args:
        client_id (str | Unset):
        body (ReviewWriteRequest): Body of a create or update request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Review
    """

    return sync_detailed(
        client=client,
        body=body,
        client_id=client_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReviewWriteRequest,
    client_id: str | Unset = UNSET,
) -> Response[Error | Review]:
    """Create a review

     Creates a review from the JSON body. If `review.external_id` names a review that already
    exists, that review is updated instead and no new review is created. `review.accepted`
    overrides manual moderation (true approves, false rejects, null hands the decision back to the
    system). The answer is the stored review in the same format as a single review, or a list of
    errors.

    Args:
        client_id (str | Unset):
        body (ReviewWriteRequest): Body of a create or update request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Review]
    """

    kwargs = build_request(
        body=body,
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReviewWriteRequest,
    client_id: str | Unset = UNSET,
) -> Error | Review | None:
    """Create a review

     Creates a review from the JSON body. If `review.external_id` names a review that already
    exists, that review is updated instead and no new review is created. `review.accepted`
    overrides manual moderation (true approves, false rejects, null hands the decision back to the
    system). The answer is the stored review in the same format as a single review, or a list of
    errors.

    Args:
        client_id (str | Unset):
        body (ReviewWriteRequest): Body of a create or update request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Review
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            client_id=client_id,
        )
    ).parsed
