"""Records set aside: what a walk could not read, map or write goes to a rejects file, and the walk goes on.

One bad record (a lone surrogate, half an emoji, in a string; a member nested deeper than JSON can be
written) must not stall its scope: were it fatal, every later run would stop at the same record. So it is
appended to a JSON-lines file instead — its provider, scope, id where known, the reason, and the record as
JSON text (escaped as ASCII, so that even text that is not valid UTF-8 survives) — and the walk records
it as handled: the mark moves past it like past any other. The run then says it was partial (its exit
status). ``strict`` makes the first reject fatal instead, before the page holding it is recorded.

A run killed after a reject was written and before its page was recorded repeats that page, so a record
may be listed twice in the file; each line is complete (written, flushed and fsynced as one).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path

from .._exceptions import ExportError
from .._review import Review
from ._state import write_all

#: the default file, when the output gives no place beside it (stdout, a destination that is not a file)
DEFAULT = "reviewbridge.rejects.jsonl"
#: the exit status of a run that set records aside (it finished, but not every record is in its output)
PARTIAL = 3


def rejects_beside(output: str | Path | None) -> Path:
    """The default rejects file of an output: beside it, ``out.jsonl`` -> ``out.rejects.jsonl``."""
    if output is None or str(output) == "-":
        return Path(DEFAULT)
    path = Path(output)
    return path.with_name(f"{path.stem}.rejects.jsonl")


def record_text(record: object) -> str:
    """A record as JSON text, whatever it holds: non-ASCII escaped, numbers and unknown types as text."""
    try:
        return json.dumps(record, ensure_ascii=True, default=str)
    except (RecursionError, ValueError):
        return json.dumps(repr(record)[:10_000], ensure_ascii=True)


class Rejects:
    """The rejects file of one run (created on the first reject) and how many each scope set aside."""

    def __init__(self, path: Path, *, strict: bool = False) -> None:
        self.path = path
        self.strict = strict
        self.counts: dict[str, int] = {}
        self._lock = threading.Lock()

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def add(self, provider: str, scope: str, reason: str, record: object, review_id: str | None = None) -> None:
        """Set a record aside (or, ``strict``, stop at it with an ExportError)."""
        if self.strict:
            where = f" {review_id!r}" if review_id is not None else ""
            raise ExportError(f"{scope}: record{where} cannot be used ({reason}); --strict stops at it")
        line = {"provider": provider, "scope": scope, "id": review_id, "reason": reason, "raw": record_text(record)}
        data = (json.dumps(line, ensure_ascii=True) + "\n").encode("ascii")
        with self._lock:
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            except OSError as exc:
                raise ExportError(f"cannot write the rejects file {self.path}: {exc.strerror or exc}") from None
            try:
                write_all(fd, data)
            finally:
                os.close(fd)
            self.counts[scope] = self.counts.get(scope, 0) + 1


def set_aside(
    rejects: Rejects | None,
    provider: str,
    scope: str,
    unread: Sequence[tuple[str, object]],
    unwritten: Sequence[tuple[Review, str]],
) -> int:
    """Set aside a page's records that could not be read (``unread``: why, the record) or written (each
    review, why); how many. Without ``rejects`` (or strict), the first of them stops the run."""
    found: list[tuple[str, object, str | None]] = [(reason, record, None) for reason, record in unread]
    found += [(reason, review.raw_json, review.id) for review, reason in unwritten]
    for reason, record, review_id in found:
        if rejects is None:
            where = f" {review_id!r}" if review_id is not None else ""
            raise ExportError(f"{scope}: record{where} cannot be used ({reason}); nothing of its page was recorded")
        rejects.add(provider, scope, reason, record, review_id)
    return len(found)
