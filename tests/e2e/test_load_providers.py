"""``reviewbridge load`` as a subprocess against every provider's sandbox, into a temporary DuckDB file
(in this process where a test needs no process of its own: see ``run_here``).

Running again adds no duplicate; a changed review is updated in place and a new one added; a run killed
with SIGKILL at any moment (with and without injected faults) and started again leaves every review of
the data set exactly once; bad input writes nothing. Every loop is bounded in count and time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("dlt")
import duckdb

from tests.e2e import forked, hostile
from tests.e2e.test_export_providers import (
    ENV,
    PROVIDERS,
    SCOPE,
    Sandbox,
    spawn,
    stamp,
)
from tests.unit._support import tf_item, tf_page

LOAD_ENV = {**ENV, "RUNTIME__DLTHUB_TELEMETRY": "false"}
REVIEWS = 300
KILLS = 4


def load_command(sandbox: Sandbox, database: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "reviewbridge._cli", "load", sandbox.provider.name, "--base-url", sandbox.url,
            "--to", str(database), *sandbox.provider.flags, *extra]  # fmt: skip


def run(
    command: list[str], env: dict[str, str] = LOAD_ENV, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=cwd)


def run_here(command: list[str], env: dict[str, str] = LOAD_ENV) -> subprocess.CompletedProcess[str]:
    """What ``run(command)`` answers, with the command run in this process, in ``env`` as a child would be.

    For the tests that need no process of their own (nothing killed, no second process, no look at what
    the interpreter itself may print on a failure): most of a short load's time is the interpreter's
    start-up and imports, paid here once per test process instead of once per run.
    """
    from reviewbridge import _ratelimit
    from reviewbridge._cli import main

    assert command[:3] == [sys.executable, "-m", "reviewbridge._cli"], command
    saved = dict(os.environ)
    out, err = io.StringIO(), io.StringIO()
    os.environ.clear()
    os.environ.update(env)
    _ratelimit._shared.clear()  # the client-side call limits of a fresh process
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(command[3:])
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return subprocess.CompletedProcess(command, status, out.getvalue(), err.getvalue())


def rows(database: Path, dataset: str = "reviewbridge") -> list[dict[str, Any]]:
    if not database.exists():
        return []
    with duckdb.connect(str(database), read_only=True) as db:
        tables = db.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = 'reviews'",
            [dataset],
        ).fetchone()
        if not tables or tables[0] == 0:
            return []
        cursor = db.execute(f"SELECT provider, id, updated_at, raw FROM {dataset}.reviews")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def same_time(found: dt.datetime | None, expected: str) -> bool:
    return found is not None and found.astimezone(dt.UTC) == stamp(expected).astimezone(dt.UTC)


def assert_exactly_once(database: Path, dataset: list[dict[str, str]], provider: str) -> None:
    found = rows(database)
    keys = [(r["provider"], r["id"]) for r in found]
    assert len(keys) == len(set(keys)), "duplicated reviews"
    assert {r["provider"] for r in found} <= {provider}
    expected = {d["id"] for d in dataset}
    ids = {r["id"] for r in found}
    assert ids == expected, f"missing {len(expected - ids)}, unexpected {len(ids - expected)}"
    if not PROVIDERS[provider].ids_are_versions:  # else the API has no update time (publish date only)
        updated = {d["id"]: d["updated_at"] for d in dataset}
        assert all(same_time(r["updated_at"], updated[r["id"]]) for r in found)


@pytest.fixture(scope="module", params=list(PROVIDERS))
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    provider = PROVIDERS[request.param]
    with spawn(provider.name, "--reviews", str(REVIEWS), env=ENV) as url:
        yield Sandbox(provider, url)


def test_load_again_and_after_changes(sandbox: Sandbox, tmp_path: Path) -> None:
    database = tmp_path / "reviews.duckdb"
    command = load_command(sandbox, database)
    first = run_here(command)
    assert first.returncode == 0, first.stderr
    assert_exactly_once(database, sandbox.dataset(), sandbox.provider.name)
    assert (tmp_path / "reviews.duckdb.dlt").is_dir()  # the pipeline's working state, beside the file
    before = {r["id"]: r for r in rows(database)}

    again = run_here(command)
    assert again.returncode == 0, again.stderr
    assert " 0 reviews loaded into " in again.stderr
    assert {r["id"]: r for r in rows(database)} == before

    churn = sandbox.churn(add=9, update=6)
    added, updated = set(churn["added"]), set(churn["updated"])
    if sandbox.provider.ids_are_versions:  # a changed review has a new (content-derived) id
        replaced = {pair["new"] for pair in churn["replaced"] if pair["new"] != pair["old"]}
        added, updated = added | replaced, set()
    third = run_here(command)
    assert third.returncode == 0, third.stderr
    after = {r["id"]: r for r in rows(database)}
    if not sandbox.provider.sees_edits:  # only the edits on the pages a run walks anyway are found
        updated = {i for i in updated if after[i]["raw"] != before[i]["raw"]}
    changed = len(added) + len(updated)
    assert f" {changed} review{'s' if changed != 1 else ''} loaded into " in third.stderr
    assert set(after) - set(before) == added  # the new ones added, nothing else
    dataset = {d["id"]: d for d in sandbox.dataset()}
    for review_id in updated:  # changed in place: still one row, now the new version
        assert after[review_id]["raw"] != before[review_id]["raw"]
        assert same_time(after[review_id]["updated_at"], dataset[review_id]["updated_at"])
    assert all(after[i] == before[i] for i in set(before) - updated)


def test_query_the_warehouse(sandbox: Sandbox, tmp_path: Path) -> None:
    database = tmp_path / "w.duckdb"
    result = run_here(load_command(sandbox, database, "--dataset", "shop"))
    assert result.returncode == 0, result.stderr
    with duckdb.connect(str(database), read_only=True) as db:
        count, providers, raw_ids = db.execute(
            "SELECT count(*), count(DISTINCT provider), count(raw) FROM shop.reviews"
        ).fetchone() or (0, 0, 0)
        kinds = dict(db.execute("SELECT column_name, data_type FROM information_schema.columns "
                                "WHERE table_schema = 'shop' AND table_name = 'reviews'").fetchall())  # fmt: skip
    assert count == len(sandbox.dataset()) and providers == 1 and raw_ids == count
    assert kinds["raw"] == "JSON" and kinds["pros"] == "JSON"
    assert kinds["updated_at"].startswith("TIMESTAMP") and kinds["rating"] == "DOUBLE"


# --- SIGKILL at any moment ------------------------------------------------------------------------------


def write_config(directory: Path, sandbox: Sandbox, page_size: int) -> Path:
    provider = sandbox.provider
    page = f"{provider.page_key} = {page_size}\n" if provider.page_key else ""
    config = directory / "load.toml"
    config.write_text(
        f'to = "reviews.duckdb"\n\n[[export]]\nprovider = "{provider.name}"\nbase_url = "{sandbox.url}"\n'
        f"{provider.entry}{page}"
    )
    return config


def check_after_kill(database: Path) -> None:
    """What a SIGKILL may leave: a database that opens, each review in it once."""
    keys = [(r["provider"], r["id"]) for r in rows(database)]
    assert len(keys) == len(set(keys))


def kill_and_resume(sandbox: Sandbox, directory: Path, *, faults: bool, budget: float, seed: int) -> tuple[int, int]:
    """Kill ``load --all --config`` at random moments of its whole run (start-up, walk, normalise, load),
    resuming with the same command, until KILLS kills; the last run is let finish. A run committing every
    30 reviews is killed between commits too. Returns (kills, failed runs).

    The runs killed are forks of a process that has imported the command line (``tests/e2e/forked.py``),
    so every kill lands in the run itself rather than in the interpreter's imports, where a kill leaves
    nothing to check; the run that finishes last is a fresh interpreter, as a user's would be."""
    config = write_config(directory, sandbox, page_size=15)
    database = directory / "reviews.duckdb"
    command = [sys.executable, "-m", "reviewbridge._cli", "load", "--all", "--config", str(config),
               "--commit-every", "30"]  # fmt: skip
    dataset = sandbox.dataset()
    rng = random.Random(seed)
    kills = failures = attempts = 0
    # Bounded by attempts (3 x KILLS); the time budget only guards against a hang: on a loaded machine a
    # run takes seconds just to start.
    deadline = time.monotonic() + budget
    forked.warm(LOAD_ENV)  # the fork server's own start-up is no part of a run's time
    started = time.monotonic()
    timing = forked.run(command, LOAD_ENV)  # how long a whole run takes here: kills land anywhere within it
    whole = time.monotonic() - started
    assert timing.returncode == 0 or faults, timing.stderr

    def start_over() -> None:
        for path in directory.iterdir():
            if path.name.startswith("reviews.duckdb"):
                shutil.rmtree(path) if path.is_dir() else path.unlink()

    start_over()
    while kills < KILLS and attempts < 3 * KILLS and time.monotonic() < deadline:
        attempts += 1
        proc = forked.Forked(command, env=LOAD_ENV, capture_stdout=False)
        try:
            _, stderr = proc.communicate(timeout=rng.uniform(0.05, whole))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            _, stderr = proc.communicate()
        if proc.returncode == -signal.SIGKILL:
            kills += 1
            check_after_kill(database)
            continue
        if proc.returncode == 0:  # finished before the kill: check, then start over to kill it again
            assert_exactly_once(database, dataset, sandbox.provider.name)
            start_over()
        else:
            lines = stderr.splitlines()
            assert faults and proc.returncode == 1, stderr
            assert len(lines) == 1 and lines[0].startswith("reviewbridge: error:"), stderr
            failures += 1
    for again in range(15 if faults else 1):  # finally let it finish (with faults a run may give up: run again)
        result = forked.run(command, LOAD_ENV) if again else run(command)
        if result.returncode == 0:
            break
        assert faults and result.returncode == 1, result.stderr
        failures += 1
    assert result.returncode == 0, result.stderr
    assert_exactly_once(database, dataset, sandbox.provider.name)
    assert kills >= KILLS // 2, f"only {kills} kills in {attempts} attempts"
    return kills, failures


@pytest.mark.slow
@pytest.mark.parametrize("name", list(PROVIDERS))
def test_sigkill_and_resume(name: str, tmp_path: Path) -> None:
    provider = PROVIDERS[name]
    with spawn(name, "--reviews", "120", "--latency-ms", str(provider.latency_ms), env=ENV) as url:
        kill_and_resume(Sandbox(provider, url), tmp_path, faults=False, budget=300, seed=11)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(PROVIDERS))
def test_faults_change_nothing(name: str, tmp_path: Path) -> None:
    provider = PROVIDERS[name]
    args = ("--reviews", "120", "--latency-ms", str(provider.latency_ms), "--fault-rate", "0.3", "--slow-ms", "50")
    with spawn(name, *args, "--seed", "8", env=ENV) as url:
        sandbox = Sandbox(provider, url)
        kill_and_resume(sandbox, tmp_path, faults=True, budget=300, seed=13)
        stats = httpx.get(f"{url}/_sandbox/stats", timeout=30).json()
        assert sum(stats["faults"].values()) > 0, stats


# --- bad input ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def testfreaks() -> Iterator[Sandbox]:
    with spawn("testfreaks", "--reviews", "40", env=ENV) as url:
        yield Sandbox(PROVIDERS["testfreaks"], url)


def listing(directory: Path) -> dict[str, bytes | None]:
    return {p.name: p.read_bytes() if p.is_file() else None for p in sorted(directory.rglob("*"))}


def assert_fails_cleanly(command: list[str], directory: Path, env: dict[str, str] = LOAD_ENV) -> str:
    before = listing(directory)
    result = run(command, env, cwd=directory)
    lines = result.stderr.splitlines()
    assert result.returncode != 0, result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("reviewbridge: error:"), result.stderr
    assert result.stdout == ""
    assert listing(directory) == before, "bad input wrote something"
    return lines[0]


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (("--destination", "nowhere_db"), "nowhere_db"),
        (("--dataset", "Shop-Data"), "Shop-Data"),
        (("--since", "last week"), "--since"),
        (("--commit-every", "0"), "--commit-every"),
        (("--merchant-id", "m1"), "--merchant-id"),
        (("--destination", "filesystem"), "--to"),
    ],
)
def test_bad_options(extra: tuple[str, ...], says: str, testfreaks: Sandbox, tmp_path: Path) -> None:
    assert says in assert_fails_cleanly(load_command(testfreaks, tmp_path / "r.duckdb", *extra), tmp_path)


def test_bad_paths(testfreaks: Sandbox, tmp_path: Path) -> None:
    (tmp_path / "adir").mkdir()
    assert "directory" in assert_fails_cleanly(load_command(testfreaks, tmp_path / "adir"), tmp_path)
    missing = tmp_path / "nowhere" / "r.duckdb"
    assert "does not exist" in assert_fails_cleanly(load_command(testfreaks, missing), tmp_path)


def test_unknown_provider(testfreaks: Sandbox, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "reviewbridge._cli", "load", "nosuchprovider", "--to", str(tmp_path / "r.duckdb")]
    assert "nosuchprovider" in assert_fails_cleanly(command, tmp_path)


def test_missing_credential(testfreaks: Sandbox, tmp_path: Path) -> None:
    env = {k: v for k, v in LOAD_ENV.items() if k != "REVIEWBRIDGE_TESTFREAKS_API_KEY"}
    line = assert_fails_cleanly(load_command(testfreaks, tmp_path / "r.duckdb"), tmp_path, env)
    assert "REVIEWBRIDGE_TESTFREAKS_API_KEY" in line


def test_rejected_credential_writes_nothing(testfreaks: Sandbox, tmp_path: Path) -> None:
    env = {**LOAD_ENV, "REVIEWBRIDGE_TESTFREAKS_API_KEY": "sk_wrong"}
    line = assert_fails_cleanly(load_command(testfreaks, tmp_path / "r.duckdb"), tmp_path, env)
    assert "sk_wrong" not in line


def test_another_destination_by_dlt_configuration(testfreaks: Sandbox, tmp_path: Path) -> None:
    """Any dlt destination, configured the dlt way (here: a local filesystem bucket, from env vars)."""
    lake = tmp_path / "lake"
    env = {**LOAD_ENV, "DESTINATION__FILESYSTEM__BUCKET_URL": lake.as_uri(), "DLT_DATA_DIR": str(tmp_path / "dlt")}
    command = [sys.executable, "-m", "reviewbridge._cli", "load", "testfreaks", "--base-url", testfreaks.url,
               "--client-id", SCOPE, "--destination", "filesystem"]  # fmt: skip
    result = run(command, env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    files = list((lake / "reviewbridge" / "reviews").glob("*.parquet"))
    assert files
    with duckdb.connect() as db:
        (count,) = db.execute("SELECT count(*) FROM read_parquet(?)", [[str(f) for f in files]]).fetchone() or (0,)
    assert count == len(testfreaks.dataset())


def test_a_second_load_while_the_first_runs_refuses_and_the_first_completes(tmp_path: Path) -> None:
    """Two real loads into one database at the same moment: the first is held inside its run (its
    first page is answered only after the second has finished), so they overlap by construction."""
    items = [tf_item(i) for i in range(7)]
    release = threading.Event()

    def respond(request: hostile.Request, conn: socket.socket) -> None:
        if request.path == "/v1/reviews":
            release.wait(timeout=90)
            hostile.send_json(conn, tf_page(items, None))
        else:
            hostile.send_json(conn, {"errors": ["not found"]}, 404)

    database = tmp_path / "reviews.duckdb"
    with hostile.serve(respond) as server:
        command = [sys.executable, "-m", "reviewbridge._cli", "load", "testfreaks", "--base-url", server.url,
                   "--to", str(database), "--client-id", SCOPE]  # fmt: skip
        first = subprocess.Popen(command, env=LOAD_ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 60
            while not server.requests and first.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert server.requests, "the first load never asked for its first page"
            second = run(command, cwd=tmp_path)
            assert first.poll() is None, "the first load ended before the second one ran"
        finally:
            release.set()
            _, first_err = first.communicate(timeout=120)
    lines = second.stderr.splitlines()
    assert second.returncode != 0 and len(lines) == 1, second.stderr
    assert lines[0].startswith("reviewbridge: error: another load into "), second.stderr
    assert first.returncode == 0, first_err
    assert sorted(r["id"] for r in rows(database)) == [item["id"] for item in items]


def test_a_load_into_a_dlt_destination_holds_its_pipeline_too(tmp_path: Path) -> None:
    """Not only DuckDB files: a load into any destination holds its pipeline in dlt's own place."""
    import fcntl

    data_dir = tmp_path / "dlt"
    env = {
        **LOAD_ENV,
        "DESTINATION__FILESYSTEM__BUCKET_URL": (tmp_path / "lake").as_uri(),
        "DLT_DATA_DIR": str(data_dir),
    }
    (data_dir / "pipelines").mkdir(parents=True)
    lock = data_dir / "pipelines" / "reviewbridge_filesystem_reviewbridge.lock"
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        command = [sys.executable, "-m", "reviewbridge._cli", "load", "testfreaks", "--base-url", "http://127.0.0.1:9",
                   "--client-id", SCOPE, "--destination", "filesystem"]  # fmt: skip
        result = run(command, env, cwd=tmp_path)
    finally:
        os.close(fd)
    assert result.returncode != 0, result.stderr
    assert result.stderr.splitlines() == [
        "reviewbridge: error: another load into filesystem (dataset reviewbridge) is running; wait for it to finish"
    ]


def test_lock_held(testfreaks: Sandbox, tmp_path: Path) -> None:
    import fcntl

    database = tmp_path / "r.duckdb"
    assert run(load_command(testfreaks, database)).returncode == 0
    fd = os.open(tmp_path / "r.duckdb.dlt.lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert "another load" in assert_fails_cleanly(load_command(testfreaks, database), tmp_path)
    finally:
        os.close(fd)
