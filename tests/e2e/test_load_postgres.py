"""``reviewbridge load --destination postgres`` into a real PostgreSQL server, started here on 127.0.0.1
(Debian's ``postgresql`` package): a first load, a rerun that adds nothing, changes merged in place, and
a load killed with SIGKILL then run again, each review once. Skipped, saying why, where the server or
the driver (``reviewbridge[postgres]``) is not installed. Every wait is bounded in count and time."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dlt")
psycopg2 = pytest.importorskip(
    "psycopg2", reason="the postgres driver is not installed: pip install 'reviewbridge[postgres]'"
)

from tests.e2e.test_export_providers import ENV, PROVIDERS, SCOPE, Sandbox, spawn, stamp  # noqa: E402

REVIEWS = 150
DATABASE = "reviews"


def _binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(versions[-1]).parent if versions else None


def _as_server_user() -> list[str]:
    """PostgreSQL refuses to run as root: as root, run its commands as the package's ``postgres`` user."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("running as root and there is no postgres user to run the server as")
    runuser = shutil.which("runuser")
    if runuser is None:
        pytest.skip("running as root without runuser to start the server as the postgres user")
    return [runuser, "-u", "postgres", "--"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def postgres() -> Iterator[str]:
    """A throwaway server on 127.0.0.1 (trust authentication, no fsync): its database URL."""
    binaries = _binaries()
    if binaries is None:
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    prefix = _as_server_user()
    # Its own directory in the system's temporary one: the server's user must reach it (pytest's are private).
    home = Path(tempfile.mkdtemp(prefix="reviewbridge-postgres-"))
    data, sockets = home / "data", home / "sockets"
    sockets.mkdir()
    if prefix:
        os.chmod(home, 0o755)
        shutil.chown(home, "postgres")
        shutil.chown(sockets, "postgres")
    initdb = [*prefix, str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "rb", "--no-sync"]
    done = subprocess.run(initdb, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        shutil.rmtree(home, ignore_errors=True)
        pytest.skip(f"initdb failed here: {done.stderr.strip().splitlines()[-1:]}")
    port = _free_port()
    options = f"-h 127.0.0.1 -p {port} -k {sockets} -F"
    pg_ctl = [*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-l", str(home / "log"), "-o", options]
    started = subprocess.run([*pg_ctl, "-w", "-t", "60", "start"], capture_output=True, text=True, timeout=90)
    assert started.returncode == 0, started.stderr + (home / "log").read_text()
    try:
        admin = psycopg2.connect(host="127.0.0.1", port=port, user="rb", dbname="postgres")
        admin.autocommit = True  # CREATE DATABASE runs outside a transaction
        admin.cursor().execute(f"CREATE DATABASE {DATABASE}")
        admin.close()
        yield f"postgresql://rb:unused@127.0.0.1:{port}/{DATABASE}"
    finally:
        subprocess.run([*pg_ctl, "-m", "immediate", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(home, ignore_errors=True)


def rows(url: str) -> list[tuple[str, str, Any]]:
    with psycopg2.connect(url) as db, db.cursor() as cursor:
        cursor.execute("SELECT to_regclass('reviewbridge.reviews')")
        if cursor.fetchone()[0] is None:
            return []
        cursor.execute("SELECT provider, id, updated_at FROM reviewbridge.reviews")
        found: list[tuple[str, str, Any]] = cursor.fetchall()
    db.close()
    return found


def environment(url: str, home: Path) -> dict[str, str]:
    return {
        **os.environ,
        **ENV,
        "RUNTIME__DLTHUB_TELEMETRY": "false",
        "DESTINATION__POSTGRES__CREDENTIALS": url,
        "DLT_DATA_DIR": str(home),  # the pipeline state of this test, not the user's
    }


def load(sandbox: Sandbox, home: Path, *extra: str) -> list[str]:
    """``load --all`` of the sandbox's scope into postgres, pages of 10 (a config file's page size)."""
    config = home / "reviews.toml"
    config.write_text(
        f'destination = "postgres"\n\n[[export]]\nprovider = "testfreaks"\nbase_url = "{sandbox.url}"\n'
        f'client_id = "{SCOPE}"\nlimit = 10\n'
    )
    return [sys.executable, "-m", "reviewbridge._cli", "load", "--all", "--config", str(config), *extra]


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


def assert_exactly_once(url: str, sandbox: Sandbox) -> None:
    found = rows(url)
    keys = [(provider, review_id) for provider, review_id, _ in found]
    assert len(keys) == len(set(keys)), "duplicated reviews"
    dataset = {d["id"]: d["updated_at"] for d in sandbox.dataset()}
    assert {review_id for _, review_id in keys} == set(dataset)
    assert all(changed == stamp(dataset[review_id]) for _, review_id, changed in found)


def test_load_rerun_and_changes_merge_in_postgres(postgres: str, tmp_path: Path) -> None:
    env = environment(postgres, tmp_path)
    with spawn("testfreaks", "--reviews", str(REVIEWS), env=ENV) as url:
        sandbox = Sandbox(PROVIDERS["testfreaks"], url)
        command = load(sandbox, tmp_path)
        first = run(command, env)
        assert first.returncode == 0, first.stderr
        assert "into postgres (dataset reviewbridge)" in first.stderr
        assert_exactly_once(postgres, sandbox)
        again = run(command, env)
        assert again.returncode == 0, again.stderr
        assert " 0 reviews loaded into postgres" in again.stderr
        churn = sandbox.churn(add=4, update=3)
        third = run(command, env)
        assert third.returncode == 0, third.stderr
        assert f" {len(churn['added']) + len(churn['updated'])} reviews loaded into postgres" in third.stderr
        assert_exactly_once(postgres, sandbox)  # the changed ones updated in place, the new ones added


def test_a_killed_load_resumes_in_postgres(postgres: str, tmp_path: Path) -> None:
    env = environment(postgres, tmp_path)
    with psycopg2.connect(postgres) as db, db.cursor() as cursor:  # the other test's table: start afresh
        cursor.execute("DROP SCHEMA IF EXISTS reviewbridge CASCADE")
    db.close()
    with spawn("testfreaks", "--reviews", str(REVIEWS), "--latency-ms", "40", env=ENV) as url:
        sandbox = Sandbox(PROVIDERS["testfreaks"], url)
        command = load(sandbox, tmp_path, "--commit-every", "20")  # a commit every two pages
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        try:
            for _ in range(1200):  # until a commit is in the table (bounded in count and time)
                if rows(postgres) or proc.poll() is not None or time.monotonic() > deadline:
                    break
                time.sleep(0.1)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=60)
        assert proc.returncode == -signal.SIGKILL, "the load ended before it could be killed"
        committed = [(p, i) for p, i, _ in rows(postgres)]
        assert committed and len(committed) == len(set(committed))
        assert len(committed) < REVIEWS  # killed mid-way
        done = run(command, env)
        assert done.returncode == 0, done.stderr
        assert_exactly_once(postgres, sandbox)
