"""TestFreaks for the facade tests: payloads shaped like its spec's examples, mock APIs, clients (found
by name through ``tests.unit._support``, which names no provider)."""

from __future__ import annotations

import base64
import copy
from typing import Any

import httpx
import reviewbridge as rb

from tests.unit._support import BASE, Errors, Handler, WireStamps, async_http, example, no_sleep, sync_http

API_KEY = "tf-key-SECRET-0123456789"

TESTFREAKS_EXAMPLE = example("testfreaks", "/v1/reviews")


def tf_item(i: int) -> dict[str, Any]:
    item = copy.deepcopy(TESTFREAKS_EXAMPLE["data"][0])
    item["id"] = f"tf{i:06d}"
    item["score"] = i % 5 + 1
    item["score_max"] = 5
    item["date"] = f"2021-11-{i % 28 + 1:02d}"
    item["updated_at"] = f"2021-12-{i % 28 + 1:02d}T06:38:04Z"
    return item


def tf_page(items: list[dict[str, Any]], next_link: str | None) -> dict[str, Any]:
    return {"data": items, "links": {"next": next_link} if next_link else {}}


def paged_testfreaks(total: int, size: int) -> tuple[Handler, list[httpx.Request]]:
    """A TestFreaks list endpoint over ``total`` items, ``size`` per page, next links by offset."""
    seen: list[httpx.Request] = []
    items = [tf_item(i) for i in range(total)]

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.url.path == "/v1/reviews"
        start = int(request.url.params.get("after", "0"))
        chunk = items[start : start + size]
        nxt = f"{BASE}/v1/reviews?after={start + size}" if start + size < total else None
        return httpx.Response(200, json=tf_page(chunk, nxt))

    return handler, seen


def tf_client(handler: Handler, **kwargs: Any) -> rb.TestFreaks:
    client = rb.TestFreaks(API_KEY, base_url=BASE, http_client=sync_http(handler), **kwargs)
    no_sleep(client)
    return client


def atf_client(handler: Any, **kwargs: Any) -> rb.AsyncTestFreaks:
    client = rb.AsyncTestFreaks(API_KEY, base_url=BASE, http_client=async_http(handler), **kwargs)
    client._policy.base_delay = 0
    return client


#: the credentials a client of these tests holds, which no log, repr or error may show
SECRETS: tuple[str, ...] = (API_KEY, base64.b64encode(f"{API_KEY}:".encode()).decode())
#: the item builder, the documented item it copies, and the members it adds (tests/unit/test_support_payloads.py)
ITEM_SHAPE = (tf_item, TESTFREAKS_EXAMPLE["data"][0], frozenset())
#: how its list answers errors and odd bodies (tests/unit/test_facade_errors.py)
ERRORS = Errors(
    client=tf_client,
    filters={},
    operation="listReviews",
    body={"errors": ["limit is out of range", "bad date"]},
    code=None,
    message="limit is out of range; bad date",
    wrong_shapes=[{"data": 5}, {"data": [5]}, "text", 7],
    tolerated=[[], {"links": 3, "data": []}],
)
#: its time filters and how 2024-03-01T01:30:15.250999+05:30 goes out (tests/unit/test_wire_timestamps.py)
WIRE_STAMPS = WireStamps(
    client=tf_client,
    paged=paged_testfreaks,
    scope={},
    filters=(("updated_after", "updated_after"), ("created_after", "created_after")),
    wire="2024-02-29T20:00:15Z",
)
