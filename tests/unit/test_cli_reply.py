"""``reviewbridge reply`` and the replies line of ``reviewbridge providers``, against mock APIs (each
provider's replies in its own test file, on the mock here)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from reviewbridge._cli import main
from reviewbridge._client import SyncClient
from reviewbridge._export import Job
from reviewbridge._providers import REGISTRY

from tests.unit._support import token_body

REPLIERS = [name for name, info in REGISTRY.items() if info.reply is not None]
#: a provider whose API takes no replies
SILENT = next(name for name, info in REGISTRY.items() if info.reply is None)


class Recorder:
    """A mock API answering every request with ``answer`` (token requests aside); every request recorded."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response] = lambda _: httpx.Response(200)) -> None:
        self.seen: list[httpx.Request] = []
        self.answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("et-access-token-SECRET-1"))
        self.seen.append(request)
        return self.answer(request)


def factory(api: Recorder, jobs: list[Job]) -> Callable[[Job], SyncClient]:
    """Clients as the command asks for them (credentials from the environment), sending to ``api``."""

    def make(job: Job) -> SyncClient:
        jobs.append(job)
        http = httpx.Client(transport=httpx.MockTransport(api))
        return REGISTRY[job.provider].client(base_url="http://127.0.0.1", http_client=http, max_retries=0)

    return make


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (c.env for info in REGISTRY.values() for c in info.credentials):
        monkeypatch.setenv(name, f"{name.lower()}-SECRET")


def usage_error(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``argv`` exits 2 with one line holding ``message``, before any request."""
    api = Recorder()
    assert main(argv, client_factory=factory(api, [])) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert api.seen == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["reply", SILENT, "r", "t"], f"{SILENT} does not support replies (these do: {', '.join(REPLIERS)})"),
        (["reply", "nope", "r", "t"], "unknown provider 'nope'"),
    ],
)
def test_reply_usage_errors_exit_2_before_any_request(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    usage_error(argv, message, capsys)


def test_providers_says_which_support_replies(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["providers"]) == 0
    replies: dict[str, str] = {}
    for line in capsys.readouterr().out.splitlines():
        if not line.startswith(" "):
            provider = line
        elif line.strip().startswith("replies:"):
            replies[provider] = line.split(":", 1)[1].strip()
    assert replies == {
        name: "not supported" if info.reply is None else info.reply.summary for name, info in REGISTRY.items()
    }
