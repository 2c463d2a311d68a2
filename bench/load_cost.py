"""``make bench`` load figures: ``reviewbridge load`` into DuckDB beside ``reviewbridge export`` to JSONL.

Both run as the commands users run (their own processes, the same TestFreaks sandbox, the same reviews),
interleaved. Reported: reviews per second of each (wall clock, server included), the ratio of their
wall times and of their own CPU time (the client's work alone, the sandbox's excluded), and the peak
RSS of a load of few and of many reviews (flat: a load holds one commit's worth at most).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ._procs import env, reviewbridge, sandbox

#: runs a command and prints its peak RSS (KiB) and CPU seconds, as one JSON object
_MEASURE = (
    "import json, resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(json.dumps({'rss_kib': u.ru_maxrss, 'cpu': u.ru_utime + u.ru_stime}))"
)


def _run(command: list[str]) -> dict[str, float]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], env=env(), check=True, capture_output=True, text=True
    )
    figures: dict[str, float] = json.loads(done.stdout)
    figures["wall"] = time.perf_counter() - started
    return figures


def _rows(database: Path) -> int:
    import duckdb

    with duckdb.connect(str(database), read_only=True) as db:
        found = db.execute("SELECT count(*), count(DISTINCT id) FROM reviewbridge.reviews").fetchone()
    assert found is not None and found[0] == found[1], found
    return int(found[0])


def _pair(url: str, directory: Path, run: int, reviews: int) -> tuple[dict[str, float], dict[str, float]]:
    scope = ("testfreaks", "--base-url", url, "--client-id", "bench")
    out, database = directory / f"out{run}.jsonl", directory / f"load{run}.duckdb"
    exported = _run(reviewbridge("export", *scope, "--out", str(out)))
    with open(out, encoding="utf-8") as written:
        lines = sum(1 for _ in written)
    loaded = _run(reviewbridge("load", *scope, "--to", str(database)))
    if lines != reviews or _rows(database) != reviews:
        raise AssertionError(f"expected {reviews} reviews: export wrote {lines}, load {_rows(database)}")
    return exported, loaded


def measure(reviews: int, small: int, repeats: int) -> dict[str, Any]:
    pairs = []
    with sandbox("testfreaks", "--reviews", str(reviews)) as url, tempfile.TemporaryDirectory() as tmp:
        for run in range(repeats):
            pairs.append(_pair(url, Path(tmp), run, reviews))
    with sandbox("testfreaks", "--reviews", str(small)) as url, tempfile.TemporaryDirectory() as tmp:
        _, few = _pair(url, Path(tmp), 0, small)
    export_wall = statistics.median(e["wall"] for e, _ in pairs)
    load_wall = statistics.median(lo["wall"] for _, lo in pairs)
    rss_large = max(lo["rss_kib"] for _, lo in pairs) / 1024
    rss_small = few["rss_kib"] / 1024
    return {
        "reviews": reviews,
        "load_rps": round(reviews / load_wall),
        "export_rps": round(reviews / export_wall),
        "load_over_export_wall": round(statistics.median(lo["wall"] / e["wall"] for e, lo in pairs), 2),
        "load_over_export_cpu": round(statistics.median(lo["cpu"] / e["cpu"] for e, lo in pairs), 2),
        "reviews_small": small,
        "rss_small_mb": round(rss_small, 1),
        "rss_large_mb": round(rss_large, 1),
        "rss_ratio": round(rss_large / rss_small, 2),
        "export_rss_mb": round(max(e["rss_kib"] for e, _ in pairs) / 1024, 1),
    }
