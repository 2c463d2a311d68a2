"""``reviewbridge load`` killed at every kind of point of dlt's extract, normalize and load resumes to the
table a load never killed leaves (``tests/e2e/kill_points.py`` says how the points are found and hit).

The suite kills, with a fixed seed, at every operation that moves or deletes a load package (where dlt's
steps join) in a later load, and at a few points drawn from each stretch of a first and a later load;
``python -m tests.e2e.kill_points DIR --every`` kills at every operation (minutes, not in the suite).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dlt")

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("kills") / "loads"
    done = subprocess.run(
        [sys.executable, "-m", "tests.e2e.kill_points", str(out)],
        capture_output=True, text=True, timeout=900, cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "RUNTIME__DLTHUB_TELEMETRY": "false", "HOME": str(out.parent)},
    )  # fmt: skip
    assert done.stdout, done.stderr
    found: dict[str, Any] = json.loads(done.stdout)
    return found


@pytest.mark.slow
@pytest.mark.parametrize("scenario", ["first", "later", "rescan"])
def test_every_kill_point_resumes_to_the_clean_table(report: dict[str, Any], scenario: str) -> None:
    found = report["scenarios"][scenario]
    failures = "\n".join(f"{f['site']} #{f['occurrence']}: {f['error']}" for f in found["failures"])
    assert not found["failures"], f"{len(found['failures'])} of {len(found['points'])} kill points:\n{failures}"
    assert all(point["killed"] for point in found["points"]), "a kill point was not reached"
    assert found["reviews"] > 0


@pytest.mark.slow
def test_a_killed_rescan_resumes_to_one_edit_and_two_deletions(report: dict[str, Any]) -> None:
    """The re-scan's clean table (which every killed one must equal) holds the edit and the deletions."""
    found = report["scenarios"]["rescan"]
    assert found["edited"] == 1 and found["deleted"] == 2, found
    assert any(site.startswith("digests<") for site in found["site_names"]), "no kill point in the digest store"


@pytest.mark.slow
def test_the_points_span_extract_normalize_and_load(report: dict[str, Any]) -> None:
    for found in report["scenarios"].values():  # every kind of operation is counted
        assert set(found["kinds"]) >= {"rename", "replace", "unlink", "rmdir", "mkdir", "open", "sql", "commit"}
    sites = {point["site"] for found in report["scenarios"].values() for point in found["points"]}
    # a site names the dlt functions an operation was done for: extract's commit, normalize's, load's
    for step in ("commit_packages", "spool_files", "complete_package"):
        assert any(step in site.split("<") for site in sites), step
