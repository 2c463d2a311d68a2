"""Shared helpers for the facade tests: mock transports and clients without waits.

Each provider's payloads, mock APIs and clients are in ``tests/unit/_support_<p>.py``; a name this module
does not define is looked up there (``from tests.unit._support import tf_client`` keeps working), so
this module names no provider. ``SECRETS`` gathers every provider's test credentials.
"""

from __future__ import annotations

import copy
import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import httpx

from tests.conftest import PROVIDERS, load_spec

BASE = "http://127.0.0.1"


Handler = Callable[[httpx.Request], httpx.Response]


def example(provider: str, path: str, method: str = "get") -> Any:
    """A copy of the documented example (``docs``) of the 200 answer to ``method path`` in the spec."""
    operation = load_spec(provider)["paths"][path][method]
    content = next(iter(operation["responses"]["200"]["content"].values()))
    return copy.deepcopy(content["examples"]["docs"]["value"])


# -- clients -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Errors:
    """How a provider's list answers errors, for tests/unit/test_facade_errors.py."""

    #: the test client's factory (a handler in), the filters of a walk and the list operation's id
    client: Callable[..., Any]
    filters: dict[str, Any]
    operation: str
    #: an error body in the provider's format (None: its errors have no body), the code and message in it
    body: Any
    code: str | None
    message: str | None
    #: 200 bodies of the wrong shape (a ResponseParseError), and odd ones read as an empty page
    wrong_shapes: list[Any]
    tolerated: list[Any]
    #: whether a 401 makes the client fetch a new token and send again
    refreshes_on_401: bool = False
    #: a 200 body without the list member (None: not tested), an error rather than the end
    without_list: Any = None


@dataclass(frozen=True)
class WireStamps:
    """How a provider's list sends time filters, for tests/unit/test_wire_timestamps.py."""

    #: the test client's factory, its paged mock (total, size) -> (handler, requests), the filters of a walk
    client: Callable[..., Any]
    paged: Callable[[int, int], tuple[Handler, list[httpx.Request]]]
    scope: dict[str, Any]
    #: (the facade's filter, the query parameter it goes out as), for each time filter
    filters: tuple[tuple[str, str], ...]
    #: what 2024-03-01T01:30:15.250999+05:30 goes out as
    wire: str


def no_sleep(client: Any) -> list[float]:
    """Make the client's retries instant; return the list the waits it asked for are recorded in."""
    delays: list[float] = []
    client._policy.sleep = delays.append
    return delays


def sync_http(handler: Handler) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


def async_http(handler: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.MockTransport(handler))


def as_json(request: httpx.Request) -> Any:
    return json.loads(request.content)


def providers() -> dict[str, ModuleType]:
    """Every provider's support module (``tests/unit/_support_<p>.py``), by provider, for those that have one."""
    found = {}
    for provider in PROVIDERS:
        try:
            found[provider] = importlib.import_module(f"{__name__}_{provider}")
        except ModuleNotFoundError:
            continue
    return found


def __getattr__(name: str) -> Any:
    if name == "SECRETS":
        return tuple(secret for module in providers().values() for secret in getattr(module, "SECRETS", ()))
    for module in providers().values():
        if name in vars(module):
            return vars(module)[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
