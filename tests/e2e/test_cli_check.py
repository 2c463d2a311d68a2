"""``reviewbridge check`` against the Thanx and eTrusted sandboxes on 127.0.0.1, a port where nothing
listens, and wrong credentials: a line per scope, what was found or what to try, never a traceback."""

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
    with spawn("thanx", "--reviews", str(REVIEWS)) as thanx, spawn("etrusted", "--reviews", str(REVIEWS)) as et:
        yield {"thanx": thanx, "etrusted": et}


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
    url = sandboxes["etrusted"]
    status, out, err = run(["check", "etrusted", "--channel-id", SCOPE, "--base-url", url], capsys)
    assert status == 0, err
    assert len(out) == 1
    assert out[0].startswith(f"etrusted:channel_id={SCOPE}: ok, ")
    assert out[0].endswith(f"in all: {dataset_size(url)} reviews (getReviewsCount)")


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


def test_nothing_listening_names_the_url_and_what_to_try(closed_port: int, capsys: pytest.CaptureFixture[str]) -> None:
    base = f"http://127.0.0.1:{closed_port}"
    status, out, err = run(["check", "etrusted", "--channel-id", SCOPE, "--base-url", base], capsys)
    assert status == 1 and out == []
    assert len(err) == 1
    assert f"the request to {base}/" in err[0]  # the request's own URL (here the token endpoint's or the list's)
    assert "Connection refused" in err[0] or "ConnectError" in err[0]
    assert f"nothing answered at {base}: check the base URL (--base-url" in err[0]
    assert CREDENTIALS["REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET"] not in err[0]


def test_all_scopes_of_a_config_one_line_each(
    sandboxes: dict[str, str],
    closed_port: int,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SHOP_THANX_TOKEN", "wrong-token-abcdef0123")
    monkeypatch.setenv("SHOP_ET_SECRET", CREDENTIALS["REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET"])
    config = tmp_path / "reviews.toml"
    config.write_text(
        f"""
[[export]]
provider = "etrusted"
base_url = "{sandboxes["etrusted"]}"
all_channels = true
client_secret_env = "SHOP_ET_SECRET"

[[export]]
provider = "thanx"
base_url = "{sandboxes["thanx"]}"
merchant_id = "{SCOPE}"
access_token_env = "SHOP_THANX_TOKEN"

[[export]]
provider = "testfreaks"
base_url = "http://127.0.0.1:{closed_port}"
client_id = "{SCOPE}"
""",
        encoding="utf-8",
    )
    status, out, err = run(["check", "--all", "--config", str(config)], capsys)
    assert status == 1
    assert len(out) == 1 and out[0].startswith("etrusted:all_channels=True: ok, ")
    assert len(err) == 2, err
    thanx, testfreaks = err
    # The config's variable where it names one, the provider's default for the other.
    assert thanx.startswith(f"reviewbridge: error: thanx:merchant_id={SCOPE}: ")
    assert "REVIEWBRIDGE_THANX_CLIENT_ID, SHOP_THANX_TOKEN" in thanx
    assert "wrong-token-abcdef0123" not in thanx
    assert testfreaks.startswith(f"reviewbridge: error: testfreaks:client_id={SCOPE}: ")
    assert f"nothing answered at http://127.0.0.1:{closed_port}" in testfreaks
