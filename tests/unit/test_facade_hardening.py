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
from reviewbridge._auth import DEFAULT_TOKEN_LIFETIME, token_lifetime
from reviewbridge._retry import parse_retry_after
from reviewbridge._review import parse_timestamp

from tests.unit._support import (
    BASE,
    ET_CLIENT_ID,
    ET_CLIENT_SECRET,
    THANX_CLIENT_ID,
    THANX_TOKEN,
    atf_client,
    athanx,
    etrusted,
    etrusted_item,
    etrusted_page,
    reevoo,
    reevoo_item,
    sync_http,
    tf_client,
    tf_item,
    tf_page,
    thanx,
    thanx_item,
    thanx_page,
    token_body,
)

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


@pytest.mark.parametrize(
    "factory, kwargs, body",
    [
        (etrusted, {"channel_id": "chl-1"}, {"totalElements": 3}),
        (thanx, {"merchant_id": "m"}, {"pagination": {"total_pages": 1}}),
        (reevoo, {"trkref": "ABC"}, {}),
    ],
)
def test_a_body_without_the_list_is_an_error_for_every_provider(
    factory: Any, kwargs: dict[str, Any], body: Any
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("tok"))
        return httpx.Response(200, json=body)

    with pytest.raises(rb.ResponseParseError, match=r"has no '.*' list.*documented end"):
        list(factory(handler).reviews(**kwargs))


def test_etrusted_empty_page_with_a_cursor_is_an_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("tok"))
        if request.url.params.get("after") is None:
            return httpx.Response(200, json=etrusted_page([etrusted_item(1)], "cur-1"))
        return httpx.Response(200, json=etrusted_page([], "cur-2"))

    with pytest.raises(rb.ResponseParseError, match="empty page still points"):
        list(etrusted(handler).reviews(channel_id="chl-1"))


def test_thanx_empty_page_before_total_pages_is_retried() -> None:
    answers = iter([thanx_page([], 2, 1, 3), thanx_page([thanx_item(2)], 2, 1, 2)])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("page", "1") == "1":
            return httpx.Response(200, json=thanx_page([thanx_item(1)], 1, 1, 3))
        return httpx.Response(200, json=next(answers))

    assert [r.id for r in thanx(handler).reviews(merchant_id="m")] == ["fb000001", "fb000002"]


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


@pytest.mark.parametrize("concurrency", [1, 8])
def test_thanx_absurd_total_pages_refused_with_concurrency(concurrency: int) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        page = int(request.url.params.get("page", "1"))
        items = [thanx_item(page)] if page <= 2 else []
        return httpx.Response(200, json=thanx_page(items, page, 1, 10**8))

    client = thanx(handler)
    if concurrency > 1:
        with pytest.raises(rb.PaginationError, match="100000000 pages"):
            list(client.reviews(merchant_id="m", concurrency=concurrency))
        assert len(calls) == 1
    else:  # one page at a time: the first empty page before the announced end is an error
        with pytest.raises(rb.ResponseParseError, match="empty page still points"):
            list(client.reviews(merchant_id="m"))
        assert len(calls) == 2 + 4


async def test_async_thanx_total_pages_within_max_pages() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        return httpx.Response(200, json=thanx_page([thanx_item(page)], page, 1, 50))

    client = athanx(handler, max_pages=10)
    with pytest.raises(rb.PaginationError, match="refusing to walk more than 10"):
        [r async for r in client.reviews(merchant_id="m", concurrency=4)]


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


def test_token_url_with_userinfo_refused() -> None:
    with pytest.raises(rb.ConfigurationError, match="user name or password"):
        rb.ETrusted("id", "secret", base_url=BASE, token_url="https://u:p@login.example.com/oauth/token")


def test_redirect_not_followed_even_by_a_user_client_that_follows_redirects() -> None:
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        if request.url.host == "127.0.0.1":
            return httpx.Response(307, headers={"Location": "https://evil.example/steal"})
        return httpx.Response(200, json=thanx_page([], 1, 1, 1))

    user_client = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    client = rb.Thanx(THANX_CLIENT_ID, THANX_TOKEN, base_url=BASE, http_client=user_client, max_retries=0)
    with pytest.raises(rb.APIStatusError, match=r"redirect to https://evil\.example/steal, not followed") as info:
        list(client.reviews(merchant_id="m"))
    assert hosts == ["127.0.0.1"]
    request = info.value.response.request
    assert request.headers["X-ClientId"] == "********"
    assert request.headers["Authorization"] == "********"
    assert THANX_TOKEN not in repr(request.headers) and THANX_CLIENT_ID not in repr(request.headers)


def test_error_request_redacted_token_form() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": "invalid_client"})

    client = rb.ETrusted(ET_CLIENT_ID, ET_CLIENT_SECRET, base_url=BASE, http_client=sync_http(handler))
    with pytest.raises(rb.AuthenticationError) as info:
        client.get_review("rev-1")
    request = info.value.response.request
    assert ET_CLIENT_SECRET.encode() not in request.content and ET_CLIENT_ID.encode() not in request.content
    assert b"grant_type=client_credentials" in request.content


@pytest.mark.parametrize("token", [None, "", 42, "two words", "line\nbreak"])
def test_token_answer_must_hold_a_token(token: Any) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        body = {"access_token": token, "expires_in": 300} if token is not None else {"expires_in": 300}
        return httpx.Response(200, json=body)

    client = etrusted(handler)
    with pytest.raises(rb.ResponseParseError, match="without a usable access_token"):
        client.get_review("rev-1")
    assert [r.url.path for r in sent] == ["/oauth/token"]  # no API call with "Bearer None"


@pytest.mark.parametrize("expires_in", [-5, 0, "NaN", "inf", "-inf", True, "soon", None, [1]])
def test_unusable_expires_in_means_the_default_lifetime(expires_in: Any) -> None:
    assert token_lifetime(expires_in) == DEFAULT_TOKEN_LIFETIME
    tokens: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            tokens.append(request)
            return httpx.Response(200, json={"access_token": "tok", "expires_in": expires_in})
        return httpx.Response(200, json=etrusted_item(1))

    client = etrusted(handler)
    for _ in range(5):
        client.get_review("rev-1")
    assert len(tokens) == 1


def test_token_lifetime_keeps_good_values() -> None:
    assert token_lifetime(3600) == 3600.0
    assert token_lifetime("120") == 120.0


def test_token_endpoint_5xx_is_a_server_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, text="boom")

    with pytest.raises(rb.InternalServerError, match="server error, not a verdict") as info:
        etrusted(handler).get_review("rev-1")
    assert not isinstance(info.value, rb.AuthenticationError)


def test_deeply_nested_token_answer_is_a_clear_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"access_token": ' + b"[" * 5000 + b"]" * 5000 + b"}")

    with pytest.raises(rb.ResponseParseError, match="access_token"):
        etrusted(handler).get_review("rev-1")


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


def test_numeric_ids_are_kept() -> None:
    items = [{**thanx_item(1), "id": 17}, {**thanx_item(2), "id": 18}]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=thanx_page(items, 1, 2, 1))

    assert [r.id for r in thanx(handler).reviews(merchant_id="m")] == ["17", "18"]


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


def test_reevoo_item_without_list_member_still_fine_when_present() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"customer_experience_reviews": [reevoo_item(1)]})

    assert len(list(reevoo(handler).reviews(trkref="ABC"))) == 1
