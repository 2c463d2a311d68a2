"""``client.with_options(timeout=..., max_retries=...)``: a client for one call or a block, sending through
the original's pool with its authentication, the original unchanged."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import reviewbridge as rb
from reviewbridge._providers import REGISTRY

from tests.unit._support import (
    BASE,
    async_http,
    athanx,
    no_sleep,
    sync_http,
    thanx,
    thanx_item,
    thanx_page,
)


def _failing_then(handler_calls: list[httpx.Request], failures: int) -> Any:
    """Thanx: ``failures`` 500s, then a page of one feedback."""

    def handler(request: httpx.Request) -> httpx.Response:
        handler_calls.append(request)
        if len(handler_calls) <= failures:
            return httpx.Response(500, json={"error": {"code": "INTERNAL", "message": "try again"}})
        return httpx.Response(200, json=thanx_page([thanx_item(1)], 1, 10, 1))

    return handler


@pytest.mark.parametrize("provider", sorted(REGISTRY))
@pytest.mark.parametrize("twin", ["sync", "async"])
async def test_every_client_derives_one_of_its_own_class(provider: str, twin: str) -> None:
    info = REGISTRY[provider]
    credentials = {c.argument: f"value-of-{c.argument}" for c in info.credentials}
    http = sync_http(lambda r: httpx.Response(500)) if twin == "sync" else async_http(lambda r: httpx.Response(500))
    factory = info.client if twin == "sync" else info.async_client
    client: Any = factory(**credentials, base_url=BASE, http_client=http, timeout=7)
    derived = client.with_options(timeout=2.5, max_retries=0)
    assert type(derived) is type(client)
    assert (derived._policy.max_retries, derived._policy.attempt_timeout) == (0, 2.5)
    assert (client._policy.max_retries, client._policy.attempt_timeout) == (3, 7.0)  # unchanged
    # The same pool and the same auth object (whatever token it holds), a generated client of its own.
    assert derived._http.pool is client._http.pool and derived._http.auth is client._http.auth
    assert derived._http is not client._http and derived.generated is not client.generated
    assert derived.base_url == client.base_url
    assert derived.with_options(max_retries=5)._policy.attempt_timeout == 2.5  # options stack
    if twin == "sync":
        client.close()
    else:
        await client.aclose()


def test_max_retries_for_one_call_leaves_the_client_as_it_was() -> None:
    calls: list[httpx.Request] = []
    client = thanx(_failing_then(calls, failures=1))
    with pytest.raises(rb.InternalServerError):
        list(client.with_options(max_retries=0).reviews(merchant_id="m1"))
    assert len(calls) == 1  # no retry
    calls.clear()
    assert [r.id for r in client.reviews(merchant_id="m1")] == ["fb000001"]
    assert len(calls) == 2  # the client still retries: the 500, then the page
    assert client.retries == 1


def test_timeout_for_a_block_reaches_each_request() -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=thanx_page([], 1, 10, 1))

    client = thanx(handler, timeout=30)
    with client.with_options(timeout=httpx.Timeout(4.0, connect=1.0)) as quick:
        list(quick.reviews(merchant_id="m1"))
    list(client.reviews(merchant_id="m1"))  # closing the derived client left the pool open
    assert seen[0] == {"connect": 1.0, "read": 4.0, "write": 4.0, "pool": 4.0}
    assert seen[1] == {"connect": 30.0, "read": 30.0, "write": 30.0, "pool": 30.0}


async def test_async_derived_client_leaves_the_client_unchanged() -> None:
    calls: list[httpx.Request] = []
    flaky = athanx(_failing_then(calls, failures=2))
    with pytest.raises(rb.InternalServerError):
        [r async for r in flaky.with_options(max_retries=0).reviews(merchant_id="m1")]
    assert [r.id async for r in flaky.reviews(merchant_id="m1")] == ["fb000001"]
    assert len(calls) == 3


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"base_url": "http://127.0.0.1:1"}, "unknown with_options option(s): base_url (known: max_retries, timeout)"),
        ({"max_retries": -1}, "max_retries must be 0 or more, not -1"),
        ({"max_retries": True}, "max_retries must be 0 or more, not True"),
        ({"timeout": 0}, "timeout 0 is not a positive number of seconds"),
        ({"timeout": "5"}, "timeout '5' is not a number of seconds"),
    ],
)
def test_bad_options_are_one_configuration_error(options: dict[str, Any], message: str) -> None:
    client = thanx(lambda r: httpx.Response(500))
    with pytest.raises(rb.ConfigurationError) as info:
        client.with_options(**options)
    assert message in str(info.value)


def test_derived_client_keeps_the_sleep_and_rate_limit_of_its_policy() -> None:
    calls: list[httpx.Request] = []
    client = thanx(_failing_then(calls, failures=2))
    delays = no_sleep(client)
    derived = client.with_options(max_retries=2)
    assert [r.id for r in derived.reviews(merchant_id="m1")] == ["fb000001"]
    assert len(delays) == 2 and derived.retries == 2 and client.retries == 0  # each counts its own
    assert derived._policy.rate_limit is client._policy.rate_limit
