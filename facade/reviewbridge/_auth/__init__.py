"""Authentication as httpx.Auth flows, one per provider scheme.

Each flow holds its credentials as :class:`~reviewbridge._secrets.Secret` and writes them into the
request only at send time, so no repr, log record or exception ever carries them. The modules, one
concept each:

- ``_fixed``: flows whose credentials never change (HTTP Basic, a set of headers);
- ``_client_credentials``: the OAuth2 client-credentials flow, written once for sync and async;
- ``_lifetime``: when a token is renewed and when it is dead (the token rules);
- ``_gate``: how many requests carrying a token may be out at once;
- ``_grant``: the token request and the reading of its answer;
- ``_steps``: what the flow asks its drivers to do, and the two drivers (sync, async).
"""

from ._client_credentials import ClientCredentialsAuth
from ._fixed import BasicAuth, HeaderSetAuth

__all__ = ["BasicAuth", "ClientCredentialsAuth", "HeaderSetAuth"]
