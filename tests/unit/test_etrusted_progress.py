"""Progress totals of eTrusted walks: getReviewsCount for a whole walk, asked once; none for a walk from a
time, nor where the API refuses to count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import httpx
from reviewbridge._export import Job, run_export

from ._support import etrusted, paged_etrusted
from .test_cli_progress import walk


def counted_etrusted(total: int, size: int, count: int) -> tuple[Any, list[httpx.Request]]:
    listing, _ = paged_etrusted(total, size)
    counts: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/reviews/count":
            counts.append(request)
            return httpx.Response(200, json={"totalElements": count})
        return listing(request)

    return handler, counts


def test_a_whole_etrusted_walk_counts_its_reviews_once(tmp_path: Path) -> None:
    handler, counts = counted_etrusted(25, 10, 25)
    seen = walk(Job("etrusted", {"channel_id": ["chl-1"]}), etrusted(handler), tmp_path)
    assert len(counts) == 1 and counts[0].url.params["channels"] == "chl-1"
    assert [(f["completed"], f["total"]) for f in seen[:3]] == [(10, 25), (20, 25), (25, 25)]
    assert seen[0]["of"] == " (25 reviews in all)"


def test_no_count_for_a_walk_from_a_time_nor_without_progress(tmp_path: Path) -> None:
    handler, counts = counted_etrusted(25, 10, 25)
    since = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    seen = walk(Job("etrusted", {"channel_id": ["chl-1"]}), etrusted(handler), tmp_path, since=since)
    assert counts == [] and all("total" not in f or f["total"] == f["completed"] for f in seen)
    run_export(
        [Job("etrusted", {"channel_id": ["chl-1"]})],
        out=str(tmp_path / "quiet.jsonl"),
        client_factory=lambda _: etrusted(handler),
    )
    assert counts == []  # no display, no extra request


def test_a_total_the_api_refuses_leaves_it_unknown(tmp_path: Path) -> None:
    listing, _ = paged_etrusted(5, 10)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/reviews/count":
            return httpx.Response(403, json={"message": "no"})
        return listing(request)

    seen = walk(Job("etrusted", {"channel_id": ["chl-1"]}), etrusted(handler), tmp_path)
    assert seen and all("of" not in f for f in seen)  # the export went on, without a total
