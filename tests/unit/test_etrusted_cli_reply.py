"""``reviewbridge reply etrusted``, against a mock API: the reply saved, its options and usage errors."""

from __future__ import annotations

import json

import pytest
from reviewbridge._cli import main

from tests.unit.test_cli_reply import Recorder, credentials, factory, usage_error  # noqa: F401 (credentials: autouse)


def test_reply_etrusted_with_notify(capsys: pytest.CaptureFixture[str]) -> None:
    api, jobs = Recorder(), []
    status = main(
        ["reply", "etrusted", "rev-1", "Thank you!", "--notify", "--timeout", "5"], client_factory=factory(api, jobs)
    )
    assert status == 0
    (request,) = api.seen
    assert request.url.path == "/reviews/rev-1/reply"
    assert json.loads(request.content) == {"comment": "Thank you!", "sendNotification": True}
    assert jobs[0].timeout == 5.0 and jobs[0].provider == "etrusted"
    assert "reply to review rev-1 saved (the reviewer is notified)" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["reply", "etrusted", "r", "t", "--merchant-id", "m"], "--merchant-id do(es) not apply to etrusted replies"),
        (["reply", "etrusted", "r"], "required: text"),
        (["reply", "etrusted", "r", "   "], "reply text must be a non-empty string"),
        (["reply", "etrusted", "r", "t", "--timeout", "0"], "--timeout '0'"),
    ],
)
def test_reply_usage_errors_exit_2_before_any_request(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    usage_error(argv, message, capsys)
