"""Hardening of the client against lying and broken servers (issue 11), with mock transports.

Each test names the class of misbehaviour it covers; tests/e2e/test_hostile_servers.py covers the ones
that need real sockets (trickling bodies, gzip bombs, proxies, redirects through a user's client).
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import reviewbridge as rb
from reviewbridge._retry import parse_retry_after
from reviewbridge._review import parse_timestamp

from tests.unit._support import BASE, atf_client, providers, tf_client, tf_item, tf_page, token_body

Handler = Callable[[httpx.Request], httpx.Response]

# -- a walk ends only on the documented end signal ----------------------------------------------


def _second_page_lies(lie: httpx.Response, *, recovers: bool) -> tuple[Handler, list[httpx.Request]]:
    """A TestFreaks list of two pages whose second page answers ``lie`` (once, or for good)."""
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if request.url.params.get("after") is None:
            return httpx.Response(200, json=tf_page([tf_item(1)], f"{BASE}/v1/reviews?after=1"))
        lied = sum(1 for r in calls if r.url.params.get("after") == "1") - 1
        if recovers and lied >= 1:
            return httpx.Response(200, json=tf_page([tf_item(2)], None))
        return lie

    return handler, calls


LIES = {
    "empty 200": httpx.Response(200, content=b""),
    "{}": httpx.Response(200, json={}),
    "list member null": httpx.Response(200, json={"data": None}),
    "302": httpx.Response(302, headers={"Location": "https://elsewhere.example/v1/reviews"}),
    "truncated JSON": httpx.Response(200, content=b'{"data": [{"id": "tf0'),
    "empty page with a next link": httpx.Response(200, json=tf_page([], f"{BASE}/v1/reviews?after=9")),
}


@pytest.mark.parametrize("lie", sorted(LIES))
def test_a_lie_mid_walk_is_an_error_never_the_end(lie: str) -> None:
    handler, calls = _second_page_lies(LIES[lie], recovers=False)
    seen: list[str] = []
    with pytest.raises((rb.ResponseParseError, rb.APIStatusError)):
        seen.extend(r.id for r in tf_client(handler).reviews())
    assert seen == ["tf000001"]
    assert len(calls) == 1 + 4  # the second page asked max_retries + 1 times
    assert {c.url.host for c in calls} == {"127.0.0.1"}  # the redirect was not followed


@pytest.mark.parametrize("lie", sorted(LIES))
def test_a_lie_once_is_retried_and_nothing_is_lost(lie: str) -> None:
    handler, _ = _second_page_lies(LIES[lie], recovers=True)
    assert [r.id for r in tf_client(handler).reviews()] == ["tf000001", "tf000002"]


async def test_async_a_lie_mid_walk_is_an_error() -> None:
    handler, calls = _second_page_lies(httpx.Response(200, json={}), recovers=False)
    with pytest.raises(rb.ResponseParseError, match="no 'data' list"):
        [r.id async for r in atf_client(handler).reviews()]
    assert len(calls) == 5


#: each provider whose support module gives a 200 body without its list (ERRORS.without_list)
WITHOUT_LIST = {
    name: m.ERRORS
    for name, m in providers().items()
    if getattr(getattr(m, "ERRORS", None), "without_list", None) is not None
}


@pytest.mark.parametrize("provider", sorted(WITHOUT_LIST))
def test_a_body_without_the_list_is_an_error_for_every_provider(provider: str) -> None:
    factory, kwargs, body = (
        WITHOUT_LIST[provider].client,
        WITHOUT_LIST[provider].filters,
        WITHOUT_LIST[provider].without_list,
    )

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("tok"))
        return httpx.Response(200, json=body)

    with pytest.raises(rb.ResponseParseError, match=r"has no '.*' list.*documented end"):
        list(factory(handler).reviews(**kwargs))


# -- bounded resources ----------------------------------------------------------------------------


def test_max_pages_is_a_safety_limit_not_an_end() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        n = int(request.url.params.get("after", "0"))
        return httpx.Response(200, json=tf_page([tf_item(n)], f"{BASE}/v1/reviews?after={n + 1}"))

    client = tf_client(handler, max_pages=3)
    seen: list[str] = []
    with pytest.raises(rb.PaginationError, match="max_pages=3"):
        seen.extend(r.id for r in client.reviews())
    assert len(seen) == 3


def test_response_size_cap_after_decompression() -> None:
    inflated = json.dumps(tf_page([tf_item(1)], None)).encode() + b" " * 200_000
    wire = gzip.compress(inflated)
    assert len(wire) < 10_000

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=wire, headers={"Content-Encoding": "gzip"})

    with pytest.raises(rb.ResponseParseError, match="larger than 100000 bytes"):
        list(tf_client(handler, max_response_bytes=100_000).reviews())
    assert [r.id for r in tf_client(handler, max_response_bytes=300_000).reviews()] == ["tf000001"]


@pytest.mark.parametrize("option", [{"max_response_bytes": 0}, {"max_pages": 0}, {"timeout": 0}, {"timeout": math.inf}])
def test_bounds_validated(option: dict[str, Any]) -> None:
    with pytest.raises(rb.ConfigurationError, match=next(iter(option))):
        rb.TestFreaks("key", base_url=BASE, **option)


# -- credentials never travel ------------------------------------------------------------------


@pytest.mark.parametrize("url", ["https://user:pw@api.example.com", "http://key@127.0.0.1:8080"])
def test_base_url_with_userinfo_refused(url: str) -> None:
    with pytest.raises(rb.ConfigurationError, match="user name or password") as info:
        rb.TestFreaks("key", base_url=url)
    assert "pw" not in str(info.value) and "key@" not in str(info.value)


# -- bad data: an error naming the record, or kept --------------------------------------------


@pytest.mark.parametrize("bad_id", [None, "", [1], {"a": 1}, True, "missing"])
def test_unusable_ids_are_an_error_naming_the_record(bad_id: Any) -> None:
    second = tf_item(2)
    if bad_id == "missing":
        del second["id"]
    else:
        second["id"] = bad_id

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=tf_page([tf_item(1), second], None))

    with pytest.raises(rb.ResponseParseError, match=r"record 2 on the page .*its id is"):
        list(tf_client(handler).reviews())


@pytest.mark.parametrize(
    "stamp", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "0001-01-01", "not a date", "2024-13-01"]
)
def test_out_of_range_timestamps_become_none_and_the_raw_value_stays(stamp: str) -> None:
    item = {**tf_item(1), "updated_at": stamp, "date": stamp}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=tf_page([item], None))

    (review,) = tf_client(handler).reviews()
    assert review.updated_at is None and review.created_at is None
    assert review.raw_json["updated_at"] == stamp
    assert parse_timestamp(stamp) is None


def test_timestamps_in_range_are_kept() -> None:
    assert parse_timestamp("9999-12-29T00:00:00Z") is not None
    assert parse_timestamp("2024-05-01T10:00:00+02:00").utcoffset().total_seconds() == 7200  # type: ignore[union-attr]


@pytest.mark.parametrize("value", ["²", "١٢", "1e400", "-1", "Wed, 31 Dec 9999 23:59:59 +1400", "\x00", "9" * 400])
def test_malformed_retry_after_is_ignored(value: str) -> None:
    parsed = parse_retry_after(value)
    assert parsed is None or (math.isfinite(parsed) and parsed >= 0)
    retry_after = value.encode("utf-8")  # as a server sends it: bytes
    answers = iter(
        [httpx.Response(429, headers={"Retry-After": retry_after}), httpx.Response(200, json=tf_page([], None))]
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers)

    client = tf_client(handler)
    assert list(client.reviews()) == []
    assert client.retries == 1


def test_deeply_nested_response_is_a_parse_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"data": ' + b"[" * 3000 + b"]" * 3000 + b"}")

    with pytest.raises(rb.ResponseParseError, match="nested too deeply"):
        list(tf_client(handler).reviews())
