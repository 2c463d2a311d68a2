"""``export --full-scan`` as a subprocess against every provider's sandbox (the providers of
``tests/providers``, none named here): after an incremental export, edits, a new reply and deletions are
caught by one full re-scan exactly once (a review written again, a tombstone line), a second re-scan
finds nothing; a re-scan against a faulty, lying server records no false deletion; a re-scan killed at
random moments and run again loses nothing, writes nothing twice and records no false deletion.

Each test's first run is a fresh interpreter, as a user's is; the runs after it are forks of a process
that has imported the command line (``tests/e2e/forked.py``): the same command, environment and working
directory, without the interpreter's start-up each time."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest
from reviewbridge._providers import REGISTRY
from reviewbridge_sandbox import spawn

from tests.e2e import forked
from tests.e2e.test_export_providers import ENV, run
from tests.providers import Case, cases

CASES = cases()
REVIEWS = 60


@dataclass(frozen=True)
class Sandbox:
    name: str
    case: Case
    url: str

    def admin(self, route: str, **params: int) -> dict[str, Any]:
        scope = {"scope": self.case.admin_scope}
        if route == "dataset":
            response = httpx.get(f"{self.url}/_sandbox/dataset", params=scope, timeout=30)
        else:
            response = httpx.post(f"{self.url}/_sandbox/{route}", params={**scope, **params}, timeout=30)
        response.raise_for_status()
        answer: dict[str, Any] = response.json()
        return answer

    def ids(self) -> set[str]:
        return {r["id"] for r in self.admin("dataset")["reviews"]}

    def export(self, out: Path, state: Path, *extra: str) -> list[str]:
        return [sys.executable, "-m", "reviewbridge._cli", "export", self.name, "--base-url", self.url,
                "--out", str(out), "--state", str(state), *self.case.flags(), *extra]  # fmt: skip

    def reply(self, candidates: list[str]) -> str | None:
        """Reply to one of ``candidates`` through ``reviewbridge reply`` (where the provider has replies);
        the id replied to."""
        info = REGISTRY[self.name].reply
        if info is None:
            return None
        options = [
            arg for o in info.options if o.key in self.case.scope for arg in (o.flag, str(self.case.scope[o.key]))
        ]
        for review_id in candidates[:10]:  # a review may refuse a reply (one already there): the next
            command = [sys.executable, "-m", "reviewbridge._cli", "reply", self.name, review_id, "Thank you!",
                       "--base-url", self.url, *options]  # fmt: skip
            if cli(command).returncode == 0:
                return review_id
        raise AssertionError(f"no review of {candidates[:10]} took a reply")


def cli(command: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """A run after a test's first: a fork of the CLI server (see the module's docstring)."""
    return forked.run(command, ENV, timeout=timeout)


@pytest.fixture(params=list(CASES))
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    name = request.param
    with spawn(name, "--reviews", str(REVIEWS), env=ENV) as url:
        yield Sandbox(name, CASES[name], url)


def lines(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.read_text().splitlines()]


def split(found: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(ids of the reviews written, ids of the tombstones) among ``found``."""
    tombstones = [r["id"] for r in found if "deleted_at" in r]
    return [r["id"] for r in found if "deleted_at" not in r], tombstones


#: what a re-scan compares: every unified field (see _export/_digests.py)
CONTENT = ("rating", "rating_max", "title", "text", "pros", "cons", "author", "created_at", "updated_at", "reply",
           "product", "order_ref", "status")  # fmt: skip


def contents(sandbox: Sandbox, directory: Path) -> dict[str, tuple[object, ...]]:
    """Every review the scope lists now, by id, as a plain export (no state) writes it: its content."""
    out = directory / f"snapshot-{time.monotonic_ns()}.jsonl"
    result = cli(sandbox.export(out, directory / f"{out.name}.state"))
    assert result.returncode == 0, result.stderr
    return {r["id"]: tuple(r[k] for k in CONTENT) for r in lines(out)}


def churn(sandbox: Sandbox, directory: Path) -> tuple[set[str], set[str]]:
    """Edit 3 reviews, reply to one, delete 3: (the ids a re-scan must write, the ids it must tombstone),
    found by comparing the scope's content before and after."""
    before = contents(sandbox, directory)
    deleted = set(sandbox.admin("churn", delete=3)["deleted"])
    changed = sandbox.admin("churn", update=3)
    replied = sandbox.reply(sorted(sandbox.ids() - set(changed["updated"])))
    after = contents(sandbox, directory)
    assert len(deleted) == 3 and not deleted & set(after)
    written = {i for i, content in after.items() if before.get(i) != content}
    assert replied is None or replied in written
    assert written, "the churn changed no review's content"
    return written, set(before) - set(after)


def test_full_scan_catches_edits_replies_and_deletions_once(sandbox: Sandbox, tmp_path: Path) -> None:
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    first = run(sandbox.export(out, state))
    assert first.returncode == 0, first.stderr
    exported = len(lines(out))
    assert exported == len(sandbox.ids())

    written, deleted = churn(sandbox, tmp_path)
    scan = cli(sandbox.export(out, state, "--full-scan"))
    assert scan.returncode == 0, scan.stderr
    new, tombstones = split(lines(out)[exported:])
    assert Counter(tombstones) == Counter(deleted), scan.stderr
    assert Counter(new) == Counter(written), scan.stderr
    assert f"{len(deleted)} deleted" in scan.stderr
    stones = [r for r in lines(out) if "deleted_at" in r]
    assert all(set(r) == {"provider", "id", "deleted_at"} and r["provider"] == sandbox.name for r in stones)

    output = out.read_bytes()
    for extra in (("--full-scan",), ()):  # nothing new for another re-scan, nor for an incremental run
        again = cli(sandbox.export(out, state, *extra))
        assert again.returncode == 0, again.stderr
        assert " 0 reviews written in " in again.stderr and "deleted" not in again.stderr, again.stderr
    assert out.read_bytes() == output


@pytest.mark.slow
@pytest.mark.parametrize("name", list(CASES))
def test_faulty_full_scan_records_no_false_deletion(name: str, tmp_path: Path) -> None:
    """Faults and lies (an empty 200, ``{}``, cut JSON) must never pass for the end of the list."""
    args = ("--reviews", "60", "--fault-rate", "0.3", "--liars", "--seed", "5")
    with spawn(name, *args, env=ENV) as url:
        sandbox = Sandbox(name, CASES[name], url)
        out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
        deleted: set[str] = set()
        tombstones: list[str] = []
        for attempt in range(10):  # with faults a run may give up: run again
            if attempt == 2:
                deleted = set(sandbox.admin("churn", delete=2)["deleted"])
            command = sandbox.export(out, state, "--full-scan")
            result = cli(command) if attempt else run(command)
            assert result.returncode in (0, 1), result.stderr
            tombstones = split(lines(out) if out.exists() else [])[1]
            assert set(tombstones) <= deleted, f"false deletion ({result.stderr})"
            assert len(tombstones) == len(set(tombstones))
            if attempt >= 2 and set(tombstones) == deleted:
                break
        assert set(tombstones) == deleted, "ten re-scans never completed"


@pytest.mark.slow
@pytest.mark.parametrize("name", list(CASES))
def test_full_scan_killed_and_resumed(name: str, tmp_path: Path) -> None:
    """SIGKILL re-scans at random moments, then let one finish: each edit written once, each deletion
    tombstoned once, none of a review still listed."""
    rng = random.Random(7)
    case = CASES[name]
    with spawn(name, "--reviews", str(REVIEWS), "--latency-ms", str(case.export_latency_ms), env=ENV) as url:
        sandbox = Sandbox(name, case, url)
        out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
        assert run(sandbox.export(out, state)).returncode == 0
        exported = len(lines(out))
        written, deleted = churn(sandbox, tmp_path)
        command = sandbox.export(out, state, "--full-scan")
        kills = working = 0
        deadline = time.monotonic() + 180

        def requests() -> int:  # API requests the sandbox has answered so far
            count: int = httpx.get(f"{url}/_sandbox/stats", timeout=30).json()["requests"]
            return count

        for _ in range(8):
            if time.monotonic() > deadline:
                break
            before = requests()
            started = time.monotonic()
            proc = forked.Forked(command, env=ENV, capture_stdout=False)
            # a moment after the run's first request: mid-page, mid-write, between page and state...
            while proc.poll() is None and requests() == before and time.monotonic() - started < 60:
                time.sleep(0.01)
            try:
                proc.communicate(timeout=rng.uniform(0, 0.4))
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.communicate()
                kills += 1
                working += requests() > before
            else:
                break  # it finished before the kill
        final = run(command)
        assert final.returncode == 0, final.stderr
        new, tombstones = split(lines(out)[exported:])
        assert working > 0, f"no re-scan was killed after its first request ({kills} kills)"
        assert Counter(tombstones) == Counter(deleted)
        assert Counter(new) == Counter(written)


#: a load's time limit: dlt's steps take longer than an export's (seconds on a busy machine)
LOAD_TIMEOUT = 300


def test_load_full_scan_sets_deleted_at_through_the_merge(sandbox: Sandbox, tmp_path: Path) -> None:
    database = tmp_path / "reviews.duckdb"
    load = [sys.executable, "-m", "reviewbridge._cli", "load", sandbox.name, "--base-url", sandbox.url,
            "--to", str(database), *sandbox.case.flags()]  # fmt: skip
    first = subprocess.run(load, env=ENV, capture_output=True, text=True, timeout=LOAD_TIMEOUT)
    assert first.returncode == 0, first.stderr
    written, deleted = churn(sandbox, tmp_path)
    scan = cli([*load, "--full-scan"], timeout=LOAD_TIMEOUT)
    assert scan.returncode == 0, scan.stderr
    assert (
        f" {len(written)} review{'s' if len(written) != 1 else ''} loaded " in scan.stderr
        and f"{len(deleted)} deleted" in scan.stderr
    ), scan.stderr
    again = cli([*load, "--full-scan"], timeout=LOAD_TIMEOUT)
    assert again.returncode == 0 and " 0 reviews loaded " in again.stderr, again.stderr
    with duckdb.connect(str(database), read_only=True) as db:
        rows = db.execute("SELECT id, deleted_at, raw FROM reviewbridge.reviews").fetchall()
    gone = {review_id for review_id, deleted_at, *_ in rows if deleted_at is not None}
    assert gone == deleted
    kept = {review_id: raw for review_id, _, raw in rows if review_id in deleted}
    assert all(raw is not None and json.loads(raw) for raw in kept.values()), "a deleted row lost its content"
    assert len(rows) == len({review_id for review_id, *_ in rows})

    # Every review but one deleted, those the scan loaded among them (one it loaded and then listed again,
    # as a change cursor's overlap does, once lost its row in the digest store): each deleted row is sent
    # again as last loaded, the version the scope listed.
    snapshot = tmp_path / "latest.jsonl"
    assert run(sandbox.export(snapshot, tmp_path / "latest.state")).returncode == 0
    latest = {r["id"]: r["raw"] for r in lines(snapshot)}
    gone_now = set(sandbox.admin("churn", delete=len(latest) - 1)["deleted"])
    final = cli([*load, "--full-scan"], timeout=LOAD_TIMEOUT)
    assert final.returncode == 0 and f"{len(gone_now)} deleted" in final.stderr, final.stderr
    with duckdb.connect(str(database), read_only=True) as db:
        rows = db.execute("SELECT id, deleted_at, raw FROM reviewbridge.reviews").fetchall()
    stale = {i for i, deleted_at, raw in rows if i in gone_now and (deleted_at is None or json.loads(raw) != latest[i])}
    assert not stale, f"deleted rows not sent as last loaded: {sorted(stale)} (of those loaded by the scan: {written})"


def test_a_list_ended_early_records_no_deletion_where_the_api_tells_its_length(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    """A lying end of list: the second page cut short and marked as the last. Where the listing tells its
    length (its spec's descriptor names a page total or an element count), the scan that lists fewer
    records no deletion and says why, naming the scope; the next complete scan records them. Where it
    tells none, the sandbox cannot tell the lie (the README says such a scan cannot know)."""
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    assert run(sandbox.export(out, state)).returncode == 0
    deleted = set(sandbox.admin("churn", delete=2)["deleted"])
    lie = httpx.post(f"{sandbox.url}/_sandbox/lie", params={"short": 1, "after": 1}, timeout=30)
    paging = REGISTRY[sandbox.name].listing.PAGINATION
    if paging.total_pages is None and paging.total_items is None:
        assert lie.status_code == 400, lie.text
        return
    assert lie.status_code == 200, lie.text
    short = run(sandbox.export(out, state, "--full-scan", "--page-size", "10"))  # pages to lie on
    assert short.returncode == 0, short.stderr
    assert split(lines(out))[1] == [], f"a deletion recorded from a list ended early: {short.stderr}"
    warning = [line for line in short.stderr.splitlines() if "no deletion recorded" in line]
    assert len(warning) == 1 and "where its first page announced" in warning[0], short.stderr
    assert f"warning: {sandbox.name}:" in warning[0], warning  # the scope's key, which names its provider
    whole = run(sandbox.export(out, state, "--full-scan"))
    assert whole.returncode == 0, whole.stderr
    assert Counter(split(lines(out))[1]) == Counter(deleted), whole.stderr
