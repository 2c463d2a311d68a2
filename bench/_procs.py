"""Sandboxes and exports as separate processes, on loopback, always stopped."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

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


@contextlib.contextmanager
def sandbox(provider: str, *args: str, startup_seconds: float = 60) -> Iterator[str]:
    """Run ``reviewbridge sandbox PROVIDER ARGS`` on a free loopback port; yield its base URL."""
    command = [sys.executable, "-m", "reviewbridge.sandbox", provider, "--host", "127.0.0.1", "--port", "0", *args]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env())
    try:
        deadline = time.monotonic() + startup_seconds
        assert proc.stdout is not None
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            found = re.search(r"listening on (http://127\.0\.0\.1:\d+)", line)
            if found:
                yield found.group(1)
                return
        raise RuntimeError(f"the {provider} sandbox did not start within {startup_seconds:.0f} s")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def reviewbridge(*args: str) -> list[str]:
    """The command line of ``reviewbridge ARGS`` run with this interpreter."""
    return [sys.executable, "-c", "import sys, reviewbridge._cli as c; sys.exit(c.main())", *args]
