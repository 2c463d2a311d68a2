"""What the provider adapters share beyond the JSON helpers: naming the operation of a request."""

from __future__ import annotations

import re
from collections.abc import Callable

import httpx


def operation_namer(routes: list[tuple[str, str, str]]) -> Callable[[httpx.Request], str]:
    """Name the operation of a request from (method, path regex, operationId) routes."""
    compiled = [(method, re.compile(pattern + r"/?$"), name) for method, pattern, name in routes]

    def name_of(request: httpx.Request) -> str:
        for method, pattern, name in compiled:
            if request.method == method and pattern.search(request.url.path):
                return name
        return f"{request.method} {request.url.path}"

    return name_of
