"""Errors: every failure surfaces as one typed reviewbridge error carrying what the provider said."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import reviewbridge as rb
from reviewbridge._auth import ClientCredentialsAuth

from tests.unit._support import Errors, atf_client, providers, tf_client, token_body

STATUS_CLASSES = {
    400: rb.BadRequestError,
    401: rb.AuthenticationError,
    403: rb.PermissionDeniedError,
    404: rb.NotFoundError,
    409: rb.ConflictError,
    422: rb.UnprocessableEntityError,
    429: rb.RateLimitError,
    500: rb.InternalServerError,
}


#: each provider whose support module says how its list answers errors (its ERRORS)
PROVIDERS: dict[str, Errors] = {name: m.ERRORS for name, m in providers().items() if hasattr(m, "ERRORS")}


def _error_handler(status: int, body: Any, calls: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body(f"tok-{len(calls)}"))
        calls.append(request)
        headers = {"X-Request-Id": f"req-{status}"}
        if body is None:
            return httpx.Response(status, headers=headers)
        return httpx.Response(status, headers=headers, json=body)

    return handler


@pytest.mark.parametrize("status", sorted(STATUS_CLASSES))
@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_status_maps_to_typed_error(provider: str, status: int) -> None:
    case = PROVIDERS[provider]
    factory, kwargs, operation, body, code, message = (
        case.client,
        case.filters,
        case.operation,
        case.body,
        case.code,
        case.message,
    )
    calls: list[httpx.Request] = []
    client = factory(_error_handler(status, body, calls))
    with pytest.raises(STATUS_CLASSES[status]) as info:
        list(client.reviews(**kwargs))
    error = info.value
    assert type(error) is STATUS_CLASSES[status]
    assert isinstance(error, rb.APIStatusError) and isinstance(error, rb.ReviewBridgeError)
    assert error.provider == provider
    assert error.operation == operation
    assert error.status_code == status
    assert error.code == code
    # The mock sends X-Request-Id, but these providers' specs name no request-id place: nothing is guessed.
    assert error.request_id is None and error.response.headers["X-Request-Id"] == f"req-{status}"
    assert error.response.status_code == status
    if message is not None:
        assert message in str(error)
    else:
        assert httpx.codes.get_reason_phrase(status) in str(error)
    if code is not None:
        assert code in str(error)
    retried = status in (429, 500)
    if case.refreshes_on_401 and status == 401:
        # each 401 makes the client fetch a new token and send again, REFRESHES_ON_401 times at most
        assert len(calls) == 1 + ClientCredentialsAuth.REFRESHES_ON_401
    else:
        assert len(calls) == (4 if retried else 1)


def test_testfreaks_get_review_operation_name() -> None:
    client = tf_client(_error_handler(404, {"errors": ["Review not found"]}, []))
    with pytest.raises(rb.NotFoundError) as info:
        client.get_review("abc")
    assert info.value.operation == "getReview"
    assert "Review not found" in str(info.value)


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_malformed_json_on_200(provider: str) -> None:
    factory, kwargs, operation = PROVIDERS[provider].client, PROVIDERS[provider].filters, PROVIDERS[provider].operation
    raw = b'{"data": [1, 2,,'

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("tok"))
        return httpx.Response(200, content=raw, headers={"Content-Type": "application/json"})

    with pytest.raises(rb.ResponseParseError) as info:
        list(factory(handler).reviews(**kwargs))
    assert info.value.body == raw
    assert (info.value.provider, info.value.operation, info.value.status_code) == (provider, operation, 200)
    assert not isinstance(info.value, json.JSONDecodeError)


WRONG_SHAPES = {name: case.wrong_shapes for name, case in PROVIDERS.items()}
# Read leniently by the generated models: no reviews, and above all no KeyError/TypeError escaping.
TOLERATED = {name: case.tolerated for name, case in PROVIDERS.items()}


@pytest.mark.parametrize(
    ("provider", "body"), [(p, b) for p, bodies in sorted(TOLERATED.items()) for b in bodies], ids=repr
)
def test_empty_odd_shapes_yield_nothing(provider: str, body: Any) -> None:
    factory, kwargs = PROVIDERS[provider].client, PROVIDERS[provider].filters

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("tok"))
        return httpx.Response(200, json=body)

    with contextlib.suppress(rb.ResponseParseError):
        assert list(factory(handler).reviews(**kwargs)) == []


@pytest.mark.parametrize(
    ("provider", "body"), [(p, b) for p, bodies in sorted(WRONG_SHAPES.items()) for b in bodies], ids=repr
)
def test_wrong_shape_is_response_parse_error(provider: str, body: Any) -> None:
    factory, kwargs = PROVIDERS[provider].client, PROVIDERS[provider].filters

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("tok"))
        return httpx.Response(200, json=body)

    with pytest.raises(rb.ResponseParseError) as info:
        list(factory(handler).reviews(**kwargs))
    assert info.value.provider == provider
    assert info.value.operation == PROVIDERS[provider].operation


async def test_async_wrong_shape_is_response_parse_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": 5})

    with pytest.raises(rb.ResponseParseError):
        [r async for r in atf_client(handler).reviews()]


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (httpx.ConnectError("refused"), rb.APIConnectionError),
        (httpx.RemoteProtocolError("dropped"), rb.APIConnectionError),
        (httpx.ReadTimeout("slow"), rb.APITimeoutError),
        (httpx.ConnectTimeout("slow"), rb.APITimeoutError),
    ],
)
def test_transport_failures(exc: Exception, expected: type[Exception]) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise exc

    with pytest.raises(expected) as info:
        list(tf_client(handler).reviews())
    assert type(info.value) is expected
    assert (info.value.provider, info.value.operation) == ("testfreaks", "listReviews")
    assert len(calls) == 4
    # Where the request went, without its query (the caller's values, a token among them possibly).
    assert f"the request to {calls[0].url.copy_with(query=None)} " in str(info.value)
    assert calls[0].url.query and calls[0].url.query.decode() not in str(info.value)
