"""refreshAccessToken: Exchange a refresh token for an access token"""

from http import HTTPStatus
from typing import Any, Final, Required, TypedDict

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.error import Error
from ...models.o_auth_error import OAuthError
from ...models.refresh_token_request import RefreshTokenRequest
from ...types import Pagination, RequestKwargs, Response, gc_paused

OPERATION_ID: Final = "refreshAccessToken"
METHOD: Final = "POST"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/token"
# The server the spec names for this operation alone: build_request's URL is absolute, so the call
# goes there whatever the client's base URL.
SERVER: Final = "https://oauth2.googleapis.com"
# The success statuses the spec documents: the ones parse_success reads.
SUCCESS_STATUSES: Final = frozenset(
    {
        200,
    }
)


# None: the operation does not page (it is no list operation).
PAGINATION: Final[Pagination | None] = None


class RefreshAccessTokenParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for refreshAccessToken, by their Python names."""

    body: Required[RefreshTokenRequest]


def build_request(
    *,
    body: RefreshTokenRequest,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one refreshAccessToken call (URL absolute: the operation's own server)."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": "https://oauth2.googleapis.com" + PATH,
    }

    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessToken | Error | OAuthError | None:
    """The parsed body of any answer the spec documents for refreshAccessToken."""
    if response.status_code == 200:
        with gc_paused():
            response_200 = AccessToken.from_dict(orjson.loads(response.content))

            return response_200

    if response.status_code == 400:
        with gc_paused():
            response_400 = OAuthError.from_dict(orjson.loads(response.content))

            return response_400

    if response.status_code == 401:
        with gc_paused():
            response_401 = OAuthError.from_dict(orjson.loads(response.content))

            return response_401

    if response.status_code == 429:
        with gc_paused():
            response_429 = Error.from_dict(orjson.loads(response.content))

            return response_429

    if response.status_code == 500:
        with gc_paused():
            response_500 = Error.from_dict(orjson.loads(response.content))

            return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> AccessToken:
    """The body of a documented success answer of refreshAccessToken.

    Raises ``errors.UnexpectedStatus`` for any other status and ``orjson.JSONDecodeError`` (a
    ``ValueError``) for a body that is not JSON.
    """
    if response.status_code == 200:
        with gc_paused():
            response_200 = AccessToken.from_dict(orjson.loads(response.content))

            return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessToken | Error | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshTokenRequest,
) -> Response[AccessToken | Error | OAuthError]:
    """Exchange a refresh token for an access token

     OAuth 2.0 refresh-token grant (RFC 6749, section 6): the application's client id and secret
    and a refresh token the user granted (consent with `access_type=offline`) give an access token
    for the scopes consented to. Access tokens expire (`expires_in` seconds, about an hour);
    request a new one before then. A refresh token stops working when the user revokes access,
    after six months unused, when the user has too many live refresh tokens, and for consent
    screens in testing mode after 7 days ([3P]); the answer is then `invalid_grant` and the user
    must grant consent again.

    Args:
        body (RefreshTokenRequest): Form fields of a refresh-token grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | Error | OAuthError]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshTokenRequest,
) -> AccessToken | Error | OAuthError | None:
    """Exchange a refresh token for an access token

     OAuth 2.0 refresh-token grant (RFC 6749, section 6): the application's client id and secret
    and a refresh token the user granted (consent with `access_type=offline`) give an access token
    for the scopes consented to. Access tokens expire (`expires_in` seconds, about an hour);
    request a new one before then. A refresh token stops working when the user revokes access,
    after six months unused, when the user has too many live refresh tokens, and for consent
    screens in testing mode after 7 days ([3P]); the answer is then `invalid_grant` and the user
    must grant consent again.

    Args:
        body (RefreshTokenRequest): Form fields of a refresh-token grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | Error | OAuthError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshTokenRequest,
) -> Response[AccessToken | Error | OAuthError]:
    """Exchange a refresh token for an access token

     OAuth 2.0 refresh-token grant (RFC 6749, section 6): the application's client id and secret
    and a refresh token the user granted (consent with `access_type=offline`) give an access token
    for the scopes consented to. Access tokens expire (`expires_in` seconds, about an hour);
    request a new one before then. A refresh token stops working when the user revokes access,
    after six months unused, when the user has too many live refresh tokens, and for consent
    screens in testing mode after 7 days ([3P]); the answer is then `invalid_grant` and the user
    must grant consent again.

    Args:
        body (RefreshTokenRequest): Form fields of a refresh-token grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | Error | OAuthError]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshTokenRequest,
) -> AccessToken | Error | OAuthError | None:
    """Exchange a refresh token for an access token

     OAuth 2.0 refresh-token grant (RFC 6749, section 6): the application's client id and secret
    and a refresh token the user granted (consent with `access_type=offline`) give an access token
    for the scopes consented to. Access tokens expire (`expires_in` seconds, about an hour);
    request a new one before then. A refresh token stops working when the user revokes access,
    after six months unused, when the user has too many live refresh tokens, and for consent
    screens in testing mode after 7 days ([3P]); the answer is then `invalid_grant` and the user
    must grant consent again.

    Args:
        body (RefreshTokenRequest): Form fields of a refresh-token grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | Error | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
