"""Tokens kept across runs (opt-in): one run's token serves the next, in private files that hold neither
the key nor the secret; a file anyone else could read or write, a corrupt or expired one, is not used."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import httpx
import pytest
import reviewbridge as rb

from tests.unit._support import BASE, TP_KEY, TP_SECRET, TP_TOKEN_PREFIX, TP_UNIT, sync_http, trustpilot
from tests.unit.test_trustpilot import FakeTrustpilot


def _walk(client: rb.Trustpilot) -> int:
    return len(list(client.reviews(business_unit_id=TP_UNIT)))


def _files(directory: Path) -> list[Path]:
    return sorted(directory.iterdir())


def test_a_second_run_uses_the_token_the_first_kept(tmp_path: Path) -> None:
    cache = tmp_path / "tokens"
    api = FakeTrustpilot()
    assert _walk(trustpilot(api.handler, token_cache=cache)) == 5
    again = trustpilot(api.handler, token_cache=cache)  # a new client: the next run
    assert _walk(again) == 5
    assert again.token_requests == 0 and len(api.token_requests) == 1
    assert [c.headers["Authorization"] for c in api.calls] == [f"Bearer {TP_TOKEN_PREFIX}1"] * 2
    (kept,) = _files(cache)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700 and stat.S_IMODE(kept.stat().st_mode) == 0o600
    text = kept.read_text()
    assert TP_KEY not in text and TP_SECRET not in text and TP_KEY not in kept.name
    assert json.loads(text)["access_token"] == f"{TP_TOKEN_PREFIX}1"


def test_the_environment_variable_turns_the_cache_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    api = FakeTrustpilot()
    _walk(trustpilot(api.handler))
    assert not list(tmp_path.iterdir())  # off by default
    monkeypatch.setenv("REVIEWBRIDGE_TOKEN_CACHE", str(tmp_path / "kept"))
    _walk(trustpilot(api.handler))
    assert _walk(trustpilot(api.handler)) == 5
    assert len(api.token_requests) == 2  # the uncached client's, then one for both cached ones


def test_other_credentials_never_read_the_token(tmp_path: Path) -> None:
    api = FakeTrustpilot()
    _walk(trustpilot(api.handler, token_cache=tmp_path))
    other = rb.Trustpilot(TP_KEY, "another-secret-SECRET-9", base_url=BASE, http_client=sync_http(api.handler),
                          token_cache=tmp_path)  # fmt: skip
    with pytest.raises(rb.AuthenticationError):  # its own token request, refused
        _walk(other)
    assert len(api.token_requests) == 2


def test_an_expired_kept_token_is_not_used(tmp_path: Path) -> None:
    api = FakeTrustpilot()
    _walk(trustpilot(api.handler, token_cache=tmp_path))
    (kept,) = _files(tmp_path)
    kept.write_text(json.dumps({**json.loads(kept.read_text()), "expires_at": 1.0}))
    again = trustpilot(api.handler, token_cache=tmp_path)
    _walk(again)
    assert again.token_requests == 1
    assert json.loads(kept.read_text())["access_token"] == f"{TP_TOKEN_PREFIX}2"  # the new one kept


@pytest.mark.parametrize(
    "content", ["", "{", "[]", '{"access_token": 5, "expires_at": 9e99}', '{"access_token": "a b"}']
)
def test_a_corrupt_file_is_ignored(tmp_path: Path, content: str) -> None:
    api = FakeTrustpilot()
    _walk(trustpilot(api.handler, token_cache=tmp_path))
    (kept,) = _files(tmp_path)
    kept.write_text(content)
    again = trustpilot(api.handler, token_cache=tmp_path)
    assert _walk(again) == 5 and again.token_requests == 1


def test_a_file_others_may_read_is_not_trusted(tmp_path: Path) -> None:
    api = FakeTrustpilot()
    _walk(trustpilot(api.handler, token_cache=tmp_path))
    (kept,) = _files(tmp_path)
    kept.chmod(0o644)
    again = trustpilot(api.handler, token_cache=tmp_path)
    _walk(again)
    assert again.token_requests == 1


def test_a_directory_others_may_enter_is_not_used(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    api = FakeTrustpilot()
    _walk(trustpilot(api.handler, token_cache=shared))
    assert _files(shared) == []
    again = trustpilot(api.handler, token_cache=shared)
    _walk(again)
    assert again.token_requests == 1


def test_a_link_in_place_of_the_file_is_not_followed(tmp_path: Path) -> None:
    api = FakeTrustpilot()
    _walk(trustpilot(api.handler, token_cache=tmp_path))
    (kept,) = _files(tmp_path)
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere.json"
    elsewhere.write_text(kept.read_text())
    elsewhere.chmod(0o600)
    kept.unlink()
    os.symlink(elsewhere, kept)
    again = trustpilot(api.handler, token_cache=tmp_path)
    _walk(again)
    assert again.token_requests == 1


def test_a_refused_kept_token_is_forgotten_and_replaced(tmp_path: Path) -> None:
    api = FakeTrustpilot()
    _walk(trustpilot(api.handler, token_cache=tmp_path))

    def fresh_only(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/accesstoken"):
            return api.handler(request)
        if request.headers.get("Authorization") == f"Bearer {TP_TOKEN_PREFIX}1":  # revoked meanwhile
            return httpx.Response(401, json={"message": "revoked"})
        return httpx.Response(200, json={"reviews": []})

    again = trustpilot(fresh_only, token_cache=tmp_path)
    assert _walk(again) == 0 and again.token_requests == 1
    (kept,) = _files(tmp_path)
    assert json.loads(kept.read_text())["access_token"] != f"{TP_TOKEN_PREFIX}1"


def test_an_unwritable_directory_does_not_fail_the_walk(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-directory"
    blocked.write_text("x")
    api = FakeTrustpilot()
    assert _walk(trustpilot(api.handler, token_cache=blocked)) == 5
