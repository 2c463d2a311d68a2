"""Sandboxes and exports as separate processes, on loopback, always stopped."""

from __future__ import annotations

import contextlib
import os
import sys


def env() -> dict[str, str]:
    from reviewbridge_sandbox import credentials_env

    return {**os.environ, **credentials_env(), "PYTHONUNBUFFERED": "1"}


def sandbox(provider: str, *args: str) -> contextlib.AbstractContextManager[str]:
    """``reviewbridge-sandbox PROVIDER ARGS`` in its own process; the context yields its base URL."""
    from reviewbridge_sandbox import spawn

    return spawn(provider, *args, env=env())


def reviewbridge(*args: str) -> list[str]:
    """The command line of ``reviewbridge ARGS`` run with this interpreter."""
    return [sys.executable, "-c", "import sys, reviewbridge._cli as c; sys.exit(c.main())", *args]
