"""requestAccessToken: Request an access token"""

from http import HTTPStatus
from typing import Any, Final, Required, TypedDict

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.access_token_request import AccessTokenRequest
from ...models.o_auth_error import OAuthError
from ...types import Pagination, RequestKwargs, Response, gc_paused

OPERATION_ID: Final = "requestAccessToken"
METHOD: Final = "POST"
# The path template, its parameters named as build_request names them (ready for str.format).
PATH: Final = "/oauth/token"
# The server the spec names for this operation alone: build_request's URL is absolute, so the call
# goes there whatever the client's base URL.
SERVER: Final = "https://login.etrusted.com"
# The success statuses the spec documents: the ones parse_success reads.
SUCCESS_STATUSES: Final = frozenset(
    {
        200,
    }
)


# None: the operation does not page (it is no list operation).
PAGINATION: Final[Pagination | None] = None


class RequestAccessTokenParams(TypedDict, total=False):
    """The arguments of :func:`build_request` for requestAccessToken, by their Python names."""

    body: Required[AccessTokenRequest]


def build_request(
    *,
    body: AccessTokenRequest,
) -> RequestKwargs:
    """The keyword arguments of ``httpx.Client.request`` for one requestAccessToken call (URL absolute: the operation's own server)."""
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": METHOD,
        "url": "https://login.etrusted.com" + PATH,
    }

    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessToken | OAuthError | None:
    """The parsed body of any answer the spec documents for requestAccessToken."""
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> AccessToken:
    """The body of a documented success answer of requestAccessToken.

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
) -> Response[AccessToken | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> Response[AccessToken | OAuthError]:
    """Request an access token

     OAuth2 client-credentials grant (RFC 6749, section 4.4): exchanges the client ID and secret
    issued by eTrusted for a bearer access token for `https://api.etrusted.com`. Tokens are
    short-lived (about 300 seconds, see `expires_in`); request a new one when it runs out. Every
    API call then sends `Authorization: Bearer {access_token}`.

    Args:
        body (AccessTokenRequest): Form fields of an OAuth2 client-credentials token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | OAuthError]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> AccessToken | OAuthError | None:
    """Request an access token

     OAuth2 client-credentials grant (RFC 6749, section 4.4): exchanges the client ID and secret
    issued by eTrusted for a bearer access token for `https://api.etrusted.com`. Tokens are
    short-lived (about 300 seconds, see `expires_in`); request a new one when it runs out. Every
    API call then sends `Authorization: Bearer {access_token}`.

    Args:
        body (AccessTokenRequest): Form fields of an OAuth2 client-credentials token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | OAuthError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> Response[AccessToken | OAuthError]:
    """Request an access token

     OAuth2 client-credentials grant (RFC 6749, section 4.4): exchanges the client ID and secret
    issued by eTrusted for a bearer access token for `https://api.etrusted.com`. Tokens are
    short-lived (about 300 seconds, see `expires_in`); request a new one when it runs out. Every
    API call then sends `Authorization: Bearer {access_token}`.

    Args:
        body (AccessTokenRequest): Form fields of an OAuth2 client-credentials token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | OAuthError]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> AccessToken | OAuthError | None:
    """Request an access token

     OAuth2 client-credentials grant (RFC 6749, section 4.4): exchanges the client ID and secret
    issued by eTrusted for a bearer access token for `https://api.etrusted.com`. Tokens are
    short-lived (about 300 seconds, see `expires_in`); request a new one when it runs out. Every
    API call then sends `Authorization: Bearer {access_token}`.

    Args:
        body (AccessTokenRequest): Form fields of an OAuth2 client-credentials token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
