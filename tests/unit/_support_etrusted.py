"""eTrusted for the facade tests: payloads shaped like its spec's examples, mock APIs, clients (found
by name through ``tests.unit._support``, which names no provider)."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import reviewbridge as rb

from tests.unit._support import BASE, Errors, Handler, WireStamps, async_http, example, no_sleep, sync_http

ET_CLIENT_ID = "et-client-id-SECRET-77"

ET_CLIENT_SECRET = "et-client-secret-SECRET-55"

ET_TOKEN_PREFIX = "et-access-token-SECRET-"

ETRUSTED_EXAMPLE = example("etrusted", "/reviews")

TOKEN_EXAMPLE = example("etrusted", "/oauth/token", "post")


def etrusted_item(i: int) -> dict[str, Any]:
    item = copy.deepcopy(ETRUSTED_EXAMPLE["items"][0])
    item["id"] = f"rev-{i:08d}"
    item["rating"] = i % 5 + 1
    item["submittedAt"] = f"2024-01-{i % 28 + 1:02d}T10:00:00.000Z"
    item["updatedAt"] = f"2024-02-{i % 28 + 1:02d}T10:00:00+02:00"
    item["title"] = f"title {i}"
    return item


def etrusted_page(items: list[dict[str, Any]], after: str | None) -> dict[str, Any]:
    page = copy.deepcopy(ETRUSTED_EXAMPLE)
    page["items"] = items
    page["paging"]["count"] = len(items)
    page["paging"]["cursor"] = {"before": "rev-before", "after": after}
    page["paging"].pop("links", None)
    return page


def token_body(token: str, expires_in: int = 300) -> dict[str, Any]:
    return {**TOKEN_EXAMPLE, "access_token": token, "expires_in": expires_in}


def paged_etrusted(total: int, size: int, *, token: str = ET_TOKEN_PREFIX + "1") -> tuple[Handler, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    items = [etrusted_item(i) for i in range(total)]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body(token))
        seen.append(request)
        assert request.url.path == "/reviews"
        assert request.url.params.get("channels") == "chl-1"
        after = request.url.params.get("after")
        start = 0 if after is None else int(after.removeprefix("cur-"))
        chunk = items[start : start + size]
        cursor = f"cur-{start + size}" if start + size < total else ""
        return httpx.Response(200, json=etrusted_page(chunk, cursor))

    return handler, seen


def etrusted(handler: Handler, **kwargs: Any) -> rb.ETrusted:
    client = rb.ETrusted(ET_CLIENT_ID, ET_CLIENT_SECRET, base_url=BASE, http_client=sync_http(handler), **kwargs)
    no_sleep(client)
    return client


def aetrusted(handler: Any, **kwargs: Any) -> rb.AsyncETrusted:
    client = rb.AsyncETrusted(ET_CLIENT_ID, ET_CLIENT_SECRET, base_url=BASE, http_client=async_http(handler), **kwargs)
    client._policy.base_delay = 0
    return client


#: the credentials a client of these tests holds, which no log, repr or error may show
SECRETS: tuple[str, ...] = (ET_CLIENT_ID, ET_CLIENT_SECRET, ET_TOKEN_PREFIX)
#: the item builder, the documented item it copies, and the members it adds (tests/unit/test_support_payloads.py)
ITEM_SHAPE = (etrusted_item, ETRUSTED_EXAMPLE["items"][0], frozenset())
#: how its list answers errors and odd bodies (tests/unit/test_facade_errors.py)
ERRORS = Errors(
    client=etrusted,
    filters={"channel_id": "chl-1"},
    operation="getReviews",
    body=None,
    code=None,
    message=None,
    wrong_shapes=[{"items": 5}, {"items": ["x"]}, "text"],
    tolerated=[[], {"paging": 4, "items": []}],
    # each 401 makes the client fetch a new token and send again
    refreshes_on_401=True,
    without_list={"totalElements": 3},
)
#: its time filters and how 2024-03-01T01:30:15.250999+05:30 goes out (tests/unit/test_wire_timestamps.py)
WIRE_STAMPS = WireStamps(
    client=etrusted,
    paged=paged_etrusted,
    scope={"channels": ["chl-1"]},
    filters=(("submitted_after", "submittedAfter"), ("submitted_before", "submittedBefore")),
    wire="2024-02-29T20:00:15.250Z",
)
