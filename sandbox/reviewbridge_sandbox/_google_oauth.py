"""Google's OAuth token endpoint (``POST https://oauth2.googleapis.com/token``) as the sandbox serves it:
the refresh-token grant for the refresh tokens it issued, access tokens that expire, RFC 6749 errors.

The sandbox's user granted consent once, to the client ``sandbox-client``: its refresh token is
``sandbox-refresh``. Any other refresh token (one expired or revoked, at Google) is ``invalid_grant``
with the description users report ("Token has been expired or revoked.").
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from ._auth import TokenStore, same

CLIENT_ID = "sandbox-client"
CLIENT_SECRET = "sandbox-secret"
REFRESH_TOKEN = "sandbox-refresh"
SCOPE = "https://www.googleapis.com/auth/business.manage"
TOKEN_LIFETIME_S = 3600.0  # "Access tokens expire after one hour"
FORM = "application/x-www-form-urlencoded"
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class OAuthError(Exception):
    """A refused token request: its status and RFC 6749 ``error`` and ``error_description``."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.body = {"error": error, "error_description": description}


class OAuth:
    """The refresh tokens the user granted (by client) and the access tokens issued for them."""

    def __init__(self, ttl: float) -> None:
        self.access = TokenStore(ttl)
        self._refresh: dict[str, str] = {REFRESH_TOKEN: CLIENT_ID}

    def grant(self, form: Mapping[str, str], basic: tuple[str, str] | None) -> dict[str, Any]:
        """The answer to a token request's ``form`` (client credentials in it or as HTTP Basic), or
        OAuthError."""
        client_id, client_secret = basic if basic is not None else (form.get("client_id"), form.get("client_secret"))
        grant_type = form.get("grant_type")
        if not grant_type:
            raise OAuthError(400, "invalid_request", "Missing required parameter: grant_type")
        if grant_type != "refresh_token":
            raise OAuthError(400, "unsupported_grant_type", f"Invalid grant_type: {grant_type}")
        if not client_id:
            raise OAuthError(400, "invalid_request", "Missing required parameter: client_id")
        if not same(client_id, CLIENT_ID):
            raise OAuthError(401, "invalid_client", "The OAuth client was not found.")
        if not client_secret or not same(client_secret, CLIENT_SECRET):
            raise OAuthError(401, "invalid_client", "Unauthorized")
        refresh = form.get("refresh_token")
        if not refresh:
            raise OAuthError(400, "invalid_request", "Missing required parameter: refresh_token")
        owner = self._refresh.get(refresh)
        if owner is None or not same(client_id, owner):
            raise OAuthError(400, "invalid_grant", "Token has been expired or revoked.")
        # docs: a refresh answer without a new refresh token ("only present if access_type=offline", on
        # the code exchange); expires_in in whole seconds, one short of the lifetime as Google's 3599.
        return {
            "access_token": "ya29." + self.access.issue(),
            "expires_in": max(math.ceil(self.access.ttl) - 1, 1),
            "scope": SCOPE,
            "token_type": "Bearer",
        }

    def valid(self, token: str | None) -> bool:
        return token is not None and token.startswith("ya29.") and self.access.valid(token.removeprefix("ya29."))
