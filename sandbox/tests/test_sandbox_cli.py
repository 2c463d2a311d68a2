"""``reviewbridge-sandbox`` / ``python -m reviewbridge_sandbox``: the banner, loopback binding, argument errors,
and the package boundary (the sandbox and the SDK never import each other)."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from reviewbridge_sandbox._cli import add_arguments, run
from reviewbridge_sandbox._registry import implementations

BANNER = re.compile(r"reviewbridge-sandbox (\w+) listening on (http://127\.0\.0\.1:(\d+))")


@contextmanager
def running(*args: str) -> Iterator[str]:
    """Start ``python -m reviewbridge_sandbox ARGS`` and yield its URL once it says it listens."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "reviewbridge_sandbox", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = BANNER.fullmatch(line.strip())
        assert match, f"unexpected first line {line!r}; stderr: {proc.stderr.read() if proc.poll() is not None else ''}"
        assert match.group(1) == args[0]
        yield match.group(2)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.stdout is not None
    assert proc.stdout.read() == "", "the sandbox printed more than its one line"


def test_serves_on_loopback_with_one_line() -> None:
    with running("thanx", "--reviews", "5", "--seed", "3") as url:
        response = httpx.get(
            f"{url}/partner/feedbacks",
            params={"merchant_id": "m"},
            headers={
                "Authorization": "Bearer sandbox-token",
                "X-ClientId": "sandbox-client",
                "Accept-Version": "v4.0",
                "Content-Type": "application/json",
                "User-Agent": "sandbox-cli-test/1",
            },
            timeout=10,
        )
        assert response.status_code == 200
        assert response.json()["pagination"]["total_pages"] == 1
        assert httpx.get(f"{url}/_sandbox/stats", timeout=10).json()["requests"] == 1


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="reviewbridge-sandbox")
    add_arguments(parser)
    return parser.parse_args(list(argv))


def test_defaults() -> None:
    args = parse("thanx")
    assert vars(args) == {
        "provider": "thanx",
        "host": "127.0.0.1",
        "port": 0,
        "reviews": 200,
        "seed": 0,
        "fault_rate": 0.0,
        "latency_ms": 0,
        "token_ttl": None,
        "slow_ms": 5000,
        "liars": False,
        "quota": None,
        "scopes": None,
    }


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["nosuch"], "invalid choice: 'nosuch'"),
        (["thanx", "--fault-rate", "1.5"], "must be between 0 and 1"),
        (["thanx", "--fault-rate", "-0.1"], "must be between 0 and 1"),
        (["thanx", "--fault-rate", "often"], "not a number"),
        (["thanx", "--reviews", "-1"], "must be between 0"),
        (["thanx", "--port", "70000"], "must be between 0 and 65535"),
        (["thanx", "--token-ttl", "0"], "must be positive"),
        (["thanx", "--latency-ms", "-5"], "must be >= 0"),
        (["thanx", "--quota", "-1"], "must be >= 0"),
        (["thanx", "--scopes", "0"], "must be between 1 and 100000"),
    ],
)
def test_argument_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse(*argv)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_port_in_use_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    with running("thanx", "--reviews", "1") as url:
        port = url.rsplit(":", 1)[1]
        assert run(parse("thanx", "--port", port)) == 1
    assert "cannot listen on 127.0.0.1" in capsys.readouterr().err


def loaded_after(statement: str, prefixes: tuple[str, ...]) -> list[str]:
    """The modules starting with one of ``prefixes`` that a fresh interpreter holds after ``statement``."""
    code = f"import sys; {statement}; print('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    return [name for name in done.stdout.split() if name.split(".")[0] in prefixes]


def test_the_sdk_never_loads_the_sandbox() -> None:
    assert loaded_after("import reviewbridge", ("reviewbridge_sandbox", "starlette", "uvicorn")) == []


def test_the_sandbox_never_loads_the_sdk() -> None:
    # Everything the sandbox has, servers, the command line and the helpers included.
    statement = (
        "import reviewbridge_sandbox as s, reviewbridge_sandbox.__main__, reviewbridge_sandbox._cli; "
        "[getattr(s, name) for name in s.__all__]"
    )
    loaded = loaded_after(statement, ("reviewbridge", "reviewbridge_sandbox", "starlette"))
    assert "starlette" in loaded  # it did load the servers, every one of them
    assert {f"reviewbridge_sandbox._{provider}" for provider in implementations()} <= set(loaded)
    assert [name for name in loaded if name.split(".")[0] == "reviewbridge"] == []


def test_console_script_and_module_share_one_command_line() -> None:
    script = Path(sys.executable).with_name("reviewbridge-sandbox")
    for command in ([str(script)], [sys.executable, "-m", "reviewbridge_sandbox"]):
        done = subprocess.run([*command, "--help"], capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("usage: reviewbridge-sandbox [-h] [--host HOST] [--port PORT]")
        for option in (
            "--reviews",
            "--seed",
            "--fault-rate",
            "--latency-ms",
            "--token-ttl",
            "--slow-ms",
            "--quota",
            "--scopes",
        ):
            assert option in done.stdout


def test_missing_extra_is_one_clear_line() -> None:
    # As after an SDK install without the sandbox extra: no third-party package can be imported.
    package_root = Path(__file__).resolve().parents[1]
    code = (
        "import runpy, sys; "
        f"sys.path = [p for p in sys.path if 'packages' not in p] + [{str(package_root)!r}]; "
        "runpy.run_module('reviewbridge_sandbox', run_name='__main__', alter_sys=True)"
    )
    done = subprocess.run([sys.executable, "-c", code, "thanx"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "reviewbridge-sandbox: error: uvicorn is not installed; install the sandbox extra: "
        "pip install 'reviewbridge[sandbox]'"
    ]
