from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.review_reply_request import ReviewReplyRequest
from ...types import Response


def _get_kwargs(
    review_id: str,
    *,
    body: ReviewReplyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/reviews/{review_id}/reply".format(
            review_id=quote(str(review_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReviewReplyRequest,
) -> Response[Any]:
    """Reply to a review

     Saves the channel owner's public reply to a review. A review has at most one reply: saving
    again replaces it, so repeating the same call is harmless. With `sendNotification: true`
    eTrusted notifies the reviewer.

    Args:
        review_id (str):
        body (ReviewReplyRequest): The channel owner's reply to a review. Saving a reply replaces
            the earlier one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReviewReplyRequest,
) -> Response[Any]:
    """Reply to a review

     Saves the channel owner's public reply to a review. A review has at most one reply: saving
    again replaces it, so repeating the same call is harmless. With `sendNotification: true`
    eTrusted notifies the reviewer.

    Args:
        review_id (str):
        body (ReviewReplyRequest): The channel owner's reply to a review. Saving a reply replaces
            the earlier one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
