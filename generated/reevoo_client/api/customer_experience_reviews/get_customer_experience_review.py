from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_experience_review_detail import CustomerExperienceReviewDetail
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    trkref: str | Unset = UNSET,
    branch_code: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["trkref"] = trkref

    params["branch_code"] = branch_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/customer_experience_reviews/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerExperienceReviewDetail | Error | None:
    if response.status_code == 200:
        response_200 = CustomerExperienceReviewDetail.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomerExperienceReviewDetail | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    trkref: str | Unset = UNSET,
    branch_code: str | Unset = UNSET,
) -> Response[CustomerExperienceReviewDetail | Error]:
    """Get one customer experience review

     Returns a single customer experience review: the same attributes as a list item plus its
    `id` (which Reevoo's own detail example leaves out, so it may be missing). `trkref` and
    `branch_code` optionally scope the lookup to an organisation and one of
    its branches.

    Args:
        id (str):
        trkref (str | Unset):
        branch_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerExperienceReviewDetail | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        trkref=trkref,
        branch_code=branch_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    trkref: str | Unset = UNSET,
    branch_code: str | Unset = UNSET,
) -> CustomerExperienceReviewDetail | Error | None:
    """Get one customer experience review

     Returns a single customer experience review: the same attributes as a list item plus its
    `id` (which Reevoo's own detail example leaves out, so it may be missing). `trkref` and
    `branch_code` optionally scope the lookup to an organisation and one of
    its branches.

    Args:
        id (str):
        trkref (str | Unset):
        branch_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerExperienceReviewDetail | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        trkref=trkref,
        branch_code=branch_code,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    trkref: str | Unset = UNSET,
    branch_code: str | Unset = UNSET,
) -> Response[CustomerExperienceReviewDetail | Error]:
    """Get one customer experience review

     Returns a single customer experience review: the same attributes as a list item plus its
    `id` (which Reevoo's own detail example leaves out, so it may be missing). `trkref` and
    `branch_code` optionally scope the lookup to an organisation and one of
    its branches.

    Args:
        id (str):
        trkref (str | Unset):
        branch_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerExperienceReviewDetail | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        trkref=trkref,
        branch_code=branch_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    trkref: str | Unset = UNSET,
    branch_code: str | Unset = UNSET,
) -> CustomerExperienceReviewDetail | Error | None:
    """Get one customer experience review

     Returns a single customer experience review: the same attributes as a list item plus its
    `id` (which Reevoo's own detail example leaves out, so it may be missing). `trkref` and
    `branch_code` optionally scope the lookup to an organisation and one of
    its branches.

    Args:
        id (str):
        trkref (str | Unset):
        branch_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerExperienceReviewDetail | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            trkref=trkref,
            branch_code=branch_code,
        )
    ).parsed
