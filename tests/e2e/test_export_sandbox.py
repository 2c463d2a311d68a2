"""``reviewbridge export`` as a subprocess against the TestFreaks sandbox, killed and resumed."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from reviewbridge_sandbox import spawn

ENV = {**os.environ, "REVIEWBRIDGE_TESTFREAKS_API_KEY": "sk_test", "PYTHONUNBUFFERED": "1"}


@pytest.fixture
def sandbox() -> Iterator[str]:
    with spawn("testfreaks", "--reviews", "300", env=ENV) as url:
        yield url


def command(url: str, out: Path, state: Path) -> list[str]:
    return [sys.executable, "-m", "reviewbridge._cli", "export", "testfreaks", "--base-url", url,
            "--out", str(out), "--state", str(state)]  # fmt: skip


def keys(out: Path) -> list[tuple[str, str]]:
    return [(r["id"], r["updated_at"]) for r in map(json.loads, out.read_text().splitlines())]


def test_export_then_nothing_new(sandbox: str, tmp_path: Path) -> None:
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    first = subprocess.run(command(sandbox, out, state), env=ENV, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    assert len(keys(out)) == 300
    second = subprocess.run(command(sandbox, out, state), env=ENV, capture_output=True, text=True, timeout=60)
    assert second.returncode == 0, second.stderr
    assert " 0 reviews written" in second.stderr
    assert len(keys(out)) == 300


@pytest.mark.slow
def test_sigkill_and_resume_loses_and_duplicates_nothing(sandbox: str, tmp_path: Path) -> None:
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    rng = random.Random(7)
    kills = 0
    deadline = time.monotonic() + 40
    while kills < 12 and time.monotonic() < deadline:
        proc = subprocess.Popen(command(sandbox, out, state), env=ENV, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(rng.uniform(0.05, 0.6))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        if proc.returncode == 0 and out.exists() and len(keys(out)) >= 300:
            out.unlink()  # finished before the kill: start over to kill it again
            state.unlink()
    final = subprocess.run(command(sandbox, out, state), env=ENV, capture_output=True, text=True, timeout=60)
    assert final.returncode == 0, final.stderr
    found = keys(out)
    assert len(found) == len(set(found)) == 300
    assert kills >= 10
