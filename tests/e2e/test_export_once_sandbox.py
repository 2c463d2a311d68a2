"""Exactly once against a lying sandbox: faults (lies included: a record stamped in the far future, an
empty 200, JSON cut short) and runs killed between writing a page and recording it, at seeded points;
every review ends up in the output, and no version twice."""

from __future__ import annotations

import collections
import json
import random
from pathlib import Path

import httpx
import pytest
from reviewbridge import ReviewBridgeError
from reviewbridge._export import Job, State, run_export
from reviewbridge_sandbox import spawn

from tests.providers import cases

#: The providers whose sandboxes this runs against (tests/providers: Case.lies_and_kills).
LIARS = sorted(name for name, case in cases().items() if case.lies_and_kills)


class Kill(Exception):
    pass


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("provider", LIARS)
def test_lies_and_kills_write_every_version_once(
    provider: str, seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = cases()[provider]
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    rng = random.Random(seed)
    real_save = State.save
    args = ("--reviews", "1200", "--fault-rate", "0.3", "--liars", "--slow-ms", "20", "--seed", str(seed))
    with spawn(provider, *args) as url:
        job = Job(provider, case.filters(page=50), case.credentials(), base_url=url)
        finished = False
        for attempt in range(40):  # bounded: kills in the first runs, then runs to the end
            kill_at = rng.randint(2, 12) if attempt < 6 else None
            saves = {"n": 0}

            def save(self: State, kill_at: int | None = kill_at, saves: dict[str, int] = saves) -> None:
                saves["n"] += 1
                if saves["n"] == kill_at:
                    raise Kill  # the page is written and fsynced; the state never hears of it
                real_save(self)

            monkeypatch.setattr(State, "save", save)
            try:
                run_export([job], out=str(out), state_path=state)
            except (Kill, ReviewBridgeError):
                continue
            finished = True
            break
        monkeypatch.setattr(State, "save", real_save)
        assert finished
        dataset = httpx.get(f"{url}/_sandbox/dataset", params={"scope": case.admin_scope}, timeout=30).json()["reviews"]
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    versions = collections.Counter((r["id"], r["updated_at"]) for r in rows)
    assert [v for v, n in versions.items() if n > 1] == [], "a version was written twice"
    assert {str(r["id"]) for r in dataset} <= {str(r["id"]) for r in rows}, "a review was lost"
