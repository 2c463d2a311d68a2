"""``export --max-reviews N`` runs against every provider's sandbox, with changes between runs: they add
up to the whole data set, each review version once, whatever page a run stopped in."""

from __future__ import annotations

from pathlib import Path

import pytest
from reviewbridge._cli import main

from tests.e2e.test_export_providers import ENV, PROVIDERS, Sandbox, records, spawn, stamp

RUNS = 40  # bound on the runs of one scope: 120 reviews and changes in runs of 13 need about 12


@pytest.mark.parametrize("name", list(PROVIDERS))
def test_runs_of_n_add_up_to_the_data_set(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for key, value in ENV.items():
        if key.startswith("REVIEWBRIDGE_"):
            monkeypatch.setenv(key, value)
    provider = PROVIDERS[name]
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    with spawn(name, "--reviews", "120", env=ENV) as url:
        sandbox = Sandbox(provider, url)
        argv = ["export", name, *provider.flags, "--base-url", url, "--out", str(out), "--state", str(state)]
        stopped = 0
        for run in range(RUNS):
            assert main([*argv, "--max-reviews", "13"]) == 0
            err = capsys.readouterr().err
            if "stopped at --max-reviews 13" not in err:
                break
            stopped += 1
            if run == 2:  # changes while the walk is unfinished: listed when the walk gets there, or next time
                sandbox.churn(add=3, update=2)
        assert stopped >= 3, "the runs never stopped at N"
        assert main(argv) == 0  # and a last run picks up what changed behind the walk
        assert_each_version_once(out, sandbox.dataset())


def assert_each_version_once(out: Path, dataset: list[dict[str, str]]) -> None:
    """Every version written once (a changed review is written again), and the data set's current ones there."""
    found = records(out)
    versions = [(r["id"], r["updated_at"] and stamp(r["updated_at"])) for r in found]
    assert len(versions) == len(set(versions)), "a version written twice"
    assert {i for i, _ in versions} >= {d["id"] for d in dataset}
    if found[0]["provider"] != "reevoo":  # Reevoo's API has no update time (publish date only)
        assert {(d["id"], stamp(d["updated_at"])) for d in dataset} <= set(versions)
