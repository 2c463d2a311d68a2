"""A mark serves only runs with the filters it was recorded under: against each sandbox on 127.0.0.1, an
incremental export (or load) with the provider's ``narrowing`` flags (tests/providers/<p>.py), then one
without them on the same state, ends with every review of the scope: the second run keeps a mark of its
own and walks its whole history once, rather than starting from the narrow run's mark."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from reviewbridge._cli import main
from reviewbridge._export._marks import mark_narrows
from reviewbridge._providers import REGISTRY
from reviewbridge_sandbox import credentials_env, spawn

from tests.conftest import PROVIDERS
from tests.providers import case


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name, value in credentials_env().items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))


@pytest.fixture(params=PROVIDERS)
def sandbox(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    with spawn(request.param, "--reviews", "60") as url:
        yield request.param, url


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    status = main(argv)
    err = capsys.readouterr().err
    assert status == 0, err
    assert "Traceback" not in err
    return err


def ids(out: Path) -> list[str]:
    return [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]


def test_an_export_without_the_filters_of_the_last_one_writes_what_they_left_out(
    sandbox: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, url = sandbox
    flags, narrowing = case(name).flags(), case(name).narrowing
    if not case(name).has_filters:
        pytest.skip(f"{name}'s list operation has no filter besides its scope, page size and order")
    everything = tmp_path / "everything.jsonl"
    run(["export", name, *flags, "--base-url", url, "--out", str(everything)], capsys)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    export = ["export", name, *flags, "--base-url", url, "--out", str(out), "--state", str(state)]
    run([*export, *narrowing], capsys)
    narrow = set(ids(out))
    assert narrow and narrow < set(ids(everything))
    run(export, capsys)
    assert set(ids(out)) == set(ids(everything))
    # Each set of filters has its mark, named readably in the state (where a mark narrows a walk at all):
    # again, each writes nothing.
    keys = sorted(json.loads(state.read_text())["scopes"])
    named = any(key.endswith("]") and " [" in key for key in keys)
    assert named == mark_narrows(REGISTRY[name].export), keys
    written = len(ids(out))
    assert " 0 reviews written" in run([*export, *narrowing], capsys)
    assert " 0 reviews written" in run(export, capsys)
    assert len(ids(out)) == written


def test_a_load_without_the_filters_of_the_last_one_loads_what_they_left_out(
    sandbox: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    duckdb = pytest.importorskip("duckdb")
    name, url = sandbox
    flags, narrowing = case(name).flags(), case(name).narrowing
    if not case(name).has_filters:
        pytest.skip(f"{name}'s list operation has no filter besides its scope, page size and order")
    everything = tmp_path / "everything.jsonl"
    run(["export", name, *flags, "--base-url", url, "--out", str(everything)], capsys)
    database = tmp_path / "reviews.duckdb"
    load = ["load", name, *flags, "--base-url", url, "--to", str(database)]

    def loaded() -> set[str]:
        with duckdb.connect(str(database), read_only=True) as db:
            return {row[0] for row in db.execute("SELECT id FROM reviewbridge.reviews").fetchall()}

    run([*load, *narrowing], capsys)
    narrow = loaded()
    assert narrow and narrow < set(ids(everything))
    run(load, capsys)
    assert loaded() == set(ids(everything))
