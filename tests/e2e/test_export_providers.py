"""``reviewbridge export`` as a subprocess against every provider's sandbox.

Full export, incremental runs around ``/_sandbox/churn``, SIGKILL-and-resume (with and without injected
faults) and bad input. Every loop is bounded in count and time; the data sets are small.
"""

from __future__ import annotations

import atexit
import datetime as dt
import fcntl
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from reviewbridge._providers import REGISTRY
from reviewbridge_sandbox import credentials_env, spawn

from tests.e2e import forked
from tests.providers import cases

CREDENTIALS = credentials_env()
BASE_ENV = {k: v for k, v in os.environ.items() if not k.startswith("REVIEWBRIDGE_")}
# Runs keep their tokens across runs, as a scheduled export would: a sandbox may, like its API, refuse
# clients that ask for tokens too often (these tests start an export a second).
TOKEN_CACHE = tempfile.mkdtemp(prefix="reviewbridge-tokens-")
atexit.register(shutil.rmtree, TOKEN_CACHE, ignore_errors=True)
ENV = {**BASE_ENV, **CREDENTIALS, "PYTHONUNBUFFERED": "1", "REVIEWBRIDGE_TOKEN_CACHE": TOKEN_CACHE}
SCOPE = "example.com"
REVIEWS = 300
KILLS = 10
KILL_WITHIN = 0.5  # seconds: 'any moment' kills land in (0.05, KILL_WITHIN) after the start


@dataclass(frozen=True)
class Provider:
    name: str
    flags: tuple[str, ...]  # scope options of ``export PROVIDER``
    entry: str  # the same scope and the credentials as TOML lines of an [[export]] entry
    page_key: str | None  # the entry's page-size key, where the provider has one
    latency_ms: int  # makes a run long enough to be killed mid-way
    #: whether an incremental run finds an edited review (see tests/providers: Case.sees_edits)
    sees_edits: bool
    #: ids derived from the content: a changed review has a new id, and the API has no update time
    ids_are_versions: bool


PROVIDERS = {
    name: Provider(
        name,
        c.flags(),
        c.entry(),
        c.page_size,
        c.export_latency_ms,
        c.sees_edits,
        REGISTRY[name].export.ids_are_versions,
    )
    for name, c in cases().items()
}


@dataclass(frozen=True)
class Sandbox:
    provider: Provider
    url: str

    def dataset(self) -> list[dict[str, str]]:
        scope = cases()[self.provider.name].admin_scope
        response = httpx.get(f"{self.url}/_sandbox/dataset", params={"scope": scope}, timeout=30)
        response.raise_for_status()
        reviews: list[dict[str, str]] = response.json()["reviews"]
        return reviews

    def churn(self, add: int, update: int) -> dict[str, Any]:
        scope = cases()[self.provider.name].admin_scope
        response = httpx.post(
            f"{self.url}/_sandbox/churn", params={"scope": scope, "add": add, "update": update}, timeout=30
        )
        response.raise_for_status()
        answer: dict[str, Any] = response.json()
        return answer

    def export(self, out: Path, *extra: str) -> list[str]:
        return [sys.executable, "-m", "reviewbridge._cli", "export", self.provider.name, "--base-url", self.url,
                "--out", str(out), *self.provider.flags, *extra]  # fmt: skip


@pytest.fixture(scope="module", params=list(PROVIDERS))
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    provider = PROVIDERS[request.param]
    with spawn(provider.name, "--reviews", str(REVIEWS), env=ENV) as url:
        yield Sandbox(provider, url)


@pytest.fixture(scope="module")
def testfreaks_url() -> Iterator[str]:
    with spawn("testfreaks", "--reviews", "40", env=ENV) as url:
        yield url


def run(command: list[str], env: dict[str, str] = ENV) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)


def records(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.read_text().splitlines()] if out.exists() else []


def ids(out: Path) -> list[str]:
    return [r["id"] for r in records(out)]


def stamp(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def assert_exactly_once(out: Path, dataset: list[dict[str, str]]) -> None:
    found = records(out)
    counts = Counter(r["id"] for r in found)
    assert not [i for i, n in counts.items() if n > 1], "duplicated reviews"
    expected = {d["id"] for d in dataset}
    assert len(expected) == len(dataset)
    assert set(counts) == expected, f"missing {len(expected - set(counts))}, unexpected {len(set(counts) - expected)}"
    if found and not PROVIDERS[found[0]["provider"]].ids_are_versions:  # else no update time (publish date only)
        updated = {d["id"]: stamp(d["updated_at"]) for d in dataset}
        assert all(stamp(r["updated_at"]) == updated[r["id"]] for r in found)


def test_full_export_equals_the_data_set(sandbox: Sandbox, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run(sandbox.export(out))
    assert result.returncode == 0, result.stderr
    assert_exactly_once(out, sandbox.dataset())
    assert {r["provider"] for r in records(out)} == {sandbox.provider.name}


def test_incremental_writes_only_what_changed(sandbox: Sandbox, tmp_path: Path) -> None:
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    command = sandbox.export(out, "--state", str(state))
    first = run(command)
    assert first.returncode == 0, first.stderr
    assert_exactly_once(out, sandbox.dataset())
    before = len(records(out))

    churn = sandbox.churn(add=9, update=6)
    changed, same = [*churn["added"], *churn["updated"]], set()
    if sandbox.provider.ids_are_versions:  # a changed review has a new (content-derived) id
        assert [pair["new"] for pair in churn["replaced"]] == churn["updated"]
        # the sandbox may redraw the very same comment: same content, same id, nothing for a client to see
        same = {pair["new"] for pair in churn["replaced"] if pair["new"] == pair["old"]}
        changed = [*churn["added"], *(pair["new"] for pair in churn["replaced"] if pair["new"] != pair["old"])]
    assert len(changed) == len(set(changed)) == 15 - len(same)

    second = forked.run(command, ENV, timeout=60)  # the runs after the first: forks (see forked.py)
    assert second.returncode == 0, second.stderr
    new = ids(out)[before:]
    missed: set[str] = set()  # edits an incremental run cannot find
    if not sandbox.provider.sees_edits:  # every new review, and the edits on the pages walked anyway
        assert set(churn["added"]) <= set(new) <= set(changed) and len(new) == len(set(new)), sorted(new)
        missed = set(changed) - set(new)
        changed = new
    assert len(new) == len(changed), (sorted(new), sorted(changed))
    assert sorted(new) == sorted(changed)
    assert f" {len(changed)} reviews written in " in second.stderr
    dataset = sandbox.dataset()
    latest = {r["id"]: r for r in records(out)}  # the last version of each review is the current one
    if sandbox.provider.ids_are_versions:  # the replaced ids are gone from the data set, not from the output
        gone = {pair["old"] for pair in churn["replaced"]} - same
        latest = {k: v for k, v in latest.items() if k not in gone}
    else:
        current = [d for d in dataset if d["id"] not in missed]
        assert all(stamp(latest[d["id"]]["updated_at"]) == stamp(d["updated_at"]) for d in current)
    assert set(latest) == {d["id"] for d in dataset}

    output = out.read_bytes()
    third = forked.run(command, ENV, timeout=60)
    assert third.returncode == 0, third.stderr
    assert " 0 reviews written in " in third.stderr
    assert out.read_bytes() == output


def write_config(directory: Path, sandbox: Sandbox, page_size: int) -> Path:
    provider = sandbox.provider
    page = f"{provider.page_key} = {page_size}\n" if provider.page_key else ""
    config = directory / "export.toml"
    config.write_text(
        'output = "out.jsonl"\nstate = "state.json"\n\n[[export]]\n'
        f'provider = "{provider.name}"\nbase_url = "{sandbox.url}"\n{provider.entry}{page}'
    )
    return config


def check_after_kill(out: Path, state: Path) -> None:
    """What a SIGKILL may leave: a state that parses, recording no more than the output holds, whole lines."""
    if not state.exists():
        return
    recorded = json.loads(state.read_text())
    offset = recorded["output_offset"]
    data = out.read_bytes() if out.exists() else b""
    assert len(data) >= offset
    committed = data[:offset]
    assert committed == b"" or committed.endswith(b"\n")
    seen = [(r["id"], r["updated_at"]) for r in map(json.loads, committed.splitlines())]
    assert len(seen) == len(set(seen))


def kill_and_resume(
    sandbox: Sandbox, directory: Path, *, page_size: int, faults: bool, budget: float, seed: int
) -> tuple[int, int]:
    """Kill ``export --all --config`` at random moments, resuming with the same command, until KILLS kills;
    each time a run finishes the output is checked and removed to start over; the last one is let finish.
    Returns (kills, failed runs).

    A run killed at any moment of its start-up is a fresh interpreter; one killed after its first request
    is a fork of a process that has imported the command line (``tests/e2e/forked.py``), which reaches
    that request without the interpreter's start-up. The run that finishes last is a fresh interpreter."""
    config = write_config(directory, sandbox, page_size)
    out, state = directory / "out.jsonl", directory / "state.json"
    command = [sys.executable, "-m", "reviewbridge._cli", "export", "--all", "--config", str(config)]
    dataset = sandbox.dataset()
    rng = random.Random(seed)
    kills = failures = attempts = working = 0
    # The loop is bounded by attempts (4 x KILLS); the time budget only guards against a hang, so it is
    # generous: on a loaded machine an export takes seconds just to start.
    deadline = time.monotonic() + budget

    def finished(proc: subprocess.Popen[str] | forked.Forked, stderr: str) -> None:
        nonlocal failures
        if proc.returncode == 0:
            assert_exactly_once(out, dataset)
            return
        lines = stderr.splitlines()
        assert faults and proc.returncode == 1, stderr
        assert len(lines) == 1 and lines[0].startswith("reviewbridge: error:"), stderr
        failures += 1

    forked.warm(ENV)
    with httpx.Client(base_url=sandbox.url, timeout=30) as admin:

        def requests() -> int:  # API requests the sandbox has answered so far
            count: int = admin.get("/_sandbox/stats").json()["requests"]
            return count

        while kills < KILLS and attempts < 4 * KILLS and time.monotonic() < deadline:
            attempts += 1
            before = requests()
            started = time.monotonic()
            startup = rng.random() < 0.35  # any moment, the interpreter's start-up included
            proc: subprocess.Popen[str] | forked.Forked = (
                subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                if startup
                else forked.Forked(command, env=ENV, capture_stdout=False)  # its imports done: see forked.py
            )
            if startup:
                delay = rng.uniform(0.05, KILL_WITHIN)
            else:  # a moment after the run's first request: mid-page, mid-write, between page and state...
                while proc.poll() is None and requests() == before and time.monotonic() - started < 30:
                    time.sleep(0.01)
                delay = time.monotonic() - started + rng.uniform(0, 0.2)
            try:
                _, stderr = proc.communicate(timeout=max(0.0, delay - (time.monotonic() - started)))
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                _, stderr = proc.communicate()
            if proc.returncode == -signal.SIGKILL:
                kills += 1
                working += requests() > before  # killed after it began talking to the API
                check_after_kill(out, state)
                continue
            finished(proc, stderr)
            if proc.returncode == 0:  # finished before the kill: start over, to kill it again
                out.unlink()
                state.unlink()

    for again in range(15 if faults else 1):  # finally let it finish (with faults a run may give up: run again)
        result = forked.run(command, ENV, timeout=60) if again else run(command)
        if result.returncode == 0:
            break
        lines = result.stderr.splitlines()
        assert faults and result.returncode == 1, result.stderr
        assert len(lines) == 1 and lines[0].startswith("reviewbridge: error:"), result.stderr
        failures += 1
    assert result.returncode == 0, result.stderr
    assert_exactly_once(out, dataset)
    assert kills >= KILLS, f"only {kills} kills in {attempts} attempts"
    assert working >= KILLS // 3, f"only {working} of {kills} kills came after the run's first request"
    return kills, failures


@pytest.mark.slow
@pytest.mark.parametrize("name", list(PROVIDERS))
def test_sigkill_and_resume(name: str, tmp_path: Path) -> None:
    provider = PROVIDERS[name]
    with spawn(name, "--reviews", "200", "--latency-ms", str(provider.latency_ms), env=ENV) as url:
        kill_and_resume(Sandbox(provider, url), tmp_path, page_size=15, faults=False, budget=120, seed=11)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(PROVIDERS))
def test_sigkill_and_resume_with_faults(name: str, tmp_path: Path) -> None:
    provider = PROVIDERS[name]
    args = ("--reviews", "200", "--latency-ms", str(provider.latency_ms), "--fault-rate", "0.3", "--slow-ms", "50")
    with spawn(name, *args, "--seed", "8", env=ENV) as url:  # seed 8: faults from the first requests on
        sandbox = Sandbox(provider, url)
        kill_and_resume(sandbox, tmp_path, page_size=40, faults=True, budget=120, seed=13)
        stats = httpx.get(f"{url}/_sandbox/stats", timeout=30).json()
        assert sum(stats["faults"].values()) > 0, stats


# --- bad input -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def exported(testfreaks_url: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory with the output and state of one successful TestFreaks export."""
    directory = tmp_path_factory.mktemp("exported")
    result = run(tf_command(testfreaks_url, directory / "out.jsonl", directory / "state.json"))
    assert result.returncode == 0, result.stderr
    return directory


def tf_command(url: str, out: Path | str, state: Path | None = None, *extra: str) -> list[str]:
    command = [sys.executable, "-m", "reviewbridge._cli", "export", "testfreaks", "--base-url", url,
               "--out", str(out), "--client-id", SCOPE, *extra]  # fmt: skip
    return [*command, "--state", str(state)] if state is not None else command


def snapshot(*paths: Path) -> dict[Path, bytes | None]:
    return {p: p.read_bytes() if p.is_file() else None for p in paths}


def assert_fails_cleanly(command: list[str], before: dict[Path, bytes | None], env: dict[str, str] = ENV) -> str:
    result = run(command, env)
    lines = result.stderr.splitlines()
    assert result.returncode != 0, result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("reviewbridge: error:"), result.stderr
    assert result.stdout == ""
    for path, content in before.items():
        assert (path.read_bytes() if path.is_file() else None) == content, f"{path} changed"
    return lines[0]


@pytest.fixture
def copied(exported: Path, tmp_path: Path) -> tuple[Path, Path]:
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    shutil.copy(exported / "out.jsonl", out)
    recorded = json.loads((exported / "state.json").read_text())
    recorded["output"] = str(out.resolve())  # the state names its output: make the copy a consistent pair
    state.write_text(json.dumps(recorded))
    return out, state


def test_unknown_provider(testfreaks_url: str, copied: tuple[Path, Path]) -> None:
    out, state = copied
    before = snapshot(out, state)
    command = [sys.executable, "-m", "reviewbridge._cli", "export", "nosuchprovider", "--base-url", testfreaks_url,
               "--out", str(out), "--state", str(state)]  # fmt: skip
    assert "nosuchprovider" in assert_fails_cleanly(command, before)


def test_malformed_since(testfreaks_url: str, copied: tuple[Path, Path]) -> None:
    out, state = copied
    before = snapshot(out, state)
    assert "--since" in assert_fails_cleanly(tf_command(testfreaks_url, out, state, "--since", "last week"), before)


@pytest.mark.parametrize("name", list(PROVIDERS))
def test_missing_credential(name: str, testfreaks_url: str, tmp_path: Path) -> None:
    provider, missing = PROVIDERS[name], REGISTRY[name].credentials[-1].env
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    out.write_bytes(b"kept\n")
    before = snapshot(out, state)
    env = {k: v for k, v in ENV.items() if k != missing}
    command = Sandbox(provider, testfreaks_url).export(out, "--state", str(state))
    assert missing in assert_fails_cleanly(command, before, env)


def test_corrupt_state(testfreaks_url: str, copied: tuple[Path, Path]) -> None:
    out, state = copied
    state.write_bytes(state.read_bytes()[:-7])
    before = snapshot(out, state)
    assert str(state) in assert_fails_cleanly(tf_command(testfreaks_url, out, state), before)


def test_unreadable_state(testfreaks_url: str, copied: tuple[Path, Path]) -> None:
    out, state = copied
    saved = state.read_bytes()
    state.chmod(0)
    try:
        if os.access(state, os.R_OK):
            pytest.skip("running as a user who can read a mode 000 file (root)")
        before = {out: out.read_bytes()}
        assert_fails_cleanly(tf_command(testfreaks_url, out, state), before)
    finally:
        state.chmod(0o600)
    assert state.read_bytes() == saved


@pytest.mark.parametrize("where", ["directory", "missing-directory"])
@pytest.mark.parametrize("with_state", [True, False], ids=["state", "no-state"])
def test_unwritable_output(where: str, with_state: bool, testfreaks_url: str, tmp_path: Path) -> None:
    out = tmp_path / "out" if where == "directory" else tmp_path / "nowhere" / "out.jsonl"
    if where == "directory":
        out.mkdir()
    state = tmp_path / "state.json"
    before = snapshot(state)
    assert_fails_cleanly(tf_command(testfreaks_url, out, state if with_state else None), before)
    assert out.is_dir() if where == "directory" else not out.parent.exists()


def test_second_run_while_the_lock_is_held(testfreaks_url: str, copied: tuple[Path, Path]) -> None:
    out, state = copied
    before = snapshot(out, state)
    fd = os.open(state.with_name(state.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert "lock" in assert_fails_cleanly(tf_command(testfreaks_url, out, state), before)
    finally:
        os.close(fd)
    result = run(tf_command(testfreaks_url, out, state))  # released: the same command works
    assert result.returncode == 0, result.stderr
