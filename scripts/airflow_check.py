"""``make airflow-check``: the Airflow example DAG under real Airflow, against the sandboxes.

Airflow is installed into a virtual environment of its own, outside the project's (its hundred-odd
packages stay out of the SDK's), and kept: a cache keyed by what it installs, so only the first run, or
one after a requirement changed, pays for the install. reviewbridge runs there from this checkout
(``PYTHONPATH``), with its own dependencies and the ``warehouse`` extra as pyproject.toml names them.

The check then:

1. starts a sandbox of every provider on 127.0.0.1 and writes a config with one ``[[export]]`` scope
   of each, its credentials as the names of variables;
2. has Airflow import the DAG file without any of those variables set: it must load, with a task per
   scope (credentials are read when a task runs, not when the scheduler imports the file);
3. runs ``airflow dags test`` with them: every scope's task runs in one DAG run, which must succeed;
4. reads the DuckDB table the tasks loaded: each sandbox review in it once.

It prints how long the install (when there was one) and the run took.

    python scripts/airflow_check.py [--venv DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "airflow_reviews.py"
DAG_ID = "load_reviews"
#: the Airflow release the check runs under (exact, so that the cache means one environment)
AIRFLOW = "apache-airflow==3.3.2"
#: reviews in each sandbox scope: enough for several pages of every provider
REVIEWS = 40


def _scopes() -> dict[str, dict[str, object]]:
    """Each provider's scope in the config (its keys besides provider, base_url and the credentials):
    the example scope its sandbox is walked by in the tests (``tests/providers/<name>.py``), with the
    filters an export of everything adds where they are config keys. Providers are those the tests walk
    (``PROVIDERS`` of tests/conftest.py: a spec with its SDK and sandbox modules)."""
    sys.path.insert(0, str(ROOT))
    from reviewbridge._providers import REGISTRY

    providers: tuple[str, ...] = importlib.import_module("tests.conftest").PROVIDERS
    scopes: dict[str, dict[str, object]] = {}
    for name in providers:
        case = importlib.import_module(f"tests.providers.{name}").CASE
        info = REGISTRY[name]
        extra = {key: value for key, value in case.everything.items() if info.option(key) is not None}
        scopes[name] = {**case.scope, **extra}
    return scopes


SCOPES = _scopes()

#: what one Airflow command may take, at most (the DAG run included)
COMMAND_TIMEOUT = 900


def requirements() -> list[str]:
    """What the Airflow environment installs: Airflow, and reviewbridge's dependencies with its
    ``warehouse`` extra, from pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [AIRFLOW, *project["dependencies"], *project["optional-dependencies"]["warehouse"]]


def default_venv() -> Path:
    """The cached environment: in the user's cache, named by a digest of what it installs and the
    interpreter, so a changed requirement makes a new one (and never mixes with an old one)."""
    key = json.dumps([sys.version, *requirements()]).encode()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "reviewbridge" / f"airflow-{hashlib.sha256(key).hexdigest()[:16]}"


def ensure_venv(venv: Path) -> float | None:
    """The environment at ``venv``, created and installed unless complete; the seconds the install
    took (None when the cache was complete)."""
    done = venv / ".complete"
    if done.is_file():
        return None
    started = time.monotonic()
    shutil.rmtree(venv, ignore_errors=True)  # a half-made one from an interrupted install
    venv.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)  # noqa: S603 - our interpreter
    python = str(venv / "bin" / "python")
    pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True, timeout=COMMAND_TIMEOUT)  # noqa: S603
    subprocess.run([*pip, *requirements()], check=True, timeout=COMMAND_TIMEOUT)  # noqa: S603
    done.write_text("\n".join(requirements()) + "\n", encoding="utf-8")
    return time.monotonic() - started


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value)  # a string or a list of strings: the same in TOML


@contextmanager
def sandboxes() -> Iterator[dict[str, str]]:
    """A sandbox of every provider, by name: its base URL."""
    from reviewbridge_sandbox import spawn

    with ExitStack() as stack:
        yield {name: stack.enter_context(spawn(name, "--reviews", str(REVIEWS))) for name in SCOPES}


def write_config(path: Path, urls: dict[str, str]) -> None:
    """One ``[[export]]`` scope per sandbox, credentials named by the sandbox's own variables."""
    from reviewbridge._providers import REGISTRY

    entries = []
    for name, url in urls.items():
        lines = ["[[export]]", f"provider = {_toml(name)}", f"base_url = {_toml(url)}"]
        lines += [f"{key} = {_toml(value)}" for key, value in SCOPES[name].items()]
        lines += [f"{c.argument}_env = {_toml(c.env)}" for c in REGISTRY[name].credentials]
        entries.append("\n".join(lines))
    path.write_text("\n\n".join(entries) + "\n", encoding="utf-8")


def _airflow(venv: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    command = [str(venv / "bin" / "airflow"), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=COMMAND_TIMEOUT, check=False)  # noqa: S603


def _must(result: subprocess.CompletedProcess[str], what: str) -> str:
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).splitlines()[-40:])
        raise SystemExit(f"airflow-check: {what} failed (exit status {result.returncode}):\n{tail}")
    return result.stdout


def _json(output: str) -> object:
    """The JSON an ``-o json`` command printed: its last line that parses (Airflow logs to stdout too)."""
    for line in reversed(output.splitlines()):
        try:
            return json.loads(line)
        except ValueError:
            continue
    raise SystemExit(f"airflow-check: no JSON in Airflow's output:\n{output[-2000:]}")


def run_check(venv: Path, work: Path) -> list[str]:
    """Import, then run, the example DAG under the Airflow of ``venv``; what went wrong (none: passed)."""
    import duckdb
    import httpx
    from reviewbridge._providers import REGISTRY
    from reviewbridge_sandbox import credentials_env

    dags = work / "dags"
    dags.mkdir()
    shutil.copy(EXAMPLE, dags / EXAMPLE.name)
    database = work / "reviews.duckdb"
    credential_vars = {c.env for info in REGISTRY.values() for c in info.credentials}
    base = {k: v for k, v in os.environ.items() if k not in credential_vars and not k.startswith("AIRFLOW")}
    env = {
        **base,
        "PYTHONPATH": os.pathsep.join(str(ROOT / d) for d in ("facade", "generated")),
        "AIRFLOW_HOME": str(work / "airflow"),
        "AIRFLOW__CORE__DAGS_FOLDER": str(dags),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        "REVIEWBRIDGE_CONFIG": str(work / "reviews.toml"),
        "REVIEWBRIDGE_DESTINATION": "duckdb",
        "DESTINATION__DUCKDB__CREDENTIALS": str(database),
        "DLT_DATA_DIR": str(work / "dlt"),
        "RUNTIME__DLTHUB_TELEMETRY": "false",
    }
    problems: list[str] = []
    with sandboxes() as urls:
        write_config(work / "reviews.toml", urls)
        _must(_airflow(venv, env, "db", "migrate"), "airflow db migrate")
        # The scheduler's view: the DAG file imported without a single credential variable.
        errors = _must(_airflow(venv, env, "dags", "list-import-errors", "-o", "json"), "list-import-errors")
        if _json(errors):
            problems.append(f"the DAG does not import without credentials: {errors.strip()}")
        tasks = _must(_airflow(venv, env, "tasks", "list", DAG_ID), "airflow tasks list").split()
        scope_tasks = [t for t in tasks if any(t.endswith(name) or name in t for name in SCOPES)]
        if len(scope_tasks) < len(SCOPES):
            problems.append(f"expected a task per scope ({', '.join(SCOPES)}), found: {', '.join(tasks)}")
        # A task's view: the credentials are there when it runs.
        run = _airflow(venv, {**env, **credentials_env()}, "dags", "test", DAG_ID)
        (work / "dags-test.log").write_text(run.stdout + run.stderr, encoding="utf-8")
        _must(run, "airflow dags test")
        runs = _json(_must(_airflow(venv, env, "dags", "list-runs", DAG_ID, "-o", "json"), "list-runs"))
        states = [r.get("state") for r in runs] if isinstance(runs, list) else runs
        if states != ["success"]:
            problems.append(f"the DAG run's state is {states}, not success (log: {work / 'dags-test.log'})")
        expected: set[tuple[str, str]] = set()
        for name, url in urls.items():
            scope = str(next(iter(SCOPES[name].values())))
            answer = httpx.get(f"{url}/_sandbox/dataset", params={"scope": scope}, timeout=30).json()
            expected |= {(name, str(review["id"])) for review in answer["reviews"]}
    with duckdb.connect(str(database), read_only=True) as db:
        rows = db.execute("SELECT provider, id FROM reviewbridge.reviews").fetchall()
    loaded = [(provider, review_id) for provider, review_id in rows]
    if len(loaded) != len(set(loaded)):
        problems.append(f"{len(loaded) - len(set(loaded))} review(s) loaded more than once")
    missing = {provider for provider, _ in expected - set(loaded)}
    if missing:
        problems.append(f"reviews missing from the table for {', '.join(sorted(missing))}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--venv", type=Path, help="the Airflow environment (default: a cache in ~/.cache/reviewbridge)")
    parser.add_argument("--keep", action="store_true", help="keep the working directory (kept anyway on failure)")
    args = parser.parse_args(argv)
    venv = args.venv or default_venv()
    installed = ensure_venv(venv)
    how = "cached" if installed is None else f"installed in {installed:.0f}s"
    print(f"airflow-check: environment {venv}: {how}")
    work = Path(tempfile.mkdtemp(prefix="reviewbridge-airflow-"))
    started = time.monotonic()
    problems = ["it stopped before its end"]
    try:
        problems = run_check(venv, work)
    finally:
        if problems and not args.keep:
            print(f"airflow-check: kept {work} (Airflow's home, the logs, the database)", file=sys.stderr)
        elif not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    took = time.monotonic() - started
    for problem in problems:
        print(f"airflow-check: error: {problem}", file=sys.stderr)
    print(f"airflow-check: {'failed' if problems else 'passed'}: import and dags test took {took:.0f}s")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
