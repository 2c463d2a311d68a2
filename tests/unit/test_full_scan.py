"""``run_export(full_scan=True)`` over a scripted TestFreaks API: edits without a new change time, and
deletions, caught once; a kill at every state save of a re-scan loses nothing, writes nothing twice and
records no false deletion; a scan that failed, set records aside or listed nothing records no deletion."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from reviewbridge._exceptions import ReviewBridgeError
from reviewbridge._export import DigestStore, Rejects, run_export
from reviewbridge._export._digests import Row

from tests.unit.test_export_once import JOB, Scripted, _killed_run


def scan(api: Scripted, out: Path, state: Path, full: bool = True, **options: Any) -> tuple[int, int]:
    """(reviews written, deletions recorded) of one export."""
    results = run_export([JOB], out=str(out), state_path=state, client_factory=api.factory, full_scan=full, **options)
    return sum(r.written for r in results), sum(r.deleted for r in results)


def records(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.read_text().splitlines()]


def tombstones(out: Path) -> list[str]:
    return [r["id"] for r in records(out) if "deleted_at" in r]


def edit_and_delete(api: Scripted) -> tuple[list[str], list[str]]:
    """Edit two reviews in place (their change time stays) and delete three: (edited ids, deleted ids)."""
    edited = [api.reviews[3], api.reviews[17]]
    for review in edited:
        review["extract"] = "edited, the stamp unchanged"
    deleted = [api.reviews.pop(i) for i in (30, 12, 5)]
    return [r["id"] for r in edited], [r["id"] for r in deleted]


def test_a_full_scan_writes_edits_and_tombstones_once(tmp_path: Path) -> None:
    api = Scripted(40)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    assert scan(api, out, state, full=False) == (40, 0)
    edited, deleted = edit_and_delete(api)
    assert scan(api, out, state, full=False) == (0, 0)  # an incremental walk cannot see either
    assert scan(api, out, state) == (2, 3)
    assert [r["id"] for r in records(out)[40:] if "deleted_at" not in r] == edited
    assert sorted(tombstones(out)) == sorted(deleted)
    stone = records(out)[-1]
    assert set(stone) == {"provider", "id", "deleted_at"} and stone["provider"] == "testfreaks"
    assert scan(api, out, state) == (0, 0)
    api.reviews.append(dict(api.reviews[0], id="back", updated_at=api.reviews[-1]["updated_at"]))
    assert scan(api, out, state) == (1, 0)


def test_a_review_listed_again_after_its_deletion_is_written_again(tmp_path: Path) -> None:
    api = Scripted(10)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    scan(api, out, state)
    gone = api.reviews.pop(4)
    assert scan(api, out, state) == (0, 1)
    api.reviews.insert(4, gone)
    assert scan(api, out, state) == (1, 0)
    assert scan(api, out, state) == (0, 0)


@pytest.mark.parametrize("kill_at", range(1, 9))  # every save of the scan
def test_a_full_scan_killed_at_any_state_save_resumes_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kill_at: int
) -> None:
    """The run dies at a state save (after its page is written and its digests staged): the next run
    continues the scan; every edit is written once, every deletion tombstoned once, and nothing else."""
    api = Scripted(40)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    scan(api, out, state, full=False)
    edited, deleted = edit_and_delete(api)
    _killed_run(api, out, state, monkeypatch, kill_at, scan)
    scan(api, out, state)
    scan(api, out, state)
    after = records(out)[40:]
    assert sorted(r["id"] for r in after if "deleted_at" not in r) == sorted(edited)
    assert sorted(tombstones(out)) == sorted(deleted)


def test_a_scan_that_fails_midway_records_no_deletion(tmp_path: Path) -> None:
    api = Scripted(40)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    scan(api, out, state)
    api.reviews.pop(0)
    handler = api.handler

    def failing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": "no"}) if api.requests >= 3 else handler(request)

    api.handler = failing  # type: ignore[method-assign]
    with pytest.raises(ReviewBridgeError):
        scan(api, out, state)
    assert tombstones(out) == []
    api.handler = handler  # type: ignore[method-assign]
    assert scan(api, out, state) == (0, 1)  # the interrupted scan goes on, and its end is now reached


def test_a_scan_that_set_records_aside_records_no_deletion(tmp_path: Path) -> None:
    api = Scripted(20)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    scan(api, out, state)
    api.reviews.pop(0)
    api.reviews[6] = {**api.reviews[6], "id": ["r0007"]}  # a record that cannot be mapped to a review
    rejects = Rejects(tmp_path / "rejects.jsonl")
    results = run_export(
        [JOB], out=str(out), state_path=state, client_factory=api.factory, full_scan=True, rejects=rejects
    )
    assert rejects.total and results[0].deleted == 0
    assert results[0].scan_warning is not None and "set aside" in results[0].scan_warning
    assert tombstones(out) == []


def test_an_empty_listing_records_no_deletion(tmp_path: Path) -> None:
    api = Scripted(20)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    scan(api, out, state)
    api.reviews.clear()
    results = run_export([JOB], out=str(out), state_path=state, client_factory=api.factory, full_scan=True)
    assert results[0].deleted == 0 and "empty" in (results[0].scan_warning or "")
    assert tombstones(out) == []


def test_full_scan_needs_a_state_and_json_lines(tmp_path: Path) -> None:
    api = Scripted(2)
    with pytest.raises(ReviewBridgeError, match="--full-scan needs --state"):
        run_export([JOB], out=str(tmp_path / "o.jsonl"), client_factory=api.factory, full_scan=True)
    with pytest.raises(ReviewBridgeError, match="--since does not apply"):
        run_export(
            [JOB], out=str(tmp_path / "o.jsonl"), state_path=tmp_path / "s", client_factory=api.factory,
            full_scan=True, since=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
        )  # fmt: skip
    with pytest.raises(ReviewBridgeError, match="--format jsonl"):
        run_export(
            [JOB], out=str(tmp_path / "o.csv"), fmt="csv", state_path=tmp_path / "s", client_factory=api.factory,
            full_scan=True,
        )  # fmt: skip


def test_the_store_drops_what_the_ledger_never_committed(tmp_path: Path) -> None:
    store = DigestStore(tmp_path / "d.digests")
    store.stage("s", 1, [Row("a", b"1", 0)])
    store.stage("s", 2, [Row("a", b"2", 0), Row("b", b"2", 0)])
    store.recover("s", 1)  # the ledger committed 1, never 2
    assert {k: v.digest for k, v in store.lookup("s", 2, ["a", "b"]).items()} == {"a": b"1"}
    store.stage("s", 2, [Row("b", b"3", 0)])
    assert set(store.lookup("s", 2, ["a", "b"])) == {"a", "b"}  # staged rows of the walk's own number count
    store.recover("s", 2)
    assert store.lookup("s", 3, ["b"])["b"].digest == b"3"
    store.close()


def test_a_store_that_syncs_once_syncs_its_log_even_while_another_walk_holds_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    path = tmp_path / "d.digests"
    store = DigestStore(path, sync_stages=False)  # load's: its ledger commits once after many pages
    other = DigestStore(path, sync_stages=False)  # another scope's walk, in a transaction right now
    assert store._db.execute("PRAGMA synchronous").fetchone() == (1,)  # NORMAL: no fsync per stage
    for seq in range(1, 4):
        store.stage("s", seq, [Row(f"r{seq}", b"d", 0)])
    synced: list[str] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(os.readlink(f"/proc/self/fd/{fd}")) or real_fsync(fd))
    other._db.execute("BEGIN IMMEDIATE")
    try:
        store.sync()  # before the ledger's commit point
    finally:
        other._db.execute("ROLLBACK")
    assert synced == [str(path) + "-wal"]  # the log holding every stage, whoever writes beside it
    assert store.lookup("s", 3, ["r3"])  # staged rows still there
    store.close()
    other.close()
    assert DigestStore(path)._db.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL by default: export's


def test_walks_opening_one_new_store_at_once_all_open_it(tmp_path: Path) -> None:
    # A load opens the store once per walk, all at once: SQLite refused some of them ("database is
    # locked") while another switched the new file to WAL.
    import threading

    failures: list[str] = []
    for trial in range(30):
        path = tmp_path / f"{trial}.digests"
        start = threading.Barrier(8)

        def open_and_stage(walk: int, path: Path = path, start: threading.Barrier = start) -> None:
            start.wait(timeout=30)
            try:
                store = DigestStore(path, sync_stages=False)
            except ReviewBridgeError as exc:
                failures.append(str(exc))
                return
            store.stage(f"s{walk}", 1, [Row(f"r{i}", b"d", 0) for i in range(50)])
            store.close()

        threads = [threading.Thread(target=open_and_stage, args=(walk,)) for walk in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not any(thread.is_alive() for thread in threads)
    assert failures == []
