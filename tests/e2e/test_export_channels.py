"""``reviewbridge export etrusted`` over several channels in one walk, and over the whole account, as a
subprocess against the eTrusted sandbox: every review version exactly once, whatever the state file was
written by (one scope per channel, another set of channels) and wherever a run is killed."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from reviewbridge_sandbox import credentials_env, spawn

CREDENTIALS = credentials_env()
ENV = {
    **{k: v for k, v in os.environ.items() if not k.startswith("REVIEWBRIDGE_")},
    **CREDENTIALS,
    "PYTHONUNBUFFERED": "1",
}
REVIEWS = 60  # per channel
X, Y = "chl-e2e-x", "chl-e2e-y"


class Account:
    def __init__(self, url: str) -> None:
        self.url = url

    def token(self) -> str:
        form = {
            "grant_type": "client_credentials",
            "client_id": CREDENTIALS["REVIEWBRIDGE_ETRUSTED_CLIENT_ID"],
            "client_secret": CREDENTIALS["REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET"],
            "audience": "https://api.etrusted.com",
        }
        response = httpx.post(f"{self.url}/oauth/token", data=form, timeout=30)
        response.raise_for_status()
        token: str = response.json()["access_token"]
        return token

    def own_channels(self) -> list[str]:
        """The account's channels: what getReviews lists without ``channels``."""
        headers = {"Authorization": f"Bearer {self.token()}"}
        response = httpx.get(f"{self.url}/reviews/count", headers=headers, timeout=30)
        response.raise_for_status()
        channels: list[str] = response.json()["channelList"]
        return channels

    def versions(self, *channels: str) -> set[tuple[str, str]]:
        """Every review of ``channels`` as (id, updated_at), from the sandbox's admin view."""
        found: set[tuple[str, str]] = set()
        for channel in channels:
            response = httpx.get(f"{self.url}/_sandbox/dataset", params={"scope": channel}, timeout=30)
            response.raise_for_status()
            found |= {(r["id"], _utc(r["updated_at"])) for r in response.json()["reviews"]}
        return found

    def churn(self, channel: str, add: int, update: int) -> None:
        response = httpx.post(
            f"{self.url}/_sandbox/churn", params={"scope": channel, "add": add, "update": update}, timeout=30
        )
        response.raise_for_status()

    def export(self, out: Path, state: Path, *scope: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "reviewbridge._cli", "export", "etrusted", "--base-url", self.url,
                   "--out", str(out), "--state", str(state), *scope]  # fmt: skip
        result = subprocess.run(command, env=ENV, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        return result


def _utc(stamp: str) -> str:
    from datetime import UTC, datetime

    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(UTC).isoformat()


def written(out: Path) -> list[tuple[str, str]]:
    return [(r["id"], _utc(r["updated_at"])) for r in map(json.loads, out.read_text().splitlines())]


def assert_exactly_once(out: Path, expected: set[tuple[str, str]]) -> None:
    found = written(out)
    assert len(found) == len(set(found)), "a review version was written twice"
    assert expected <= set(found), f"{len(expected - set(found))} versions missing"


def channels(*ids: str) -> list[str]:
    return [arg for channel in ids for arg in ("--channel-id", channel)]


@pytest.fixture
def account() -> Iterator[Account]:
    with spawn("etrusted", "--reviews", str(REVIEWS), env=ENV) as url:
        yield Account(url)


def test_several_channels_in_one_walk_then_only_changes(account: Account, tmp_path: Path) -> None:
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    first = account.export(out, state, *channels(X, Y), "--channel-id", X)
    assert f"etrusted:channel_id={X},{Y}: {2 * REVIEWS} reviews written" in first.stderr
    assert_exactly_once(out, account.versions(X, Y))
    assert {f"etrusted:channel_id={X}", f"etrusted:channel_id={Y}"} <= set(json.loads(state.read_text())["scopes"])
    account.churn(X, add=3, update=2)
    account.churn(Y, add=1, update=4)
    second = account.export(out, state, *channels(Y, X))
    assert " 10 reviews written in " in second.stderr
    assert " 0 reviews written in " in account.export(out, state, *channels(X, Y)).stderr
    assert_exactly_once(out, account.versions(X, Y))


def test_state_of_the_per_channel_export_then_one_walk(account: Account, tmp_path: Path) -> None:
    """The state the export wrote when it walked one scope per channel, each mark its own."""
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    account.export(out, state, *channels(X))
    account.churn(X, add=2, update=2)
    account.export(out, state, *channels(Y))  # Y's mark is later than X's
    saved = json.loads(state.read_text())["scopes"]
    assert set(saved) == {f"etrusted:channel_id={X}", f"etrusted:channel_id={Y}"}
    assert saved[f"etrusted:channel_id={X}"]["hwm"] < saved[f"etrusted:channel_id={Y}"]["hwm"]
    account.churn(Y, add=1, update=1)
    joint = account.export(out, state, *channels(X, Y))
    assert " 6 reviews written in " in joint.stderr  # X's 4 changes since its mark, Y's 2
    assert_exactly_once(out, account.versions(X, Y))


def test_a_channel_added_between_runs(account: Account, tmp_path: Path) -> None:
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    account.export(out, state, *channels(X))
    account.churn(X, add=2, update=3)
    account.churn(Y, add=2, update=3)
    joint = account.export(out, state, *channels(X, Y))
    assert f" {5 + REVIEWS + 2} reviews written in " in joint.stderr  # Y whole (updates included)
    assert_exactly_once(out, account.versions(X, Y))
    assert " 0 reviews written in " in account.export(out, state, *channels(X)).stderr


def test_all_channels_after_named_ones(account: Account, tmp_path: Path) -> None:
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    own = account.own_channels()
    assert len(own) >= 2
    account.export(out, state, *channels(own[0]))
    account.churn(own[0], add=1, update=1)
    whole = account.export(out, state, "--all-channels")
    assert f" {2 + (len(own) - 1) * REVIEWS} reviews written in " in whole.stderr
    assert_exactly_once(out, account.versions(*own))
    account.churn(own[-1], add=2, update=2)
    assert " 4 reviews written in " in account.export(out, state, "--all-channels").stderr
    assert " 0 reviews written in " in account.export(out, state, *channels(*own)).stderr
    assert_exactly_once(out, account.versions(*own))


def test_all_channels_from_a_config_file(account: Account, tmp_path: Path) -> None:
    config = tmp_path / "export.toml"
    config.write_text(
        'output = "out.jsonl"\nstate = "state.json"\n\n[[export]]\nprovider = "etrusted"\n'
        f'base_url = "{account.url}"\nall_channels = true\ncount = 25\n'
        'client_id_env = "REVIEWBRIDGE_ETRUSTED_CLIENT_ID"\nclient_secret_env = "REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET"\n'
    )
    command = [sys.executable, "-m", "reviewbridge._cli", "export", "--all", "--config", str(config)]
    result = subprocess.run(command, env=ENV, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert_exactly_once(tmp_path / "out.jsonl", account.versions(*account.own_channels()))


@pytest.mark.slow
def test_sigkill_and_resume_of_one_walk_while_channels_join(tmp_path: Path) -> None:
    """Killed at random moments, first walking X, then X and Y in one walk; the API changes between runs."""
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    rng = random.Random(5)
    with spawn("etrusted", "--reviews", "90", "--latency-ms", "15", env=ENV) as url:
        account = Account(url)
        config = tmp_path / "export.toml"
        command = [sys.executable, "-m", "reviewbridge._cli", "export", "--all", "--config", str(config)]

        def run(scope: list[str], kill: bool, moves: bool = False) -> tuple[int, str]:
            named = scope[1::2]  # the channel ids of "--channel-id X ..."
            config.write_text(
                f'output = "{out.name}"\nstate = "{state.name}"\n[[export]]\nprovider = "etrusted"\n'
                f'base_url = "{url}"\nchannel_id = {named!r}\ncount = 10\n'
                'client_id_env = "REVIEWBRIDGE_ETRUSTED_CLIENT_ID"\n'
                'client_secret_env = "REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET"\n'
            )
            proc = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            try:
                _, stderr = proc.communicate(timeout=rng.uniform(0.3, 1.5) if kill else 120)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                _, stderr = proc.communicate()
            if proc.returncode == 0 and moves:  # a finished run: the API moves on
                account.churn(X, add=2, update=2)
                account.churn(Y, add=1, update=2)
            return proc.returncode, stderr

        kills, deadline = 0, time.monotonic() + 150
        for scope, until in ((channels(X), 3), (channels(X, Y), 8)):
            attempts = 0
            while kills < until and attempts < 15 and time.monotonic() < deadline:
                attempts += 1
                status, stderr = run(scope, kill=True, moves=True)
                if status == 1 and "was interrupted" in stderr:
                    # X's walk was killed before the set grew: finished first, as the message says.
                    assert scope == channels(X, Y) and "run that export again as it was" in stderr, stderr
                    assert run(channels(X), kill=False)[0] == 0
                    continue
                assert status in (0, -signal.SIGKILL), stderr
                kills += status == -signal.SIGKILL
        status, stderr = run(channels(X, Y), kill=False)
        if status == 1 and "was interrupted" in stderr:
            assert run(channels(X), kill=False)[0] == 0
            status, stderr = run(channels(X, Y), kill=False)
        assert status == 0, stderr
        assert_exactly_once(out, account.versions(X, Y))
        assert kills >= 4, f"only {kills} kills"


def test_a_walk_interrupted_over_other_channels_is_refused_with_what_to_do(account: Account, tmp_path: Path) -> None:
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    account.export(out, state, *channels(X))
    saved: dict[str, Any] = json.loads(state.read_text())
    entry = saved["scopes"][f"etrusted:channel_id={X}"]
    # As a run killed mid-walk leaves it: a resume point (the last review written) and the run's marks.
    entry.update(running=True, resume={"after": written(out)[10][0]}, run_since=None, run_hwm=entry["hwm"])
    state.write_text(json.dumps(saved))
    command = [sys.executable, "-m", "reviewbridge._cli", "export", "etrusted", "--base-url", account.url,
               "--out", str(out), "--state", str(state), *channels(X, Y)]  # fmt: skip
    result = subprocess.run(command, env=ENV, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert f"the export of etrusted:channel_id={X} was interrupted" in result.stderr
    assert "run that export again as it was" in result.stderr
