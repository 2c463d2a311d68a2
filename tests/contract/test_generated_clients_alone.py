"""A generated package used alone, without the facade, makes requests its provider accepts: the
headers its spec requires of every call and the servers it names for single operations come from the
spec, not from code a user of the package would have to write."""

from __future__ import annotations

import httpx
from reviewbridge_sandbox import create_app
from thanx_client import AuthenticatedClient
from thanx_client.api.feedbacks import list_feedbacks

BASE_URL = "http://127.0.0.1"


def _thanx(**options: object) -> AuthenticatedClient:
    transport = httpx.ASGITransport(app=create_app("thanx", reviews=5))
    return AuthenticatedClient(base_url=BASE_URL, token="sandbox-token", httpx_args={"transport": transport}, **options)


async def test_a_generated_thanx_client_is_accepted_with_only_its_credentials_added() -> None:
    client = _thanx().with_headers({"X-ClientId": "sandbox-client"})
    response = await list_feedbacks.asyncio_detailed(client=client, merchant_id="m1")
    assert response.status_code == 200, response.content
    assert response.parsed is not None


async def test_without_the_spec_s_headers_the_sandbox_refuses_as_thanx_documents() -> None:
    # Control: a caller's own headers= replace the defaults, and the sandbox holds Thanx's rule.
    client = _thanx(headers={"X-ClientId": "sandbox-client"})
    response = await list_feedbacks.asyncio_detailed(client=client, merchant_id="m1")
    assert response.status_code == 400
    assert b"User-Agent" in response.content or b"Content-Type" in response.content
