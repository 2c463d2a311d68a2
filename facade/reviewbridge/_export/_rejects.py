"""Records set aside: what a walk could not read, map or write goes to a rejects file, and the walk goes on.

One bad record (a lone surrogate, half an emoji, in a string; a member nested deeper than JSON can be
written) must not stall its scope: were it fatal, every later run would stop at the same record. So it is
appended to a JSON-lines file instead — its provider, scope, id where known, the reason, and the record's
bytes exactly as the server sent them (after any content encoding is undone): ``raw`` as text and
``raw_base64`` — and the walk records it as handled: the mark moves past it like past any other. The run
then says it was partial (its exit status). ``strict`` makes the first reject fatal instead, before the
page holding it is recorded.

The bytes are found in the page's body: the element of one of its arrays that reads as the record. When a
page comes without its body (a caller's own pages), ``raw`` is the record written again as JSON (ASCII,
numbers exact) and ``raw_base64`` is null.

A run killed after a reject was written and before its page was recorded repeats that page, so a record
may be listed twice in the file; each line is complete (written, flushed and fsynced as one).
"""

from __future__ import annotations

import base64
import json
import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .._exceptions import ExportError
from .._json import array_elements, loads
from .._page import ReviewPage
from .._review import Review
from ._durable import write_all

logger = logging.getLogger("reviewbridge")

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

    def __init__(self, path: Path, *, strict: bool = False, warn: bool = False) -> None:
        self.path = path
        self.strict = strict
        #: log a warning for each record set aside (for library use: no summary says so)
        self.warn = warn
        self.counts: dict[str, int] = {}
        self._lock = threading.Lock()

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def add(
        self,
        provider: str,
        scope: str,
        reason: str,
        record: object,
        review_id: str | None = None,
        raw: bytes | None = None,
    ) -> None:
        """Set a record aside, with ``raw``, its bytes as sent, where known (or, ``strict``, stop at it with
        an ExportError)."""
        if self.strict:
            where = f" {review_id!r}" if review_id is not None else ""
            raise ExportError(f"{scope}: record{where} cannot be used ({reason}); --strict stops at it")
        line = {
            "provider": provider,
            "scope": scope,
            "id": review_id,
            "reason": reason,
            "raw": record_text(record) if raw is None else raw.decode("utf-8", "backslashreplace"),
            "raw_base64": None if raw is None else base64.b64encode(raw).decode("ascii"),
        }
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
        if self.warn:
            where = f" {review_id!r}" if review_id is not None else ""
            logger.warning("%s: record%s could not be used (%s); set aside in %s", scope, where, reason, self.path)


class _AsSent:
    """The bytes of a page's records as the server sent them, found in its body on first use."""

    def __init__(self, content: bytes | None) -> None:
        self._content = content
        self._objects: list[tuple[object, bytes]] | None = None

    def of(self, record: object) -> bytes | None:
        """The bytes of the element of one of the body's arrays that reads as ``record`` (None: none does)."""
        if self._content is None:
            return None
        if self._objects is None:
            self._objects = []
            for elements in array_elements(self._content):
                for element in elements:
                    if element.startswith(b"{"):
                        try:
                            self._objects.append((loads(element), element))
                        except (ValueError, RecursionError):
                            continue
        return next((element for value, element in self._objects if value == record), None)


def set_aside(
    rejects: Rejects | None,
    provider: str,
    scope: str,
    page: ReviewPage[Any, Any, Any],
    unwritten: Sequence[tuple[Review, str]],
) -> int:
    """Set aside the records of ``page`` that could not be read (its ``rejects``) or written (``unwritten``:
    each review, why); how many. Without ``rejects`` (or strict), the first of them stops the run."""
    found: list[tuple[str, object, str | None]] = [(reason, record, None) for reason, record in page.rejects]
    found += [(reason, review.raw_json, review.id) for review, reason in unwritten]
    as_sent = _AsSent(page.content)
    for reason, record, review_id in found:
        if rejects is None:
            where = f" {review_id!r}" if review_id is not None else ""
            raise ExportError(f"{scope}: record{where} cannot be used ({reason}); nothing of its page was recorded")
        rejects.add(provider, scope, reason, record, review_id, as_sent.of(record))
    return len(found)
