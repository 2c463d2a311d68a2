"""``reviewbridge load`` walks by export's rules (one ``Walk``): a mark per eTrusted channel, shared by walks
over different sets of channels, and the guard against change times in the future."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

dlt = pytest.importorskip("dlt")
import duckdb  # noqa: E402
from reviewbridge import ExportError  # noqa: E402
from reviewbridge._export import Job, ScopeResult  # noqa: E402
from reviewbridge._load._pipeline import resolve_target, run_load  # noqa: E402
from reviewbridge._load._source import reviews_source  # noqa: E402

from tests.unit.test_export_channels import A, B, FakeAccount  # noqa: E402
from tests.unit.test_export_once import JOB, STEP, Scripted  # noqa: E402


@pytest.fixture(autouse=True)
def _no_telemetry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")


def load(database: Path, factory: Any, *jobs: Job) -> list[ScopeResult]:
    return run_load(list(jobs), resolve_target(None, None, str(database)), client_factory=factory)


def rows(database: Path) -> dict[str, dt.datetime]:
    with duckdb.connect(str(database), read_only=True) as db:
        found = db.execute("SELECT id, updated_at FROM reviewbridge.reviews").fetchall()
    return {review_id: stamp for review_id, stamp in found}


def test_a_walk_over_channels_continues_from_each_channels_own_mark(tmp_path: Path) -> None:
    database = tmp_path / "reviews.duckdb"
    api = FakeAccount()
    api.add(A, 5)
    assert [r.written for r in load(database, api.factory, Job("etrusted", {"channel_id": [A]}))] == [5]
    api.add(A, 2), api.add(B, 6)
    # B has no mark, so the walk over both lists from the beginning; A's five reviews that the walk of A
    # alone loaded are skipped (A's mark covers them): it loads A's news and B whole.
    both = load(database, api.factory, Job("etrusted", {"channel_id": [A, B]}))
    assert [(r.written, r.skipped) for r in both] == [(8, 5)]
    api.add(A, 1)
    # The walk over both moved A's mark: A alone goes on from there.
    assert [r.written for r in load(database, api.factory, Job("etrusted", {"channel_id": [A]}))] == [1]
    assert len(rows(database)) == 14


def test_scopes_of_one_load_may_not_share_a_channel() -> None:
    api = FakeAccount()
    jobs = [Job("etrusted", {"channel_id": [A]}), Job("etrusted", {"channel_id": [B, A]})]
    with pytest.raises(ExportError, match="both cover channel_id chl-a; load each in one scope only"):
        reviews_source(jobs, client_factory=api.factory)


def test_a_version_stamped_in_the_future_is_reported_and_no_new_version_of_a_loaded_review(tmp_path: Path) -> None:
    """The second load lists the scope's newest review again, its change time a lie (year 9999) in that
    answer only: it is the version already loaded, not a new one; the run says it saw such a stamp."""
    database = tmp_path / "reviews.duckdb"
    api = Scripted(12)
    job = JOB
    assert [r.written for r in load(database, api.factory, job)] == [12]
    newest = api.reviews[-1]
    # A review changed within the overlap, listed before the newest one, so the lie falls on the newest.
    added = {**newest, "id": "r-added", "updated_at": (dt.datetime.fromisoformat(newest["updated_at"]) - STEP / 10)}
    api.reviews.insert(len(api.reviews) - 1, {**added, "updated_at": added["updated_at"].isoformat()})
    api.future = {api.requests + 1}
    (second,) = load(database, api.factory, job)
    assert (second.written, second.future) == (1, 1)
    assert second.future_example is not None and second.future_example.startswith(newest["id"])
    assert rows(database)[newest["id"]] == dt.datetime.fromisoformat(newest["updated_at"])
