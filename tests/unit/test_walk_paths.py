"""Export and load walk by the same rules: each scenario runs through ``run_export`` (the file ledger) and
``run_load`` (dlt resource state) and must come out the same — a mark per channel, a change time in the
future, records set aside, a listing that stops making progress, an unfinished walk that another scope
overlaps (the channel scenarios are in the file named after their provider). Only the sink and the
commit differ (export records each page; a failed load commits nothing)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from reviewbridge import PaginationError
from reviewbridge import TestFreaks as TFClient
from reviewbridge._cli import main
from reviewbridge._export import Job, Rejects, ScopeResult, run_export

from tests.unit.test_export_once import STEP, Scripted
from tests.unit.test_rejects import SCOPE, Listing, _check_rejects

dlt = pytest.importorskip("dlt")
import duckdb  # noqa: E402
from reviewbridge._load._pipeline import resolve_target, run_load  # noqa: E402

PATHS = ["export", "load"]


class Run:
    """One path's runs into one place: export to ``out.jsonl`` with ``state.json``, or load into
    ``reviews.duckdb``; ``stored`` is what the place holds, each review's latest version."""

    def __init__(self, path: str, tmp: Path) -> None:
        self.path, self.tmp = path, tmp
        self.rejects = Rejects(tmp / "rejects.jsonl")

    def __call__(self, factory: Any, *scopes: Job, max_reviews: int | None = None) -> list[ScopeResult]:
        options: dict[str, Any] = {"client_factory": factory, "max_reviews": max_reviews, "rejects": self.rejects}
        if self.path == "export":
            out, state = self.tmp / "out.jsonl", self.tmp / "state.json"
            return run_export(list(scopes), out=str(out), state_path=state, **options)
        return run_load(list(scopes), resolve_target(None, None, str(self.tmp / "reviews.duckdb")), **options)

    def dry_run(self, factory: Any, *arguments: str) -> int:
        """``export|load ARGUMENTS --dry-run`` into this place; the exit status."""
        place = ["--out", str(self.tmp / "out.jsonl"), "--state", str(self.tmp / "state.json")]
        if self.path == "load":
            place = ["--to", str(self.tmp / "reviews.duckdb")]
        return main([self.path, *arguments, *place, "--dry-run"], client_factory=factory)

    def stored(self) -> dict[str, dt.datetime]:
        if self.path == "export":
            out = self.tmp / "out.jsonl"
            lines = [json.loads(line) for line in out.read_text().splitlines()] if out.exists() else []
            versions = [(r["id"], r["updated_at"]) for r in lines]
            assert len(versions) == len(set(versions)), "a version was written twice"
            found: dict[str, dt.datetime] = {}
            for review_id, stamp in versions:
                found[review_id] = max(found.get(review_id, dt.datetime.min.replace(tzinfo=dt.UTC)), utc(stamp))
            return found
        database = self.tmp / "reviews.duckdb"
        with duckdb.connect(str(database), read_only=True) as db:
            rows = db.execute("SELECT id, updated_at FROM reviewbridge.reviews").fetchall()
        return {review_id: stamp.astimezone(dt.UTC) for review_id, stamp in rows}


def utc(stamp: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stamp).astimezone(dt.UTC)


@pytest.fixture(params=PATHS)
def run(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
    return Run(request.param, tmp_path)


def test_a_future_stamp_is_reported_and_no_new_version_of_a_delivered_review(run: Run) -> None:
    api = Scripted(12)
    job = Job("testfreaks", {"client_id": "shop"})
    assert [r.written for r in run(api.factory, job)] == [12]
    newest = api.reviews[-1]
    # A review changed within the overlap, listed before the newest one: the lie (year 9999) falls on the newest.
    added = {**newest, "id": "r-added", "updated_at": utc(newest["updated_at"]) - STEP / 10}
    api.reviews.insert(len(api.reviews) - 1, {**added, "updated_at": added["updated_at"].isoformat()})
    api.future = {api.requests + 1}
    (second,) = run(api.factory, job)
    assert (second.written, second.future) == (1, 1)
    assert second.future_example is not None and second.future_example.startswith(newest["id"])
    assert run.stored()[newest["id"]] == utc(newest["updated_at"])
    (third,) = run(api.factory, job)  # the mark did not follow the lie: the next walk finds nothing new
    assert (third.written, third.future) == (0, 0)


def test_records_that_cannot_be_used_are_set_aside_and_the_mark_goes_past_them(run: Run) -> None:
    api = Listing()
    job = Job("testfreaks", {"client_id": "shop"})
    (first,) = run(api.factory, job)
    assert (first.key, first.written, first.rejected) == (SCOPE, 9, 3)
    assert sorted(run.stored()) == [f"r{i:02d}" for i in range(12) if i not in (3, 6, 8)]
    _check_rejects(run.rejects.path)
    (second,) = run(api.factory, job)
    assert (second.written, second.rejected) == (0, 0)
    assert len(run.rejects.path.read_text().splitlines()) == 3


class Stalling:
    """TestFreaks' list of five reviews (``updated_after`` honoured), whose ``next`` link (``after=p<n>``)
    goes on forever to the same five while ``stalls``; once mended, a page past the first is empty (the end)."""

    def __init__(self) -> None:
        stamp = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
        self.records: list[dict[str, Any]] = [
            {"id": f"r{i}", "score": 4, "score_max": 5, "updated_at": (stamp + i * STEP).isoformat()} for i in range(5)
        ]
        self.stalls = True
        self.requests = 0

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        assert self.requests < 100, "the walk did not stop"
        after = request.url.params.get("after")
        if after is not None and not self.stalls:
            return httpx.Response(200, json={"data": [], "links": {}})
        page = int(after[1:]) + 1 if after else 1
        floor = request.url.params.get("updated_after")
        items = [r for r in self.records if floor is None or utc(r["updated_at"]) >= utc(floor)]
        return httpx.Response(200, json={"data": items, "links": {"next": f"/v1/reviews?after=p{page}"}})

    def factory(self, job: Job) -> TFClient:
        transport = httpx.MockTransport(self.handler)
        return TFClient(api_key="sk-test", base_url="https://tf.example", http_client=httpx.Client(transport=transport))


def test_a_listing_that_stops_making_progress_ends_the_walk_and_the_next_run_loses_nothing(run: Run) -> None:
    api = Stalling()
    job = Job("testfreaks", {"client_id": "shop"})
    with pytest.raises(PaginationError, match="stopped making progress: 10 pages in a row"):
        run(api.factory, job)
    api.stalls = False
    run(api.factory, job)
    assert sorted(run.stored()) == [f"r{i}" for i in range(5)]
    assert [r.written for r in run(api.factory, job)] == [0]
