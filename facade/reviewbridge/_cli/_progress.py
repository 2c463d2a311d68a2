"""The progress display of ``export`` and ``load`` on a terminal."""

from __future__ import annotations

from typing import Any

from .._export import (
    ScopeResult,
)
from .._terminal import printable


class Progress:
    """A rich progress display on stderr (only on a terminal)."""

    def __init__(self, verb: str = "written", console: Any = None) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TextColumn("{task.fields[written]} " + verb),
            TextColumn("{task.fields[pages]} pages{task.fields[of]}"),
            BarColumn(bar_width=20),  # pulses without a total
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),  # from the rate so far, where the API gives a total
            console=console or Console(stderr=True),
            transient=True,
        )
        self._tasks: dict[str, Any] = {}

    def start(self, results: list[ScopeResult]) -> None:
        self._progress.start()
        for result in results:
            description = printable(result.key).replace("[", r"\[")  # no rich markup either
            self._tasks[result.key] = self._progress.add_task(description, total=None, written=0, pages=0, of="")

    def page(self, result: ScopeResult) -> None:
        self._progress.update(self._tasks[result.key], **progress_fields(result))

    def stop(self) -> None:
        self._progress.stop()


def progress_fields(result: ScopeResult) -> dict[str, Any]:
    """A scope's progress task: counts, and (where its API gives the walk's size) the total and how far."""
    fields: dict[str, Any] = {"written": result.written, "pages": result.pages, "completed": result.progress}
    size = result.size
    if size is not None:
        total = max(size.count, result.progress)  # a listing that grew meanwhile: never past 100%
        fields.update(total=total, of=f" of {total}" if size.unit == "pages" else f" ({total} reviews in all)")
    if result.done:
        fields["total"] = fields["completed"] = result.progress or 1
    return fields
