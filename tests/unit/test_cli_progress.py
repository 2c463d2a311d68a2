"""Progress totals where the API gives a walk's size (each provider's own in its test file), how the
display renders them, and summaries that say why a run found nothing new."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from reviewbridge._cli import _Progress, main, progress_fields
from reviewbridge._export import Job, ScopeResult, run_export
from reviewbridge._providers import WalkSize
from rich.console import Console

from ._support import paged_testfreaks, tf_client
from .test_cli_export import FakeTestFreaks


def walk(job: Job, client: Any, tmp_path: Path, **kwargs: Any) -> list[dict[str, Any]]:
    """Export ``job`` with ``client``, recording the progress task's fields after every page."""
    seen: list[dict[str, Any]] = []
    run_export(
        [job],
        out=str(tmp_path / "out.jsonl"),
        client_factory=lambda _: client,
        on_page=lambda result: seen.append(progress_fields(result)),
        **kwargs,
    )
    return seen


def test_the_display_renders_totals_and_time_left() -> None:
    screen = io.StringIO()
    progress = _Progress(console=Console(file=screen, force_terminal=True, width=160))
    result = ScopeResult("testfreaks:client_id=m", written=20, pages=2, size=WalkSize(5, "pages"))
    other = ScopeResult("testfreaks:client_id=x", written=7, pages=1)
    progress.start([result, other])
    progress.page(result)
    progress.page(other)
    progress._progress.refresh()
    progress.stop()
    text = screen.getvalue()
    assert "20 written" in text and "2 pages of 5" in text and "left" in text
    assert "7 written" in text and "1 pages" in text


def test_a_run_with_nothing_new_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    api = FakeTestFreaks(3)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    argv = ["export", "testfreaks", "--client-id", "shop", "--out", str(out), "--state", str(state)]
    assert main(argv, client_factory=api.factory) == 0
    capsys.readouterr()
    assert main(argv, client_factory=api.factory) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        "reviewbridge: testfreaks:client_id=shop: nothing new (the 3 reviews listed were exported already), "
        "1 page, 0 retries"
    )
    assert err[1].startswith("reviewbridge: 0 reviews written in ")
    assert err[1].endswith("s: nothing new since the last run, the output is up to date")


def test_an_empty_scope_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handler, _ = paged_testfreaks(0, 10)
    out = tmp_path / "out.jsonl"
    argv = ["export", "testfreaks", "--client-id", "shop", "--out", str(out)]
    assert main(argv, client_factory=lambda _: tf_client(handler)) == 0
    err = capsys.readouterr().err.splitlines()
    assert (
        err[0] == "reviewbridge: testfreaks:client_id=shop: nothing new (the scope lists no reviews), 1 page, 0 retries"
    )
    assert "up to date" not in err[1]  # without --state there is no last run to compare with


def test_a_load_with_nothing_new_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("dlt")
    api = FakeTestFreaks(3)
    argv = ["load", "testfreaks", "--client-id", "shop", "--to", str(tmp_path / "r.duckdb")]
    assert main(argv, client_factory=api.factory) == 0
    capsys.readouterr()
    assert main(argv, client_factory=api.factory) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith(": nothing new (the 3 reviews listed were loaded already), 1 page, 0 retries")
    assert err[1].endswith("s: nothing new since the last load, the table is up to date")
