"""eTrusted's concurrency figure: eight channels exported one after another, and as one run."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from ._procs import sandbox

#: the figure's name in bench/results.json (section "concurrency")
FIGURE = "etrusted_channels_speedup"


def _channels(url: str, channels: list[str], together: bool, out: Path) -> float:
    from reviewbridge._export import Job, run_export

    credentials = {"client_id": "sandbox-client", "client_secret": "sandbox-secret"}
    jobs = [Job("etrusted", {"channel_id": c, "count": 100}, credentials, base_url=url) for c in channels]
    started = time.perf_counter()
    if together:
        run_export(jobs, out=str(out), concurrency=1)
    else:
        for job in jobs:
            run_export([job], out=str(out), concurrency=1)
    return time.perf_counter() - started


def measure(smoke: bool) -> float:
    """Separate runs over one run's wall time for the same channels (median over repeats)."""
    repeats = 1 if smoke else 3
    channels = [f"chl-bench-{n}" for n in range(8)]
    with sandbox("etrusted", "--latency-ms", "100", "--reviews", "100" if smoke else "500") as url:
        ratios = []
        with tempfile.TemporaryDirectory() as tmp:
            for _ in range(repeats):
                sequential = _channels(url, channels, False, Path(tmp) / "a.jsonl")
                together = _channels(url, channels, True, Path(tmp) / "b.jsonl")
                ratios.append(sequential / together)
    return round(statistics.median(ratios), 2)
