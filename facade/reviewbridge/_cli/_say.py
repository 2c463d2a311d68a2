"""What the command line writes: one line on standard error, or a line of output."""

from __future__ import annotations

import sys

from .._secrets import redact
from .._terminal import printable


def out(line: str) -> None:
    print(" ".join(redact(printable(line)).split()))


def say(message: str) -> None:
    """One line on stderr; escape sequences and control characters a server sent are dropped, and any
    credential the client holds is masked (the exceptions mask theirs already; this is every other line)."""
    print(f"reviewbridge: {' '.join(redact(printable(message)).split())}", file=sys.stderr)


def fail(message: str, status: int) -> int:
    say(f"error: {' '.join(printable(message).split()) or 'unknown error'}")
    return status
