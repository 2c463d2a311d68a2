from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.access_token_request import AccessTokenRequest
from ...models.o_auth_error import OAuthError
from ...types import Response


def _get_kwargs(
    *,
    body: AccessTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessToken | OAuthError | None:
    if response.status_code == 200:
        response_200 = AccessToken.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessToken | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

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

    kwargs = _get_kwargs(
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
