"""Client-side cost per review: raw httpx + json.loads (the floor) vs the generated client vs the facade.

Pages are pre-rendered and served from memory through ``httpx.MockTransport``, so no server is measured.
All three walk the same pages in the same process, interleaved, repeated; medians are compared.
"""

from __future__ import annotations

import functools
import gc
import importlib
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx
import reviewbridge as rb

from ._pages import LIST_KEYS, LIST_PATHS, page_index, render_pages

BASE = "http://127.0.0.1"
CREDENTIALS: dict[str, tuple[str, ...]] = {
    "etrusted": ("bench-client", "bench-secret"),
    "testfreaks": ("sk_bench",),
    "thanx": ("bench-client", "bench-token"),
    "reevoo": ("bench-key", "bench-secret"),
}
FACADE = {"etrusted": rb.ETrusted, "testfreaks": rb.TestFreaks, "thanx": rb.Thanx, "reevoo": rb.Reevoo}
SCOPE = {
    "etrusted": {"channel_id": "chl-bench"},
    "testfreaks": {"client_id": "bench"},
    "thanx": {"merchant_id": "bench"},
    "reevoo": {"trkref": "BENCH"},
}
TOKEN = json.dumps({"access_token": "bench-token", "expires_in": 3600, "token_type": "Bearer"}).encode()


def _transport(provider: str, bodies: list[bytes]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token"):
            return httpx.Response(200, content=TOKEN, headers={"content-type": "application/json"})
        body = bodies[page_index(provider, dict(request.url.params))]
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def _raw(provider: str, bodies: list[bytes]) -> int:
    count = 0
    with httpx.Client(transport=_transport(provider, bodies), base_url=BASE) as client:
        for n in range(len(bodies)):
            params = {"page": n + 1} if provider == "thanx" else ({"after": f"cursor-{n}"} if n else {})
            data = json.loads(client.get(LIST_PATHS[provider], params=params).content)
            count += len(data[LIST_KEYS[provider]])
    return count


def _generated(provider: str, bodies: list[bytes]) -> int:
    package = importlib.import_module(f"{provider}_client")
    module_name = {
        "etrusted": "customer_reviews.list_customer_reviews",
        "testfreaks": "reviews.list_reviews",
        "thanx": "feedbacks.list_feedbacks",
        "reevoo": "customer_experience_reviews.list_customer_experience_reviews",
    }[provider]
    operation = importlib.import_module(f"{provider}_client.api.{module_name}")
    client = package.Client(base_url=BASE).set_httpx_client(
        httpx.Client(transport=_transport(provider, bodies), base_url=BASE)
    )
    count = 0
    for n in range(len(bodies)):
        if provider == "thanx":
            page = operation.sync(client=client, merchant_id="bench", page=n + 1)
            count += len(page.feedbacks)
        elif provider == "etrusted":
            page = operation.sync("chl-bench", client=client, **({"after": f"cursor-{n}"} if n else {}))
            count += len(page.items)
        elif provider == "testfreaks":
            page = operation.sync(client=client, client_id="bench", **({"after": f"cursor-{n}"} if n else {}))
            count += len(page.data)
        else:
            page = operation.sync("BENCH", client=client)
            count += len(page.customer_experience_reviews)
    return count


def _facade(provider: str, bodies: list[bytes]) -> int:
    http_client = httpx.Client(transport=_transport(provider, bodies))
    with FACADE[provider](*CREDENTIALS[provider], base_url=BASE, http_client=http_client) as client:
        return sum(1 for _ in client.reviews(**SCOPE[provider]))  # type: ignore[arg-type]


def _seconds(walk: Callable[[], int], expected: int) -> float:
    gc.collect()  # start each walk with no garbage left by the one before
    started = time.perf_counter()
    count = walk()
    elapsed = time.perf_counter() - started
    if count != expected:
        raise AssertionError(f"walk yielded {count} reviews, expected {expected}")
    return elapsed


def measure(provider: str, *, pages: int, page_size: int | None, repeats: int) -> dict[str, Any]:
    bodies = render_pages(provider, pages, page_size)
    expected = _raw(provider, bodies)
    walks = {"raw": _raw, "generated": _generated, "facade": _facade}
    seconds: dict[str, list[float]] = {name: [] for name in walks}
    # Interleave the three so drift in machine load hits them alike.
    for _ in range(repeats):
        for name, walk in walks.items():
            seconds[name].append(_seconds(functools.partial(walk, provider, bodies), expected))
    med = {name: statistics.median(values) for name, values in seconds.items()}
    return {
        "reviews": expected,
        "raw_rps": round(expected / med["raw"]),
        "generated_rps": round(expected / med["generated"]),
        "facade_rps": round(expected / med["facade"]),
        "generated_over_raw": round(med["generated"] / med["raw"], 2),
        "facade_over_raw": round(med["facade"] / med["raw"], 2),
    }
