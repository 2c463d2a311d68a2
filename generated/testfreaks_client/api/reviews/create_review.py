from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.review_envelope import ReviewEnvelope
from ...models.review_write_request import ReviewWriteRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ReviewWriteRequest,
    client_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reviews",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ReviewEnvelope | None:
    if response.status_code == 200:
        response_200 = ReviewEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ReviewEnvelope.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ReviewEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReviewWriteRequest,
    client_id: str | Unset = UNSET,
) -> Response[Error | ReviewEnvelope]:
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
        Response[Error | ReviewEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        client_id=client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ReviewWriteRequest,
    client_id: str | Unset = UNSET,
) -> Error | ReviewEnvelope | None:
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
        Error | ReviewEnvelope
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
) -> Response[Error | ReviewEnvelope]:
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
        Response[Error | ReviewEnvelope]
    """

    kwargs = _get_kwargs(
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
) -> Error | ReviewEnvelope | None:
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
        Error | ReviewEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            client_id=client_id,
        )
    ).parsed
