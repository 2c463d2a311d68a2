"""Realistic pre-rendered list pages, built from each spec's documented example item (how each provider's
pages look and link: its ``bench/cost_<p>.py``)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml

from ._cost import costs

ROOT = Path(__file__).resolve().parent.parent


def _docs_example(provider: str) -> dict[str, Any]:
    spec = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text(encoding="utf-8"))
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == costs()[provider].operation_id:
                media = operation["responses"]["200"]["content"]["application/json"]
                return copy.deepcopy(next(iter(media["examples"].values()))["value"])
    raise LookupError(provider)


def render_pages(provider: str, pages: int, page_size: int | None = None) -> list[bytes]:
    """``pages`` JSON bodies of ``page_size`` items each, linked the way the provider paginates."""
    cost = costs()[provider]
    size = page_size or cost.page_size
    example = _docs_example(provider)
    template = example[cost.items][0]
    bodies = []
    for p in range(pages):
        body = copy.deepcopy(example)
        body[cost.items] = [cost.item(copy.deepcopy(template), provider, p * size + i) for i in range(size)]
        cost.link(body, p, pages, size)
        bodies.append(json.dumps(body).encode())
    return bodies


def page_index(provider: str, request_params: dict[str, str]) -> int:
    """Which pre-rendered page a request asks for."""
    return costs()[provider].page_index(request_params)
