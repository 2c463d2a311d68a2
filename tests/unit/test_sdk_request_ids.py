"""The provider's id of a request on errors: read where the provider's spec says it is sent
(``x-reviewbridge-request-id``), never guessed from common header names."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
import reviewbridge as rb
from reviewbridge._request_id import RequestIds

from tests.conftest import PROVIDERS, load_spec
from tests.unit._support import (
    TP_UNIT,
    TRUSTPILOT_TOKEN_PATH,
    atrustpilot,
    trustpilot,
    trustpilot_token,
)

ROOT = Path(__file__).resolve().parents[2]
CORRELATION = "2e03bbf2-2978-442e-9302-3c875b696f79"


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("reviewbridge_generate", ROOT / "scripts" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reader(headers: tuple[str, ...] = (), member: str | None = None) -> RequestIds:
    return RequestIds(lambda: (headers, member))


def test_the_first_named_header_present_is_the_id() -> None:
    read = _reader(("X-Request-Id", "Request-Id"))
    assert read(httpx.Response(200, headers={"request-id": "b", "x-request-id": "a"})) == "a"
    assert read(httpx.Response(200, headers={"Request-Id": "b", "X-Request-Id": ""})) == "b"  # empty: absent
    assert read(httpx.Response(200, headers={"X-Correlation-Id": "c"})) is None  # not named: not read


def test_the_error_member_is_read_from_error_bodies_only() -> None:
    read = _reader(member="correlationId")
    assert read(httpx.Response(400, json={"correlationId": CORRELATION})) == CORRELATION
    assert read(httpx.Response(200, json={"correlationId": CORRELATION})) is None
    for body in (b"", b"not json", b"[1]", b'{"correlationId": 7}', b'{"correlationId": ""}'):
        assert read(httpx.Response(500, content=body)) is None
    both = _reader(("X-Request-Id",), "correlationId")
    assert both(httpx.Response(404, headers={"X-Request-Id": "h"}, json={"correlationId": "b"})) == "h"


def test_a_provider_naming_no_place_gives_none_whatever_it_sends() -> None:
    read = _reader()
    headers = {"X-Request-Id": "a", "Request-Id": "b", "X-Correlation-Id": "c", "X-Amzn-RequestId": "d"}
    assert read(httpx.Response(500, headers=headers, json={"correlationId": "e", "requestId": "f"})) is None


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_generated_package_holds_the_places_its_spec_names(provider: str) -> None:
    places = load_spec(provider)["x-reviewbridge-request-id"]
    client = importlib.import_module(f"{provider}_client.client")
    assert tuple(places.get("headers", ())) == client.REQUEST_ID_HEADERS
    assert places.get("error-member") == client.REQUEST_ID_ERROR_MEMBER


def test_trustpilot_names_the_correlation_id_of_its_error_bodies() -> None:
    # The body a user reported (node-trustpilot issue 57) carries correlationId; no header is documented.
    assert load_spec("trustpilot")["x-reviewbridge-request-id"] == {"error-member": "correlationId"}


@pytest.mark.parametrize(
    ("places", "complaint"),
    [
        (None, "x-reviewbridge-request-id is missing"),
        ({"header": ["X-Request-Id"]}, "takes only headers"),
        ({"headers": "X-Request-Id"}, "must be a list of header names"),
        ({"headers": ["X Request Id"]}, "must be a list of header names"),
        ({"error-member": "requestId"}, "'requestId' is no property of a schema of the spec"),
    ],
)
def test_the_generator_refuses_a_spec_that_does_not_say_where(places: Any, complaint: str) -> None:
    generate = _generator()
    spec: dict[str, Any] = {"components": {"schemas": {"Error": {"properties": {"correlationId": {}}}}}}
    if places is not None:
        spec["x-reviewbridge-request-id"] = places
    with pytest.raises(generate.GenerationError, match=complaint):
        generate.request_id_places(spec)
    spec["x-reviewbridge-request-id"] = {"headers": ["X-Request-Id"], "error-member": "correlationId"}
    assert generate.request_id_places(spec) == {"headers": ["X-Request-Id"], "error_member": "correlationId"}


def _trustpilot_failing(status: int) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == TRUSTPILOT_TOKEN_PATH:
            return httpx.Response(200, json=trustpilot_token("tp-token"))
        body = {"message": "The request was malformed", "errorCode": 1001, "details": "", "correlationId": CORRELATION}
        return httpx.Response(status, headers={"X-Request-Id": "not-documented"}, json=body)

    return handler


def test_a_trustpilot_error_carries_its_correlation_id_and_logs_it(caplog: pytest.LogCaptureFixture) -> None:
    client = trustpilot(_trustpilot_failing(400))
    with caplog.at_level(logging.DEBUG, logger="reviewbridge"), pytest.raises(rb.BadRequestError) as info:
        list(client.reviews(business_unit_id=TP_UNIT))
    assert info.value.request_id == CORRELATION
    logged = [r for r in caplog.records if getattr(r, "status", None) == 400]
    assert logged and all(getattr(r, "request_id", None) == CORRELATION for r in logged)


async def test_an_async_trustpilot_error_carries_its_correlation_id() -> None:
    client = atrustpilot(_trustpilot_failing(404))
    with pytest.raises(rb.NotFoundError) as info:
        await client.get_review("0" * 24)
    assert info.value.request_id == CORRELATION
    await client.aclose()


def test_errors_without_an_answer_carry_no_request_id() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == TRUSTPILOT_TOKEN_PATH:
            return httpx.Response(200, json=trustpilot_token("tp-token"))
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(rb.APIConnectionError) as info:
        trustpilot(handler, max_retries=0).get_review("0" * 24)
    assert info.value.request_id is None
