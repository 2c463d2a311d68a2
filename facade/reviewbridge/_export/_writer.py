"""Output: reviews as JSON lines or CSV, to a file (append, truncated to what is committed) or stdout."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

import orjson

from .._review import Review

FORMATS = ("jsonl", "csv")
CSV_FIELDS = (
    "provider",
    "id",
    "rating",
    "rating_max",
    "title",
    "text",
    "pros",
    "cons",
    "author",
    "created_at",
    "updated_at",
    "reply",
    "product",
    "order_ref",
    "status",
)


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
    return b"".join(orjson.dumps(review_record(r), default=str) + b"\n" for r in reviews)


def encode_csv(reviews: list[Review], *, header: bool) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow(CSV_FIELDS)
    for review in reviews:
        record = review_record(review)
        record["pros"] = " | ".join(review.pros)
        record["cons"] = " | ".join(review.cons)
        writer.writerow(["" if record[f] is None else record[f] for f in CSV_FIELDS])
    return buffer.getvalue().encode()


class Writer:
    """Appends encoded pages and makes them durable; ``offset`` is the size of the complete output."""

    def __init__(
        self, handle: IO[bytes], fmt: str, offset: int, *, durable: bool, temporary: tuple[Path, Path] | None = None
    ) -> None:
        self._handle = handle
        self._fmt = fmt
        self._durable = durable
        self._temporary = temporary  # (temporary file, the output it replaces on commit)
        self.offset = offset

    @classmethod
    def open(cls, out: str, fmt: str, *, offset: int | None) -> Writer:
        """``out`` ('-' is stdout). With ``offset`` (incremental mode) the file is kept and cut back to
        ``offset`` bytes, dropping a page a killed run left half-written; without it, it is replaced."""
        if out == "-":
            return cls(sys.stdout.buffer, fmt, 0, durable=False)
        path = Path(out)
        if offset is None:
            # No state to keep in step with: write a temporary file beside the output and put it in
            # place only when the export succeeds (commit), so a failed run leaves the old output.
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
            return cls(os.fdopen(fd, "wb"), fmt, 0, durable=False, temporary=(Path(tmp), path))
        handle = path.open("ab")
        try:
            size = os.fstat(handle.fileno()).st_size
            if size < offset:
                raise OSError(
                    f"output {out} has {size} bytes but the state records {offset} complete bytes: "
                    "it was truncated or replaced; use a new --state file (or restore the output)"
                )
            if size > offset:
                handle.truncate(offset)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            handle.close()
            raise
        return cls(handle, fmt, offset, durable=True)

    def encode(self, reviews: list[Review]) -> bytes:
        """The records of ``reviews`` (no CSV header: ``append`` adds it at the start of the file)."""
        if self._fmt == "csv":
            return encode_csv(reviews, header=False) if reviews else b""
        return encode_jsonl(reviews)

    def append(self, data: bytes) -> int:
        """Append encoded records (after the CSV header if the file is empty); flush, and fsync when the
        output is a ledger kept in step with a state file. Returns the new offset."""
        if self._fmt == "csv" and self.offset == 0:
            data = encode_csv([], header=True) + data
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
        if self._handle is sys.stdout.buffer:
            self._handle.flush()
            return
        self._handle.flush()
        os.fsync(self._handle.fileno())
        if self._temporary is not None:
            temporary, output = self._temporary
            os.replace(temporary, output)
            self._temporary = None

    def close(self) -> None:
        """Close; a temporary output that was never committed is removed."""
        if self._handle is sys.stdout.buffer:
            self._handle.flush()
            return
        self._handle.close()
        if self._temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temporary[0])
