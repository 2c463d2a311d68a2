"""Shared helpers for the facade tests: payloads shaped like the specs' examples, mock APIs, clients.

Imported by the other ``test_facade_*`` modules; it holds a few self-checks of its own.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable
from typing import Any

import httpx
import reviewbridge as rb

from tests.conftest import load_spec

BASE = "http://127.0.0.1"

API_KEY = "tf-key-SECRET-0123456789"
REEVOO_KEY = "rv-key-SECRET-abcdef"
REEVOO_SECRET = "rv-secret-SECRET-987654"
THANX_CLIENT_ID = "thanx-client-id-SECRET-42"
THANX_TOKEN = "thanx-access-token-SECRET-xyz"
ET_CLIENT_ID = "et-client-id-SECRET-77"
ET_CLIENT_SECRET = "et-client-secret-SECRET-55"
ET_TOKEN_PREFIX = "et-access-token-SECRET-"
TP_KEY = "tp-api-key-SECRET-31"
TP_SECRET = "tp-api-secret-SECRET-62"
TP_TOKEN_PREFIX = "tp-access-token-SECRET-"
TP_UNIT = "507f191e810c19729de860ea"
SECRETS = (API_KEY, REEVOO_KEY, REEVOO_SECRET, THANX_CLIENT_ID, THANX_TOKEN, ET_CLIENT_ID, ET_CLIENT_SECRET)

Handler = Callable[[httpx.Request], httpx.Response]


def _example(provider: str, path: str, method: str = "get") -> Any:
    operation = load_spec(provider)["paths"][path][method]
    content = next(iter(operation["responses"]["200"]["content"].values()))
    return copy.deepcopy(content["examples"]["docs"]["value"])


ETRUSTED_EXAMPLE = _example("etrusted", "/reviews")
REEVOO_EXAMPLE = _example("reevoo", "/v4/organisations/{trkref}/customer_experience_reviews")
TESTFREAKS_EXAMPLE = _example("testfreaks", "/v1/reviews")
THANX_EXAMPLE = _example("thanx", "/partner/feedbacks")
TOKEN_EXAMPLE = _example("etrusted", "/oauth/token", "post")
TRUSTPILOT_EXAMPLE = _example("trustpilot", "/v1/private/business-units/{businessUnitId}/reviews")
TRUSTPILOT_TOKEN_EXAMPLE = _example("trustpilot", "/v1/oauth/oauth-business-users-for-applications/accesstoken", "post")
TRUSTPILOT_UNIT_EXAMPLE = _example("trustpilot", "/v1/business-units/find")
TRUSTPILOT_TOKEN_PATH = "/v1/oauth/oauth-business-users-for-applications/accesstoken"


# -- payloads ----------------------------------------------------------------------------------


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


def reevoo_item(i: int) -> dict[str, Any]:
    item = copy.deepcopy(REEVOO_EXAMPLE["customer_experience_reviews"][0])
    item["nps_score"] = i % 11
    item["order_ref"] = f"ORDER-{i}"
    item["publish_date"] = f"2016-05-{i % 28 + 1:02d}"
    return item


def token_body(token: str, expires_in: int = 300) -> dict[str, Any]:
    return {**TOKEN_EXAMPLE, "access_token": token, "expires_in": expires_in}


def trustpilot_item(i: int) -> dict[str, Any]:
    """The docs' review (truncated before its id, as published) with an id and distinct stamps."""
    item = copy.deepcopy(TRUSTPILOT_EXAMPLE["reviews"][0])
    item["id"] = f"{i:024x}"
    item["stars"] = i % 5 + 1
    item["createdAt"] = f"2013-09-{i % 28 + 1:02d}T13:37:00"
    item["updatedAt"] = None
    return item


def trustpilot_page(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {**copy.deepcopy(TRUSTPILOT_EXAMPLE), "reviews": items}


def trustpilot_token(token: str, expires_in: str = "359999") -> dict[str, Any]:
    # The documented answer is the password grant's; client credentials get no refresh token.
    body = {**TRUSTPILOT_TOKEN_EXAMPLE, "access_token": token, "expires_in": expires_in}
    body.pop("refresh_token", None)
    return body


# -- mock paginated APIs -----------------------------------------------------------------------


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


# -- clients -----------------------------------------------------------------------------------


def no_sleep(client: Any) -> list[float]:
    """Make the client's retries instant; return the list the waits it asked for are recorded in."""
    delays: list[float] = []
    client._policy.sleep = delays.append
    return delays


def sync_http(handler: Handler) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


def async_http(handler: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.MockTransport(handler))


def tf_client(handler: Handler, **kwargs: Any) -> rb.TestFreaks:
    client = rb.TestFreaks(API_KEY, base_url=BASE, http_client=sync_http(handler), **kwargs)
    no_sleep(client)
    return client


def etrusted(handler: Handler, **kwargs: Any) -> rb.ETrusted:
    client = rb.ETrusted(ET_CLIENT_ID, ET_CLIENT_SECRET, base_url=BASE, http_client=sync_http(handler), **kwargs)
    no_sleep(client)
    return client


def thanx(handler: Handler, **kwargs: Any) -> rb.Thanx:
    client = rb.Thanx(THANX_CLIENT_ID, THANX_TOKEN, base_url=BASE, http_client=sync_http(handler), **kwargs)
    no_sleep(client)
    return client


def trustpilot(handler: Handler, **kwargs: Any) -> rb.Trustpilot:
    client = rb.Trustpilot(TP_KEY, TP_SECRET, base_url=BASE, http_client=sync_http(handler), **kwargs)
    no_sleep(client)
    return client


def atrustpilot(handler: Any, **kwargs: Any) -> rb.AsyncTrustpilot:
    client = rb.AsyncTrustpilot(TP_KEY, TP_SECRET, base_url=BASE, http_client=async_http(handler), **kwargs)
    client._policy.base_delay = 0
    return client


def reevoo(handler: Handler, **kwargs: Any) -> rb.Reevoo:
    client = rb.Reevoo(REEVOO_KEY, REEVOO_SECRET, base_url=BASE, http_client=sync_http(handler), **kwargs)
    no_sleep(client)
    return client


def atf_client(handler: Any, **kwargs: Any) -> rb.AsyncTestFreaks:
    client = rb.AsyncTestFreaks(API_KEY, base_url=BASE, http_client=async_http(handler), **kwargs)
    client._policy.base_delay = 0
    return client


def aetrusted(handler: Any, **kwargs: Any) -> rb.AsyncETrusted:
    client = rb.AsyncETrusted(ET_CLIENT_ID, ET_CLIENT_SECRET, base_url=BASE, http_client=async_http(handler), **kwargs)
    client._policy.base_delay = 0
    return client


def athanx(handler: Any, **kwargs: Any) -> rb.AsyncThanx:
    client = rb.AsyncThanx(THANX_CLIENT_ID, THANX_TOKEN, base_url=BASE, http_client=async_http(handler), **kwargs)
    client._policy.base_delay = 0
    return client


def areevoo(handler: Any, **kwargs: Any) -> rb.AsyncReevoo:
    client = rb.AsyncReevoo(REEVOO_KEY, REEVOO_SECRET, base_url=BASE, http_client=async_http(handler), **kwargs)
    client._policy.base_delay = 0
    return client


def as_json(request: httpx.Request) -> Any:
    return json.loads(request.content)
