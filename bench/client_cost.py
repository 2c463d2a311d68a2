"""Client-side cost per review, on the same pages: raw httpx + json.loads, raw httpx + orjson.loads (the
floor: the fastest a Python client reads these pages), the generated client, the facade, and dlt's
RESTClient with its paginators (the peer).

Every column reads, for every review, the fields a user reads (id, rating, text, author, created_at), so
laziness alone cannot win. Two measurements: pages served from memory (``httpx.MockTransport``, and a
requests adapter for dlt, which is built on requests), and pages served by a loopback HTTP server in its
own process. The columns walk the same pages in the same process, interleaved, repeated; medians are
compared.
"""

from __future__ import annotations

import functools
import gc
import importlib
import json
import statistics
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import orjson
import requests
import reviewbridge as rb
from dlt.sources.helpers.requests import Client as DltHttp
from dlt.sources.helpers.rest_client import RESTClient
from reviewbridge._providers import REGISTRY

from ._cost import Fields, costs
from ._loopback import TOKEN, serving
from ._pages import page_index, render_pages

MOCK_BASE = "http://127.0.0.1"


def _read_all(read: Callable[[Any], Fields], items: Iterable[Any]) -> int:
    count = 0
    for item in items:
        read(item)
        count += 1
    return count


# --- transports -----------------------------------------------------------------------------------------


def _mock_transport(provider: str, bodies: list[bytes]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":  # a token request (the pages are GETs), as the loopback server answers
            return httpx.Response(200, content=TOKEN, headers={"content-type": "application/json"})
        body = bodies[page_index(provider, dict(request.url.params))]
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


class _MockAdapter(requests.adapters.BaseAdapter):
    """The requests twin of the mock transport, for dlt."""

    def __init__(self, provider: str, bodies: list[bytes]) -> None:
        super().__init__()
        self.provider, self.bodies = provider, bodies

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        params = dict(parse_qsl(urlsplit(request.url or "").query))
        response = requests.Response()
        response.status_code = 200
        response._content = self.bodies[page_index(self.provider, params)]
        response.headers["Content-Type"] = "application/json"
        response.encoding = "utf-8"
        response.url = request.url or ""
        response.request = request
        return response

    def close(self) -> None:
        pass


#: One TLS context for the process, as the facade keeps one: httpx builds a new one for every client
#: otherwise (tens of milliseconds each, even for plain http), which would weigh on the floor, not on
#: the cost of reading pages.
_TLS = httpx.create_ssl_context()


def _httpx_client(provider: str, bodies: list[bytes], base: str | None) -> httpx.Client:
    if base is None:
        return httpx.Client(transport=_mock_transport(provider, bodies), base_url=MOCK_BASE)
    return httpx.Client(base_url=base, verify=_TLS)


# --- the four columns -----------------------------------------------------------------------------------


def _raw_with(loads: Callable[[bytes], Any], provider: str, bodies: list[bytes], base: str | None) -> int:
    cost, count = costs()[provider], 0
    with _httpx_client(provider, bodies, base) as client:
        for n in range(len(bodies)):
            params: dict[str, Any] = {**cost.first_params, **cost.page_params(n)}
            data = loads(client.get(cost.path, params=params).content)
            count += _read_all(cost.read_json, data[cost.items])
    return count


_raw = functools.partial(_raw_with, json.loads)
_orjson = functools.partial(_raw_with, orjson.loads)


def _generated(provider: str, bodies: list[bytes], base: str | None) -> int:
    cost = costs()[provider]
    package = importlib.import_module(f"{provider}_client")
    operation = importlib.import_module(f"{provider}_client.api.{cost.operation}")
    http = _httpx_client(provider, bodies, base)
    client = package.Client(base_url=str(http.base_url)).set_httpx_client(http)
    count = 0
    with http:
        for n in range(len(bodies)):
            count += _read_all(cost.read_model, cost.generated_page(operation, client, n))
    return count


def _read_review(review: rb.Review) -> Fields:
    return review.id, review.rating, review.text, review.author, review.created_at


def _facade(provider: str, bodies: list[bytes], base: str | None) -> int:
    cost = costs()[provider]
    http_client = httpx.Client(transport=_mock_transport(provider, bodies)) if base is None else None
    options: dict[str, Any] = {"base_url": base or MOCK_BASE, "http_client": http_client}
    with REGISTRY[provider].client(*cost.credentials, **options) as client:
        return _read_all(_read_review, client.reviews(**cost.filters))


def _dlt(provider: str, bodies: list[bytes], base: str | None) -> int:
    cost = costs()[provider]
    session = DltHttp(raise_for_status=False).session
    if base is None:
        session.mount(MOCK_BASE, _MockAdapter(provider, bodies))
    client = RESTClient(base_url=base or MOCK_BASE, paginator=cost.paginator(), session=session)
    count = 0
    for page in client.paginate(cost.path, params=dict(cost.first_params), data_selector=cost.items):
        count += _read_all(cost.read_json, page)
    session.close()
    return count


WALKS = {"raw": _raw, "orjson": _orjson, "generated": _generated, "facade": _facade, "dlt": _dlt}


def _seconds(walk: Callable[[], int], expected: int) -> float:
    gc.collect()  # start each walk with no garbage left by the one before
    started = time.perf_counter()
    count = walk()
    elapsed = time.perf_counter() - started
    if count != expected:
        raise AssertionError(f"walk yielded {count} reviews, expected {expected}")
    return elapsed


def _compare(provider: str, bodies: list[bytes], base: str | None, repeats: int) -> dict[str, float]:
    expected = _raw(provider, bodies, base)
    seconds: dict[str, list[float]] = {name: [] for name in WALKS}
    # Interleave the columns so drift in machine load hits them alike.
    for _ in range(repeats):
        for name, walk in WALKS.items():
            seconds[name].append(_seconds(functools.partial(walk, provider, bodies, base), expected))
    return {"reviews": expected, **{name: statistics.median(values) for name, values in seconds.items()}}


#: the columns also compared with the orjson floor
_OVER_ORJSON = ("raw", "generated", "facade", "dlt")


def measure(provider: str, *, pages: int, page_size: int | None, repeats: int) -> dict[str, Any]:
    bodies = render_pages(provider, pages, page_size)
    result: dict[str, Any] = {}
    mock = _compare(provider, bodies, None, repeats)
    with serving(provider, bodies) as base:
        loopback = _compare(provider, bodies, base, repeats)
    for prefix, med in (("", mock), ("loopback_", loopback)):
        count = med["reviews"]
        result.update(
            {
                f"{prefix}reviews": count,
                **{f"{prefix}{name}_rps": round(count / med[name]) for name in WALKS},
                f"{prefix}generated_over_raw": round(med["generated"] / med["raw"], 2),
                f"{prefix}facade_over_raw": round(med["facade"] / med["raw"], 2),
                f"{prefix}dlt_over_raw": round(med["dlt"] / med["raw"], 2),
                f"{prefix}facade_over_dlt": round(med["facade"] / med["dlt"], 2),
                **{f"{prefix}{name}_over_orjson": round(med[name] / med["orjson"], 2) for name in _OVER_ORJSON},
            }
        )
    return result
