"""``reviewbridge init``: the config template names every provider's keys, and filled in, it loads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reviewbridge._cli import main
from reviewbridge._export import load_config
from reviewbridge._providers import REGISTRY


def template(capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["init"]) == 0
    return capsys.readouterr().out


def test_the_template_names_every_provider_its_scope_keys_and_credential_variables(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = template(capsys)
    for info in REGISTRY.values():
        assert f'#provider = "{info.name}"\n' in text
        for option in info.options:
            assert re.search(rf"^#{option.key} = .*# {re.escape(option.help)}", text, re.M), option.key
        for credential in info.credentials:
            assert f'#{credential.argument}_env = "{credential.env}"  # {credential.description}\n' in text


def test_the_template_filled_in_is_accepted_by_the_config_loader(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for info in REGISTRY.values():
        for credential in info.credentials:
            monkeypatch.setenv(credential.env, f"value-of-{credential.env}")
    # Every commented key used, every "..." given a value: what a user does with it.
    filled = re.sub(r"^#(?=[\[a-z])", "", template(capsys), flags=re.M).replace('"..."', '"shop-1"')
    path = tmp_path / "reviews.toml"
    path.write_text(filled, encoding="utf-8")
    config = load_config(path)
    assert [job.provider for job in config.jobs] == list(REGISTRY)
    for job in config.jobs:
        info = REGISTRY[job.provider]
        assert set(job.filters) == {option.key for option in info.options}
        assert job.credentials == {c.argument: f"value-of-{c.env}" for c in info.credentials}
        assert job.client_options == dict.fromkeys(info.client_options, "shop-1")
    assert (config.output, config.state) == (str(tmp_path / "reviews.jsonl"), str(tmp_path / "state.json"))
    assert (config.format, config.destination, config.dataset) == ("jsonl", "duckdb", "reviewbridge")


def test_init_output_writes_a_new_file_and_never_overwrites_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    expected = template(capsys)
    path = tmp_path / "reviews.toml"
    assert main(["init", "--output", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == expected
    assert f"wrote {path}" in capsys.readouterr().err
    path.write_text("# mine\n", encoding="utf-8")
    assert main(["init", "--output", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{path} exists; init never overwrites a file" in err
    assert path.read_text(encoding="utf-8") == "# mine\n"
