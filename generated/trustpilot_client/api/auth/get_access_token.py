"""getAccessToken: Request a business-user access token"""

from http import HTTPStatus
from typing import Any, Final, Required, TypedDict

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.access_token_request import AccessTokenRequest
from ...models.error import Error
from ...types import Pagination, RequestKwargs, Response, gc_paused

OPERATION_ID: Final = "getAccessToken"
METHOD: Final = "POST"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/v1/oauth/oauth-business-users-for-applications/accesstoken"
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


class GetAccessTokenParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for getAccessToken, by their Python names."""

    body: Required[AccessTokenRequest]


def build_request(
    *,
    body: AccessTokenRequest,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one getAccessToken call (URL relative to the base URL)."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": PATH,
    }

    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccessToken | Error | None:
    """The parsed body of any answer the spec documents for getAccessToken."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = AccessToken.from_dict(orjson.loads(response.content))

            return response_200

    if response.status_code == 400:
        with gc_paused():
            response_400 = Error.from_dict(orjson.loads(response.content))

            return response_400

    if response.status_code == 401:
        with gc_paused():
            response_401 = Error.from_dict(orjson.loads(response.content))

            return response_401

    if response.status_code == 415:
        with gc_paused():
            response_415 = Error.from_dict(orjson.loads(response.content))

            return response_415

    if response.status_code == 429:
        with gc_paused():
            response_429 = Error.from_dict(orjson.loads(response.content))

            return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> AccessToken:
    """The body of a documented success answer of getAccessToken.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = AccessToken.from_dict(orjson.loads(response.content))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccessToken | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AccessTokenRequest,
) -> Response[AccessToken | Error]:
    """Request a business-user access token

     Exchanges the application's credentials for a business-user access token, sent with the API
    key and secret as HTTP Basic credentials (`Authorization: Basic base64(key:secret)`) and a
    form body. Grants:

    - `client_credentials`: the application's own token; no refresh token is returned (request a
      new token when it expires).
    - `refresh_token` with `refresh_token`: a new token (and refresh token) from a refresh token.
    - `password` with `username` and `password` (a business user's login; **deprecated** by
      Trustpilot): a token and a refresh token.

    Access tokens live 100 hours (`expires_in`, a string of seconds: `"359999"`), refresh tokens
    30 days. A call with an expired token gets 401. Requesting tokens too often gets 429: reuse a
    token until it expires.

    Args:
        body (AccessTokenRequest): Form fields of a token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | Error]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AccessTokenRequest,
) -> AccessToken | Error | None:
    """Request a business-user access token

     Exchanges the application's credentials for a business-user access token, sent with the API
    key and secret as HTTP Basic credentials (`Authorization: Basic base64(key:secret)`) and a
    form body. Grants:

    - `client_credentials`: the application's own token; no refresh token is returned (request a
      new token when it expires).
    - `refresh_token` with `refresh_token`: a new token (and refresh token) from a refresh token.
    - `password` with `username` and `password` (a business user's login; **deprecated** by
      Trustpilot): a token and a refresh token.

    Access tokens live 100 hours (`expires_in`, a string of seconds: `"359999"`), refresh tokens
    30 days. A call with an expired token gets 401. Requesting tokens too often gets 429: reuse a
    token until it expires.

    Args:
        body (AccessTokenRequest): Form fields of a token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccessTokenRequest,
) -> Response[AccessToken | Error]:
    """Request a business-user access token

     Exchanges the application's credentials for a business-user access token, sent with the API
    key and secret as HTTP Basic credentials (`Authorization: Basic base64(key:secret)`) and a
    form body. Grants:

    - `client_credentials`: the application's own token; no refresh token is returned (request a
      new token when it expires).
    - `refresh_token` with `refresh_token`: a new token (and refresh token) from a refresh token.
    - `password` with `username` and `password` (a business user's login; **deprecated** by
      Trustpilot): a token and a refresh token.

    Access tokens live 100 hours (`expires_in`, a string of seconds: `"359999"`), refresh tokens
    30 days. A call with an expired token gets 401. Requesting tokens too often gets 429: reuse a
    token until it expires.

    Args:
        body (AccessTokenRequest): Form fields of a token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | Error]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AccessTokenRequest,
) -> AccessToken | Error | None:
    """Request a business-user access token

     Exchanges the application's credentials for a business-user access token, sent with the API
    key and secret as HTTP Basic credentials (`Authorization: Basic base64(key:secret)`) and a
    form body. Grants:

    - `client_credentials`: the application's own token; no refresh token is returned (request a
      new token when it expires).
    - `refresh_token` with `refresh_token`: a new token (and refresh token) from a refresh token.
    - `password` with `username` and `password` (a business user's login; **deprecated** by
      Trustpilot): a token and a refresh token.

    Access tokens live 100 hours (`expires_in`, a string of seconds: `"359999"`), refresh tokens
    30 days. A call with an expired token gets 401. Requesting tokens too often gets 429: reuse a
    token until it expires.

    Args:
        body (AccessTokenRequest): Form fields of a token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
