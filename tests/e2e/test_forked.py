"""The fork server the kill tests use (``tests/e2e/forked.py``) answers as a fresh interpreter does."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e import forked
from tests.e2e.test_load_providers import LOAD_ENV

CLI = [sys.executable, "-m", "reviewbridge._cli"]


def test_a_fork_answers_what_a_fresh_interpreter_answers(tmp_path: Path) -> None:
    for args in (["providers"], ["load", "nosuchprovider", "--to", "r.duckdb"], ["export", "--nosuchflag"]):
        real = subprocess.run(CLI + args, env=LOAD_ENV, cwd=tmp_path, capture_output=True, text=True, timeout=120)
        fork = forked.run(CLI + args, LOAD_ENV, cwd=tmp_path)
        assert (fork.returncode, fork.stdout, fork.stderr) == (real.returncode, real.stdout, real.stderr), args
    assert list(tmp_path.iterdir()) == []


def test_a_fork_has_its_own_environment_and_working_directory(tmp_path: Path) -> None:
    env = {k: v for k, v in LOAD_ENV.items() if k != "REVIEWBRIDGE_TESTFREAKS_API_KEY"}
    fork = forked.run([*CLI, "load", "testfreaks", "--client-id", "x", "--to", "r.duckdb"], env, cwd=tmp_path)
    assert fork.returncode == 1 and "REVIEWBRIDGE_TESTFREAKS_API_KEY" in fork.stderr, fork.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_killed_fork_reports_the_signal(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:  # connections wait in its backlog, unanswered
        url = f"http://127.0.0.1:{server.getsockname()[1]}"
        command = [*CLI, "export", "testfreaks", "--base-url", url, "--client-id", "x", "--out", "o.jsonl",
                   "--timeout", "600"]  # fmt: skip
        proc = forked.Forked(command, env=LOAD_ENV, cwd=tmp_path, capture_stdout=False)
        with pytest.raises(subprocess.TimeoutExpired):
            proc.communicate(timeout=1)
        assert proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=120)
    assert out is None and proc.returncode == -signal.SIGKILL
