"""Local sandboxes of the review providers' APIs, for tests, demos and benchmarks.

``create_app(provider, ...)`` gives a Starlette (ASGI) app serving exactly the operations of
``specs/<provider>.yaml`` on deterministic seeded data, with the provider's authentication and error
bodies, optional injected faults and latency, and admin routes under ``/_sandbox/`` for tests.
``serve(provider, ...)`` runs one with uvicorn (the ``reviewbridge-sandbox`` command);
``spawn(provider, ...)`` runs one in its own process and yields its base URL; ``client(provider, ...)``
is an in-process HTTP client of one, already carrying its credentials.

The servers need the ``sandbox`` extra (``pip install 'reviewbridge[sandbox]'``). Names load on first
use, so ``python -m reviewbridge_sandbox`` can say so in one line when it is missing. This package
never imports the SDK: it stands in for the real providers.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import create_app
    from ._cli import serve
    from ._inprocess import client
    from ._process import credentials_env, spawn
    from ._registry import PROVIDERS

_HOMES = {
    "PROVIDERS": "._registry",
    "client": "._inprocess",
    "create_app": "._app",
    "credentials_env": "._process",
    "serve": "._cli",
    "spawn": "._process",
}

__all__ = ["PROVIDERS", "client", "create_app", "credentials_env", "serve", "spawn"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home, __name__), name)
