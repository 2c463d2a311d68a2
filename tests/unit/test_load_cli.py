"""``reviewbridge load`` without a server: what it refuses, and that dlt is imported only when used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reviewbridge._exceptions import ExportError

ROOT = Path(__file__).resolve().parents[2]


def python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_import_reviewbridge_never_imports_dlt() -> None:
    heavy = "('dlt', 'duckdb', 'pyarrow')"
    done = python(
        f"import sys, reviewbridge, reviewbridge._cli; print([m for m in sys.modules if m.split('.')[0] in {heavy}])"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_load_without_the_warehouse_extra_says_what_to_install(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['dlt'] = None\n"  # as if dlt were not installed
        "from reviewbridge._cli import main\n"
        f"sys.exit(main(['load', 'testfreaks', '--client-id', 'x', '--to', {str(tmp_path / 'r.duckdb')!r}]))"
    )
    done = python(code)
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "reviewbridge[warehouse]" in lines[0], done.stderr
    assert list(tmp_path.iterdir()) == []


def test_resource_names_are_identifiers() -> None:
    pytest.importorskip("dlt")
    from reviewbridge._load._source import resource_name

    assert resource_name("p:channel_id=chl-1,x=None") == "p_channel_id_chl_1_x_none"


@pytest.mark.parametrize(
    ("destination", "dataset", "to", "says"),
    [
        (None, "Shop", None, "dataset 'Shop'"),
        (None, "1st", None, "dataset '1st'"),
        ("no_such_destination", None, None, "no_such_destination"),
        ("filesystem", None, "x.duckdb", "--to names a DuckDB file"),
    ],
)
def test_target_refusals(destination: str | None, dataset: str | None, to: str | None, says: str) -> None:
    pytest.importorskip("dlt")
    from reviewbridge._load._pipeline import resolve_target

    with pytest.raises(ExportError) as caught:
        resolve_target(destination, dataset, to)
    assert says in str(caught.value)


def test_default_target_is_a_duckdb_file_with_its_state_beside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("dlt")
    from reviewbridge._load._pipeline import resolve_target

    monkeypatch.chdir(tmp_path)
    target = resolve_target(None, None, None)
    assert target.database == tmp_path / "reviews.duckdb"
    assert target.working_dir == tmp_path / "reviews.duckdb.dlt"
    assert (target.destination, target.dataset) == ("duckdb", "reviewbridge")


def test_the_duckdb_load_caps_duckdbs_memory(tmp_path: Path) -> None:
    """DuckDB's default cap (most of RAM) let a load's peak grow with the table it merges into."""
    pytest.importorskip("dlt")
    from reviewbridge._load._pipeline import DUCKDB_MEMORY_LIMIT, Target, open_pipeline

    pipeline = open_pipeline(Target(database=tmp_path / "r.duckdb"))
    with pipeline.sql_client() as client:
        found = client.execute_sql("SELECT current_setting('memory_limit')")
    import duckdb

    with duckdb.connect() as db:  # the same setting as DuckDB itself words it (its default is most of RAM)
        db.execute(f"SET memory_limit = '{DUCKDB_MEMORY_LIMIT}'")
        expected = db.execute("SELECT current_setting('memory_limit')").fetchone()
    assert found is not None and expected is not None
    assert found[0][0] == expected[0]
