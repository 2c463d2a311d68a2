"""Sandboxes and exports as separate processes, on loopback, always stopped."""

from __future__ import annotations

import contextlib
import os
import sys

SANDBOX_ENV = {
    "REVIEWBRIDGE_REEVOO_API_KEY": "demo_key",
    "REVIEWBRIDGE_REEVOO_API_SECRET": "demo_secret",
    "REVIEWBRIDGE_THANX_CLIENT_ID": "sandbox-client",
    "REVIEWBRIDGE_THANX_ACCESS_TOKEN": "sandbox-token",
    "REVIEWBRIDGE_ETRUSTED_CLIENT_ID": "sandbox-client",
    "REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET": "sandbox-secret",
    "REVIEWBRIDGE_TESTFREAKS_API_KEY": "sk_test",
}


def env() -> dict[str, str]:
    return {**os.environ, **SANDBOX_ENV, "PYTHONUNBUFFERED": "1"}


def sandbox(provider: str, *args: str) -> contextlib.AbstractContextManager[str]:
    """``reviewbridge sandbox PROVIDER ARGS`` in its own process; the context yields its base URL."""
    from reviewbridge.sandbox import spawn

    return spawn(provider, *args, env=env())


def reviewbridge(*args: str) -> list[str]:
    """The command line of ``reviewbridge ARGS`` run with this interpreter."""
    return [sys.executable, "-c", "import sys, reviewbridge._cli as c; sys.exit(c.main())", *args]
