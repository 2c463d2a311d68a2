"""Progress totals of Thanx walks: its total_pages."""

from __future__ import annotations

from pathlib import Path

from reviewbridge._export import Job

from ._support import paged_thanx, thanx
from .test_cli_progress import walk


def test_thanx_pages_have_a_total(tmp_path: Path) -> None:
    handler, _ = paged_thanx(45, 10)
    seen = walk(Job("thanx", {"merchant_id": "m"}), thanx(handler), tmp_path)
    assert [(f["completed"], f["total"], f["of"]) for f in seen[:5]] == [(n, 5, " of 5") for n in range(1, 6)]
    assert seen[-1]["completed"] == seen[-1]["total"] >= 5  # done: full (a walk that follows changes reads on)
