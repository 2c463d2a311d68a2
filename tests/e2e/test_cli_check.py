"""``reviewbridge check`` against a sandbox on 127.0.0.1 (one provider as the example; each provider's own
cases in its test file), a port where nothing listens, and wrong credentials: a line per scope, what was
found or what to try, never a traceback."""

from __future__ import annotations

import math
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from reviewbridge._cli import main
from reviewbridge._export import default_client_factory
from reviewbridge_sandbox import credentials_env, spawn

CREDENTIALS = credentials_env()
SCOPE = "example.com"
REVIEWS = 45
THANX_PAGE = 10  # the sandbox's default per_page, as the API's


@pytest.fixture(scope="module")
def sandboxes() -> Iterator[dict[str, str]]:
    with spawn("thanx", "--reviews", str(REVIEWS)) as thanx:
        yield {"thanx": thanx}


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A loopback port bound but not listening (connections to it are refused), held for the test."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def quick_retries(job: Any) -> Any:
    """The default client, retrying without waiting (the retries still happen)."""
    client = default_client_factory(job)
    client._policy.base_delay = 0
    return client


def dataset_size(url: str) -> int:
    response = httpx.get(f"{url}/_sandbox/dataset", params={"scope": SCOPE}, timeout=30)
    response.raise_for_status()
    return len(response.json()["reviews"])


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], list[str]]:
    status = main(argv, client_factory=quick_retries)
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return status, out.out.splitlines(), out.err.splitlines()


def test_a_good_scope_reports_its_first_page_and_the_total(
    sandboxes: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = sandboxes["thanx"]
    status, out, err = run(["check", "thanx", "--merchant-id", SCOPE, "--base-url", url], capsys)
    assert status == 0, err
    pages = math.ceil(dataset_size(url) / THANX_PAGE)
    assert out == [
        f"thanx:merchant_id={SCOPE}: ok, {THANX_PAGE} reviews on the first page (more pages follow); "
        f"in all: {pages} pages of up to {THANX_PAGE} records"
    ]


def test_a_wrong_credential_names_the_variables_it_came_from(
    sandboxes: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REVIEWBRIDGE_THANX_ACCESS_TOKEN", "not-the-token-0123456789")
    argv = ["check", "thanx", "--merchant-id", SCOPE, "--base-url", sandboxes["thanx"]]
    status, out, err = run(argv, capsys)
    assert status == 1 and out == []
    assert len(err) == 1
    assert err[0].startswith(f"reviewbridge: error: thanx:merchant_id={SCOPE}: thanx listFeedbacks: HTTP 401")
    assert "REVIEWBRIDGE_THANX_CLIENT_ID, REVIEWBRIDGE_THANX_ACCESS_TOKEN" in err[0]
    assert "not-the-token-0123456789" not in err[0]


def test_all_scopes_of_a_config_one_line_each(
    sandboxes: dict[str, str],
    closed_port: int,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SHOP_THANX_TOKEN", "wrong-token-abcdef0123")
    config = tmp_path / "reviews.toml"
    config.write_text(
        f"""
[[export]]
provider = "thanx"
base_url = "{sandboxes["thanx"]}"
merchant_id = "{SCOPE}"

[[export]]
provider = "thanx"
base_url = "{sandboxes["thanx"]}"
merchant_id = "wrong.example"
access_token_env = "SHOP_THANX_TOKEN"

[[export]]
provider = "thanx"
base_url = "http://127.0.0.1:{closed_port}"
merchant_id = "closed.example"
""",
        encoding="utf-8",
    )
    status, out, err = run(["check", "--all", "--config", str(config)], capsys)
    assert status == 1
    assert len(out) == 1 and out[0].startswith(f"thanx:merchant_id={SCOPE}: ok, ")
    assert len(err) == 2, err
    wrong, closed = err
    # The config's variable where it names one, the provider's default for the other.
    assert wrong.startswith("reviewbridge: error: thanx:merchant_id=wrong.example: ")
    assert "REVIEWBRIDGE_THANX_CLIENT_ID, SHOP_THANX_TOKEN" in wrong
    assert "wrong-token-abcdef0123" not in wrong
    assert closed.startswith("reviewbridge: error: thanx:merchant_id=closed.example: ")
    assert f"nothing answered at http://127.0.0.1:{closed_port}" in closed
