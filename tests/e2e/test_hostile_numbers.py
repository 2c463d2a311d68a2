"""A server sending numbers no double holds: ids beyond 64 bits, digits past a double's precision, 1e400.

Every number reaches the caller, the export and the warehouse exactly as sent; two ids that a double
would make one stay two reviews.
"""

from __future__ import annotations

import json
import socket
from decimal import Decimal
from pathlib import Path

import pytest
import reviewbridge as rb
from reviewbridge._cli import main

from tests.e2e.hostile import Request, response_bytes, serve
from tests.unit._support import tf_item

IDS = (18446744073709551617, 18446744073709551618)  # 2**64 + 1 and + 2: one double
#: members of the raw record, as the server writes them, and what they are exactly
NUMBERS = {
    "votes_up": ("123456789012345678901234567890", 123456789012345678901234567890),
    "votes_down": ("-9223372036854775809", -9223372036854775809),
    "weight": ("0.10000000000000000555", Decimal("0.10000000000000000555")),
    "huge": ("1e400", Decimal("1e400")),
    "tiny": ("1e-400", Decimal("1e-400")),
    "plain": ("4.5", 4.5),
}


def _record(review_id: int) -> bytes:
    item = {k: v for k, v in tf_item(1).items() if k not in NUMBERS}
    item["id"] = "@ID@"
    text = json.dumps(item).replace('"@ID@"', str(review_id))
    return (text[:-1] + "".join(f', "{k}": {v}' for k, (v, _) in NUMBERS.items()) + "}").encode()


def _page(request: Request, conn: socket.socket) -> None:
    body = b'{"data": [' + b", ".join(_record(i) for i in IDS) + b'], "links": {}}'
    conn.sendall(response_bytes(200, body, {"Content-Type": "application/json"}))


def _exact(raw: dict[str, object]) -> None:
    for name, (_, value) in NUMBERS.items():
        assert raw[name] == value and type(raw[name]) is type(value), (name, raw[name])


def test_the_client_keeps_every_number_exactly() -> None:
    with serve(_page) as server, rb.TestFreaks("key", base_url=server.url) as client:
        reviews = list(client.reviews())
    assert [r.id for r in reviews] == [str(i) for i in IDS]
    for review in reviews:
        assert review.raw_json["id"] in IDS
        _exact(review.raw_json)


def _parse_exactly(line: str) -> dict[str, object]:
    return json.loads(line, parse_float=Decimal)


def _as_sent(raw: object) -> None:
    """``raw``, read back with every fraction as a Decimal, holds the numbers the server sent."""
    assert isinstance(raw, dict) and raw["id"] in IDS
    for name, (sent, value) in NUMBERS.items():
        assert raw[name] == (Decimal(sent) if isinstance(value, float) else value), name


def test_the_export_writes_two_lines_with_the_numbers_as_sent(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("REVIEWBRIDGE_TESTFREAKS_API_KEY", "hostile-test-key")
    out = tmp_path / "out.jsonl"
    with serve(_page) as server:
        status = main(["export", "testfreaks", "--base-url", server.url, "--out", str(out)])
    assert status == 0, capsys.readouterr().err
    lines = [_parse_exactly(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == [str(i) for i in IDS]
    for line in lines:
        _as_sent(line["raw"])


def test_the_warehouse_gets_two_rows_with_the_numbers_as_sent(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    duckdb = pytest.importorskip("duckdb")
    monkeypatch.setenv("REVIEWBRIDGE_TESTFREAKS_API_KEY", "hostile-test-key")
    database = tmp_path / "reviews.duckdb"
    with serve(_page) as server:
        status = main(["load", "testfreaks", "--base-url", server.url, "--to", str(database)])
    assert status == 0, capsys.readouterr().err
    with duckdb.connect(str(database), read_only=True) as db:
        found = db.execute("SELECT id, raw FROM reviewbridge.reviews ORDER BY id").fetchall()
    assert [row[0] for row in found] == [str(i) for i in IDS]
    for _, raw in found:
        _as_sent(_parse_exactly(raw))
