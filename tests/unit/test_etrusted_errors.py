"""eTrusted's errors: a timeout of the async client names the operation."""

from __future__ import annotations

import httpx
import pytest
import reviewbridge as rb

from tests.unit._support import aetrusted, token_body


async def test_async_timeout() -> None:
    def timeout(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("tok"))
        raise httpx.ReadTimeout("slow")

    with pytest.raises(rb.APITimeoutError) as info:
        [r async for r in aetrusted(timeout).reviews(channel_id="chl-1")]
    assert info.value.operation == "getReviews"
