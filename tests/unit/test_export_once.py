"""Every review version is written once, however far apart a server lists it twice, and across kills.

A scripted TestFreaks API whose changes lie ten minutes apart (so one page spans more than the overlap
window) and whose cursor may be inclusive (each page starting with the previous page's last record, as
an API does that pages by "changed at or after"), plus a version listed again some pages later.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from reviewbridge import Review
from reviewbridge import TestFreaks as TFClient
from reviewbridge._cli import main
from reviewbridge._client import ReviewPage
from reviewbridge._export import Entries, Job, ScopeState, State, Walk, run_export
from reviewbridge._providers import ExportPolicy

T0 = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
STEP = dt.timedelta(minutes=10)
JOB = Job("testfreaks", {"client_id": "shop"})


class Scripted:
    """Reviews in change order, ``updated_after`` filter, ``after`` cursor, pages of ``page_size``;
    ``repeat`` maps a request number (1-based) to the index of a review appended again to that page."""

    def __init__(self, count: int, page_size: int = 5, inclusive: bool = False) -> None:
        self.page_size, self.inclusive = page_size, inclusive
        self.reviews = [self._review(i) for i in range(count)]
        self.repeat: dict[int, int] = {}
        #: request numbers whose answer stamps its second record in the far future (a lie, that answer only)
        self.future: set[int] = set()
        self.requests = 0

    @staticmethod
    def _review(index: int) -> dict[str, Any]:
        stamp = (T0 + index * STEP).isoformat()
        return {"id": f"r{index:04d}", "score": 4, "score_max": 5, "extract": "text", "updated_at": stamp}

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        items = list(self.reviews)
        floor = request.url.params.get("updated_after")
        if floor is not None:
            items = [r for r in items if r["updated_at"] >= dt.datetime.fromisoformat(floor).isoformat()]
        after = request.url.params.get("after")
        if after is not None:
            position = next(i for i, r in enumerate(items) if r["id"] == after)
            items = items[position if self.inclusive else position + 1 :]
        page = items[: self.page_size]
        links: dict[str, Any] = {}
        if len(items) > self.page_size:
            links["next"] = str(httpx.URL("/v1/reviews", params={"after": page[-1]["id"]}))
        if self.requests in self.future:
            page = [dict(r) for r in page]
            page[1]["updated_at"] = "9999-12-31T00:00:00+00:00"
        if self.requests in self.repeat:
            page = [*page, self.reviews[self.repeat[self.requests]]]
        return httpx.Response(200, json={"data": page, "links": links})

    def factory(self, job: Job) -> TFClient:
        transport = httpx.MockTransport(self.handler)
        return TFClient(api_key="sk-test", base_url="https://tf.example", http_client=httpx.Client(transport=transport))


def export(api: Scripted, out: Path, state: Path | None) -> int:
    return sum(r.written for r in run_export([JOB], out=str(out), state_path=state, client_factory=api.factory))


def versions(out: Path) -> collections.Counter[tuple[str, str]]:
    return collections.Counter((r["id"], r["updated_at"]) for r in map(json.loads, out.read_text().splitlines()))


@pytest.mark.parametrize("with_state", [False, True], ids=["no-state", "state"])
@pytest.mark.parametrize("distance", [3, 6])
def test_a_version_listed_again_pages_later_is_written_once(tmp_path: Path, with_state: bool, distance: int) -> None:
    api = Scripted(40)
    api.repeat = {1 + distance: 0}  # the first review again, on the page ``distance`` pages after its own
    out = tmp_path / "out.jsonl"
    assert export(api, out, tmp_path / "state.json" if with_state else None) == 40
    found = versions(out)
    assert max(found.values()) == 1, [v for v, n in found.items() if n > 1]
    assert len(found) == 40


class Kill(Exception):
    pass


def _killed_run(
    api: Scripted,
    out: Path,
    state: Path,
    monkeypatch: pytest.MonkeyPatch,
    kill_at: int,
    run: Callable[[Scripted, Path, Path], object] = export,
) -> None:
    """``run`` (an export) dies at its ``kill_at``-th state save."""
    real_save, saves = State.save, {"n": 0}

    def save(self: State) -> None:
        saves["n"] += 1
        if saves["n"] == kill_at:
            raise Kill
        real_save(self)

    monkeypatch.setattr(State, "save", save)
    with pytest.raises(Kill):
        run(api, out, state)
    monkeypatch.setattr(State, "save", real_save)


@pytest.mark.parametrize("kill_at", [3, 5, 7])
def test_a_kill_then_an_inclusive_cursor_writes_nothing_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kill_at: int
) -> None:
    """The run dies after a page is written, before the state knows it; the next run asks again from the
    last recorded page, whose last record the inclusive cursor lists again. The first page stamped one
    record in the future (the walk's newest change is then the clock's ceiling, far from its pages)."""
    api = Scripted(40, inclusive=True)
    api.future = {1}
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    _killed_run(api, out, state, monkeypatch, kill_at)
    export(api, out, state)
    assert export(api, out, state) == 0
    found = versions(out)
    assert max(found.values()) == 1, [v for v, n in found.items() if n > 1]
    assert {review_id for review_id, _ in found} == {r["id"] for r in api.reviews}


def _review(index: int) -> Review:
    return Review(provider="testfreaks", id=f"r{index}", rating=4, rating_max=5, updated_at=T0 + index * STEP)


def test_the_shared_walk_delivers_a_version_listed_again_pages_later_once() -> None:
    """The rules export and the dlt source walk by (``Walk``), fed pages by hand."""
    scope = ScopeState()
    walk = Walk(Entries(lambda key: scope), "testfreaks", SCOPE, {}, ExportPolicy(since_filter="updated_after"), None)
    pages = [[_review(5 * p + i) for i in range(5)] for p in range(6)]
    pages[4].append(_review(0))  # listed again four pages later
    delivered: list[str] = []
    for number, reviews in enumerate(pages):
        last = number == len(pages) - 1
        page = ReviewPage({}, reviews, None if last else {"after": reviews[-1].id}, None)
        selection = walk.select(page)
        delivered += [r.version_key() for r in selection.reviews]
        walk.record(page, selection)
    assert len(delivered) == len(set(delivered)) == 30
    # Done: the state keeps only what the next walk's overlap lists again, not the walk's whole history.
    assert scope.run is None and scope.boundary == {_review(29).version_key()}


SCOPE = "testfreaks:client_id=shop"


def test_an_unfinished_walk_appends_its_versions_to_a_journal_not_to_every_state_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = Scripted(40)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    journal = tmp_path / "state.json.run"
    _killed_run(api, out, state, monkeypatch, kill_at=7)  # the claim, then five pages recorded
    saved = json.loads(state.read_text())
    assert saved["scopes"][SCOPE]["boundary"] == []  # not the run's 25 versions, rewritten on every save
    assert saved["journal_offset"] == journal.stat().st_size
    assert len(journal.read_text().splitlines()) == 25
    export(api, out, state)
    found = versions(out)
    assert max(found.values()) == 1 and len(found) == 40
    assert not journal.exists()  # the walk completed: its mark's boundary is in the state file
    assert len(json.loads(state.read_text())["scopes"][SCOPE]["boundary"]) == 1


def test_a_journal_line_the_state_never_recorded_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    api = Scripted(40, inclusive=True)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    _killed_run(api, out, state, monkeypatch, kill_at=4)
    with (tmp_path / "state.json.run").open("a") as handle:  # a page appended, its state never saved
        handle.write(f"{SCOPE}\tr0039@{(T0 + 39 * STEP).isoformat()}\n")
    export(api, out, state)
    found = versions(out)
    assert max(found.values()) == 1 and len(found) == 40  # r0039 was written, not taken for done


def test_a_missing_journal_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    api = Scripted(40)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    _killed_run(api, out, state, monkeypatch, kill_at=4)
    (tmp_path / "state.json.run").unlink()
    argv = ["export", "testfreaks", "--client-id", "shop", "--out", str(out), "--state", str(state)]
    assert main(argv, client_factory=api.factory) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "run journal" in err[0], err
