"""Reviews as rows of the ``reviews`` table: its columns for dlt, and Arrow batches to load.

Rows go to dlt as Arrow tables, not dicts: dlt then skips its per-row normalisation (the costly step,
several times slower than fetching the reviews) and writes Parquet that the destination loads in bulk.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Callable, Sequence
from typing import Any

import pyarrow as pa
from dlt.common.schema.typing import TTableSchemaColumns

from .._export import UNWRITABLE, Tombstone, unwritable
from .._json import dumps
from .._review import Review
from .._timestamps import parse_iso8601

TABLE = "reviews"
PRIMARY_KEY = ("provider", "id")

_STAMP = pa.timestamp("us", tz="UTC")


def _json(value: object) -> str:
    return dumps(value, default=str).decode()


def _stamp(value: dt.datetime | None) -> dt.datetime | None:
    return value.astimezone(dt.UTC) if value is not None else None


#: column -> (dlt data type, Arrow type, value of a review); in the table's order
_FIELDS: tuple[tuple[str, str, pa.DataType, Callable[[Review], Any]], ...] = (
    ("provider", "text", pa.string(), lambda r: r.provider),
    ("id", "text", pa.string(), lambda r: r.id),
    ("rating", "double", pa.float64(), lambda r: r.rating),
    ("rating_max", "bigint", pa.int64(), lambda r: r.rating_max),
    ("title", "text", pa.string(), lambda r: r.title),
    ("text", "text", pa.string(), lambda r: r.text),
    ("pros", "json", pa.string(), lambda r: _json(list(r.pros))),
    ("cons", "json", pa.string(), lambda r: _json(list(r.cons))),
    ("author", "text", pa.string(), lambda r: r.author),
    ("created_at", "timestamp", _STAMP, lambda r: _stamp(r.created_at)),
    ("updated_at", "timestamp", _STAMP, lambda r: _stamp(r.updated_at)),
    ("reply", "text", pa.string(), lambda r: r.reply),
    ("product", "text", pa.string(), lambda r: r.product),
    ("order_ref", "text", pa.string(), lambda r: r.order_ref),
    ("status", "text", pa.string(), lambda r: r.status),
    # the provider's record exactly as sent (the facade keeps it as parsed JSON)
    ("raw", "json", pa.string(), lambda r: _json(r.raw_json)),
    # set by a complete full re-scan that no longer found the review listed (the row stays); a review
    # written again (listed again) has it cleared
    ("deleted_at", "timestamp", _STAMP, lambda r: None),
)
_STAMPS = tuple(name for name, data_type, _, _ in _FIELDS if data_type == "timestamp")

SCHEMA = pa.schema([pa.field(name, kind, nullable=name not in PRIMARY_KEY) for name, _, kind, _ in _FIELDS])


def columns() -> TTableSchemaColumns:
    """The table's column hints: types, the key, and which version of a review wins within one load."""
    hints: TTableSchemaColumns = {}
    for name, data_type, _, _ in _FIELDS:
        hints[name] = {"name": name, "data_type": data_type, "nullable": name not in PRIMARY_KEY}  # type: ignore[typeddict-item]
    # A review changed during a walk can be delivered twice in one load: the newest version wins.
    hints["updated_at"]["dedup_sort"] = "desc"
    return hints


def resource_hints() -> dict[str, Any]:
    """What every scope's dlt resource declares about the table (``reviewbridge schema`` describes the
    table from these): its name, key, write disposition and columns."""
    return {"table_name": TABLE, "primary_key": PRIMARY_KEY, "write_disposition": "merge", "columns": columns()}


def checked_batch(reviews: Sequence[Review]) -> tuple[pa.Table, list[tuple[Review, str]]]:
    """``batch``, but a review that cannot be written is left out: (the table, each left out with why)."""
    try:
        return batch(reviews), []
    except UNWRITABLE:
        pass
    kept, left_out = [], []
    for review in reviews:  # one by one, to find those at fault
        try:
            batch([review])
        except UNWRITABLE as exc:
            left_out.append((review, unwritable(exc)))
        else:
            kept.append(review)
    return batch(kept), left_out


def batch(reviews: Sequence[Review]) -> pa.Table:
    """An Arrow table of ``reviews``, one row each, built column by column."""
    arrays = [pa.array([value(r) for r in reviews], type=kind) for _, _, kind, value in _FIELDS]
    return pa.Table.from_arrays(arrays, schema=SCHEMA)


def kept(review: Review) -> bytes:
    """What the digest store keeps of a review loaded: its row (compressed), to report its deletion with."""
    row = {name: value(review) for name, _, _, value in _FIELDS}
    return zlib.compress(dumps(row, default=str))


def tombstone_batch(stones: Sequence[Tombstone]) -> pa.Table:
    """The rows of reviews a full re-scan found deleted: each as last loaded, with ``deleted_at`` set (a
    merge replaces the whole row, so the row is sent whole; the store kept it when it was loaded)."""
    rows: list[dict[str, Any]] = []
    for stone in stones:
        row: dict[str, Any] = {"provider": stone.provider, "id": stone.id}
        if stone.content is not None:
            row.update(json.loads(zlib.decompress(stone.content)))
        for name in _STAMPS:
            if isinstance(row.get(name), str):
                row[name] = parse_iso8601(row[name])  # as the review held it
        row["deleted_at"] = stone.deleted_at
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=SCHEMA)
