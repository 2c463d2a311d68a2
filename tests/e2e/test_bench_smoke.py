"""The benchmark and soak commands keep working (tiny sizes). Figures are not asserted: only that they
are produced, and that the soak lost and duplicated nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench._cost import costs
from bench.run import speedups

ROOT = Path(__file__).resolve().parents[2]


def run(module: str, out: Path, timeout: float) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", module, "--smoke", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "figures written to" in done.stdout
    return json.loads(out.read_text())


def test_bench_smoke_writes_every_figure(tmp_path: Path) -> None:
    results = run("bench.run", tmp_path / "results.json", timeout=240)
    assert set(results["client_cost"]) == set(costs())  # type: ignore[arg-type]
    for provider in costs():
        row = results["client_cost"][provider]  # type: ignore[index]
        columns = ("raw_rps", "orjson_rps", "generated_rps", "facade_rps", "dlt_rps", "generated_over_raw")
        columns += ("facade_over_raw", *(f"{name}_over_orjson" for name in ("raw", "generated", "facade", "dlt")))
        for key in (*columns, "dlt_over_raw", "facade_over_dlt", *(f"loopback_{c}" for c in columns)):
            assert isinstance(row[key], int | float) and row[key] > 0, (provider, key)
    assert speedups() and set(results["concurrency"]) == set(speedups())  # type: ignore[arg-type]
    for figure, value in results["concurrency"].items():  # type: ignore[attr-defined]
        assert isinstance(value, int | float) and value > 0, figure
    assert set(results["memory"]) >= {"rss_20k_mb", "rss_200k_mb", "ratio"}  # type: ignore[arg-type]
    assert results["generate"]["deterministic"] is True  # type: ignore[index]
    assert set(results["import"]) >= {"reviewbridge_ms", "httpx_ms", "ratio"}  # type: ignore[arg-type]
    load = results["load"]
    for key in (
        "load_rps",
        "export_rps",
        "load_over_export_wall",
        "load_over_export_cpu",
        "rss_small_mb",
        "rss_large_mb",
    ):
        assert isinstance(load[key], int | float) and load[key] > 0, key  # type: ignore[index]


def test_soak_smoke_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    results = run("bench.soak", tmp_path / "soak.json", timeout=240)
    assert results["lost"] == 0
    assert results["duplicated"] == 0
    assert results["reviews_written"] == results["reviews_expected"]
    assert isinstance(results["token_requests"], int) and results["token_requests"] >= 1
    for key in ("faults_injected", "retries"):
        assert isinstance(results[key], int)
    by_kind = results["export"]["faults_by_kind"]  # type: ignore[index]
    liars = {"empty200", "emptyobject", "redirect", "truncated", "future"}
    assert liars <= set(by_kind), by_kind  # the soak runs with the lying faults, and reports each kind
    assert sum(by_kind.values()) == results["faults_injected"]
