"""``make bench``: measure and print a table; write the figures to bench/results.json.

Every comparison is a ratio of two things measured side by side in the same run (medians over
repeats): these machines are shared and noisy, so absolute times mean little. ``--smoke`` runs a tiny
version of everything in seconds (CI uses it to keep the benchmarks working; it asserts no timing).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import pkgutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from . import client_cost, load_cost
from ._cost import costs
from ._procs import env, reviewbridge, sandbox

ROOT = Path(__file__).resolve().parent.parent


def bench_client_cost(smoke: bool) -> dict[str, Any]:
    # Every provider with a bench/cost_<p>.py, its pages and repeats as it sets them.
    return {
        provider: client_cost.measure(
            provider,
            pages=1 if smoke else cost.pages,
            page_size=50 if smoke else None,
            repeats=1 if smoke else cost.repeats,
        )
        for provider, cost in costs().items()
    }


def speedups() -> dict[str, ModuleType]:
    """Every ``bench/speedup_<p>.py`` (a provider's concurrency figure), by the figure's name."""
    package = importlib.import_module(__package__ or "bench")
    names = (m.name for m in pkgutil.iter_modules(package.__path__) if m.name.startswith("speedup_"))
    found = (importlib.import_module(f"{package.__name__}.{name}") for name in names)
    return {module.FIGURE: module for module in found}


def bench_concurrency(smoke: bool) -> dict[str, Any]:
    # Each provider's own figure: pages in flight, scopes in one run, as its module measures it.
    return {figure: module.measure(smoke) for figure, module in sorted(speedups().items())}


_PEAK_RSS = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _export_peak_rss_mb(reviews: int) -> float:
    with sandbox("testfreaks", "--reviews", str(reviews)) as url, tempfile.TemporaryDirectory() as tmp:
        command = reviewbridge(
            "export", "testfreaks", "--base-url", url, "--client-id", "bench", "--out", str(Path(tmp) / "out.jsonl")
        )
        done = subprocess.run(
            [sys.executable, "-c", _PEAK_RSS, *command], env=env(), check=True, capture_output=True, text=True
        )
        with open(Path(tmp) / "out.jsonl", encoding="utf-8") as written:
            lines = sum(1 for _ in written)
        if lines != reviews:
            raise AssertionError(f"export wrote {lines} lines, expected {reviews}")
        return int(done.stdout.strip()) / 1024


def bench_memory(smoke: bool) -> dict[str, Any]:
    small, large = (200, 2000) if smoke else (20_000, 200_000)
    rss_small = _export_peak_rss_mb(small)
    rss_large = _export_peak_rss_mb(large)
    return {
        "reviews_small": small,
        "reviews_large": large,
        "rss_20k_mb": round(rss_small, 1),
        "rss_200k_mb": round(rss_large, 1),
        "ratio": round(rss_large / rss_small, 2),
    }


def _rescan(reviews: int) -> tuple[float, float, float]:
    """An export with a state, then a full re-scan of the same scope with 1% of it deleted: (the re-scan's
    peak RSS in MB, its seconds, the digest store's bytes per review)."""
    with sandbox("testfreaks", "--reviews", str(reviews)) as url, tempfile.TemporaryDirectory() as tmp:
        out, state = Path(tmp) / "out.jsonl", Path(tmp) / "state.json"
        command = reviewbridge("export", "testfreaks", "--base-url", url, "--client-id", "bench", "--out", str(out),
                               "--state", str(state), "--page-size", "1000")  # fmt: skip
        subprocess.run(command, env=env(), check=True, capture_output=True)
        churn = httpx.post(f"{url}/_sandbox/churn", params={"scope": "bench", "delete": reviews // 100}, timeout=60)
        churn.raise_for_status()
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _PEAK_RSS, *command, "--full-scan"],
            env=env(),
            check=True,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - started
        with open(out, encoding="utf-8") as written:
            stones = sum('"deleted_at"' in line for line in written)
        if stones != reviews // 100:
            raise AssertionError(f"the re-scan wrote {stones} tombstones, expected {reviews // 100}")
        store = sum(p.stat().st_size for p in Path(tmp).glob("state.json.digests*"))
        return int(done.stdout.strip()) / 1024, seconds, store / reviews


def bench_rescan(smoke: bool) -> dict[str, Any]:
    small, large = (200, 2000) if smoke else (20_000, 200_000)
    rss_small, _, _ = _rescan(small)
    rss_large, seconds, per_review = _rescan(large)
    return {
        "reviews_small": small,
        "reviews_large": large,
        "rss_small_mb": round(rss_small, 1),
        "rss_large_mb": round(rss_large, 1),
        "ratio": round(rss_large / rss_small, 2),
        "large_seconds": round(seconds, 1),
        "store_bytes_per_review": round(per_review),
    }


def bench_generate(smoke: bool) -> dict[str, Any]:
    times = []
    matches = []
    for _ in range(2):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check"], capture_output=True, text=True
        )
        times.append(time.perf_counter() - started)
        matches.append(done.returncode == 0)
    # Two full regenerations, each compared byte for byte with the committed generated/.
    return {"seconds": round(statistics.median(times), 2), "deterministic": all(matches)}


def _import_ms(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout) * 1000


def bench_import(smoke: bool) -> dict[str, Any]:
    repeats = 3 if smoke else 11
    ours, theirs = [], []
    for _ in range(repeats):  # interleaved, each in a fresh interpreter
        theirs.append(_import_ms("httpx"))
        ours.append(_import_ms("reviewbridge"))
    rb, hx = statistics.median(ours), statistics.median(theirs)
    return {"reviewbridge_ms": round(rb, 1), "httpx_ms": round(hx, 1), "ratio": round(rb / hx, 2)}


def bench_load(smoke: bool) -> dict[str, Any]:
    if smoke:
        return load_cost.measure(reviews=2000, small=200, repeats=1)
    return load_cost.measure(reviews=200_000, small=20_000, repeats=3)


SECTIONS = {
    "client_cost": bench_client_cost,
    "concurrency": bench_concurrency,
    "memory": bench_memory,
    "rescan": bench_rescan,
    "generate": bench_generate,
    "import": bench_import,
    "load": bench_load,
}


def print_table(results: dict[str, Any]) -> None:
    cost = results.get("client_cost", {})
    names = ("raw", "orjson", "generated", "facade", "dlt")
    over = ("raw", "generated", "facade", "dlt")
    for prefix, title in (("", "in memory"), ("loopback_", "loopback")):
        if not cost:
            break
        print(f"client cost, {title}: reviews/s; cost relative to raw httpx + json.loads and + orjson.loads")
        print(
            f"{'':<12}"
            + "".join(f" {name:>9}" for name in names)
            + f" {'gen/raw':>8} {'fac/raw':>8} {'dlt/raw':>8} {'fac/dlt':>8}"
            + "".join(f" {name[:3] + '/orj':>8}" for name in over)
        )
        for provider, row in cost.items():
            ratios = [row[f"{prefix}{name}_over_raw"] for name in ("generated", "facade", "dlt")]
            print(
                f"{provider:<12}"
                + "".join(f" {row[prefix + name + '_rps']:>9}" for name in names)
                + "".join(f" {ratio:>8}" for ratio in ratios)
                + f" {row[prefix + 'facade_over_dlt']:>8}"
                + "".join(f" {row[prefix + name + '_over_orjson']:>8}" for name in over)
            )
    for section in ("concurrency", "memory", "rescan", "generate", "import", "load"):
        if section in results:
            figures = ", ".join(f"{k}={v}" for k, v in results[section].items())
            print(f"{section:<12} {figures}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="reviewbridge benchmarks")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, seconds: keeps the benchmarks working")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results.json"))
    parser.add_argument("--only", choices=sorted(SECTIONS), action="append", help="run only these sections")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {"smoke": args.smoke, "python": sys.version.split()[0]}
    for name, section in SECTIONS.items():
        if args.only and name not in args.only:
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results[name] = section(args.smoke)
    print_table(results)
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {args.out}")
    return 0


if __name__ == "__main__":
    asyncio.set_event_loop_policy(None)
    raise SystemExit(main())
