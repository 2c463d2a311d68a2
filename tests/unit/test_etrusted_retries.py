"""eTrusted's writes and retries: a veto is sent once, whatever the answer."""

from __future__ import annotations

import httpx
import pytest
import reviewbridge as rb
from etrusted_client.models import ReviewVetoRequest

from tests.unit._support import etrusted, token_body


def test_etrusted_veto_post_not_retried() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("tok"))
        calls.append(request)
        return httpx.Response(503)

    client = etrusted(handler)
    veto = ReviewVetoRequest.from_dict({"comment": "spam", "reason": "UNTRUTHFUL"})
    with pytest.raises(rb.InternalServerError) as info, pytest.warns(DeprecationWarning, match="veto"):
        client.create_veto("chl-1", "rev-1", veto)
    assert info.value.operation == "createCustomerReviewVeto"
    assert len(calls) == 1 and client.retries == 0
