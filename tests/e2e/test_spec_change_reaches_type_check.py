"""A spec change reaches the facade's type check: rename a response member (or a query parameter) in a
copy of the project, regenerate, and mypy --strict on the facade fails, naming what the facade reads."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.mypy_cache import seeded_cache

ROOT = Path(__file__).resolve().parents[2]


def _copy_project(target: Path) -> None:
    for name in ("specs", "scripts", "generated", "facade"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    shutil.copy(ROOT / "pyproject.toml", target / "pyproject.toml")


def _type_check(root: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mypy", "--cache-dir", str(seeded_cache(root)), "facade/reviewbridge"]
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
    # The adapter reads the member through the generated FeedbackJSON TypedDict (``feedback["review"]``);
    # the provider's home is several modules (_providers/thanx*.py).
    expected = r'_providers/thanx\w*\.py:\d+: error: TypedDict "FeedbackJSON" has no key "review"'
    assert re.search(expected, checked.stdout), checked.stdout


@pytest.mark.slow
def test_renaming_a_query_parameter_fails_the_facade_type_check(tmp_path: Path) -> None:
    _copy_project(tmp_path)
    spec = tmp_path / "specs" / "thanx.yaml"
    text = spec.read_text(encoding="utf-8")
    # listFeedbacks' merchant_id (the scope of a Thanx listing) becomes merchant.
    renamed, count = re.subn(r"(?m)^(        - name: )merchant_id$", r"\1merchant", text)
    assert count == 1, "listFeedbacks' `merchant_id` parameter was not found where expected"
    spec.write_text(renamed, encoding="utf-8")

    generate = subprocess.run(
        [sys.executable, "scripts/generate.py", "thanx"], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert generate.returncode == 0, generate.stderr
    listing = (tmp_path / "generated/thanx_client/api/feedbacks/list_feedbacks.py").read_text(encoding="utf-8")
    assert "    merchant: Required[str]\n" in listing  # the generated filters follow the spec

    checked = _type_check(tmp_path)
    assert checked.returncode != 0, checked.stdout
    assert re.search(r"_providers/thanx\w*\.py:\d+: error: .*merchant_id", checked.stdout), checked.stdout
