"""Thanx's concurrency figure: one walk of numbered pages, sequential and with 8 pages in flight."""

from __future__ import annotations

import statistics
import time

from ._procs import sandbox

#: the figure's name in bench/results.json (section "concurrency")
FIGURE = "thanx_pages_speedup"


def _walk(url: str, concurrency: int) -> tuple[float, int]:
    import reviewbridge as rb

    started = time.perf_counter()
    with rb.Thanx("sandbox-client", "sandbox-token", base_url=url) as client:
        count = sum(1 for _ in client.reviews(merchant_id="bench", per_page=100, concurrency=concurrency))
    return time.perf_counter() - started, count


def measure(smoke: bool) -> float:
    """Sequential over concurrent wall time of the same walk (median over repeats)."""
    pages = 4 if smoke else 40
    repeats = 1 if smoke else 3
    with sandbox("thanx", "--latency-ms", "100", "--reviews", str(pages * 100)) as url:
        ratios = []
        for _ in range(repeats):
            sequential, n1 = _walk(url, 1)
            concurrent, n2 = _walk(url, 8)
            assert n1 == n2 == pages * 100, (n1, n2)
            ratios.append(sequential / concurrent)
    return round(statistics.median(ratios), 2)
