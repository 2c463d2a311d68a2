"""Thanx's writes against its sandbox over loopback: responses (a second one refused), and
``reviewbridge reply`` from the command line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import reviewbridge as rb
from reviewbridge._cli import main
from reviewbridge_sandbox import spawn

MERCHANT = "writes.example.com"
REVIEWS = 60


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with spawn("thanx", "--reviews", str(REVIEWS), "--seed", "12") as found:
        yield found


def thanx(url: str) -> rb.Thanx:
    return rb.Thanx("sandbox-client", "sandbox-token", base_url=url, timeout=10.0)


def test_thanx_reply_once_then_conflict(url: str) -> None:
    with thanx(url) as client:
        feedback_id = next(r.id for r in client.reviews(merchant_id=MERCHANT, states=["reviewed"]))
        feedback = client.reply(feedback_id, "Sorry about the wait!", merchant_id=MERCHANT)
        assert feedback.id == feedback_id and feedback.response == "Sorry about the wait!"
        assert str(feedback.state) == "responded" and feedback.responded_at
        with pytest.raises(rb.ConflictError):
            client.reply(feedback_id, "A second response", merchant_id=MERCHANT)
        listed = {r.id: r for r in client.reviews(merchant_id=MERCHANT, states=["responded"])}
        assert listed[feedback_id].reply == "Sorry about the wait!"


async def test_async_thanx_reply(url: str) -> None:
    async with rb.AsyncThanx("sandbox-client", "sandbox-token", base_url=url) as client:
        feedback_id = None
        async for review in client.reviews(merchant_id=MERCHANT, states=["reviewed"]):
            feedback_id = review.id
            break
        assert feedback_id is not None
        assert (await client.reply(feedback_id, "Async sorry")).response == "Async sorry"
        with pytest.raises(rb.ConflictError):
            await client.reply(feedback_id, "again")


def test_cli_reply_against_the_sandbox(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REVIEWBRIDGE_THANX_CLIENT_ID", "sandbox-client")
    monkeypatch.setenv("REVIEWBRIDGE_THANX_ACCESS_TOKEN", "sandbox-token")
    with thanx(url) as client:
        feedback_id = next(r.id for r in client.reviews(merchant_id=MERCHANT, states=["reviewed"]))
    argv = ["reply", "thanx", feedback_id, "CLI sorry", "--merchant-id", MERCHANT, "--base-url", url]
    assert main(argv) == 0
    assert main(argv) == 1  # the second response is refused: one line, exit 1
    err = capsys.readouterr().err.splitlines()
    assert "stored" in err[0] and "HTTP 409" in err[1] and len(err) == 2
