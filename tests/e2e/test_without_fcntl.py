"""``reviewbridge export`` where ``fcntl`` does not exist (Windows has none): it imports, runs and locks.

Each run is a subprocess in which ``import fcntl`` fails (``sys.modules["fcntl"] = None`` blocks it, as
the import system documents), against a local server on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.hostile import Request, send_json, serve
from tests.unit._support import tf_item, tf_page

#: Run the CLI with ``fcntl`` unimportable; first make sure it is (the blocker works, nothing has it).
WITHOUT_FCNTL = """
import sys
sys.modules["fcntl"] = None
try:
    import fcntl
except ImportError:
    pass
else:
    raise SystemExit("fcntl is still importable")
from reviewbridge._cli import main
status = main(sys.argv[1:])
assert "fcntl" not in sys.modules or sys.modules["fcntl"] is None, "something imported fcntl"
raise SystemExit(status)
"""

ITEMS = [tf_item(i) for i in (1, 2, 3)]


def _respond(request: Request, conn: socket.socket) -> None:
    since = request.params.get("updated_after", "").replace("+00:00", "Z")
    send_json(conn, tf_page([i for i in ITEMS if str(i["updated_at"]) >= since], None))


def _export(url: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REVIEWBRIDGE_TESTFREAKS_API_KEY": "no-fcntl-test-key"}
    command = [sys.executable, "-c", WITHOUT_FCNTL, "export", "testfreaks", "--base-url", url, "--out", str(out)]
    return subprocess.run([*command, *extra], env=env, capture_output=True, text=True, timeout=120, check=False)


def _ids(out: Path) -> list[str]:
    return [json.loads(line)["id"] for line in out.read_text().splitlines()]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_an_export_imports_and_runs_without_fcntl(tmp_path: Path, fmt: str) -> None:
    out, state = tmp_path / f"out.{fmt}", tmp_path / "state.json"
    with serve(_respond) as server:
        once = _export(server.url, out, "--format", fmt)
        first = _export(server.url, tmp_path / "ledger.jsonl", "--state", str(state))
        again = _export(server.url, tmp_path / "ledger.jsonl", "--state", str(state))
    for result in (once, first, again):
        assert result.returncode == 0, result.stderr
    assert len(out.read_text().splitlines()) == len(ITEMS) + (fmt == "csv")  # the CSV header
    assert _ids(tmp_path / "ledger.jsonl") == ["tf000001", "tf000002", "tf000003"]  # the second run added none
    assert json.loads(state.read_text())["version"] == 1


@pytest.mark.parametrize("with_state", [True, False], ids=["state", "no-state"])
def test_without_fcntl_a_held_lock_still_refuses_a_second_run(tmp_path: Path, with_state: bool) -> None:
    """Where there is no flock a lock is a file made exclusively: one that is there is held, and a run
    refuses in one line, changing nothing."""
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    out.write_bytes(b"")
    held = state.with_name("state.json.lock") if with_state else out.with_name("out.jsonl.lock")
    held.write_bytes(b"")
    extra = ("--state", str(state)) if with_state else ()
    with serve(_respond) as server:
        result = _export(server.url, out, *extra)
    assert result.returncode == 1, result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "another export is" in result.stderr
    assert out.read_bytes() == b"" and not state.exists()
