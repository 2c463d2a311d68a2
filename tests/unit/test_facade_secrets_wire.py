"""Secrets never leak (logs, reprs, errors); insecure URLs and missing credentials refused; wire format."""

from __future__ import annotations

import base64
import logging
from typing import Any

import httpx
import pytest
import reviewbridge as rb
from reviewbridge._providers import REGISTRY

from tests.unit._support import API_KEY, SECRETS, paged_testfreaks, tf_client


def debug_everything(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "reviewbridge", ""):
        logging.getLogger(name).setLevel(logging.DEBUG)
    caplog.clear()


def assert_no_secret(caplog: pytest.LogCaptureFixture, *texts: str, records: int) -> None:
    """No credential of any provider (SECRETS) in the log or in ``texts``; ``records`` DEBUG records of ours."""
    joined = "\n".join([caplog.text, *texts])
    for secret in SECRETS:
        assert secret not in joined
    ours = [r for r in caplog.records if r.name == "reviewbridge"]
    assert len(ours) == records
    assert all(r.levelno == logging.DEBUG for r in ours)


def test_secrets_never_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    debug_everything(caplog)
    tf_handler, _seen = paged_testfreaks(4, 2)
    tf = tf_client(tf_handler)
    list(tf.reviews())
    assert_no_secret(caplog, repr(tf), str(tf), repr(tf._http.auth), records=2)  # 2 pages


def test_one_log_record_per_attempt_and_one_per_retry(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="reviewbridge")
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503 if len(calls) < 3 else 200, json={"data": []})

    list(tf_client(handler).reviews())
    ours = [r.levelno for r in caplog.records if r.name == "reviewbridge"]
    assert ours.count(logging.DEBUG) == 3  # one per attempt
    assert ours.count(logging.INFO) == 2  # one per retry


@pytest.mark.parametrize("url", ["http://api.example.com", "http://10.0.0.1:8080"])
def test_plain_http_to_remote_host_refused(url: str) -> None:
    with pytest.raises(rb.ConfigurationError):
        rb.TestFreaks("k", base_url=url)
    client = rb.TestFreaks("k", base_url=url, allow_insecure=True)
    assert str(client.base_url).startswith("http://")


#: (a client class, the credentials given, the variable the first missing one is named by), for every
#: provider and every credential it needs, sync and async
MISSING = [
    (client, index, info.credentials[index].env)
    for info in REGISTRY.values()
    for client in (info.client, info.async_client)
    for index in range(len(info.credentials))
]


@pytest.mark.parametrize(("factory", "given", "env_var"), MISSING)
def test_missing_credentials_name_env_var(
    monkeypatch: pytest.MonkeyPatch, factory: Any, given: int, env_var: str
) -> None:
    for name in (c.env for info in REGISTRY.values() for c in info.credentials):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(rb.ConfigurationError, match=env_var):
        factory(*["k"] * given)


def test_credentials_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEWBRIDGE_TESTFREAKS_API_KEY", API_KEY)
    handler, seen = paged_testfreaks(1, 1)
    client = rb.TestFreaks(
        base_url="http://127.0.0.1", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    list(client.reviews())
    assert seen[0].headers["Authorization"] == "Basic " + base64.b64encode(f"{API_KEY}:".encode()).decode()


def test_testfreaks_basic_auth_empty_password() -> None:
    handler, seen = paged_testfreaks(1, 1)
    list(tf_client(handler).reviews())
    scheme, token = seen[0].headers["Authorization"].split(" ")
    assert scheme == "Basic"
    assert base64.b64decode(token).decode() == f"{API_KEY}:"
