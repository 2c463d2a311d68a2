"""A spec change reaches the facade's type check: rename a response member in a copy of the project,
regenerate, and mypy --strict on the facade fails, naming the member the adapter reads."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _copy_project(target: Path) -> None:
    for name in ("specs", "scripts", "generated", "facade"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    shutil.copy(ROOT / "pyproject.toml", target / "pyproject.toml")


def _type_check(root: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mypy", "--cache-dir", str(root / ".mypy_cache"), "facade/reviewbridge"]
    return subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.slow
def test_renaming_a_response_member_fails_the_facade_type_check(tmp_path: Path) -> None:
    _copy_project(tmp_path)
    spec = tmp_path / "specs" / "thanx.yaml"
    text = spec.read_text(encoding="utf-8")
    # Feedback.review (the written review the Thanx adapter maps to Review.text) becomes review_text.
    renamed, count = re.subn(r"(?m)^(        )review:$", r"\1review_text:", text)
    assert count == 1, "the Feedback schema's `review` member was not found where expected"
    spec.write_text(renamed, encoding="utf-8")

    generate = subprocess.run(
        [sys.executable, "scripts/generate.py", "thanx"], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert generate.returncode == 0, generate.stderr
    assert "def review_text(self)" in (tmp_path / "generated/thanx_client/models/feedback.py").read_text()

    checked = _type_check(tmp_path)
    assert checked.returncode != 0, checked.stdout
    # The adapter reads the member through the generated FeedbackJSON TypedDict (``feedback["review"]``).
    expected = r'thanx\.py:\d+: error: TypedDict "FeedbackJSON" has no key "review"'
    assert re.search(expected, checked.stdout), checked.stdout
