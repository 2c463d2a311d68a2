"""A provider's client-side limit on calls (``ProviderInfo.call_limit``) is the user's to set: the clients'
``requests_per_minute``, ``--requests-per-minute N`` of ``export``, ``load`` and ``check``, a config entry's
``requests_per_minute``, a dlt ``Scope``'s; a bad value is one line naming it, and a provider without such a
limit refuses them. Every provider is read from the registry."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest
from reviewbridge._cli import _jobs_from_args, build_parser, main
from reviewbridge._exceptions import ExportError, UsageError
from reviewbridge._export import Job, default_client_factory, load_config
from reviewbridge._providers import REGISTRY
from reviewbridge.dlt import Scope

from tests.providers import cases

LIMITED = sorted(name for name, info in REGISTRY.items() if info.call_limit is not None)
UNLIMITED = sorted(name for name, info in REGISTRY.items() if info.call_limit is None)
COMMANDS = ("export", "load", "check")
BAD = ("0", "-3", "fast", "1.5", "")


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for info in REGISTRY.values():
        for credential in info.credentials:
            monkeypatch.setenv(credential.env, "key-0123456789")


def windows(job: Job) -> Any:
    """The windows of the limit the job's client sends under (None: no limit)."""
    with default_client_factory(job) as client:
        limit = client._policy.rate_limit
        return None if limit is None else limit.windows


def scope_flags(name: str) -> list[str]:
    return shlex.split(REGISTRY[name].example)


def config(tmp_path: Path, name: str, extra: str) -> Path:
    lines = ["[[export]]", f'provider = "{name}"', 'base_url = "http://127.0.0.1:9"', extra]
    for key, value in cases()[name].scope.items():
        lines.append(f"{key} = {value!r}".replace("'", '"'))
    path = tmp_path / "reviewbridge.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def one_line(argv: list[str], capsys: pytest.CaptureFixture[str], status: int = 2) -> str:
    """The one line a refused command line writes (usage: status 2; a config file's error: 1)."""
    assert main(argv) == status
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err.strip()


def test_the_providers_whose_clients_keep_a_limit_declare_it() -> None:
    assert LIMITED  # the check below means something
    for name, info in REGISTRY.items():
        job = Job(name, {}, base_url="http://127.0.0.1:9")
        assert (windows(job) is not None) == (info.call_limit is not None), name
        assert info.call_limit is None or info.call_limit.default


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("name", LIMITED)
def test_the_flag_reaches_the_client(name: str, command: str) -> None:
    argv = [command, name, *scope_flags(name), "--base-url", "http://127.0.0.1:9"]
    (default,) = _jobs_from_args(build_parser().parse_args(argv))
    assert default.requests_per_minute is None and windows(default) != ((7, 60.0),)
    (job,) = _jobs_from_args(build_parser().parse_args([*argv, "--requests-per-minute", "7"]))
    assert job.requests_per_minute == 7 and windows(job) == ((7, 60.0),)


@pytest.mark.parametrize("name", LIMITED)
def test_the_config_key_and_a_dlt_scope_reach_the_client(name: str, tmp_path: Path) -> None:
    (job,) = load_config(config(tmp_path, name, "requests_per_minute = 9")).jobs
    assert job.requests_per_minute == 9 and windows(job) == ((9, 60.0),)
    scope = Scope(name, cases()[name].scope, base_url="http://127.0.0.1:9", requests_per_minute=11)
    assert windows(scope) == ((11, 60.0),)


@pytest.mark.parametrize("name", LIMITED)
@pytest.mark.parametrize("bad", BAD)
def test_a_bad_flag_value_is_one_line_naming_it(
    name: str, bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["export", name, *scope_flags(name), "--requests-per-minute", bad, "--out", str(tmp_path / "o.jsonl")]
    line = one_line(argv, capsys)
    assert line.startswith(f"reviewbridge: error: argument --requests-per-minute: {bad!r} is not a whole number")
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.parametrize("name", LIMITED)
@pytest.mark.parametrize("bad", ["0", "-3", '"fast"', "1.5", "true"])
def test_a_bad_config_value_is_one_line_naming_it(
    name: str, bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = config(tmp_path, name, f"requests_per_minute = {bad}")
    line = one_line(["export", "--all", "--config", str(path), "--out", str(tmp_path / "o.jsonl")], capsys, 1)
    shown = {'"fast"': "'fast'", "true": "True"}.get(bad, bad)
    assert line.endswith(f"[[export]] entry 1: requests_per_minute must be a whole number of 1 or more, not {shown}")


@pytest.mark.parametrize("name", LIMITED)
def test_a_bad_value_given_to_a_client_or_scope_is_refused(name: str) -> None:
    info = REGISTRY[name]
    with pytest.raises(UsageError, match=r"requests_per_minute must be a whole number of 1 or more, not 0"):
        info.client(base_url="http://127.0.0.1:9", requests_per_minute=0)
    with pytest.raises(UsageError, match=r"not 'fast'"):
        windows(Scope(name, cases()[name].scope, base_url="http://127.0.0.1:9", requests_per_minute="fast"))  # type: ignore[arg-type]


@pytest.mark.parametrize("name", UNLIMITED)
def test_a_provider_without_a_limit_refuses_the_flag_the_key_and_the_scope(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["export", name, "--requests-per-minute", "5", "--out", str(tmp_path / "o.jsonl")]
    assert one_line(argv, capsys).startswith(f"reviewbridge: error: --requests-per-minute does not apply to {name}")
    path = config(tmp_path, name, "requests_per_minute = 5")
    line = one_line(["export", "--all", "--config", str(path), "--out", str(tmp_path / "o.jsonl")], capsys, 1)
    assert line.endswith(f"requests_per_minute does not apply to {name}: it has no client-side limit on calls")
    with pytest.raises(ExportError, match="does not apply"):
        windows(Job(name, {}, base_url="http://127.0.0.1:9", requests_per_minute=5))


def test_with_all_the_flag_is_refused_for_the_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = config(tmp_path, LIMITED[0], "")
    line = one_line(["export", "--all", "--config", str(path), "--requests-per-minute", "5"], capsys)
    assert line.endswith("with --all, give requests_per_minute in a config entry")


def test_providers_lists_each_limit_and_how_to_set_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["providers"]) == 0
    blocks: dict[str, list[str]] = {}
    block: list[str] = []
    for line in capsys.readouterr().out.splitlines():
        if line.startswith(" "):
            block.append(line.strip())
        else:
            block = blocks[line] = []
    for name, info in REGISTRY.items():
        limits = [line for line in blocks[name] if line.startswith("limit:")]
        if info.call_limit is None:
            assert limits == []
        else:
            assert limits == [
                f"limit:      {info.call_limit.default} (--requests-per-minute N, requests_per_minute = N)"
            ]
