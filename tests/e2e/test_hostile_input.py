"""Hostile input at the command line, in config files and in the environment: one clear line, no
traceback, nothing created (no output, no state, no stray lock beside a directory)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reviewbridge._cli import main

ENTRY = '[[export]]\nprovider = "testfreaks"\napi_key_env = "REVIEWBRIDGE_TESTFREAKS_API_KEY"\n'
DEAD = "http://127.0.0.1:9"  # nothing may be sent: every case fails before a request


def _config(directory: Path, content: bytes) -> Path:
    path = directory / "export.toml"
    path.write_bytes(content)
    return path


CASES = [
    pytest.param(["--timeout", "1e300"], {}, None, 2, "--timeout", id="timeout 1e300"),
    pytest.param(["--timeout", "1e10"], {}, None, 2, "--timeout", id="timeout past the socket's range"),
    pytest.param(["--state", ""], {}, None, 1, "is a directory", id="--state empty"),
    pytest.param(["--state", "."], {}, None, 1, "is a directory", id="--state a directory"),
    pytest.param(["--client-id", "\udcff"], {}, None, 2, "--client-id is not valid text", id="argument not UTF-8"),
    pytest.param(["--base-url", DEAD + "/\udcff"], {}, None, 2, "--base-url", id="base URL not UTF-8"),
    pytest.param(
        [], {"REVIEWBRIDGE_TESTFREAKS_API_KEY": "\udcff\udcfe-key"}, None, 1, "not valid text", id="key not UTF-8"
    ),
    pytest.param([], {"REVIEWBRIDGE_TESTFREAKS_API_KEY": "key\r\nX-Evil: 1"}, None, 1, "control", id="key with a CRLF"),
    pytest.param(
        None, {}, b'output = "out.jsonl"\nstate = ""\n' + ENTRY.encode(), 1, "state must be", id="config state empty"
    ),
    pytest.param(
        None, {}, b'output = "out.jsonl"\nstate = "."\n' + ENTRY.encode(), 1, "is a directory", id="config state dir"
    ),
    pytest.param(None, {}, b'output = ""\n' + ENTRY.encode(), 1, "output must be", id="config output empty"),
    pytest.param(None, {}, b'output = "\xff\xfe"\n' + ENTRY.encode(), 1, "not UTF-8", id="config not UTF-8"),
    pytest.param(None, {}, "output = 'ö'\n".encode("utf-16"), 1, "not UTF-8", id="config in UTF-16"),
]


@pytest.mark.parametrize(("extra", "env", "config", "status", "says"), CASES)
def test_bad_input_is_one_line_and_creates_nothing(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    extra: list[str] | None,
    env: dict[str, str],
    config: bytes | None,
    status: int,
    says: str,
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("REVIEWBRIDGE_TESTFREAKS_API_KEY", "hostile-test-key")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    if config is None:
        assert extra is not None
        argv = ["export", "testfreaks", "--base-url", DEAD, "--out", str(work / "out.jsonl"), *extra]
    else:
        argv = ["export", "--all", "--config", str(_config(work, config))]
    before = sorted(tmp_path.rglob("*"))
    assert main(argv) == status
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("reviewbridge: error:") and says in err, err
    assert "Traceback" not in err
    assert sorted(tmp_path.rglob("*")) == before  # no output, no state, no lock (not even beside work/)
    assert not list(tmp_path.parent.glob(f"{tmp_path.name}*.lock"))


def test_a_load_with_a_timeout_past_the_socket_range_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("REVIEWBRIDGE_TESTFREAKS_API_KEY", "hostile-test-key")
    database = tmp_path / "reviews.duckdb"
    assert main(["load", "testfreaks", "--base-url", DEAD, "--to", str(database), "--timeout", "1e300"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--timeout" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("timeout", [1e300, float("inf"), 10**12])
def test_a_client_refuses_a_timeout_no_socket_takes(timeout: float) -> None:
    import httpx
    import reviewbridge as rb

    for given in (timeout, httpx.Timeout(5.0, read=timeout)):
        with pytest.raises(rb.ConfigurationError, match="timeout"):
            rb.TestFreaks("hostile-test-key", base_url=DEAD, timeout=given)  # type: ignore[arg-type]
