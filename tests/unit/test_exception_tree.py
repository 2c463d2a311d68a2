"""One exception tree: everything reviewbridge defines derives from ReviewBridgeError; bad arguments
are usage errors raised before any request; parse errors keep the real status and bytes."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from typing import Any

import httpx
import pytest
import reviewbridge as rb

from tests.unit._support import BASE, THANX_CLIENT_ID, THANX_TOKEN, sync_http, tf_client, thanx, token_body


def _modules() -> list[Any]:
    found = [rb]
    for info in pkgutil.walk_packages(rb.__path__, "reviewbridge."):
        if info.name.endswith("__main__") or ".sandbox" in info.name or info.name.endswith(".dlt"):
            continue  # runs on import / not the SDK / needs an extra
        found.append(importlib.import_module(info.name))
    return found


def test_every_exception_class_defined_in_reviewbridge_derives_from_the_root() -> None:
    defined = {
        obj
        for module in _modules()
        for _, obj in inspect.getmembers(module, inspect.isclass)
        if issubclass(obj, BaseException) and obj.__module__.startswith("reviewbridge")
    }
    # Never reach a user: converted to ResponseParseError where they are caught (the client's list walk,
    # the HTTP layer's send); OutOfRange, a ValueError, to None, a StateError or a UsageError by its callers.
    internal = {"ShapeError", "SuspectPage", "ResponseTooLarge", "OutOfRange", "BadValue"}
    outside = sorted(c.__qualname__ for c in defined if not issubclass(c, rb.ReviewBridgeError))
    assert outside == sorted(internal)
    for name in ("UsageError", "ConfigurationError", "ExportError", "StateError", "LockHeld", "APIError"):
        assert name in rb.__all__ and issubclass(getattr(rb, name), rb.ReviewBridgeError)
    assert issubclass(rb.LockHeld, rb.StateError) and issubclass(rb.StateError, rb.ExportError)
    assert issubclass(rb.APIStatusError, rb.APIError) and issubclass(rb.ResponseParseError, rb.APIError)


def _refuse_all(calls: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(500)

    return handler


@pytest.mark.parametrize(
    ("filters", "named"),
    [
        ({"merchant_id": "m", "updated_after": "2024-01-01"}, "updated_after must be a datetime"),
        ({"merchant_id": "m", "states": "rated"}, "states must be a list of a string"),
        ({"merchant_id": "m", "per_page": "10"}, "per_page must be a whole number"),
        ({"merchant_id": "m", "per_page": True}, "per_page must be a whole number"),
        ({"merchant_id": 5}, "merchant_id must be a string"),
        ({"merchant_id": "m", "colour": "red"}, "unknown filter(s) colour"),
        ({}, "missing required argument(s) merchant_id"),
    ],
)
def test_bad_argument_is_a_usage_error_before_any_request(filters: dict[str, Any], named: str) -> None:
    calls: list[httpx.Request] = []
    with pytest.raises(rb.UsageError) as info:
        list(thanx(_refuse_all(calls)).reviews(**filters))
    assert named in str(info.value)
    assert calls == []
    assert not isinstance(info.value, rb.APIError)


async def test_bad_argument_is_a_usage_error_async() -> None:
    calls: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(500)

    client = rb.AsyncThanx(
        THANX_CLIENT_ID,
        THANX_TOKEN,
        base_url=BASE,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )
    with pytest.raises(rb.UsageError, match="updated_after"):
        async for _ in client.reviews(merchant_id="m", updated_after="2024-01-01"):  # type: ignore[typeddict-item]
            pass
    assert calls == []


def test_right_types_pass_the_check() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json={"feedbacks": [], "pagination": {"total_pages": 1}})

    since = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    assert list(thanx(handler).reviews(merchant_id="m", updated_after=since, states=["rated"], per_page=5)) == []
    assert len(calls) == 1


def test_shape_failure_carries_the_real_status_and_bytes() -> None:
    raw = b'{"data": 5}'

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=raw, headers={"Content-Type": "application/json"})

    with pytest.raises(rb.ResponseParseError) as info:
        list(tf_client(handler).reviews())
    assert (info.value.status_code, info.value.body) == (200, raw)


def test_record_mapping_failure_carries_the_bytes_of_its_page() -> None:
    raw = b'{"data": [{"id": true, "pros": ["fast"]}]}'  # an unusable id: the record cannot be mapped

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(203, content=raw, headers={"Content-Type": "application/json"})

    with pytest.raises(rb.ResponseParseError) as info:
        list(tf_client(handler).reviews())
    assert (info.value.status_code, info.value.body) == (203, raw)


def test_generated_operation_with_a_wrong_argument_is_a_usage_error() -> None:
    calls: list[httpx.Request] = []
    client = tf_client(_refuse_all(calls))
    with pytest.raises(rb.UsageError):
        client.create_review(body=object())
    assert calls == []


def test_token_body_helper_is_the_documented_shape() -> None:
    assert set(token_body("t")) >= {"access_token", "expires_in"}
    assert sync_http(_refuse_all([])) is not None
