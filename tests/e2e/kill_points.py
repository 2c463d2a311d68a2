"""Kill ``reviewbridge load`` at chosen points of dlt's extract, normalize and load, resume, compare.

Run as ``python -m tests.e2e.kill_points OUT_DIR [--sites | --every] [--seed N]``; prints a JSON report.

A recording run counts every operation the load does that a kill could cut between: each file-system
change (``os.rename``, ``replace``, ``unlink``, ``remove``, ``rmdir``, ``mkdir``, opening a file to
write) and each statement and commit dlt sends to DuckDB. An operation's *site* is its kind and the dlt
functions it is done for (no line numbers), e.g. ``rename<commit_new_load_package<spool_files``. Then,
for each chosen kill point (a site and which of its occurrences), a fresh load of the same reviews is
SIGKILLed by itself just before that operation, the same load is run again, and the table it leaves
must equal a load never killed: no review lost, none twice, none changed.

Which points: by default (the suite's, seconds) every site that moves or deletes a load package, where
dlt's steps join, and one other site from each half of the run, each at an occurrence drawn with the
seed; ``--sites`` every site at one occurrence; ``--every`` every occurrence of every site (minutes).

Three scenarios, each a single dlt run: a first load into a new file, a later load into a file that
holds earlier reviews (the walk continues after ``--max-reviews``), whose dataset and state exist, and a
full re-scan (``--full-scan``) of a file holding every review after the API deleted two and edited one
(the kill points then include the digest store's transactions; the table must hold the edit once and
``deleted_at`` on exactly the two).

The loads run in children forked from this process, which imports dlt once (a load here is a
fraction of a second of dlt's own work); the reviews come from an in-memory TestFreaks API.
"""

from __future__ import annotations

import argparse
import builtins
import collections
import json
import os
import random
import shutil
import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import httpx
import reviewbridge as rb
from dlt.destinations.impl.duckdb.sql_client import DuckDbSqlClient
from reviewbridge._export import DigestStore, Job
from reviewbridge._load._pipeline import Target, run_load

#: reviews in the API; the later scenario starts from a file holding the first EARLIER of them
REVIEWS, EARLIER, PAGE = 12, 5, 4
#: what the API of the re-scan scenario no longer lists, and the review it lists edited (its stamp kept)
GONE, EDITED = (2, 9), 6
#: whether the API lists the re-scan scenario's changes (set in the parent before its loads are forked)
CHANGED = False
FILE_OPS = ("rename", "replace", "unlink", "remove", "rmdir", "mkdir")
#: frames that only carry an operation out; a site names the dlt functions it was done for
_CARRIERS = ("file_storage.py", "sql_client.py", "contextlib.py", "kill_points.py")


def _item(i: int) -> dict[str, Any]:
    text = "edited, its stamp kept" if CHANGED and i == EDITED else f"text {i}"
    return {"id": f"tf{i:04d}", "score": i % 5 + 1, "score_max": 5, "date": "2021-11-02", "extract": text,
            "author": "A", "product": "P", "updated_at": f"2021-12-{i % 28 + 1:02d}T06:38:04Z"}  # fmt: skip


def _api(request: httpx.Request) -> httpx.Response:
    start = int(request.url.params.get("after", "0"))
    page = [_item(i) for i in range(start, min(start + PAGE, REVIEWS)) if not (CHANGED and i in GONE)]
    links = {"next": f"http://127.0.0.1/v1/reviews?after={start + PAGE}"} if start + PAGE < REVIEWS else {}
    return httpx.Response(200, json={"data": page, "links": links})


def _client(job: Job) -> rb.TestFreaks:
    http = httpx.Client(transport=httpx.MockTransport(_api))
    return rb.TestFreaks("key", base_url="http://127.0.0.1", http_client=http)


JOBS = [Job("testfreaks", {"client_id": "shop"})]


def _site(kind: str) -> str:
    names: list[str] = []
    frame = sys._getframe(2)
    while frame is not None and len(names) < 2:
        path = frame.f_code.co_filename
        if ("/dlt/" in path or "/reviewbridge/" in path) and not path.endswith(_CARRIERS):
            names.append(frame.f_code.co_name)
        frame = frame.f_back
    return "<".join([kind, *names])


def _instrument(plan: tuple[str, int] | None, log: list[str] | None) -> None:
    """Count each operation by site; SIGKILL this process just before the one ``plan`` names."""
    counts: collections.Counter[str] = collections.Counter()

    def hit(kind: str) -> None:
        site = _site(kind)
        if "<" not in site:  # not done for dlt or reviewbridge (the harness's own files)
            return
        counts[site] += 1
        if log is not None:
            log.append(site)
        if plan is not None and (site, counts[site]) == plan:
            os.kill(os.getpid(), signal.SIGKILL)

    def wrap(owner: Any, name: str, kind: str, when: Callable[..., bool] = lambda *a, **k: True) -> None:
        original = getattr(owner, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            if when(*args, **kwargs):
                hit(kind)
            return original(*args, **kwargs)

        setattr(owner, name, counted)

    for name in FILE_OPS:
        wrap(os, name, name)
    wrap(builtins, "open", "open", lambda file, mode="r", *a, **k: any(c in mode for c in "wax+"))
    wrap(DuckDbSqlClient, "execute_query", "sql")
    wrap(DuckDbSqlClient, "commit_transaction", "commit")
    for name in ("stage", "apply", "recover"):  # the digest store's transactions (a full re-scan's)
        wrap(DigestStore, name, "digests")


def _rows(database: Path) -> list[list[Any]]:
    with duckdb.connect(str(database), read_only=True) as db:
        found = db.execute(
            "SELECT provider, id, updated_at, text, raw, deleted_at IS NOT NULL FROM reviewbridge.reviews ORDER BY ALL"
        ).fetchall()
    return [[str(value) for value in row] for row in found]


def _load(
    directory: Path, plan: tuple[str, int] | None, log: list[str] | None, max_reviews: int | None, full_scan: bool
) -> None:
    """In a forked child: one load into ``directory``; exits 0 with the table in rows.json, 1 with error.txt."""
    status = 1
    try:
        _instrument(plan, log)
        target = Target(database=directory / "r.duckdb")
        run_load(JOBS, target, client_factory=_client, max_reviews=max_reviews, full_scan=full_scan)
        (directory / "rows.json").write_text(json.dumps(_rows(directory / "r.duckdb")))
        status = 0
    except BaseException as exc:  # the report says what the resumed load failed on
        lines = [f"{type(exc).__name__}: {exc}", *traceback.format_exc().splitlines()[-6:]]
        (directory / "error.txt").write_text("\n".join(lines))
    finally:
        if log is not None:
            (directory / "ops.json").write_text(json.dumps(log))
        os._exit(status)


def _forked(directory: Path, plan: tuple[str, int] | None = None, *, record: bool = False,
            max_reviews: int | None = None, full_scan: bool = False) -> str:  # fmt: skip
    """Run one load in a child; "ok", "killed" or "failed"."""
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        _load(directory, plan, [] if record else None, max_reviews, full_scan)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
        return "killed"
    return "ok" if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 else "failed"


def _moves_a_package(site: str) -> bool:
    """An operation moving or deleting a load package between dlt's steps: where its steps join."""
    return site.split("<")[0] in ("rename", "unlink", "rmdir") and "package" in site


def _in_the_store(site: str) -> bool:
    """A transaction of the digest store (a full re-scan's)."""
    return site.startswith("digests<")


def _plans(ops: list[str], choice: str, rng: random.Random, bands: int) -> Iterator[tuple[str, int]]:
    """Kill points: ``every`` occurrence of every site; else each package move (``moves``) or digest store
    transaction (``digests``) at one occurrence drawn with ``rng``, and one other site from each of
    ``bands`` stretches of the run."""
    counts = collections.Counter(ops)
    sites = list(dict.fromkeys(ops))  # in the order first met
    if choice in ("every", "sites"):
        chosen = sites
    else:
        marks: dict[str, Callable[[str], bool]] = {"moves": _moves_a_package, "digests": _in_the_store}
        marked = marks.get(choice)
        moves = [site for site in sites if marked(site)] if marked is not None else []
        others = [site for site in sites if site not in moves]
        size = -(-len(others) // bands)
        chosen = moves + [rng.choice(others[i : i + size]) for i in range(0, len(others), size)]
    for site in chosen:
        occurrences = range(1, counts[site] + 1) if choice == "every" else [rng.randint(1, counts[site])]
        for occurrence in occurrences:
            yield site, occurrence


#: the scenarios: a first load into a new file, a later one into a file with reviews, dataset and state,
#: a full re-scan of a file with every review after changes
SCENARIOS = {"first": "some", "later": "moves", "rescan": "digests"}


def sweep(out: Path, *, choice: str | None, seed: int, bands: int = 2) -> dict[str, Any]:
    """Both scenarios: each kill point's outcome, and which failed to resume to the clean table."""
    rng = random.Random(seed)
    report: dict[str, Any] = {"seed": seed, "choice": choice or "sample", "scenarios": {}}
    global CHANGED
    for scenario, default in SCENARIOS.items():
        base = out / scenario / "base"
        base.mkdir(parents=True)
        full = scenario == "rescan"
        CHANGED = False
        if scenario != "first" and _forked(base, max_reviews=None if full else EARLIER) != "ok":
            raise RuntimeError(f"the earlier load failed: {(base / 'error.txt').read_text()}")
        CHANGED = full  # the re-scan's loads see the API's changes
        clean = out / scenario / "clean"
        shutil.copytree(base, clean)
        if _forked(clean, record=True, full_scan=full) != "ok":
            raise RuntimeError(f"the clean load failed: {(clean / 'error.txt').read_text()}")
        expected = json.loads((clean / "rows.json").read_text())
        ops = json.loads((clean / "ops.json").read_text())
        points, failures = [], []
        for n, (site, occurrence) in enumerate(_plans(ops, choice or default, rng, bands)):
            directory = out / scenario / f"k{n}"
            shutil.copytree(base, directory)
            killed = _forked(directory, (site, occurrence), full_scan=full)
            resumed = _forked(directory, full_scan=full)
            same = resumed == "ok" and json.loads((directory / "rows.json").read_text()) == expected
            point = {"site": site, "occurrence": occurrence, "killed": killed == "killed", "recovered": same}
            points.append(point)
            if not same:
                error = directory / "error.txt"
                failures.append({**point, "error": error.read_text() if error.exists() else "a different table"})
            else:
                shutil.rmtree(directory)
        report["scenarios"][scenario] = {
            "reviews": len(expected),
            "operations": len(ops),
            "sites": len(set(ops)),
            "site_names": sorted({point["site"] for point in points}),
            "edited": sum(row[3] == _item(EDITED)["extract"] for row in expected) if full else 0,
            "deleted": sum(row[5] == "True" for row in expected),
            "kinds": sorted({site.split("<")[0] for site in ops}),
            "points": points,
            "failures": failures,
        }
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="an empty directory for the loads")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--sites", dest="choice", action="store_const", const="sites", help="every site, once")
    which.add_argument("--every", dest="choice", action="store_const", const="every", help="every occurrence")
    parser.add_argument("--seed", type=int, default=22)
    args = parser.parse_args(argv)
    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
    report = sweep(args.out, choice=args.choice, seed=args.seed)
    print(json.dumps(report, indent=1))
    return 0 if not any(s["failures"] for s in report["scenarios"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
