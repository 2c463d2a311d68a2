"""``export --since`` with an odd UTC offset against the TestFreaks sandbox, which takes only the
documented ``YYYY-MM-DDTHH:MM:SSZ``: the value goes out normalised to UTC, and the export holds exactly
the reviews changed after that moment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from reviewbridge_sandbox import spawn

ENV = {**os.environ, "REVIEWBRIDGE_TESTFREAKS_API_KEY": "sk_test", "PYTHONUNBUFFERED": "1"}
SINCE = "2024-05-01T00:00:00-23:59:59.999999"  # 2024-05-01T23:59:59.999999Z
CUT = "2024-05-01T23:59:59Z"  # what the sandbox is sent (to the second, cut)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[str]:
    with spawn("testfreaks", "--reviews", "300", env=ENV) as url:
        yield url


def test_since_with_an_odd_offset_goes_out_in_utc(sandbox: str, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    argv = [sys.executable, "-m", "reviewbridge._cli", "export", "testfreaks", "--base-url", sandbox,
            "--out", str(out), "--since", SINCE]  # fmt: skip
    done = subprocess.run(argv, env=ENV, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    dataset = httpx.get(f"{sandbox}/_sandbox/dataset", params={"scope": "example.com"}, timeout=10).json()["reviews"]
    expected = {r["id"] for r in dataset if r["updated_at"] > CUT}
    written = {json.loads(line)["id"] for line in out.read_text().splitlines()}
    assert expected, "the data set has reviews after the cut: the test can tell"
    assert written == expected
