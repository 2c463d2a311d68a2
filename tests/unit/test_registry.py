"""The provider registry: each provider module holds every fact about its provider; nothing else
in the SDK names a provider (tests/unit/test_provider_homes.py checks that)."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import typing
from pathlib import Path

import pytest
import reviewbridge as rb
from reviewbridge._cli import main
from reviewbridge._export._scope import RESUME_KEYS
from reviewbridge._providers import REGISTRY, modules

from tests.conftest import PROVIDERS, ROOT, SPEC_PROVIDERS

PACKAGE = Path(rb.__file__).parent


def test_registry_has_one_provider_per_spec() -> None:
    # Found, not listed: a spec and its provider module make a provider (the sandbox module may follow).
    assert set(PROVIDERS) <= set(REGISTRY) <= set(SPEC_PROVIDERS)
    assert list(REGISTRY) == sorted(REGISTRY)


def test_registry_lists_every_client_class_once() -> None:
    for name, info in REGISTRY.items():
        assert info.name == name
        assert info.client in {getattr(rb, n) for n in rb.__all__}
        assert info.async_client in {getattr(rb, n) for n in rb.__all__}


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_registry_facts_agree_with_the_clients(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    info = REGISTRY[name]
    for credential in info.credentials:
        monkeypatch.setenv(credential.env, f"value-of-{credential.argument}")
    client = info.client(base_url="http://127.0.0.1:9")  # credentials from the environment variables named
    adapter = client._adapter
    assert adapter.name == name
    filters = typing.get_type_hints(adapter.filters)
    for option in info.options:
        assert option.key in filters, f"{name}: option {option.key} is not a filter of the list operation"
    assert set(info.resume_keys) == set(adapter.resume_args) <= RESUME_KEYS
    for option in info.options:
        assert option.unless is None or info.option(option.unless) is not None
    partition = info.export.partition
    assert partition is None or (info.option(partition) is not None and info.export.partition_of is not None)
    client.close()


def test_the_static_re_exports_are_what_each_provider_module_exports() -> None:
    # reviewbridge/__init__.py imports each provider module's EXPORTS for type checkers (``A as A``); at run
    # time the same names come from the module on first access. The two must not drift.
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    static: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("_providers."):
            assert all(alias.asname == alias.name for alias in node.names), "re-export as `A as A`"
            static[str(node.module).removeprefix("_providers.")] = sorted(alias.name for alias in node.names)
    exported = {
        name: sorted(module.EXPORTS)
        for name in modules()
        if hasattr(module := importlib.import_module(f"reviewbridge._providers.{name}"), "EXPORTS")
    }
    assert static == exported
    assert set(exported) == set(REGISTRY)
    for names in exported.values():
        for name in names:
            assert getattr(rb, name) is rb._providers.export(name)
            assert name in rb.__all__ and name in dir(rb)


def test_a_spec_placed_in_specs_is_a_provider_of_the_generator(tmp_path: Path) -> None:
    # The generator finds providers as specs: a throwaway spec in a specs directory is one.
    spec = importlib.util.spec_from_file_location("generate", ROOT / "scripts" / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    (tmp_path / "specs").mkdir()
    (tmp_path / "generated" / "gone_client").mkdir(parents=True)
    for name in ("zeta", "alpha"):
        (tmp_path / "specs" / f"{name}.yaml").write_text("openapi: 3.0.3\n", encoding="utf-8")
    assert generate.providers(tmp_path / "specs") == ("alpha", "zeta")
    assert generate.providers() == SPEC_PROVIDERS
    assert generate._orphans(tmp_path / "specs", tmp_path / "generated") == ["gone_client"]
    assert generate._orphans() == []


def test_version_is_one_source(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"reviewbridge {rb.__version__}"
    # A provider whose API wants a User-Agent of the application sends the SDK's version in it.
    agents = [
        getattr(importlib.import_module(f"reviewbridge._providers.{name}"), "USER_AGENT", None) for name in REGISTRY
    ]
    assert [a for a in agents if a is not None] and all(f"reviewbridge/{rb.__version__}" in a for a in agents if a)


def test_cli_insecure_refusal_names_the_cli_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(REGISTRY["testfreaks"].credentials[0].env, "key")
    out = tmp_path / "out.jsonl"
    status = main(["export", "testfreaks", "--base-url", "http://reviews.example.com", "--out", str(out)])
    assert status == 1
    assert "--allow-insecure" in capsys.readouterr().err
    assert not out.exists()


def test_providers_listing_comes_from_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["providers"]) == 0
    shown = capsys.readouterr().out
    for info in REGISTRY.values():
        assert info.name in shown and info.pagination in shown
        for credential in info.credentials:
            assert credential.env in shown
