"""What a mistyped or missing piece gets: the extra that brings a destination's driver, the dlt variable an
unset destination setting is read from, and a did-you-mean for destinations, providers, commands and
options; each one line, nothing written."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest
from reviewbridge._cli import main
from reviewbridge._providers import REGISTRY

from .test_cli_export import FakeTestFreaks

ROOT = Path(__file__).resolve().parents[2]
LOAD = ["load", "testfreaks", "--client-id", "shop"]


def one_error(argv: list[str], capsys: pytest.CaptureFixture[str], status: int = 1) -> str:
    api = FakeTestFreaks(3)
    assert main(argv, client_factory=api.factory) == status
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("reviewbridge: error: ")
    assert api.requests == 0
    return err[0].removeprefix("reviewbridge: error: ")


@pytest.fixture
def dlt_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    pytest.importorskip("dlt")
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("destination", "module"), [("postgres", "psycopg2"), ("snowflake", "snowflake")])
def test_a_missing_driver_names_the_extra(
    destination: str, module: str, dlt_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # as if the driver were not installed
    for name in list(sys.modules):  # and dlt's client of the destination not imported yet
        if name.startswith(f"dlt.destinations.impl.{destination}."):
            monkeypatch.delitem(sys.modules, name)
    line = one_error([*LOAD, "--destination", destination], capsys)
    assert line.startswith(f"the {destination} destination needs its driver ({module}")  # or a submodule
    assert line.endswith(f" is not installed): pip install 'reviewbridge[{destination}]'")


def test_each_named_extra_is_in_pyproject_with_dlt_s_own() -> None:
    pytest.importorskip("dlt")
    from reviewbridge._load._pipeline import WAREHOUSE_EXTRAS

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    for name in WAREHOUSE_EXTRAS:
        assert any(dep.startswith(f"dlt[{name},") for dep in extras[name]), name


def test_an_unset_destination_setting_names_the_dlt_variable(
    dlt_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DESTINATION__MOTHERDUCK__CREDENTIALS", raising=False)
    monkeypatch.delenv("MOTHERDUCK_TOKEN", raising=False)
    line = one_error([*LOAD, "--destination", "motherduck"], capsys)
    assert line.startswith("the motherduck destination is not configured: set DESTINATION__MOTHERDUCK__CREDENTIALS ")


def test_the_postgres_credentials_variable() -> None:
    pytest.importorskip("dlt")
    from dlt.common.configuration.exceptions import ConfigFieldMissingException
    from dlt.destinations.impl.postgres.configuration import PostgresClientConfiguration
    from reviewbridge._load._pipeline import Target, _explained

    missing = ConfigFieldMissingException(PostgresClientConfiguration(), {"credentials": []})
    line = _explained(missing, Target("postgres"))
    assert line is not None and "set DESTINATION__POSTGRES__CREDENTIALS " in line


def test_a_mistyped_destination_gets_a_suggestion_in_one_whole_line(
    dlt_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = one_error([*LOAD, "--destination", "postgress"], capsys)
    assert line.startswith("unknown dlt destination 'postgress' (did you mean 'postgres'?); dlt's are ")
    assert line.endswith("(a destination of your own naming needs DESTINATION__<NAME>__DESTINATION_TYPE)")
    assert not (dlt_home / "reviews.duckdb").exists()


#: a provider besides the example one, and one that takes replies (for the reply command's own list)
OTHER = next(name for name in REGISTRY if name != "testfreaks")
REPLIER = next(name for name, info in REGISTRY.items() if info.reply is not None)
DROPPED, DOUBLED = OTHER[0] + OTHER[2:], REPLIER + REPLIER[-1]


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (
            ["export", "testfreak", "--client-id", "x", "--out", "-"],
            "unknown provider 'testfreak' (did you mean 'testfreaks'?)",
        ),
        # Another provider with its second letter dropped, and a provider that replies with its last doubled.
        (["check", DROPPED], f"unknown provider '{DROPPED}' (did you mean '{OTHER}'?)"),
        (["reply", DOUBLED, "r1", "thanks"], f"unknown provider '{DOUBLED}' (did you mean '{REPLIER}'?)"),
        (["export", "testfreaks", "--client-idd", "x", "--out", "-"], "--client-idd x (did you mean '--client-id'?)"),
        (["export", "testfreaks", "--client-id", "x", "--out", "-", "--dry-runn"], "(did you mean '--dry-run'?)"),
        (["exprt", "testfreaks"], "invalid choice: 'exprt'"),
        (["export", "testfreaks", "--client-id", "x", "--out", "-", "--format", "csvv"], "(did you mean 'csv'?)"),
    ],
)
def test_mistyped_names_get_a_suggestion(argv: list[str], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    line = one_error(argv, capsys, status=2)
    assert says in line
    assert "did you mean" in line


def test_a_mistyped_provider_in_a_config_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "c.toml"
    config.write_text(f'output = "o.jsonl"\n[[export]]\nprovider = "{OTHER[:-1]}"\n')
    line = one_error(["export", "--all", "--config", str(config)], capsys)
    assert f"not '{OTHER[:-1]}' (did you mean '{OTHER}'?)" in line
    line = one_error(["export", "zzzz", "--out", "-"], capsys, status=2)
    assert "did you mean" not in line and "choose one of" in line  # nothing close: no guess


def _import_error_raised_in(filename: str) -> ImportError:
    try:
        exec(
            compile("raise ImportError('No module named x', name='x')", filename, "exec")
        )  # an ImportError as raised from that file
    except ImportError as exc:
        return exc
    raise AssertionError("nothing raised")


def test_only_a_module_the_destination_imports_is_blamed_on_its_driver() -> None:
    pytest.importorskip("dlt")
    from reviewbridge._load._pipeline import Target, _explained

    inside = _import_error_raised_in(str(Path("site", "dlt", "destinations", "impl", "postgres", "factory.py")))
    line = _explained(inside, Target("postgres"))
    assert line is not None and line.startswith("the postgres destination needs its driver (x is not installed)")
    elsewhere = _import_error_raised_in(str(Path("site", "dlt", "normalize", "items.py")))
    assert _explained(elsewhere, Target("postgres")) is None  # told as it is: "... failed: No module named x"
