"""A filter added to a spec is a command-line flag with no facade change: add a query parameter to a copy of
the project's Thanx spec, regenerate, and the copy's ``reviewbridge export thanx`` offers it, typed,
described and checked, and sends it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from reviewbridge_sandbox import credentials_env, spawn

from tests.e2e.test_spec_change_reaches_type_check import _copy_project

NEW_PARAMETER = """        - name: min_score
          in: query
          required: false
          description: Only the feedback records scored at least this.
          schema:
            type: integer
            minimum: 1
            maximum: 10
"""


def _copy_cli(root: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """The copy's command line (its facade and generated packages ahead of the installed ones)."""
    path = os.pathsep.join([str(root / "facade"), str(root / "generated")])
    env = {**os.environ, **credentials_env(), "PYTHONPATH": path}
    command = [sys.executable, "-c", "import sys; from reviewbridge._cli import main; sys.exit(main())", *argv]
    return subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.slow
def test_a_query_parameter_added_to_the_spec_is_a_checked_flag(tmp_path: Path) -> None:
    _copy_project(tmp_path)
    spec = tmp_path / "specs" / "thanx.yaml"
    text = spec.read_text(encoding="utf-8")
    grown, count = re.subn(r"(?m)^(        - name: location_id\n)", NEW_PARAMETER + r"\1", text)
    assert count == 1, "listFeedbacks' `location_id` parameter was not found where expected"
    spec.write_text(grown, encoding="utf-8")
    generate = subprocess.run(
        [sys.executable, "scripts/generate.py", "thanx"], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert generate.returncode == 0, generate.stderr

    shown = _copy_cli(tmp_path, "export", "thanx", "--help")
    assert shown.returncode == 0, shown.stderr
    described = " ".join(shown.stdout.split())  # argparse wraps the lines
    assert "--min-score N Only the feedback records scored at least this (1 to 10)" in described

    refused = _copy_cli(tmp_path, "export", "thanx", "--merchant-id", "m", "--min-score", "11", "--out", "-")
    assert refused.returncode == 2
    why = "argument --min-score: 11 is out of range: 1 to 10"
    assert refused.stderr.splitlines() == [f"reviewbridge: error: {why} (see 'reviewbridge export thanx --help')"]

    with spawn("thanx", "--reviews", "5") as url:
        sent = _copy_cli(
            tmp_path, "-vv", "--log-format", "json", "export", "thanx", "--merchant-id", "example.com",
            "--min-score", "3", "--base-url", url, "--out", str(tmp_path / "out.jsonl"),
        )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    urls = [json.loads(line).get("url", "") for line in sent.stderr.splitlines() if line.startswith("{")]
    listed = [u for u in urls if "/feedbacks" in u]
    assert listed and all("min_score=3" in u for u in listed), urls
