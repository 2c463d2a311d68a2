"""What one walk of one scope did, page by page: the counts its progress and summary lines show."""

from __future__ import annotations

from dataclasses import dataclass

from .._counted import counted
from .._providers import WalkSize
from ._rejects import Rejects
from ._walk import Selection


@dataclass
class ScopeResult:
    key: str
    written: int = 0
    skipped: int = 0
    pages: int = 0
    retries: int = 0
    done: bool = False
    #: reviews written whose change time lies beyond the run's start (plus CLOCK_SKEW): exported, but
    #: the mark does not follow them (one such stamp would otherwise hide every later change for good)
    future: int = 0
    future_example: str | None = None
    #: the walk stopped at ``max_reviews`` before its end: its state records where the next run goes on
    limited: bool = False
    #: the walk's size where its API tells it (with progress only): a total for the progress display
    size: WalkSize | None = None
    #: records set aside in the rejects file: they could not be read, mapped or written
    rejected: int = 0
    #: reviews a complete full re-scan found deleted (tombstones written), or why it recorded none
    deleted: int = 0
    scan_warning: str | None = None

    def count(self, selection: Selection, retries: int, unwritten: int = 0, rejected: int = 0) -> None:
        """A page is recorded, ``selection`` of it delivered but ``unwritten`` of those, ``rejected`` of it
        set aside (those, and records that could not be read); ``retries``: the client's retries so far."""
        self.written += len(selection.fresh) - unwritten
        self.rejected += rejected
        self.skipped += selection.skipped
        self.pages += 1
        self.retries = retries
        if selection.future:
            self.future += selection.future
            self.future_example = selection.future_example

    def future_warning(self, delivered: str) -> str | None:
        """The warning about reviews stamped in the future (``delivered``: exported), if there were any."""
        if not self.future:
            return None
        return (
            f"warning: {self.key}: {self.future} review(s) carry a change time in the future "
            f"(e.g. {self.future_example}); {delivered}, but the incremental mark stays at this run's start"
        )

    @property
    def progress(self) -> int:
        """How far the walk is, in the unit of ``size`` (pages, or reviews listed)."""
        return self.pages if self.size is None or self.size.unit == "pages" else self.written + self.skipped

    def summary(self, verb: str, already: str, incremental: bool) -> str:
        """The scope's line at the end of a run (``verb``: written, ``already``: exported); a run that found
        nothing new says why."""
        done = f"{counted(self.pages, 'page')}, {counted(self.retries, 'retry', 'retries')}"
        if self.deleted:
            done = f"{self.deleted} deleted, {done}"
        if self.written:
            return f"{self.key}: {counted(self.written, 'review')} {verb} ({self.skipped} already {already}), {done}"
        if self.skipped:
            were = "was" if self.skipped == 1 else "were"
            why = f"the {counted(self.skipped, 'review')} listed {were} {already} already"
        else:
            why = "no review changed since the last run" if incremental else "the scope lists no reviews"
        return f"{self.key}: nothing new ({why}), {done}"

    def scan_line(self) -> str | None:
        """The warning of a full re-scan that recorded no deletion, and why, if it was one."""
        return f"warning: {self.key}: {self.scan_warning}" if self.scan_warning else None

    def rejects_line(self, rejects: Rejects | None) -> str | None:
        """The line naming the records this scope set aside, if it set any aside."""
        if not self.rejected or rejects is None:
            return None
        return (
            f"{self.key}: {self.rejected} record(s) could not be used and were set aside in {rejects.path} "
            "(each with the reason and the record); the run is partial"
        )


__all__ = ["ScopeResult"]
