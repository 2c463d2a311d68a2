"""eTrusted's count sends its time filters in the documented form and refuses naive ones."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
import reviewbridge as rb

from tests.unit._support import etrusted
from tests.unit.test_wire_timestamps import AWARE, WIRE


def test_etrusted_count_sends_the_documented_form_and_refuses_naive() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json={"access_token": "t", "expires_in": 300, "token_type": "Bearer"})
        seen.append(request)
        return httpx.Response(200, json={"totalElements": 3})

    with etrusted(handler) as client:
        assert client.count_reviews(submitted_after=AWARE) == 3
        with pytest.raises(rb.UsageError, match=r"submitted_before: .*no time zone"):
            client.count_reviews(submitted_before=dt.datetime(2024, 3, 1))
    assert [r.url.params["submittedAfter"] for r in seen] == [WIRE["etrusted"]]
