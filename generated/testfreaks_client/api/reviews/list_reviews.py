import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.moderation_status import ModerationStatus
from ...models.review_list import ReviewList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    client_id: str | Unset = UNSET,
    updated_after: datetime.date | datetime.datetime | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    order_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    moderation_status: ModerationStatus | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

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

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reviews",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ReviewList | None:
    if response.status_code == 200:
        response_200 = ReviewList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ReviewList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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

    kwargs = _get_kwargs(
        limit=limit,
        client_id=client_id,
        updated_after=updated_after,
        created_after=created_after,
        order_id=order_id,
        customer_id=customer_id,
        moderation_status=moderation_status,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

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

    kwargs = _get_kwargs(
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
