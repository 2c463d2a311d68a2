"""Writes against real sandboxes over loopback: eTrusted reply / delete reply / veto / count, Thanx
responses (a second one refused), and ``reviewbridge reply`` from the command line."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import reviewbridge as rb
from etrusted_client.models import CustomerReview
from reviewbridge._cli import main
from reviewbridge_sandbox import spawn

CHANNEL = "chl-writes"
MERCHANT = "writes.example.com"
REVIEWS = 60


@pytest.fixture(scope="module")
def urls() -> Iterator[dict[str, str]]:
    """An eTrusted and a Thanx sandbox, started in parallel, stopped at the end."""
    with contextlib.ExitStack() as stack:
        managers = {p: spawn(p, "--reviews", str(REVIEWS), "--seed", "12") for p in ("etrusted", "thanx")}
        with ThreadPoolExecutor(len(managers)) as pool:
            futures = {p: pool.submit(cm.__enter__) for p, cm in managers.items()}
            found: dict[str, str] = {}
            errors: list[BaseException] = []
            for p, future in futures.items():
                try:
                    found[p] = future.result(timeout=90)
                    stack.push(managers[p].__exit__)
                except BaseException as exc:  # stop the others, then fail
                    errors.append(exc)
        if errors:
            raise errors[0]
        yield found


def etrusted(url: str) -> rb.ETrusted:
    return rb.ETrusted("sandbox-client", "sandbox-secret", base_url=url, timeout=10.0)


def thanx(url: str) -> rb.Thanx:
    return rb.Thanx("sandbox-client", "sandbox-token", base_url=url, timeout=10.0)


def reply_of(review: CustomerReview) -> str | None:
    reply = review.reply
    comment = getattr(reply, "comment", None)
    return comment if isinstance(comment, str) else None


def unreplied(client: rb.ETrusted, skip: set[str]) -> str:
    """The id of a review of the channel without a reply (and not in ``skip``)."""
    for review in client.reviews(channel_id=CHANNEL, has_reply=False, ignore_statements=False):
        if review.id not in skip:
            return review.id
    raise AssertionError("the sandbox channel has no review without a reply")


def test_etrusted_reply_shows_on_the_review_and_in_the_has_reply_filter_then_delete(urls: dict[str, str]) -> None:
    with etrusted(urls["etrusted"]) as client:
        review_id = unreplied(client, set())
        replied_before = client.count_reviews(channels=[CHANNEL], has_reply=True, ignore_statements=False)

        client.reply(review_id, "Thank you for your review!", notify=True)
        assert reply_of(client.get_review(review_id)) == "Thank you for your review!"
        client.reply(review_id, "Thanks again (edited)")  # saving again replaces the one reply
        assert reply_of(client.get_review(review_id)) == "Thanks again (edited)"
        assert client.count_reviews(channels=[CHANNEL], has_reply=True, ignore_statements=False) == replied_before + 1
        with_reply = {r.id for r in client.reviews(channel_id=CHANNEL, has_reply=True, ignore_statements=False)}
        assert review_id in with_reply

        client.delete_reply(review_id)
        assert reply_of(client.get_review(review_id)) is None
        assert client.count_reviews(channels=[CHANNEL], has_reply=True, ignore_statements=False) == replied_before
        client.delete_reply(review_id)  # deleting what is gone is harmless (204 again)


def test_etrusted_veto_is_read_back_and_unknown_reviews_are_not_found(urls: dict[str, str]) -> None:
    with etrusted(urls["etrusted"]) as client:
        review_id = unreplied(client, set())
        with pytest.raises(rb.NotFoundError):
            client.get_veto(review_id)
        veto = client.veto(review_id, reason="INAPPROPRIATE_IMAGE", comment="Shows a person, not the product")
        assert veto.ticket_id and str(veto.reason) == "INAPPROPRIATE_IMAGE"
        assert client.get_veto(review_id).id == veto.id
        with pytest.raises(rb.NotFoundError):
            client.get_review("rev-does-not-exist")
        with pytest.raises(rb.NotFoundError):
            client.reply("rev-does-not-exist", "hello")


async def test_async_etrusted_reply_and_count(urls: dict[str, str]) -> None:
    with etrusted(urls["etrusted"]) as sync:
        review_id = unreplied(sync, set())
    async with rb.AsyncETrusted("sandbox-client", "sandbox-secret", base_url=urls["etrusted"]) as client:
        total = await client.count_reviews(channels=[CHANNEL], ignore_statements=False)
        assert total == REVIEWS
        await client.reply(review_id, "Async thanks")
        assert reply_of(await client.get_review(review_id)) == "Async thanks"
        await client.delete_reply(review_id)
        assert reply_of(await client.get_review(review_id)) is None


def test_thanx_reply_once_then_conflict(urls: dict[str, str]) -> None:
    with thanx(urls["thanx"]) as client:
        feedback_id = next(r.id for r in client.reviews(merchant_id=MERCHANT, states=["reviewed"]))
        feedback = client.reply(feedback_id, "Sorry about the wait!", merchant_id=MERCHANT)
        assert feedback.id == feedback_id and feedback.response == "Sorry about the wait!"
        assert str(feedback.state) == "responded" and feedback.responded_at
        with pytest.raises(rb.ConflictError):
            client.reply(feedback_id, "A second response", merchant_id=MERCHANT)
        listed = {r.id: r for r in client.reviews(merchant_id=MERCHANT, states=["responded"])}
        assert listed[feedback_id].reply == "Sorry about the wait!"


async def test_async_thanx_reply(urls: dict[str, str]) -> None:
    async with rb.AsyncThanx("sandbox-client", "sandbox-token", base_url=urls["thanx"]) as client:
        feedback_id = None
        async for review in client.reviews(merchant_id=MERCHANT, states=["reviewed"]):
            feedback_id = review.id
            break
        assert feedback_id is not None
        assert (await client.reply(feedback_id, "Async sorry")).response == "Async sorry"
        with pytest.raises(rb.ConflictError):
            await client.reply(feedback_id, "again")


def test_cli_reply_against_the_sandboxes(
    urls: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REVIEWBRIDGE_ETRUSTED_CLIENT_ID", "sandbox-client")
    monkeypatch.setenv("REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET", "sandbox-secret")
    monkeypatch.setenv("REVIEWBRIDGE_THANX_CLIENT_ID", "sandbox-client")
    monkeypatch.setenv("REVIEWBRIDGE_THANX_ACCESS_TOKEN", "sandbox-token")
    with etrusted(urls["etrusted"]) as client:
        review_id = unreplied(client, set())
        assert main(["reply", "etrusted", review_id, "From the command line", "--base-url", urls["etrusted"]]) == 0
        assert reply_of(client.get_review(review_id)) == "From the command line"
    with thanx(urls["thanx"]) as client:
        feedback_id = next(r.id for r in client.reviews(merchant_id=MERCHANT, states=["reviewed"]))
    argv = ["reply", "thanx", feedback_id, "CLI sorry", "--merchant-id", MERCHANT, "--base-url", urls["thanx"]]
    assert main(argv) == 0
    assert main(argv) == 1  # the second response is refused: one line, exit 1
    err = capsys.readouterr().err.splitlines()
    assert "saved" in err[0] and "stored" in err[1] and "HTTP 409" in err[2] and len(err) == 3
