"""Run a sandbox in its own process (a real uvicorn on a free loopback port), for tests and benchmarks."""

from __future__ import annotations

import contextlib
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping

_LISTENING = re.compile(r"listening on (http://127\.0\.0\.1:\d+)")


def credentials_env() -> dict[str, str]:
    """The sandboxes' credentials as the ``REVIEWBRIDGE_*`` variables the clients and the CLI read."""
    from ._registry import credentials_env

    return credentials_env()


@contextlib.contextmanager
def spawn(
    provider: str, *args: str, env: Mapping[str, str] | None = None, startup_seconds: float = 60.0
) -> Iterator[str]:
    """Start ``reviewbridge-sandbox PROVIDER ARGS`` on 127.0.0.1 and a free port; yield its base URL.

    The process is stopped (SIGTERM, then SIGKILL after 10 s) when the block ends, whatever happens.
    """
    command = [sys.executable, "-m", "reviewbridge_sandbox", provider, "--host", "127.0.0.1", "--port", "0", *args]
    proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module, arguments as a list
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=dict(env) if env else None
    )
    found: list[str] = []
    ready = threading.Event()

    def watch() -> None:  # read in a thread, so a silent process cannot block us past the deadline
        assert proc.stdout is not None
        for line in proc.stdout:
            match = _LISTENING.search(line)
            if match and not found:
                found.append(match.group(1))
                ready.set()
        ready.set()

    threading.Thread(target=watch, daemon=True).start()
    try:
        if not ready.wait(startup_seconds) or not found:
            raise RuntimeError(f"the {provider} sandbox did not start within {startup_seconds:.0f} s")
        yield found[0]
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
