"""Thanx for the facade tests: payloads shaped like its spec's examples, mock APIs, clients (found
by name through ``tests.unit._support``, which names no provider)."""

from __future__ import annotations

import copy
import threading
from typing import Any

import httpx
import reviewbridge as rb

from tests.unit._support import BASE, Errors, Handler, WireStamps, async_http, example, no_sleep, sync_http

THANX_CLIENT_ID = "thanx-client-id-SECRET-42"

THANX_TOKEN = "thanx-access-token-SECRET-xyz"

THANX_EXAMPLE = example("thanx", "/partner/feedbacks")


def thanx_item(i: int) -> dict[str, Any]:
    item = copy.deepcopy(THANX_EXAMPLE["feedbacks"][0])
    item["id"] = f"fb{i:06d}"
    item["rating"] = i % 11
    item["state"] = "rated"
    item["rated_at"] = f"2020-01-{i % 28 + 1:02d}T20:00:00Z"
    return item


def thanx_page(items: list[dict[str, Any]], page: int, per_page: int, total_pages: int) -> dict[str, Any]:
    return {
        "feedbacks": items,
        "pagination": {"current_page": page, "per_page": per_page, "total_pages": total_pages},
    }


def paged_thanx(total: int, size: int) -> tuple[Handler, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    lock = threading.Lock()
    items = [thanx_item(i) for i in range(total)]
    pages = max(1, -(-total // size))

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            seen.append(request)
        page = int(request.url.params.get("page", "1"))
        chunk = items[(page - 1) * size : page * size]
        return httpx.Response(200, json=thanx_page(chunk, page, size, pages))

    return handler, seen


def thanx(handler: Handler, **kwargs: Any) -> rb.Thanx:
    client = rb.Thanx(THANX_CLIENT_ID, THANX_TOKEN, base_url=BASE, http_client=sync_http(handler), **kwargs)
    no_sleep(client)
    return client


def athanx(handler: Any, **kwargs: Any) -> rb.AsyncThanx:
    client = rb.AsyncThanx(THANX_CLIENT_ID, THANX_TOKEN, base_url=BASE, http_client=async_http(handler), **kwargs)
    client._policy.base_delay = 0
    return client


#: the credentials a client of these tests holds, which no log, repr or error may show
SECRETS: tuple[str, ...] = (THANX_CLIENT_ID, THANX_TOKEN)
#: the item builder, the documented item it copies, and the members it adds (tests/unit/test_support_payloads.py)
ITEM_SHAPE = (thanx_item, THANX_EXAMPLE["feedbacks"][0], frozenset({"rated_at"}))
#: how its list answers errors and odd bodies (tests/unit/test_facade_errors.py)
ERRORS = Errors(
    client=thanx,
    filters={"merchant_id": "m1"},
    operation="listFeedbacks",
    body={"error": {"code": "invalid_state", "message": "Unknown state foo"}},
    code="invalid_state",
    message="Unknown state foo",
    wrong_shapes=[{"feedbacks": 5}, {"feedbacks": [None]}, "text"],
    tolerated=[[], {"pagination": "x", "feedbacks": []}],
    without_list={"pagination": {"total_pages": 1}},
)
#: its time filters and how 2024-03-01T01:30:15.250999+05:30 goes out (tests/unit/test_wire_timestamps.py)
WIRE_STAMPS = WireStamps(
    client=thanx,
    paged=paged_thanx,
    scope={"merchant_id": "m-1"},
    filters=(("updated_after", "updated_after"),),
    wire="2024-02-29T20:00:15Z",
)
