"""``reviewbridge export`` and ``load`` where ``fcntl`` does not exist (Windows has none): they import, run
and lock.

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


def _run(*argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REVIEWBRIDGE_TESTFREAKS_API_KEY": "no-fcntl-test-key"}
    command = [sys.executable, "-c", WITHOUT_FCNTL, *argv]
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


def _export(url: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return _run("export", "testfreaks", "--base-url", url, "--out", str(out), *extra)


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


def test_a_load_runs_without_fcntl_and_a_held_pipeline_refuses(tmp_path: Path) -> None:
    database = tmp_path / "r.duckdb"
    with serve(_respond) as server:
        load = ("load", "testfreaks", "--base-url", server.url, "--client-id", "shop", "--to", str(database))
        first = _run(*load, cwd=tmp_path)
        assert first.returncode == 0, first.stderr
        assert "3 reviews loaded (0 already loaded)" in first.stderr
        (tmp_path / "r.duckdb.dlt.lock").write_bytes(b"")  # as a load running into it holds it here
        second = _run(*load, cwd=tmp_path)
    assert second.returncode == 1, second.stderr
    assert second.stderr.splitlines() == [
        f"reviewbridge: error: another load into {database} (dataset reviewbridge) is running; wait for it to finish"
    ]
