"""Logging: -v / -vv / --log-level, --log-format json, REVIEWBRIDGE_LOG; secrets masked in every field."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from reviewbridge import TestFreaks as TFClient
from reviewbridge._cli import main
from reviewbridge._export import Job

API_KEY = "tf-log-key-0123456789"
REVIEW = {"id": "r1", "score": 4, "score_max": 5, "extract": "fine", "updated_at": "2024-01-01T00:00:00Z"}


class API:
    """Two pages (the second behind a link holding the API key, as a careless server might write it);
    the first request answers 503 once."""

    def __init__(self) -> None:
        self.requests = 0

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if self.requests == 1:
            return httpx.Response(503, json={"error": "busy"})
        if "after" in request.url.params:
            return httpx.Response(200, json={"data": [{**REVIEW, "id": "r2"}], "links": {}})
        return httpx.Response(200, json={"data": [REVIEW], "links": {"next": f"/v1/reviews?after={API_KEY}"}})

    def factory(self, job: Job) -> TFClient:
        client = TFClient(
            api_key=API_KEY,
            base_url="https://tf.example",
            http_client=httpx.Client(transport=httpx.MockTransport(self.handler)),
        )
        client._policy.base_delay = 0  # retry at once
        return client


def export(tmp_path: Path, capsys: pytest.CaptureFixture[str], *flags: str) -> list[str]:
    argv = ["export", "testfreaks", "--client-id", "shop", "--out", str(tmp_path / "out.jsonl"), *flags]
    assert main(argv, client_factory=API().factory) == 0
    captured = capsys.readouterr()
    assert API_KEY not in captured.err and API_KEY not in captured.out
    return captured.err.splitlines()


def test_json_lines_carry_each_attempt_and_retry_with_secrets_masked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = export(tmp_path, capsys, "-vv", "--log-format", "json")
    records = [json.loads(line) for line in lines if line.startswith("{")]
    attempts = [r for r in records if r["level"] == "debug"]
    assert [(r["status"], r["attempt"]) for r in attempts] == [(503, 1), (200, 2), (200, 1)]
    fields = {"time", "level", "message", "provider", "operation", "method", "url", "status", "attempt"}
    for record in attempts:
        assert fields <= set(record)
        assert (record["provider"], record["operation"], record["method"]) == ("testfreaks", "listReviews", "GET")
        assert record["scope"] == "testfreaks:client_id=shop"
        assert record["url"].startswith("https://tf.example/v1/reviews")
        assert isinstance(record["elapsed_ms"], float)
    assert "after=********" in attempts[-1]["url"]  # the key in a link's value, masked in the field too
    (retry,) = [r for r in records if r["level"] == "info"]
    assert retry["message"].startswith("retrying GET https://tf.example/v1/reviews") and retry["status"] == 503
    # The summary is as without logging.
    assert [line for line in lines if not line.startswith("{")] == [
        "reviewbridge: testfreaks:client_id=shop: 2 reviews written (0 already exported), 2 pages, 1 retry",
        *[line for line in lines if line.startswith("reviewbridge: 2 reviews written in ")],
    ]


def test_v_shows_retries_vv_every_request_none_without(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    quiet = export(tmp_path, capsys)
    assert len(quiet) == 2 and all(" reviews written" in line for line in quiet)
    retries = [line for line in export(tmp_path, capsys, "-v") if "INFO" in line or "DEBUG" in line]
    assert len(retries) == 1 and retries[0].startswith("reviewbridge: INFO: retrying GET https://tf.example/")
    every = [line for line in export(tmp_path, capsys, "--log-level", "debug") if "DEBUG" in line]
    assert len(every) == 3 and all(" -> " in line for line in every)


def test_logging_is_as_before_once_the_command_returns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    logger = logging.getLogger("reviewbridge")
    level, handlers = logger.level, list(logger.handlers)
    export(tmp_path, capsys, "-vvv", "--log-format", "json")
    assert (logger.level, logger.handlers) == (level, handlers)
    assert logging.getLogger("httpx").handlers == []


BASE_ENV = {k: v for k, v in os.environ.items() if not k.startswith("REVIEWBRIDGE_")}
SDK_CALL = """
import httpx, reviewbridge as rb
def handler(request):
    return httpx.Response(200, json={"data": [], "links": {}})
client = rb.TestFreaks(api_key="k" * 12, base_url="https://tf.example",
                       http_client=httpx.Client(transport=httpx.MockTransport(handler)))
print(len(list(client.reviews(client_id="shop"))))
"""


@pytest.mark.parametrize("fmt", ["", "json"])
def test_reviewbridge_log_sends_sdk_records_to_stderr(fmt: str) -> None:
    env = {**BASE_ENV, "REVIEWBRIDGE_LOG": "debug", "REVIEWBRIDGE_LOG_FORMAT": fmt}
    done = subprocess.run([sys.executable, "-c", SDK_CALL], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout == "0\n", done.stderr
    (line,) = done.stderr.splitlines()
    if fmt:
        record: dict[str, Any] = json.loads(line)
        assert (record["level"], record["status"], record["operation"]) == ("debug", 200, "listReviews")
    else:
        assert line.startswith("reviewbridge: DEBUG: GET https://tf.example/v1/reviews?") and line.endswith(" ms)")
    assert "k" * 12 not in done.stderr


def test_reviewbridge_log_with_an_unknown_level_warns_and_changes_nothing() -> None:
    code = "import logging, reviewbridge; print(logging.getLogger('reviewbridge').handlers)"
    env = {**BASE_ENV, "REVIEWBRIDGE_LOG": "loud"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout == "[]\n"
    assert "REVIEWBRIDGE_LOG must be one of debug, info, warning, error" in done.stderr
