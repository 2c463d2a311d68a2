"""Helpers shared by the sandbox's own tests (this module holds no tests).

Every helper talks to a sandbox in-process through ``httpx.ASGITransport``: no sockets, no threads.
"""

from __future__ import annotations

import base64
import importlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
from reviewbridge_sandbox import client as sandbox

__all__ = ["BASE_URL", "Fuzz", "basic", "client_for", "declared", "sandbox"]

BASE_URL = "http://sandbox.test"


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


@dataclass(frozen=True)
class Fuzz:
    """What test_sandbox_input.py sends a sandbox, and what it accepts back as an error."""

    #: (method, path with ``{scope}`` where any text may go)
    routes: list[tuple[str, str]]
    #: the headers that authenticate a client (``http`` reaches the sandbox, for a token first)
    headers: Callable[[httpx.AsyncClient], Awaitable[dict[str, str]]]
    #: whether an error answer to ``url`` has the provider's shape
    error_shape: Callable[[str, httpx.Response], bool]


def client_for(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL)


def declared(name: str) -> dict[str, Any]:
    """``name`` of each sandbox's own test file (``test_sandbox_<p>.py``) that defines it, by provider:
    shared tests take their per-provider cases from there and list no provider."""
    from reviewbridge_sandbox._registry import implementations

    modules = {provider: importlib.import_module(f"test_sandbox_{provider}") for provider in implementations()}
    return {provider: getattr(module, name) for provider, module in modules.items() if hasattr(module, name)}
