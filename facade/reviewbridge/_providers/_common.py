"""Small helpers the provider adapters share."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

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


def value(obj: Any) -> Any:
    """A generated attribute's value, with UNSET as None."""
    # Each generated package has its own Unset class; match them all without importing them.
    return None if type(obj).__name__ == "Unset" else obj


def enum_text(obj: Any) -> str | None:
    """The string of an (open) enum member, a plain string, or None (unset, null, placeholder objects)."""
    obj = value(obj)
    if obj is None:
        return None
    raw = getattr(obj, "value", obj)
    return raw if isinstance(raw, str) else None
