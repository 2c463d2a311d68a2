"""``reviewbridge check`` of eTrusted scopes against its sandbox on 127.0.0.1: the total from
getReviewsCount, every channel from a config entry, and a port where nothing listens (its token request)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from reviewbridge_sandbox import spawn

from tests.e2e import test_cli_check as check
from tests.e2e.test_cli_check import CREDENTIALS, REVIEWS, SCOPE, dataset_size, run

# The shared fixtures: the sandboxes' credentials in the environment (autouse), a port nothing listens on.
environment = check.environment
closed_port = check.closed_port


def test_nothing_listening_names_the_url_and_what_to_try(closed_port: int, capsys: pytest.CaptureFixture[str]) -> None:
    base = f"http://127.0.0.1:{closed_port}"
    status, out, err = run(["check", "etrusted", "--channel-id", SCOPE, "--base-url", base], capsys)
    assert status == 1 and out == []
    assert len(err) == 1
    assert f"the request to {base}/" in err[0]  # the request's own URL (here the token endpoint's or the list's)
    assert "Connection refused" in err[0] or "ConnectError" in err[0]
    assert f"nothing answered at {base}: check the base URL (--base-url" in err[0]
    assert CREDENTIALS["REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET"] not in err[0]


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with spawn("etrusted", "--reviews", str(REVIEWS)) as found:
        yield found


def test_a_good_scope_reports_its_first_page_and_the_total(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["check", "etrusted", "--channel-id", SCOPE, "--base-url", url], capsys)
    assert status == 0, err
    assert len(out) == 1
    assert out[0].startswith(f"etrusted:channel_id={SCOPE}: ok, ")
    assert out[0].endswith(f"in all: {dataset_size(url)} reviews (getReviewsCount)")


def test_every_channel_of_a_config_entry(
    url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SHOP_ET_SECRET", CREDENTIALS["REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET"])
    config = tmp_path / "reviews.toml"
    config.write_text(
        f"""
[[export]]
provider = "etrusted"
base_url = "{url}"
all_channels = true
client_secret_env = "SHOP_ET_SECRET"
""",
        encoding="utf-8",
    )
    status, out, err = run(["check", "--all", "--config", str(config)], capsys)
    assert status == 0, err
    assert len(out) == 1 and out[0].startswith("etrusted:all_channels=True: ok, ")
