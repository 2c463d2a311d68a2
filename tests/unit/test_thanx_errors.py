"""Thanx's errors: typed by status in the async client, a body that is not JSON, a refused connection."""

from __future__ import annotations

import httpx
import pytest
import reviewbridge as rb

from tests.unit._support import athanx, thanx
from tests.unit.test_facade_errors import _error_handler


async def test_async_status_maps_to_typed_error() -> None:
    calls: list[httpx.Request] = []
    client = athanx(_error_handler(404, {"error": {"code": "not_found", "message": "No merchant"}}, calls))
    with pytest.raises(rb.NotFoundError) as info:
        [r async for r in client.reviews(merchant_id="m1")]
    assert (info.value.provider, info.value.operation, info.value.code) == ("thanx", "listFeedbacks", "not_found")
    assert info.value.request_id is None  # see test_status_maps_to_typed_error


def test_error_body_that_is_not_json_still_maps() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, content=b"<html>Forbidden</html>")

    with pytest.raises(rb.PermissionDeniedError) as info:
        list(thanx(handler).reviews(merchant_id="m1"))
    assert info.value.code is None and info.value.request_id is None


async def test_async_connection_error() -> None:
    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    with pytest.raises(rb.APIConnectionError) as info2:
        [r async for r in athanx(refused).reviews(merchant_id="m")]
    assert not isinstance(info2.value, rb.APITimeoutError)
