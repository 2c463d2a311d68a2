"""``load --full-scan`` over a scripted API whose pages overlap (each page after the first starts with the
last review of the page before, as a change cursor's one-second overlap lists it again): a review the scan
loads and then lists again keeps, in the digest store, the row it was loaded with, so that its deletion
sends that row, not an older one nor none."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

dlt = pytest.importorskip("dlt")
import duckdb  # noqa: E402
from reviewbridge._export import ScopeResult  # noqa: E402
from reviewbridge._load._pipeline import resolve_target, run_load  # noqa: E402

from tests.unit.test_export_once import JOB, Scripted  # noqa: E402


@pytest.fixture(autouse=True)
def _no_telemetry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")


def load(database: Path, api: Scripted, full: bool = True) -> list[ScopeResult]:
    return run_load([JOB], resolve_target(None, None, str(database)), client_factory=api.factory, full_scan=full)


def texts(database: Path) -> dict[str, tuple[Any, ...]]:
    with duckdb.connect(str(database), read_only=True) as db:
        found = db.execute("SELECT id, text, raw, deleted_at FROM reviewbridge.reviews").fetchall()
    return {review_id: (text, raw, deleted_at) for review_id, text, raw, deleted_at in found}


def test_a_review_loaded_and_listed_again_in_one_scan_is_deleted_with_the_row_it_was_loaded_with(
    tmp_path: Path,
) -> None:
    database = tmp_path / "reviews.duckdb"
    api = Scripted(12, page_size=5, inclusive=True)  # pages 0-4, 4-8, 8-11: r0004 and r0008 listed twice
    assert [r.written for r in load(database, api, full=False)] == [12]
    api.reviews[4]["extract"] = "edited"  # in place, its change time kept: only a full re-scan sees it
    # A review new to the store, where the pages meet (position 8), as one added during the walk would be.
    api.reviews.insert(8, dict(api.reviews[7], id="new", extract="new"))
    scanned = load(database, api)
    assert [(r.written, r.deleted) for r in scanned] == [(2, 0)]
    del api.reviews[8], api.reviews[4]  # both deleted by their authors
    gone = load(database, api)
    assert [(r.written, r.deleted) for r in gone] == [(0, 2)]
    table = texts(database)
    for review_id, text in (("new", "new"), ("r0004", "edited")):
        found, raw, deleted_at = table[review_id]
        assert deleted_at is not None, review_id
        assert (found, raw is not None) == (text, True), f"{review_id}: the deleted row is not the row loaded"


def test_a_digest_store_lost_with_the_working_directory_costs_one_full_load_and_no_deletion(tmp_path: Path) -> None:
    """The pipeline's working directory (dlt's state and the digest store) is removed; dlt restores its
    state from the destination, the store is gone: the next full re-scan loads every review listed once
    more and records no deletion (it cannot prove one), the one after it is exact again."""
    database = tmp_path / "reviews.duckdb"
    api = Scripted(12)
    assert [r.written for r in load(database, api, full=False)] == [12]
    del api.reviews[3]
    working_dir = resolve_target(None, None, str(database)).working_dir
    assert working_dir is not None and any(working_dir.rglob("reviewbridge.digests"))
    shutil.rmtree(working_dir)
    assert [(r.written, r.deleted, r.scan_warning) for r in load(database, api)] == [(11, 0, None)]
    table = texts(database)
    assert len(table) == 12 and all(deleted_at is None for _, _, deleted_at in table.values())  # nothing lost
    del api.reviews[5]
    assert [(r.written, r.deleted) for r in load(database, api)] == [(0, 1)]
    gone = [(text, raw) for text, raw, deleted_at in texts(database).values() if deleted_at is not None]
    assert gone == [("text", gone[0][1])] and gone[0][1] is not None
