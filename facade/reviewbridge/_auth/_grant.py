"""The token grants on the wire (client credentials, refresh token): the token request, and what its
answer must hold."""

from __future__ import annotations

import base64
import json
import re
from typing import Any

import httpx

from .._exceptions import AuthenticationError, ResponseParseError, status_error_class
from .._json import loads
from .._secrets import Secret, redacted_request
from ._lifetime import token_lifetime

__all__ = ["TOKEN", "Grant"]

#: What a bearer token may hold (RFC 6750's b64token, leniently: visible ASCII), so it cannot break
#: the header it goes into.
TOKEN = re.compile(r"[\x21-\x7e]+")


class Grant:
    """A token grant: the token request, with the client credentials in the form or as HTTP Basic. The
    client-credentials grant, or with a ``refresh_token`` the refresh-token grant (RFC 6749, section 6: a
    token the user granted the application, sent in the form). Its errors name ``provider`` and
    ``operation`` (the token request's)."""

    def __init__(
        self,
        token_url: str,
        client_id: Secret,
        client_secret: Secret,
        audience: str | None,
        credentials_in: str,
        provider: str,
        operation: str,
        refresh_token: Secret | None = None,
    ) -> None:
        self.token_url, self.audience, self.refresh_token = token_url, audience, refresh_token
        self.provider, self.operation = provider, operation
        self.form = (client_id, client_secret) if credentials_in == "form" else None
        # The Basic pair as sent is a secret of its own (its base64 echoed back is masked too).
        self.basic = Secret(f"{client_id.reveal()}:{client_secret.reveal()}") if self.form is None else None

    def request(self) -> httpx.Request:
        """A new token request."""
        form = {"grant_type": "client_credentials" if self.refresh_token is None else "refresh_token"}
        if self.refresh_token is not None:
            form["refresh_token"] = self.refresh_token.reveal()
        headers = {"Accept": "application/json"}
        if self.basic is not None:
            headers["Authorization"] = "Basic " + base64.b64encode(self.basic.reveal().encode()).decode("ascii")
        if self.form is not None:
            form["client_id"], form["client_secret"] = (secret.reveal() for secret in self.form)
        if self.audience is not None:
            form["audience"] = self.audience
        return httpx.Request("POST", self.token_url, data=form, headers=headers)

    def read(self, response: httpx.Response) -> tuple[str, float]:
        """The token and its lifetime (seconds) from the token endpoint's answer; the error it calls for when
        it gives none (the token request redacted)."""
        status = response.status_code
        body = _json(response.content)
        if status != 200:
            # The error keeps the response; its request (the form with the client secret) is redacted.
            response.request = redacted_request(response.request)
            error_class = status_error_class(status)
            error = body.get("error") if isinstance(body, dict) else None
            code = error if isinstance(error, str) else None
            if code == "invalid_grant":  # RFC 6749: the grant (a refresh token) expired or was revoked
                error_class = AuthenticationError
                what = "refused the grant: the refresh token has expired or was revoked; grant the consent again"
            elif status in (400, 401):
                error_class, what = AuthenticationError, "refused the client credentials"
            elif status >= 500:
                what = "failed (a server error, not a verdict on the credentials)"
            else:
                what = "did not issue a token"
            raise error_class(
                f"{self.provider}: the token endpoint {what} (HTTP {status}{', ' + code if code else ''})",
                provider=self.provider,
                operation=self.operation,
                status_code=status,
                code=code,
                request_id=None,
                response=response,
            )
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not TOKEN.fullmatch(token):
            found = "no JSON object" if not isinstance(body, dict) else f"access_token {_kind(token)}"
            raise ResponseParseError(
                f"{self.provider}: the token endpoint answered without a usable access_token "
                f"(a non-empty string was expected; got {found})",
                provider=self.provider,
                operation=self.operation,
                status_code=status,
                body=b"<token response withheld>",
            )
        return token, token_lifetime(body.get("expires_in"))


def _json(content: bytes) -> Any:
    """The parsed body, or None when it is not JSON (or nested too deeply to parse). ``NaN`` and
    ``Infinity`` are read (as the standard library does): an ``expires_in`` of NaN is a bad lifetime,
    not an unreadable answer."""
    try:
        return loads(content)
    except (ValueError, RecursionError):
        pass
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return None


def _kind(value: object) -> str:
    """What a token value is, without showing it."""
    if value is None:
        return "null or missing"
    if isinstance(value, str):
        return "empty" if not value else "with spaces or control characters"
    return f"of type {type(value).__name__}"
