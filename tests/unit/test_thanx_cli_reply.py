"""``reviewbridge reply thanx``, against a mock API: the response stored, a refused one, usage errors."""

from __future__ import annotations

import httpx
import pytest
from reviewbridge._cli import main

from tests.unit._support import thanx_item
from tests.unit.test_cli_reply import Recorder, credentials, factory, usage_error  # noqa: F401 (credentials: autouse)


def responding(status: int = 200) -> Recorder:
    """The Thanx API answering a response with the responded feedback (or with ``status``'s error)."""

    def answer(request: httpx.Request) -> httpx.Response:
        record = {**thanx_item(1), "state": "responded", "response": "Thanks", "responded_at": "2024-01-01T10:00:00Z"}
        if status == 200:
            return httpx.Response(200, json={"feedback": record})
        return httpx.Response(status, json={"error": {"code": "CONFLICT", "message": "already responded"}})

    return Recorder(answer)


def test_reply_thanx_with_merchant_id(capsys: pytest.CaptureFixture[str]) -> None:
    api = responding()
    assert main(["reply", "thanx", "fb000001", "Thanks", "--merchant-id", "m1"], client_factory=factory(api, [])) == 0
    assert api.seen[0].url.path == "/partner/feedbacks/fb000001/respond"
    assert "response to feedback fb000001 stored" in capsys.readouterr().err


def test_reply_refused_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    api = responding(409)
    assert main(["reply", "thanx", "fb000001", "Thanks"], client_factory=factory(api, [])) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already responded" in err and "SECRET" not in err


def test_reply_usage_errors_exit_2_before_any_request(capsys: pytest.CaptureFixture[str]) -> None:
    usage_error(["reply", "thanx", "r", "t", "--notify"], "--notify do(es) not apply to thanx replies", capsys)
