"""``reviewbridge reply`` and the replies line of ``reviewbridge providers``, against mock APIs."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest
from reviewbridge._cli import main
from reviewbridge._client import SyncClient
from reviewbridge._export import Job
from reviewbridge._providers import REGISTRY

from tests.unit._support import thanx_item, token_body

REPLIERS = [name for name, info in REGISTRY.items() if info.reply is not None]


class Recorder:
    """A mock eTrusted and Thanx API answering replies; every request recorded."""

    def __init__(self, respond: int = 200) -> None:
        self.seen: list[httpx.Request] = []
        self.respond = respond

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("et-access-token-SECRET-1"))
        self.seen.append(request)
        if request.url.path.endswith("/reply"):
            return httpx.Response(200)
        record = {**thanx_item(1), "state": "responded", "response": "Thanks", "responded_at": "2024-01-01T10:00:00Z"}
        if self.respond == 200:
            return httpx.Response(200, json={"feedback": record})
        return httpx.Response(self.respond, json={"error": {"code": "CONFLICT", "message": "already responded"}})


def factory(api: Recorder, jobs: list[Job]) -> Callable[[Job], SyncClient]:
    """Clients as the command asks for them (credentials from the environment), sending to ``api``."""

    def make(job: Job) -> SyncClient:
        jobs.append(job)
        http = httpx.Client(transport=httpx.MockTransport(api))
        return REGISTRY[job.provider].client(base_url="http://127.0.0.1", http_client=http, max_retries=0)

    return make


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "REVIEWBRIDGE_ETRUSTED_CLIENT_ID",
        "REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET",
        "REVIEWBRIDGE_THANX_CLIENT_ID",
        "REVIEWBRIDGE_THANX_ACCESS_TOKEN",
    ):
        monkeypatch.setenv(name, f"{name.lower()}-SECRET")


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


def test_reply_thanx_with_merchant_id(capsys: pytest.CaptureFixture[str]) -> None:
    api = Recorder()
    assert main(["reply", "thanx", "fb000001", "Thanks", "--merchant-id", "m1"], client_factory=factory(api, [])) == 0
    assert api.seen[0].url.path == "/partner/feedbacks/fb000001/respond"
    assert "response to feedback fb000001 stored" in capsys.readouterr().err


def test_reply_refused_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    api = Recorder(respond=409)
    assert main(["reply", "thanx", "fb000001", "Thanks"], client_factory=factory(api, [])) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already responded" in err and "SECRET" not in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["reply", "reevoo", "r", "t"], f"reevoo does not support replies (these do: {', '.join(REPLIERS)})"),
        (["reply", "nope", "r", "t"], "unknown provider 'nope'"),
        (["reply", "etrusted", "r", "t", "--merchant-id", "m"], "--merchant-id do(es) not apply to etrusted replies"),
        (["reply", "thanx", "r", "t", "--notify"], "--notify do(es) not apply to thanx replies"),
        (["reply", "etrusted", "r"], "required: text"),
        (["reply", "etrusted", "r", "   "], "reply text must be a non-empty string"),
        (["reply", "etrusted", "r", "t", "--timeout", "0"], "--timeout '0'"),
    ],
)
def test_reply_usage_errors_exit_2_before_any_request(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    api = Recorder()
    assert main(argv, client_factory=factory(api, [])) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert api.seen == []


def test_providers_says_which_support_replies(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["providers"]) == 0
    replies: dict[str, str] = {}
    for line in capsys.readouterr().out.splitlines():
        if not line.startswith(" "):
            provider = line
        elif line.strip().startswith("replies:"):
            replies[provider] = line.split(":", 1)[1].strip()
    assert replies["reevoo"] == replies["testfreaks"] == "not supported"
    assert replies["etrusted"].startswith("saveReviewReply") and replies["thanx"].startswith("respondToFeedback")
