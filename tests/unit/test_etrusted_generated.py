"""The eTrusted package the templates generate: an operation with a server of its own goes there."""

from __future__ import annotations

import httpx


def test_an_operation_on_its_own_server_goes_there_whatever_the_base_url() -> None:
    # eTrusted's token request lives on login.etrusted.com, its API on api.etrusted.com.
    from etrusted_client.api.customer_reviews import request_access_token
    from etrusted_client.models import AccessTokenRequest, AccessTokenRequestAudience, AccessTokenRequestGrantType

    body = AccessTokenRequest(
        audience=AccessTokenRequestAudience("https://api.etrusted.com"),
        client_id="id",
        client_secret="secret",
        grant_type=AccessTokenRequestGrantType.CLIENT_CREDENTIALS,
    )
    sent: list[httpx.Request] = []
    client = httpx.Client(
        base_url="https://api.etrusted.com",
        transport=httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(400, json={"error": "x"})),
    )
    client.request(**request_access_token.build_request(body=body))
    assert [str(r.url) for r in sent] == ["https://login.etrusted.com/oauth/token"]
