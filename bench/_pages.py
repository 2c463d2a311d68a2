"""Realistic pre-rendered list pages, built from each spec's documented example item."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent

# Reviews per page, as the issue sets them (Reevoo: one full window).
PAGE_SIZES = {"etrusted": 1000, "testfreaks": 1000, "thanx": 100, "reevoo": 1000}
LIST_KEYS = {
    "etrusted": "items",
    "testfreaks": "data",
    "thanx": "feedbacks",
    "reevoo": "customer_experience_reviews",
}
LIST_PATHS = {
    "etrusted": "/reviews",
    "testfreaks": "/v1/reviews",
    "thanx": "/partner/feedbacks",
    "reevoo": "/v4/organisations/BENCH/customer_experience_reviews",
}


# The listing each facade walks (eTrusted: the account-wide /reviews, not the deprecated channel path).
LIST_OPERATIONS = {
    "etrusted": "getReviews",
    "testfreaks": "listReviews",
    "thanx": "listFeedbacks",
    "reevoo": "listCustomerExperienceReviews",
}


def _docs_example(provider: str) -> dict[str, Any]:
    spec = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text(encoding="utf-8"))
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == LIST_OPERATIONS[provider]:
                media = operation["responses"]["200"]["content"]["application/json"]
                return copy.deepcopy(next(iter(media["examples"].values()))["value"])
    raise LookupError(provider)


def _item(template: dict[str, Any], provider: str, n: int) -> dict[str, Any]:
    item = copy.deepcopy(template)
    if provider == "reevoo":
        item["order_ref"] = f"ORDER-{n}"
        item["nps_score"] = n % 11
    else:
        item["id"] = f"{provider}-{n:08d}"
    if provider == "etrusted":
        item["rating"] = 1 + n % 5
        item["updatedAt"] = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T10:{n % 60:02d}:00.000Z"
    if provider == "testfreaks":
        item["updated_at"] = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T10:{n % 60:02d}:00Z"
    return item


def render_pages(provider: str, pages: int, page_size: int | None = None) -> list[bytes]:
    """``pages`` JSON bodies of ``page_size`` items each, linked the way the provider paginates."""
    size = page_size or PAGE_SIZES[provider]
    example = _docs_example(provider)
    list_key = {
        "etrusted": "items",
        "testfreaks": "data",
        "thanx": "feedbacks",
        "reevoo": "customer_experience_reviews",
    }[provider]
    template = example[list_key][0]
    bodies = []
    for p in range(pages):
        body = copy.deepcopy(example)
        body[list_key] = [_item(template, provider, p * size + i) for i in range(size)]
        last = p == pages - 1
        if provider == "etrusted":
            after = "" if last else f"cursor-{p + 1}"
            body["paging"] = {"count": size, "cursor": {"before": None, "after": after}, "links": {"next": ""}}
        elif provider == "testfreaks":
            body["links"] = {} if last else {"next": f"http://127.0.0.1/v1/reviews?after=cursor-{p + 1}"}
        elif provider == "thanx":
            body["pagination"] = {"current_page": p + 1, "per_page": size, "total_pages": pages}
        bodies.append(json.dumps(body).encode())
    return bodies


def page_index(provider: str, request_params: dict[str, str]) -> int:
    """Which pre-rendered page a request asks for."""
    if provider == "thanx":
        return int(request_params.get("page", "1")) - 1
    after = request_params.get("after")
    return int(after.split("-")[1]) if after else 0
