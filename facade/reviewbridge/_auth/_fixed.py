"""Flows whose credentials never change: HTTP Basic, and a fixed set of headers (an API key, say)."""

from __future__ import annotations

import base64
from collections.abc import Generator

import httpx

from .._secrets import Secret

__all__ = ["BasicAuth", "HeaderSetAuth"]


class BasicAuth(httpx.Auth):
    """HTTP Basic: a key and a secret, or a key with an empty password."""

    def __init__(self, username: Secret, password: Secret | None = None) -> None:
        self._username = username
        self._password = password
        # The pair as sent (base64 in the header) is a secret of its own: an echo of it is masked too.
        self._pair = Secret(f"{username.reveal()}:{password.reveal() if password else ''}")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        password = self._password.reveal() if self._password else ""
        token = base64.b64encode(f"{self._username.reveal()}:{password}".encode()).decode("ascii")
        request.headers["Authorization"] = f"Basic {token}"
        yield request

    def __repr__(self) -> str:
        return "BasicAuth(username=Secret('********'))"


class HeaderSetAuth(httpx.Auth):
    """A fixed set of headers, some secret (a bearer token, a client id, an API version)."""

    def __init__(self, secret_headers: dict[str, Secret], headers: dict[str, str]) -> None:
        self._secret_headers = secret_headers
        self._headers = headers

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        for name, secret in self._secret_headers.items():
            request.headers[name] = secret.reveal()
        for name, value in self._headers.items():
            request.headers.setdefault(name, value)
        yield request

    def __repr__(self) -> str:
        return f"HeaderSetAuth(headers={sorted([*self._secret_headers, *self._headers])})"
