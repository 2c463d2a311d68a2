"""Transports that send through an httpx client: a user's own, or one built here (and closed with it)."""

from __future__ import annotations

import httpx

__all__ = ["AsyncClientTransport", "AsyncOwnedClientTransport", "ClientTransport", "OwnedClientTransport"]


class ClientTransport(httpx.BaseTransport):
    """Sends through an ``httpx.Client`` (a user's own: its transport, proxies, certificates, hooks).

    Redirects are off whatever the client says: a redirect would carry the credentials to wherever it
    points. The response streams: the retry transport above reads it within its bounds.
    """

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True, follow_redirects=False)


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`ClientTransport`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True, follow_redirects=False)


class OwnedClientTransport(ClientTransport):
    """A :class:`ClientTransport` over a client built here, closed with it."""

    def close(self) -> None:
        self._client.close()


class AsyncOwnedClientTransport(AsyncClientTransport):
    """The async twin of :class:`OwnedClientTransport`."""

    async def aclose(self) -> None:
        await self._client.aclose()
