"""``reviewbridge.dlt``: a source built from a config file reads no credential until its resources run,
so an orchestrator's scheduler imports a DAG file that builds one without the variables."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dlt")
from reviewbridge import ConfigurationError
from reviewbridge._export import default_client_factory, load_config
from reviewbridge._providers import REGISTRY
from reviewbridge.dlt import reviews_source, scopes_from_config

CONFIG = """\
[[export]]
provider = "testfreaks"
client_id = "shop"
api_key_env = "SHOP_TESTFREAKS_KEY"

[[export]]
provider = "etrusted"
channel_id = "chl-a"
client_id_env = "SHOP_ETRUSTED_ID"
client_secret_env = "SHOP_ETRUSTED_SECRET"
"""
VARIABLES = ("SHOP_TESTFREAKS_KEY", "SHOP_ETRUSTED_ID", "SHOP_ETRUSTED_SECRET")


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for variable in (*VARIABLES, *(c.env for info in REGISTRY.values() for c in info.credentials)):
        monkeypatch.delenv(variable, raising=False)  # not one credential anywhere
    path = tmp_path / "reviews.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_a_source_is_built_without_any_credential(config: Path) -> None:
    scopes = scopes_from_config(config)
    assert [s.credentials for s in scopes] == [{}, {}]
    assert [s.credential_env for s in scopes] == [
        {"api_key": "SHOP_TESTFREAKS_KEY"},
        {"client_id": "SHOP_ETRUSTED_ID", "client_secret": "SHOP_ETRUSTED_SECRET"},
    ]
    source = reviews_source(scopes)
    assert list(source.resources) == ["testfreaks_client_id_shop", "etrusted_channel_id_chl_a"]


def test_the_credentials_are_read_when_a_client_is_made(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scopes = scopes_from_config(config)
    with pytest.raises(ConfigurationError, match=r"^environment variable SHOP_TESTFREAKS_KEY \(from api_key_env\)"):
        default_client_factory(scopes[0])
    monkeypatch.setenv("SHOP_TESTFREAKS_KEY", "sk_test")
    with default_client_factory(scopes[0]) as client:
        assert client.generated is not None


def test_the_scopes_are_still_checked_when_built(config: Path) -> None:
    config.write_text(CONFIG.replace('client_id = "shop"', 'client_id = "shop"\nrating = "five"'), encoding="utf-8")
    with pytest.raises(ConfigurationError, match="rating"):
        reviews_source(scopes_from_config(config))


def test_export_and_load_configs_read_them_at_once(config: Path) -> None:
    with pytest.raises(
        ConfigurationError, match=r"entry 1: environment variable SHOP_TESTFREAKS_KEY \(from api_key_env\)"
    ):
        load_config(config)
