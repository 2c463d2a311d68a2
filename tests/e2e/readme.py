"""The README's examples as tests see them: its fenced blocks, and the sandboxes they talk to.

The examples name the local sandboxes by fixed ports (``reviewbridge-sandbox PROVIDER --port 8001 &``);
tests start each sandbox on a free port instead (tests share the machine) and point the example's
``http://127.0.0.1:<port>`` at it. Everything else runs as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
#: how the README starts a sandbox on a port: ``reviewbridge-sandbox PROVIDER --port 8002`` (or ``reviewbridge
#: sandbox``; ``... PROVIDER --port 8002`` after a first command written out in full)
_SANDBOX_ON_PORT = re.compile(r"(?:reviewbridge[- ]sandbox|\.\.\.) (\w+)\b[^`\n&]*?--port (\d+)")
_LOOPBACK = re.compile(r"http://127\.0\.0\.1:(\d+)")


@dataclass(frozen=True)
class Block:
    """One fenced block of the README: its language, its first line's number, its text."""

    lang: str
    line: int
    text: str

    @property
    def name(self) -> str:
        return f"README.md:{self.line}"


def blocks(lang: str) -> list[Block]:
    text = README.read_text(encoding="utf-8")
    return [
        Block(m.group(1), text.count("\n", 0, m.start(2)) + 1, m.group(2))
        for m in _FENCE.finditer(text)
        if m.group(1) == lang
    ]


def sandbox_ports() -> dict[int, str]:
    """Each port the README starts a sandbox on -> that sandbox's provider (one provider per port)."""
    ports: dict[int, str] = {}
    for provider, port in _SANDBOX_ON_PORT.findall(README.read_text(encoding="utf-8")):
        assert ports.setdefault(int(port), provider) == provider, f"port {port} names two sandboxes"
    return ports


def pointed_at(text: str, urls: dict[str, str]) -> str:
    """``text`` with each README sandbox address replaced by the URL of the provider's running sandbox."""
    ports = sandbox_ports()

    def replace(match: re.Match[str]) -> str:
        port = int(match.group(1))
        assert port in ports, f"127.0.0.1:{port} is no sandbox the README starts"
        return urls[ports[port]]

    return _LOOPBACK.sub(replace, text)
