"""Google Business Profile end to end against its sandbox on 127.0.0.1: ``--all-locations`` finds every
location of every account and exports each as a scope with its own mark; a location added to the export
later has its whole history written once while the others continue from their marks; a reply from the
command line reaches the review."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import reviewbridge as rb
from reviewbridge._cli import main
from reviewbridge_sandbox import credentials_env, spawn

from tests.providers.google import LOCATION

REVIEWS = 12


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in credentials_env().items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def url() -> Iterator[str]:
    with spawn("google", "--reviews", str(REVIEWS)) as found:
        yield found


def _export(url: str, out: Path, state: Path, *scope: str, capsys: pytest.CaptureFixture[str]) -> str:
    status = main(["export", "google", *scope, "--base-url", url, "--out", str(out), "--state", str(state)])
    err = capsys.readouterr().err
    assert status == 0, err
    assert "Traceback" not in err
    return err


def _ids(out: Path) -> list[str]:
    return [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]


def test_all_locations_are_scopes_of_their_own_and_a_new_one_is_exported_once(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, state = tmp_path / "reviews.jsonl", tmp_path / "state.json"
    _export(url, out, state, "--location", LOCATION, capsys=capsys)
    first = _ids(out)
    assert len(first) == REVIEWS and all(i.startswith(LOCATION + "/reviews/") for i in first)

    err = _export(url, out, state, "--all-locations", capsys=capsys)
    ids = _ids(out)
    assert len(ids) == len(set(ids)) == 3 * REVIEWS  # the two other locations' whole history, once
    assert ids[:REVIEWS] == first
    assert err.count("google:location=") == 3  # one scope (and mark) per location
    with rb.GoogleBusinessProfile(base_url=url) as client:
        assert {i.rsplit("/reviews/", 1)[0] for i in ids} == set(client.location_names())

    err = _export(url, out, state, "--all-locations", capsys=capsys)
    assert _ids(out) == ids
    assert "nothing new since the last run" in err


def test_a_reply_from_the_command_line_reaches_the_review(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with rb.GoogleBusinessProfile(base_url=url) as client:
        name = next(iter(client.reviews(location=LOCATION))).id
        assert main(["reply", "google", name, "Thank you!", "--base-url", url]) == 0
        assert "stored" in capsys.readouterr().err
        review = client.get_review(name).to_dict()
        assert review["reviewReply"]["comment"] == "Thank you!"
        too_long = "é" * 2049  # 4098 bytes of UTF-8
        assert main(["reply", "google", name, too_long, "--base-url", url]) == 2
        assert "4096 bytes" in capsys.readouterr().err


def test_check_and_dry_runs_see_each_location_as_the_runs_walk_them(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, state = tmp_path / "reviews.jsonl", tmp_path / "state.json"
    _export(url, out, state, "--location", LOCATION, capsys=capsys)
    with rb.GoogleBusinessProfile(base_url=url) as client:
        names = client.location_names()
    keys = [f"google:location={name}" for name in names]

    assert main(["check", "google", "--all-locations", "--base-url", url]) == 0
    checked = capsys.readouterr().out.splitlines()
    assert [line.split(": ok, ")[0] for line in checked] == keys  # a line per location, each read
    assert all(f": ok, {REVIEWS} reviews on the first page" in line for line in checked)

    dry = ["export", "google", "--all-locations", "--base-url", url, "--out", str(out), "--state", str(state)]
    assert main([*dry, "--dry-run"]) == 0
    lines = capsys.readouterr().out.splitlines()
    starts = [line for line in lines if ": would walk " in line]
    assert [line.split(": would walk ")[0] for line in starts] == keys
    assert [line.endswith("from the beginning (no mark yet)") for line in starts] == [
        name != LOCATION for name in names
    ]  # the location exported before continues from its mark

    load = ["load", "google", "--all-locations", "--base-url", url, "--to", str(tmp_path / "r.duckdb")]
    assert main([*load, "--dry-run"]) == 0
    starts = [line for line in capsys.readouterr().out.splitlines() if ": would walk " in line]
    assert [line.split(": would walk ")[0] for line in starts] == keys


def test_a_run_over_every_location_asks_for_one_token(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The locations of one user's accounts share one connection and one access token: the fan-out's."""

    def tokens() -> int:
        return int(httpx.get(f"{url}/_sandbox/stats", timeout=30).json()["token_requests"])

    before = tokens()
    _export(url, tmp_path / "reviews.jsonl", tmp_path / "state.json", "--all-locations", capsys=capsys)
    assert len(_ids(tmp_path / "reviews.jsonl")) == 3 * REVIEWS
    assert tokens() - before == 1

    before = tokens()
    load = ["load", "google", "--all-locations", "--base-url", url, "--to", str(tmp_path / "r.duckdb")]
    assert main(load) == 0, capsys.readouterr().err
    assert f"{3 * REVIEWS} reviews loaded" in capsys.readouterr().err
    assert tokens() - before == 1

    before = tokens()
    assert main(["check", "google", "--all-locations", "--base-url", url]) == 0
    assert capsys.readouterr().out.count(": ok, ") == 3
    assert tokens() - before == 1
