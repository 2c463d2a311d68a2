"""``export --dry-run`` and ``load --dry-run``: check's lines, then where each scope's walk would start (from
the state file or the dlt pipeline state); the directory is byte for byte what it was."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from reviewbridge import TestFreaks as TFClient
from reviewbridge._cli import main
from reviewbridge._export import Job

from .test_cli_export import FakeTestFreaks

SCOPE = "testfreaks:client_id=shop"
EXPORT = ["export", "testfreaks", "--client-id", "shop"]


def snapshot(directory: Path) -> dict[str, bytes | None]:
    """Every file and directory under ``directory`` with its bytes (None: a directory)."""
    return {
        str(path.relative_to(directory)): None if path.is_dir() else path.read_bytes()
        for path in sorted(directory.rglob("*"))
    }


def run(argv: list[str], api: FakeTestFreaks, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], list[str]]:
    status = main(argv, client_factory=api.factory)
    captured = capsys.readouterr()
    return status, captured.out.splitlines(), captured.err.splitlines()


def test_export_dry_run_shows_each_start_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api = FakeTestFreaks(25)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    argv = [*EXPORT, "--out", str(out), "--state", str(state)]
    status, lines, err = run([*argv, "--dry-run"], api, capsys)
    assert status == 0, err
    assert lines == [
        f"{SCOPE}: ok, 10 reviews on the first page (more pages follow)",
        f"{SCOPE}: would walk from the beginning (no mark yet)",
    ]
    assert err == ["reviewbridge: dry run: nothing was written"]
    assert snapshot(tmp_path) == {}  # no output, no state, no lock file
    assert main([*argv, "--max-reviews", "5"], client_factory=api.factory) == 0
    capsys.readouterr()
    before = snapshot(tmp_path)
    status, lines, _ = run([*argv, "--dry-run"], api, capsys)
    assert status == 0
    assert lines[1] == (
        f"{SCOPE}: would continue its unfinished walk from its first page, skipping the reviews already written"
    )
    assert snapshot(tmp_path) == before
    assert main(argv, client_factory=api.factory) == 0
    capsys.readouterr()
    mark = json.loads(state.read_text())["scopes"][SCOPE]["hwm"]
    before = snapshot(tmp_path)
    status, lines, _ = run([*argv, "--dry-run"], api, capsys)
    assert status == 0
    assert lines[1].startswith(f"{SCOPE}: would walk changes since ")
    assert lines[1].endswith(f"(its mark {mark}, less 5 minutes' overlap)")
    assert snapshot(tmp_path) == before


def test_export_dry_run_makes_the_run_s_own_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    api = FakeTestFreaks(5)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    assert main([*EXPORT, "--out", str(out), "--state", str(state)], client_factory=api.factory) == 0
    capsys.readouterr()
    before = snapshot(tmp_path)
    other = tmp_path / "other.jsonl"
    status, lines, err = run([*EXPORT, "--out", str(other), "--state", str(state), "--dry-run"], api, capsys)
    assert status == 1 and lines == []
    assert len(err) == 1 and f"belongs to output {out}" in err[0]
    assert snapshot(tmp_path) == before


def test_export_dry_run_fails_as_check_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def refused(job: Job) -> TFClient:
        transport = httpx.MockTransport(lambda request: httpx.Response(401, json={"error": "bad key"}))
        return TFClient(api_key="k", base_url="https://tf.example", http_client=httpx.Client(transport=transport))

    out = tmp_path / "out.jsonl"
    status = main([*EXPORT, "--out", str(out), "--dry-run"], client_factory=refused)
    err = capsys.readouterr().err.splitlines()
    assert status == 1
    assert err[0].startswith(f"reviewbridge: error: {SCOPE}: ") and "REVIEWBRIDGE_TESTFREAKS_API_KEY" in err[0]
    assert snapshot(tmp_path) == {}


def test_load_dry_run_reads_the_pipeline_state_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("dlt")
    api = FakeTestFreaks(25)
    database = tmp_path / "r.duckdb"
    argv = ["load", "testfreaks", "--client-id", "shop", "--to", str(database)]
    status, lines, err = run([*argv, "--dry-run"], api, capsys)
    assert status == 0, err
    assert lines[1] == f"{SCOPE}: would walk from the beginning (no mark yet)"
    assert lines[2].startswith("(pipeline state: none yet at ")
    assert snapshot(tmp_path) == {}  # no database, no pipeline directory
    assert main([*argv, "--max-reviews", "5"], client_factory=api.factory) == 0
    capsys.readouterr()
    before = snapshot(tmp_path)
    status, lines, _ = run([*argv, "--dry-run"], api, capsys)
    assert status == 0
    assert lines[1].startswith(f"{SCOPE}: would continue its unfinished walk")
    assert snapshot(tmp_path) == before
    assert main(argv, client_factory=api.factory) == 0
    capsys.readouterr()
    before = snapshot(tmp_path)
    status, lines, _ = run([*argv, "--dry-run"], api, capsys)
    assert status == 0
    assert lines[1].startswith(f"{SCOPE}: would walk changes since ") and "less 5 minutes' overlap" in lines[1]
    assert lines[2] == f"(pipeline state: {tmp_path}/r.duckdb.dlt/reviewbridge/state.json)"
    assert snapshot(tmp_path) == before


def test_export_dry_run_of_a_full_scan_says_what_it_walks_and_where_the_digests_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api = FakeTestFreaks(25)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    argv = [*EXPORT, "--out", str(out), "--state", str(state), "--full-scan"]
    status, lines, err = run([*argv, "--dry-run"], api, capsys)
    assert status == 0, err
    assert lines[1] == (
        f"{SCOPE}: would re-scan its whole list from the first page (--full-scan), writing each review whose "
        "content changed since it was last written and, once the list's documented end is reached, recording "
        f"those no longer listed as deleted; no digest store at {state}.digests yet: every review listed would "
        "be written once more, and no deletion recorded"
    )
    assert snapshot(tmp_path) == {}
    assert main([*argv, "--max-reviews", "5"], client_factory=api.factory) == 0
    capsys.readouterr()
    before = snapshot(tmp_path)
    for extra in (("--full-scan",), ()):  # an unfinished full re-scan goes on as one, asked for or not
        plain = [a for a in argv if a != "--full-scan"]
        status, lines, err = run([*plain, *extra, "--dry-run"], api, capsys)
        assert status == 0, err
        assert lines[1].startswith(f"{SCOPE}: would continue its unfinished full re-scan from its first page,")
        assert lines[1].endswith(f"the digests of what was written are in {state}.digests")
    assert snapshot(tmp_path) == before
    status, lines, err = run([*argv, "--since", "2024-01-01", "--dry-run"], api, capsys)
    assert status == 1 and lines == [] and "--since does not apply" in err[0], err
    status, lines, err = run([*argv, "--format", "csv", "--dry-run"], api, capsys)
    assert status == 1 and lines == [] and "needs --format jsonl" in err[0], err


def test_load_dry_run_of_a_full_scan_names_the_digest_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("dlt")
    api = FakeTestFreaks(25)
    database = tmp_path / "r.duckdb"
    argv = ["load", "testfreaks", "--client-id", "shop", "--to", str(database)]
    assert main(argv, client_factory=api.factory) == 0
    capsys.readouterr()
    before = snapshot(tmp_path)
    status, lines, err = run([*argv, "--full-scan", "--dry-run"], api, capsys)
    assert status == 0, err
    store = tmp_path / "r.duckdb.dlt" / "reviewbridge" / "reviewbridge.digests"
    assert lines[1].startswith(f"{SCOPE}: would re-scan its whole list from the first page (--full-scan)")
    assert lines[1].endswith(f"the digests of what was written are in {store}")
    assert snapshot(tmp_path) == before
    status, lines, err = run([*argv, "--full-scan", "--since", "2024-01-01", "--dry-run"], api, capsys)
    assert status == 1 and lines == [] and "--since does not apply" in err[0], err
