"""Output: reviews as JSON lines or CSV, to a file (append, truncated to what is committed) or stdout.

The output belongs to one run at a time: a run holds an exclusive lock on the output file itself (not
on a file beside it) for as long as it writes, whatever state file it uses. An output that exists and
is not a regular file (a FIFO, a character device, ``/dev/stdout``) is written to directly and never
replaced; a symbolic link is written through (the link stays a link).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

import orjson

from .._exceptions import ExportError, LockHeld
from .._json import dumps
from .._locks import Release, lock_output
from .._review import FIELDS, Review

FORMATS = ("jsonl", "csv")
CSV_FIELDS = FIELDS  # every unified field, as a column
#: UTF-8's byte-order mark: Excel on Windows reads a CSV file as UTF-8 only when it starts with one
BOM = "\ufeff".encode()


def _stamp(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value is not None else None


def review_record(review: Review) -> dict[str, Any]:
    """The review's fields as JSON-ready values (timestamps ISO 8601 UTC) plus ``raw``, the provider's JSON."""
    raw: Any = getattr(review, "raw_json", None)  # the provider's original JSON, where the facade keeps it
    if not isinstance(raw, dict):
        raw = review.raw
        raw = raw.to_dict() if hasattr(raw, "to_dict") else raw
    return {
        "provider": review.provider,
        "id": review.id,
        "rating": review.rating,
        "rating_max": review.rating_max,
        "title": review.title,
        "text": review.text,
        "pros": list(review.pros),
        "cons": list(review.cons),
        "author": review.author,
        "created_at": _stamp(review.created_at),
        "updated_at": _stamp(review.updated_at),
        "reply": review.reply,
        "product": review.product,
        "order_ref": review.order_ref,
        "status": review.status,
        "raw": raw,
    }


def encode_jsonl(reviews: list[Review]) -> bytes:
    return b"".join(dumps(review_record(r), default=str) + b"\n" for r in reviews)


#: what encoding a record its server sent raises when it cannot be written: a string that is not text
#: (a lone surrogate), a member nested deeper than JSON is written
UNWRITABLE = (orjson.JSONEncodeError, UnicodeEncodeError, RecursionError)


def unwritable(exc: BaseException) -> str:
    """Why a record cannot be written, in words."""
    if isinstance(exc, UnicodeEncodeError) or "surrogates" in str(exc):
        return "it holds a string that is not valid text (a lone surrogate)"
    if isinstance(exc, RecursionError) or "ecursion" in str(exc):
        return "it is nested too deeply to be written as JSON"
    return f"it cannot be written as JSON ({exc})"


#: A cell starting with one of these is a formula to a spreadsheet (OWASP's CSV injection rule).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class _Rows:
    """Where the ``csv`` writer puts its rows: each kept with a line feed for its end.

    The writer ends rows with CRLF so that it quotes every cell holding a CR or an LF: with LF alone as
    the terminator, Python before 3.13 leaves a bare CR unquoted, and a reader then sees an extra row.
    Every CR and LF of a cell is then inside quotes, so the row's last two characters are its end."""

    def __init__(self) -> None:
        self.text: list[str] = []

    def write(self, row: str) -> int:
        self.text.append(row[:-2])
        self.text.append("\n")
        return len(row)


def _neutralised(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def encode_csv(reviews: list[Review], *, header: bool, neutralise: bool = True) -> bytes:
    """CSV rows (with the header row first if asked), each ended by a line feed. ``neutralise`` prefixes
    a ``'`` to text cells a spreadsheet would run as a formula."""
    rows = _Rows()
    writer = csv.writer(rows, lineterminator="\r\n")  # see _Rows
    if header:
        writer.writerow(CSV_FIELDS)
    for review in reviews:
        record = review_record(review)
        record["pros"] = " | ".join(review.pros)
        record["cons"] = " | ".join(review.cons)
        cells = (record[f] for f in CSV_FIELDS)
        writer.writerow([_neutralised(c) for c in cells] if neutralise else cells)
    return "".join(rows.text).encode()


def _lock(fd: int, target: Path, out: str) -> Release:
    """Hold the output's own lock (released by the release given, and when ``fd`` closes); LockHeld if
    another run has it."""
    release = lock_output(fd, target)
    if release is None:
        raise LockHeld(
            f"another export is writing to {out} (it holds the output's lock); wait for it to finish, "
            "or export to another file"
        )
    return release


def _direct(out: str) -> bool:
    """Whether ``out`` is written in place rather than replaced: an existing file that is not a regular
    one (FIFO, device, socket), or a name in /dev or /proc, or reached through a link into them:
    ``/dev/stdout`` may lead to a regular file the shell opened, and replacing that file would defeat the
    shell's redirection (as root, replacing /dev/stdout itself breaks the machine)."""
    path = os.path.abspath(out)
    for _ in range(40):  # the kernel's own limit on a chain of links
        if path.startswith(("/dev/", "/proc/")):
            return True
        if not os.path.islink(path):
            break
        path = os.path.join(os.path.dirname(path), os.readlink(path))
        path = os.path.abspath(path)
    try:
        return not stat.S_ISREG(os.stat(out).st_mode)
    except FileNotFoundError:
        return False


def _unlock(fd: int | None, release: Release | None) -> None:
    """End an output's lock: its release, then the descriptor holding it (when there is one)."""
    try:
        if release is not None:
            release()
    finally:
        if fd is not None:
            os.close(fd)


class Writer:
    """Appends encoded pages and makes them durable; ``offset`` is the size of the complete output."""

    def __init__(
        self,
        handle: IO[bytes],
        fmt: str,
        offset: int,
        *,
        durable: bool,
        temporary: tuple[Path, Path] | None = None,
        neutralise: bool = True,
        held: int | None = None,
        release: Release | None = None,
        bom: bool = False,
    ) -> None:
        self._handle = handle
        self._fmt = fmt
        self._durable = durable
        self._temporary = temporary  # (temporary file, the output it replaces on commit)
        self._neutralise = neutralise
        self._bom = bom
        self._held = held  # an fd holding the lock of an output that commit replaces
        self._release = release  # the output's lock
        self.offset = offset

    @classmethod
    def open(cls, out: str, fmt: str, *, neutralise: bool = True, bom: bool = False) -> Writer:
        """A one-off export to ``out`` ('-' is stdout). A regular file (or a link to one) is written
        beside the output and put in place on ``commit``, so a failed run leaves the old output; other
        outputs (FIFO, device, /dev/stdout) are written directly. ``bom``: CSV starts with a BOM."""
        # A one-off output: written from offset 0, with no fsync per page (unlike a ledger).
        one_off = functools.partial(cls, fmt=fmt, offset=0, durable=False, neutralise=neutralise, bom=bom)
        if out == "-":
            return one_off(sys.stdout.buffer)
        if _direct(out):
            return one_off(open(out, "ab"))
        target = Path(os.path.realpath(out))  # through symbolic links: the link stays, its target is replaced
        held = release = None
        mode = 0o644
        with contextlib.suppress(FileNotFoundError):
            held = os.open(target, os.O_RDONLY | os.O_CLOEXEC)
        try:
            if held is not None:
                release = _lock(held, target, out)  # not while an incremental run appends to it
                mode = stat.S_IMODE(os.fstat(held).st_mode)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
            os.fchmod(fd, mode)
        except BaseException:
            _unlock(held, release)
            raise
        return one_off(os.fdopen(fd, "wb"), temporary=(Path(tmp), target), held=held, release=release)

    @classmethod
    def open_ledger(cls, out: str, fmt: str, *, neutralise: bool = True, bom: bool = False) -> Writer:
        """The output of an incremental export, locked: a regular file (created if missing, through a
        symbolic link) appended to in place. ``cut`` then drops what the state does not record. ``bom``:
        a CSV file started by this run starts with a BOM (one appended to keeps how it began)."""
        if _direct(out):
            raise ExportError(f"--state needs a regular file for --out; {out} is not one (write it without --state)")
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o644)
        release = None
        try:
            release = _lock(fd, Path(os.path.realpath(out)), out)
            handle = os.fdopen(fd, "ab")
        except BaseException:
            _unlock(fd, release)
            raise
        return cls(handle, fmt, os.fstat(fd).st_size, durable=True, neutralise=neutralise, release=release, bom=bom)

    def cut(self, offset: int, out: str) -> None:
        """Cut the output back to ``offset`` complete bytes, dropping a page a killed run left half-written."""
        size = os.fstat(self._handle.fileno()).st_size
        if size < offset:
            raise ExportError(
                f"output {out} has {size} bytes but the state records {offset} complete bytes: "
                "it was truncated or replaced; use a new --state file (or restore the output)"
            )
        if size > offset:
            self._handle.truncate(offset)
            self._handle.flush()
            os.fsync(self._handle.fileno())
        self.offset = offset

    def encode(self, reviews: list[Review]) -> bytes:
        """The records of ``reviews`` (no CSV header: ``append`` adds it at the start of the file)."""
        if self._fmt == "csv":
            return encode_csv(reviews, header=False, neutralise=self._neutralise) if reviews else b""
        return encode_jsonl(reviews)

    def encode_each(self, reviews: list[Review]) -> tuple[bytes, list[tuple[Review, str]]]:
        """``encode``, but a review that cannot be written is left out: (the records, each left out with why)."""
        try:
            return self.encode(reviews), []
        except UNWRITABLE:
            pass
        parts, left_out = [], []
        for review in reviews:  # one by one, to find those at fault
            try:
                parts.append(self.encode([review]))
            except UNWRITABLE as exc:
                left_out.append((review, unwritable(exc)))
        return b"".join(parts), left_out

    def append(self, data: bytes) -> int:
        """Append encoded records (after the CSV header if the file is empty); flush, and fsync when the
        output is a ledger kept in step with a state file. Returns the new offset."""
        if self._fmt == "csv" and self.offset == 0:
            # The mark goes with the header, so only at the very start of the file, never mid-file.
            data = (BOM if self._bom else b"") + encode_csv([], header=True) + data
        if data:
            self._handle.write(data)
            self._handle.flush()
            if self._durable:
                os.fsync(self._handle.fileno())
            self.offset += len(data)
        return self.offset

    def write(self, reviews: list[Review]) -> int:
        """Encode and append ``reviews``; the new offset."""
        return self.append(self.encode(reviews))

    def commit(self) -> None:
        """The export succeeded: make the output durable (and put a temporary file in place)."""
        self._handle.flush()
        if self._handle is sys.stdout.buffer:
            return
        if self._durable or self._temporary is not None:
            os.fsync(self._handle.fileno())
        if self._temporary is not None:
            temporary, output = self._temporary
            os.replace(temporary, output)
            self._temporary = None

    def close(self) -> None:
        """Close (releasing the output's lock); a temporary output that was never committed is removed."""
        if self._handle is sys.stdout.buffer:
            self._handle.flush()
            return
        self._handle.close()
        _unlock(self._held, self._release)
        self._held = self._release = None
        if self._temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temporary[0])
