"""eTrusted's writes against its sandbox over loopback: reply / delete reply / veto / count, and
``reviewbridge reply`` from the command line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import reviewbridge as rb
from etrusted_client.models import CustomerReview
from reviewbridge._cli import main
from reviewbridge_sandbox import spawn

CHANNEL = "chl-writes"
REVIEWS = 60


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with spawn("etrusted", "--reviews", str(REVIEWS), "--seed", "12") as found:
        yield found


def etrusted(url: str) -> rb.ETrusted:
    return rb.ETrusted("sandbox-client", "sandbox-secret", base_url=url, timeout=10.0)


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


def test_etrusted_reply_shows_on_the_review_and_in_the_has_reply_filter_then_delete(url: str) -> None:
    with etrusted(url) as client:
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


def test_etrusted_veto_is_read_back_and_unknown_reviews_are_not_found(url: str) -> None:
    with etrusted(url) as client:
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


async def test_async_etrusted_reply_and_count(url: str) -> None:
    with etrusted(url) as sync:
        review_id = unreplied(sync, set())
    async with rb.AsyncETrusted("sandbox-client", "sandbox-secret", base_url=url) as client:
        total = await client.count_reviews(channels=[CHANNEL], ignore_statements=False)
        assert total == REVIEWS
        await client.reply(review_id, "Async thanks")
        assert reply_of(await client.get_review(review_id)) == "Async thanks"
        await client.delete_reply(review_id)
        assert reply_of(await client.get_review(review_id)) is None


def test_cli_reply_against_the_sandbox(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REVIEWBRIDGE_ETRUSTED_CLIENT_ID", "sandbox-client")
    monkeypatch.setenv("REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET", "sandbox-secret")
    with etrusted(url) as client:
        review_id = unreplied(client, set())
        assert main(["reply", "etrusted", review_id, "From the command line", "--base-url", url]) == 0
        assert reply_of(client.get_review(review_id)) == "From the command line"
    err = capsys.readouterr().err.splitlines()
    assert "saved" in err[0] and len(err) == 1
