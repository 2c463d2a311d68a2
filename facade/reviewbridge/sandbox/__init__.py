"""Local sandboxes of the four providers' APIs, for tests and demos (needs the ``sandbox`` extra).

``create_app(provider, ...)`` gives a Starlette (ASGI) app serving exactly the operations of
``specs/<provider>.yaml`` on deterministic seeded data, with the provider's authentication and error
bodies, optional injected faults and latency, and admin routes under ``/_sandbox/`` for tests.
``serve(provider, ...)`` runs one with uvicorn on 127.0.0.1; ``spawn(provider, ...)`` runs one in its own
process and yields its base URL (for tests).
"""

from __future__ import annotations

from ._app import create_app
from ._cli import add_arguments, run, serve
from ._process import credentials_env, spawn
from ._settings import PROVIDERS

__all__ = ["PROVIDERS", "add_arguments", "create_app", "credentials_env", "run", "serve", "spawn"]
