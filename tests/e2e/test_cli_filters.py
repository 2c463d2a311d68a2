"""Filter flags derived from each provider's spec reach the request: against each sandbox on 127.0.0.1, an
export with the provider's ``narrowing`` flags (tests/providers/<p>.py) writes some, not all, of the reviews
of the same export without them; and a bad value is one line and exit status 2 before anything is sent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from reviewbridge._cli import main
from reviewbridge_sandbox import credentials_env, spawn

from tests.conftest import PROVIDERS
from tests.providers import case


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in credentials_env().items():
        monkeypatch.setenv(name, value)


@pytest.fixture(params=PROVIDERS)
def sandbox(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    with spawn(request.param, "--reviews", "60") as url:
        yield request.param, url


def export_ids(name: str, url: str, out: Path, extra: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> set[str]:
    status = main(["export", name, *case(name).flags(), *extra, "--base-url", url, "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 0, err
    assert "Traceback" not in err
    return {json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()}


def test_a_filter_flag_narrows_the_export(
    sandbox: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, url = sandbox
    narrowing = case(name).narrowing
    if not case(name).has_filters:
        pytest.skip(f"{name}'s list operation has no filter besides its scope, page size and order")
    assert narrowing, f"{name}: tests/providers/{name}.py names no narrowing flags"
    everything = export_ids(name, url, tmp_path / "all.jsonl", (), capsys)
    some = export_ids(name, url, tmp_path / "some.jsonl", narrowing, capsys)
    assert some, f"{name}: {' '.join(narrowing)} selected nothing"
    assert some < everything, f"{name}: {' '.join(narrowing)} did not narrow the export"
