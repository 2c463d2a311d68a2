"""``reviewbridge schema``: what an export line and the warehouse table hold, built from the code that
writes them rather than written out a second time.

The JSON Schema of an export line takes each field's type from the annotations of :class:`Review`
(the fields ``export`` writes, in its order) and the providers from the registry; the table's SQL takes
its columns from the hints the dlt resource gives every load, each typed by dlt's own mapping for the
destination, as dlt types them when it creates the table.

Exports write no tombstones: a review deleted at the provider gets no line, and the lines an earlier
run wrote stay as they were (the table keeps its row too).
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from typing import Any

from ._exceptions import UsageError
from ._providers import REGISTRY
from ._review import FIELDS, Review

FORMATS = ("json-schema", "sql")

#: what each field of a line (each column of the table) holds
DESCRIPTIONS = {
    "provider": "The provider the review comes from.",
    "id": "The review's id: the provider's, or one derived from its content where it gives none.",
    "rating": "The rating on the provider's own scale, never rescaled; null where the review has none.",
    "rating_max": "The top of the rating's scale: 5 (stars) or 10 (Net Promoter Score).",
    "title": "The review's title.",
    "text": "The review's text.",
    "pros": "What the reviewer liked, one item each.",
    "cons": "What the reviewer did not like, one item each.",
    "author": "The reviewer, as the provider names them (a name, or an id).",
    "created_at": "When the review was written, in UTC.",
    "updated_at": "When the review last changed, in UTC: the incremental runs' cursor.",
    "reply": "The merchant's reply to the review.",
    "product": "The product the review is about, where the provider names one.",
    "order_ref": "The order (or purchase) the review was invited for.",
    "status": "The review's state at the provider (e.g. published, moderated).",
    "raw": "The provider's record exactly as it sent it (its own JSON shape, numbers unrounded).",
    "deleted_at": "When a full re-scan (--full-scan) no longer found the review listed, in UTC; null while it is.",
}

#: the form ``export`` writes a stamp in: ISO 8601 in UTC, ``+00:00``, microseconds where there are some
_UTC_STAMP = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?\+00:00$"


def _json_type(annotation: Any) -> dict[str, Any]:
    """The JSON Schema of a value of ``annotation`` as ``export`` writes it."""
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        present = [arg for arg in args if arg is not type(None)]
        if len(present) != 1:
            raise TypeError(f"no JSON type for {annotation!r}")
        schema = _json_type(present[0])
        if len(present) < len(args):  # Optional: null too
            schema["type"] = [schema["type"], "null"]
        return schema
    if typing.get_origin(annotation) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return {"type": "array", "items": _json_type(args[0])}
    if annotation is dt.datetime:
        return {"type": "string", "format": "date-time", "pattern": _UTC_STAMP}
    simple = {str: "string", bool: "boolean", int: "integer", float: "number"}
    if annotation in simple:
        return {"type": simple[annotation]}
    raise TypeError(f"no JSON type for {annotation!r}")


def export_line_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of one line of ``reviewbridge export --format jsonl``: an object with
    every :class:`Review` field and ``raw``, the provider's record."""
    hints = typing.get_type_hints(Review.__init__)
    properties: dict[str, Any] = {}
    for name in FIELDS:
        properties[name] = {"description": DESCRIPTIONS[name], **_json_type(hints[name])}
    properties["provider"]["enum"] = list(REGISTRY)
    properties["raw"] = {"description": DESCRIPTIONS["raw"], "type": "object"}
    review = {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}
    stamp = {"type": "string", "format": "date-time", "pattern": _UTC_STAMP}
    tombstone = {
        "description": "A review a complete full re-scan (--full-scan) no longer found listed.",
        "type": "object",
        "properties": {
            "provider": properties["provider"],
            "id": properties["id"],
            "deleted_at": {"description": DESCRIPTIONS["deleted_at"], **stamp},
        },
        "required": ["provider", "id", "deleted_at"],
        "additionalProperties": False,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "reviewbridge export line",
        "description": (
            "One review version, as `reviewbridge export` writes it: one JSON object per line; or, from a "
            "full re-scan (--full-scan), a tombstone line for a review no longer listed."
        ),
        "oneOf": [review, tombstone],
    }


def table_sql(dataset: str) -> str:
    """The ``CREATE TABLE`` that describes the table ``reviewbridge load`` writes into DuckDB (dataset
    ``dataset``): the dlt resource's columns, typed by dlt's DuckDB type mapping. dlt creates the table
    itself on the first load; this is what it holds. Needs dlt (the ``warehouse`` extra)."""
    import dlt

    from ._load._rows import resource_hints

    hints = resource_hints()
    table = dlt.resource([], name=hints["table_name"], **hints).compute_table_schema()
    capabilities = dlt.destinations.duckdb().capabilities()
    mapper = capabilities.get_type_mapper()
    quote = capabilities.escape_identifier
    key = ", ".join(quote(name) for name in hints["primary_key"])
    lines = [
        f"-- The table `reviewbridge load` writes (dlt creates it on the first load), merged on ({key}):",
        "-- a review is one row, its latest version.",
        f"CREATE TABLE {quote(dataset)}.{quote(table['name'])} (",
    ]
    columns = list(table["columns"].values())
    for number, column in enumerate(columns, 1):
        kind = mapper.to_destination_type(column, table)
        null = "" if column.get("nullable", True) else " NOT NULL"
        comma = "," if number < len(columns) else ""
        lines.append(f"    {quote(column['name'])} {kind}{null}{comma}  -- {DESCRIPTIONS[column['name']]}")
    lines.append(");")
    return "\n".join(lines) + "\n"


def describe(fmt: str = "json-schema", dataset: str | None = None) -> str:
    """What ``reviewbridge schema --format FMT [--dataset NAME]`` prints."""
    if fmt == "json-schema":
        if dataset is not None:
            raise UsageError("--dataset applies to --format sql only")
        return json.dumps(export_line_schema(), indent=2) + "\n"
    try:
        from ._load._pipeline import _IDENTIFIER, DEFAULT_DATASET
    except ImportError as exc:
        extra = "pip install 'reviewbridge[warehouse]'"
        raise UsageError(f"--format sql needs the warehouse extra: {extra} ({exc})") from None
    dataset = DEFAULT_DATASET if dataset is None else dataset
    if not _IDENTIFIER.fullmatch(dataset):
        raise UsageError(f"--dataset {dataset!r} is not a plain lower-case SQL name (letters, digits, underscores)")
    return table_sql(dataset)
