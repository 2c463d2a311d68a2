"""findBusinessUnit: Find a business unit by its domain"""

from http import HTTPStatus
from typing import Any, Final, Literal, Required, TypedDict, cast

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.business_unit import BusinessUnit
from ...models.error import Error
from ...types import (
    UNSET,
    FilterParameter,
    Pagination,
    RequestKwargs,
    Response,
    gc_paused,
)

OPERATION_ID: Final = "findBusinessUnit"
METHOD: Final = "GET"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v1/business-units/find"
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


class FindBusinessUnitParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for findBusinessUnit, by their Python names."""

    name: Required[str]


#: The member names of :class:`FindBusinessUnitFilters`.
FindBusinessUnitFilterName = Literal["name"]


class FindBusinessUnitFilters(TypedDict, total=False):
    """The scope and filters of findBusinessUnit: its path and query parameters by their Python names,
    without the pagination ones; open enums as their plain values."""

    name: Required[str]


# Each member of FindBusinessUnitFilters, as the spec describes it (the first paragraph of its description).
FILTERS: Final[tuple[FilterParameter, ...]] = (
    FilterParameter(
        "name",
        "name",
        required=True,
        kind="string",
        example="trustpilot.com",
        description="The business unit's domain, e.g. `trustpilot.com`.",
    ),
)


def filter_arguments(filters: FindBusinessUnitFilters) -> FindBusinessUnitParams:
    """The arguments of :func:`build_request` for ``filters``: enums' plain values as the enum members it
    takes (a ValueError for a value a closed enum does not list)."""
    arguments = cast(FindBusinessUnitParams, dict(filters))
    return arguments


def build_request(
    *,
    name: str,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one findBusinessUnit call (URL relative to the base URL)."""

    params: dict[str, Any] = {}

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BusinessUnit | Error | None:
    """The parsed body of any answer the spec documents for findBusinessUnit."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = BusinessUnit.from_dict(orjson.loads(response.content))

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> BusinessUnit:
    """The body of a documented success answer of findBusinessUnit.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = BusinessUnit.from_dict(orjson.loads(response.content))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusinessUnit | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    name: str,
) -> Response[BusinessUnit | Error]:
    """Find a business unit by its domain

     Returns the business unit whose identifying or referring name is `name` (a domain such as
    `trustpilot.com`), with its id, the value the private operations take as `businessUnitId`.
    A public operation: it takes the API key, no access token.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessUnit | Error]
    """

    kwargs = build_request(
        name=name,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    name: str,
) -> BusinessUnit | Error | None:
    """Find a business unit by its domain

     Returns the business unit whose identifying or referring name is `name` (a domain such as
    `trustpilot.com`), with its id, the value the private operations take as `businessUnitId`.
    A public operation: it takes the API key, no access token.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessUnit | Error
    """

    return sync_detailed(
        client=client,
        name=name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    name: str,
) -> Response[BusinessUnit | Error]:
    """Find a business unit by its domain

     Returns the business unit whose identifying or referring name is `name` (a domain such as
    `trustpilot.com`), with its id, the value the private operations take as `businessUnitId`.
    A public operation: it takes the API key, no access token.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessUnit | Error]
    """

    kwargs = build_request(
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    name: str,
) -> BusinessUnit | Error | None:
    """Find a business unit by its domain

     Returns the business unit whose identifying or referring name is `name` (a domain such as
    `trustpilot.com`), with its id, the value the private operations take as `businessUnitId`.
    A public operation: it takes the API key, no access token.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessUnit | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
        )
    ).parsed
