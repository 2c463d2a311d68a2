"""batchGetReviews: List the reviews of several locations"""

from http import HTTPStatus
from typing import Any, Final, Required, TypedDict
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_get_reviews_request import BatchGetReviewsRequest
from ...models.batch_get_reviews_response import BatchGetReviewsResponse
from ...models.error import Error
from ...types import Pagination, RequestKwargs, Response, gc_paused

OPERATION_ID: Final = "batchGetReviews"
METHOD: Final = "POST"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v4/accounts/{account_id}/locations:batchGetReviews"
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


class BatchGetReviewsParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for batchGetReviews, by their Python names."""

    account_id: Required[str]
    body: Required[BatchGetReviewsRequest]


def build_request(
    account_id: str,
    *,
    body: BatchGetReviewsRequest,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one batchGetReviews call (URL relative to the base URL)."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH.format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchGetReviewsResponse | Error | None:
    """The parsed body of any answer the spec documents for batchGetReviews."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = BatchGetReviewsResponse.from_dict(orjson.loads(response.content))

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


def parse_success(response: httpx.Response) -> BatchGetReviewsResponse:
    """The body of a documented success answer of batchGetReviews.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = BatchGetReviewsResponse.from_dict(orjson.loads(response.content))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchGetReviewsResponse | Error]:
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
    body: BatchGetReviewsRequest,
) -> Response[BatchGetReviewsResponse | Error]:
    """List the reviews of several locations

     Returns one page of the reviews of up to 50 verified locations of the account, each with the
    name of its location. Ordered as `listReviews` is (`orderBy`); `pageSize` is 50 by default;
    `nextPageToken` (sent back in the body's `pageToken`) is absent on the last page. A read: it
    changes nothing, so it may be repeated.

    Args:
        account_id (str):
        body (BatchGetReviewsRequest): The locations to read the reviews of, and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchGetReviewsResponse | Error]
    """

    kwargs = build_request(
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BatchGetReviewsRequest,
) -> BatchGetReviewsResponse | Error | None:
    """List the reviews of several locations

     Returns one page of the reviews of up to 50 verified locations of the account, each with the
    name of its location. Ordered as `listReviews` is (`orderBy`); `pageSize` is 50 by default;
    `nextPageToken` (sent back in the body's `pageToken`) is absent on the last page. A read: it
    changes nothing, so it may be repeated.

    Args:
        account_id (str):
        body (BatchGetReviewsRequest): The locations to read the reviews of, and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchGetReviewsResponse | Error
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BatchGetReviewsRequest,
) -> Response[BatchGetReviewsResponse | Error]:
    """List the reviews of several locations

     Returns one page of the reviews of up to 50 verified locations of the account, each with the
    name of its location. Ordered as `listReviews` is (`orderBy`); `pageSize` is 50 by default;
    `nextPageToken` (sent back in the body's `pageToken`) is absent on the last page. A read: it
    changes nothing, so it may be repeated.

    Args:
        account_id (str):
        body (BatchGetReviewsRequest): The locations to read the reviews of, and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchGetReviewsResponse | Error]
    """

    kwargs = build_request(
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BatchGetReviewsRequest,
) -> BatchGetReviewsResponse | Error | None:
    """List the reviews of several locations

     Returns one page of the reviews of up to 50 verified locations of the account, each with the
    name of its location. Ordered as `listReviews` is (`orderBy`); `pageSize` is 50 by default;
    `nextPageToken` (sent back in the body's `pageToken`) is absent on the last page. A read: it
    changes nothing, so it may be repeated.

    Args:
        account_id (str):
        body (BatchGetReviewsRequest): The locations to read the reviews of, and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchGetReviewsResponse | Error
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
