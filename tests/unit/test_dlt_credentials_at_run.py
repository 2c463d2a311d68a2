"""``reviewbridge.dlt``: a source built from a config file reads no credential until its resources run,
so an orchestrator's scheduler imports a DAG file that builds one without the variables."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("dlt")
from reviewbridge import ConfigurationError
from reviewbridge._export import default_client_factory, load_config
from reviewbridge._providers import REGISTRY
from reviewbridge.dlt import reviews_source, scopes_from_config

from tests.providers import cases


def _variable(provider: str, argument: str) -> str:
    """A variable name of the user's own (not the default ``REVIEWBRIDGE_*``): the config names it."""
    return f"SHOP_{provider}_{argument}".upper()


def _entry(provider: str) -> str:
    case = cases()[provider]
    lines = [f'provider = "{provider}"', *case.entry().splitlines()[: -len(case.info.credentials)]]
    lines += [f'{c.argument}_env = "{_variable(provider, c.argument)}"' for c in case.info.credentials]
    return "[[export]]\n" + "\n".join(lines) + "\n"


#: One entry per provider, each with its example scope and its credentials in variables of the user's own.
CONFIG = "\n".join(_entry(provider) for provider in cases())
VARIABLES = tuple(_variable(p, c.argument) for p in cases() for c in REGISTRY[p].credentials)


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for variable in (*VARIABLES, *(c.env for info in REGISTRY.values() for c in info.credentials)):
        monkeypatch.delenv(variable, raising=False)  # not one credential anywhere
    path = tmp_path / "reviews.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_a_source_is_built_without_any_credential(config: Path) -> None:
    scopes = scopes_from_config(config)
    assert [s.credentials for s in scopes] == [{}] * len(cases())
    assert [s.credential_env for s in scopes] == [
        {c.argument: _variable(p, c.argument) for c in REGISTRY[p].credentials} for p in cases()
    ]
    source = reviews_source(scopes)
    assert list(source.resources) == [
        re.sub(r"[^0-9a-z]+", "_", f"{p} {' '.join(f'{k} {v}' for k, v in c.scope.items())}".lower())
        for p, c in cases().items()
    ]


def test_the_credentials_are_read_when_a_client_is_made(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scopes = scopes_from_config(config)
    first = next(iter(scopes[0].credential_env.items()))
    with pytest.raises(ConfigurationError, match=rf"^environment variable {first[1]} \(from {first[0]}_env\)"):
        default_client_factory(scopes[0])
    for variable in scopes[0].credential_env.values():
        monkeypatch.setenv(variable, "sk_test")
    with default_client_factory(scopes[0]) as client:
        assert client.generated is not None


def test_the_scopes_are_still_checked_when_built(config: Path) -> None:
    config.write_text(CONFIG.replace("[[export]]\n", '[[export]]\nrating = "five"\n', 1), encoding="utf-8")
    with pytest.raises(ConfigurationError, match="rating"):
        reviews_source(scopes_from_config(config))


def test_export_and_load_configs_read_them_at_once(config: Path) -> None:
    with pytest.raises(ConfigurationError, match=rf"entry 1: environment variable {VARIABLES[0]} \(from \w+_env\)"):
        load_config(config)
