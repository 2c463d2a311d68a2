"""``reviewbridge schema`` against real output: every line an export of each provider's sandbox writes
validates against the JSON Schema it prints, and the table a load creates in DuckDB has exactly the
columns (names, types, nullability) of the SQL it prints."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from reviewbridge._cli import main

from tests.e2e.test_export_providers import ENV, PROVIDERS, SCOPE, spawn
from tests.providers import cases

REVIEWS = 30


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {**ENV, "RUNTIME__DLTHUB_TELEMETRY": "false"}.items():
        monkeypatch.setenv(name, value)


def schema(capsys: pytest.CaptureFixture[str], *options: str) -> str:
    capsys.readouterr()
    assert main(["schema", *options]) == 0
    return capsys.readouterr().out


def validator(capsys: pytest.CaptureFixture[str]) -> jsonschema.Draft202012Validator:
    document = json.loads(schema(capsys))
    jsonschema.Draft202012Validator.check_schema(document)
    return jsonschema.Draft202012Validator(document, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_every_export_line_matches_the_json_schema(
    provider: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check = validator(capsys)
    out = tmp_path / "reviews.jsonl"
    with spawn(provider, "--reviews", str(REVIEWS), env=ENV) as url:
        scope = cases()[provider].admin_scope
        dataset = httpx.get(f"{url}/_sandbox/dataset", params={"scope": scope}, timeout=30).json()["reviews"]
        flags = PROVIDERS[provider].flags
        assert main(["export", provider, "--base-url", url, "--out", str(out), *flags]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(dataset) > 0
    for line in lines:
        problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in check.iter_errors(line)]
        assert not problems, (line["id"], problems)
    # ... and the schema is strict enough to tell a line that is not export's
    wrong: list[dict[str, Any]] = [
        {**lines[0], "extra": 1},
        {**lines[0], "created_at": "2024-05-01T00:00:00"},  # no zone
        {**lines[0], "provider": "elsewhere"},
        {k: v for k, v in lines[0].items() if k != "raw"},
    ]
    assert [check.is_valid(line) for line in wrong] == [False] * len(wrong)
    # a full re-scan's tombstone line (README: Full re-scan) is one too, and nothing more
    tombstone = {"provider": provider, "id": lines[0]["id"], "deleted_at": "2026-12-03T17:40:02.114207+00:00"}
    assert check.is_valid(tombstone) and not check.is_valid({**tombstone, "rating": 1})


def columns(database: Any, dataset: str) -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = database.execute(
        "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
        "WHERE table_schema = ? AND table_name = 'reviews' ORDER BY ordinal_position",
        [dataset],
    ).fetchall()
    return found


def test_the_loaded_table_has_the_columns_of_the_sql(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    duckdb = pytest.importorskip("duckdb")
    database = tmp_path / "w.duckdb"
    with spawn("testfreaks", "--reviews", "30", env=ENV) as url:
        command = ["load", "testfreaks", "--client-id", SCOPE, "--base-url", url, "--to", str(database)]
        assert main([*command, "--dataset", "shop_reviews"]) == 0
    sql = schema(capsys, "--format", "sql", "--dataset", "shop_reviews")
    with duckdb.connect() as described:  # the SQL run in an empty database
        described.execute("CREATE SCHEMA shop_reviews")
        described.execute(sql)
        expected = columns(described, "shop_reviews")
    with duckdb.connect(str(database), read_only=True) as loaded:
        assert loaded.execute("SELECT count(*) FROM shop_reviews.reviews").fetchone() == (30,)
        assert columns(loaded, "shop_reviews") == expected
    assert [name for name, _, _ in expected][:2] == ["provider", "id"] and len(expected) > 10
