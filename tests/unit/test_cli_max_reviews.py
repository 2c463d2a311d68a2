"""``--max-reviews N`` on export and load: each scope stops after N reviews, the state records an unfinished
walk (the mark stays where it was), and the next run goes on after the last review written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from reviewbridge._cli import main

from .test_cli_export import FakeTestFreaks, lines

SCOPE = "testfreaks:client_id=shop"
EXPORT = ["export", "testfreaks", "--client-id", "shop"]


def export(api: FakeTestFreaks, out: Path, state: Path | None, *extra: str) -> int:
    argv = [*EXPORT, "--out", str(out), *(["--state", str(state)] if state else []), *extra]
    return main(argv, client_factory=api.factory)


def scope_state(state: Path) -> dict[str, Any]:
    entry: dict[str, Any] = json.loads(state.read_text())["scopes"][SCOPE]
    return entry


@pytest.mark.parametrize("limit", [7, 10])  # within a page (of 10), and at a page's end
def test_runs_of_n_go_on_where_the_last_stopped(limit: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    api = FakeTestFreaks(25)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    assert export(api, out, state, "--max-reviews", str(limit)) == 0
    assert [r["id"] for r in lines(out)] == sorted(api.reviews)[:limit]
    entry = scope_state(state)
    assert entry["running"] is True and entry["hwm"] is None  # no mark yet: the walk is not complete
    err = capsys.readouterr().err
    assert f"{SCOPE}: {limit} reviews written" in err
    assert f"stopped at --max-reviews {limit}; the next run with this state continues" in err
    assert export(api, out, state, "--max-reviews", str(limit)) == 0
    assert [r["id"] for r in lines(out)] == sorted(api.reviews)[: 2 * limit]
    assert export(api, out, state) == 0
    assert [r["id"] for r in lines(out)] == sorted(api.reviews)  # each once, in order
    entry = scope_state(state)
    assert "running" not in entry and entry["hwm"] is not None


def test_the_mark_stays_until_the_walk_completes(tmp_path: Path) -> None:
    api = FakeTestFreaks(12)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    assert export(api, out, state) == 0
    mark = scope_state(state)["hwm"]
    for _ in range(15):
        api.add()
    assert export(api, out, state, "--max-reviews", "4") == 0
    assert scope_state(state)["hwm"] == mark  # only 4 of the 15 changes are written
    assert len(lines(out)) == 16
    assert export(api, out, state, "--max-reviews", "4") == 0
    assert scope_state(state)["hwm"] == mark
    assert export(api, out, state) == 0
    ids = [r["id"] for r in lines(out)]
    assert ids == sorted(api.reviews) and len(ids) == 27
    assert scope_state(state)["hwm"] > mark


def test_without_state_it_writes_n_and_says_a_next_run_starts_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api = FakeTestFreaks(25)
    out = tmp_path / "out.jsonl"
    assert export(api, out, None, "--max-reviews", "3") == 0
    assert len(lines(out)) == 3
    assert api.requests == 1  # no page past the one that held the third review
    assert "without --state, the next run starts from the beginning again" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "-2"])
def test_n_must_be_positive(value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    api = FakeTestFreaks(5)
    out = tmp_path / "out.jsonl"
    assert export(api, out, None, "--max-reviews", value) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"reviewbridge: error: --max-reviews must be 1 or more, not {value}"]
    assert not out.exists() and api.requests == 0


def test_load_stops_at_n_and_the_next_load_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("dlt")
    import duckdb

    api = FakeTestFreaks(25)
    database = tmp_path / "r.duckdb"
    argv = ["load", "testfreaks", "--client-id", "shop", "--to", str(database)]

    def loaded() -> list[str]:
        with duckdb.connect(str(database), read_only=True) as db:
            return [i for (i,) in db.execute("SELECT id FROM reviewbridge.reviews ORDER BY id").fetchall()]

    # --commit-every 4 too: the limit counts across the commits of one load
    assert main([*argv, "--max-reviews", "7", "--commit-every", "4"], client_factory=api.factory) == 0
    assert loaded() == sorted(api.reviews)[:7]
    err = capsys.readouterr().err
    assert f"{SCOPE}: 7 reviews loaded" in err and "stopped at --max-reviews 7" in err
    assert main([*argv, "--max-reviews", "7"], client_factory=api.factory) == 0
    assert loaded() == sorted(api.reviews)[:14]
    assert main(argv, client_factory=api.factory) == 0
    assert loaded() == sorted(api.reviews)
    assert f"{SCOPE}: 11 reviews loaded" in capsys.readouterr().err
