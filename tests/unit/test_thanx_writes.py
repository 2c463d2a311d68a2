"""Thanx responses (respondToFeedback) against a mock API: the request sent, the typed answer, and what a
reply does after a failure (read back before any resend, or reported unconfirmed)."""

from __future__ import annotations

import json
from typing import Any

import pytest
import reviewbridge as rb
from thanx_client.models import Feedback

from tests.unit._support import athanx, thanx, thanx_item, thanx_page
from tests.unit.test_facade_writes import Api, dropped, timeout

# -- Thanx: reply (respondToFeedback) -------------------------------------------------------------------

RESPOND = "/partner/feedbacks/fb000001/respond"
LIST = "/partner/feedbacks"


def responded(text: str, i: int = 1) -> dict[str, Any]:
    record = thanx_item(i)
    record.update(state="responded", response=text, responded_at="2024-01-01T10:00:00Z")
    return record


def envelope(text: str) -> tuple[int, dict[str, Any]]:
    return 200, {"feedback": responded(text)}


def listed(*records: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    return 200, thanx_page(list(records), 1, 100, 1)


def test_thanx_reply_posts_the_response_and_returns_the_typed_record() -> None:
    api = Api({("POST", RESPOND): [envelope("Thanks!")]})
    with thanx(api) as client:
        feedback = client.reply("fb000001", "Thanks!")
    assert isinstance(feedback, Feedback) and feedback.response == "Thanks!" and feedback.id == "fb000001"
    assert json.loads(api.seen[0].content) == {"feedback": {"response": "Thanks!"}}
    assert api.seen[0].headers["Accept-Version"] == "v4.0"


def test_thanx_reply_after_a_timeout_reads_back_and_sends_no_second_post() -> None:
    api = Api({("POST", RESPOND): [timeout()], ("GET", LIST): [listed(thanx_item(2), responded("Thanks!"))]})
    with thanx(api) as client:
        feedback = client.reply("fb000001", "Thanks!", merchant_id="m1")
    assert feedback.response == "Thanks!" and feedback.id == "fb000001"
    assert api.calls() == [f"POST {RESPOND}", f"GET {LIST}"]
    read = api.seen[1].url.params
    assert read["merchant_id"] == "m1" and read.get_list("states[]") == ["responded"]
    assert "updated_after" in read  # only what changed lately: the walk stays short


def test_thanx_reply_is_resent_only_when_the_read_back_finds_no_response() -> None:
    api = Api({("POST", RESPOND): [502, envelope("Thanks!")], ("GET", LIST): [listed(responded("other", 2))]})
    with thanx(api) as client:
        assert client.reply("fb000001", "Thanks!", merchant_id="m1").response == "Thanks!"
    assert api.calls() == [f"POST {RESPOND}", f"GET {LIST}", f"POST {RESPOND}"]


def test_thanx_reply_whose_read_back_fails_is_unconfirmed() -> None:
    api = Api({("POST", RESPOND): [dropped()], ("GET", LIST): [503]})
    with thanx(api, max_retries=1) as client, pytest.raises(rb.UnconfirmedWriteError, match="fb000001") as info:
        client.reply("fb000001", "Thanks!", merchant_id="m1")
    assert "may or may not" in str(info.value) and info.value.operation == "respondToFeedback"
    assert len(api.sent("POST", RESPOND)) == 1


def test_thanx_reply_without_merchant_id_is_unconfirmed_after_a_timeout() -> None:
    api = Api({("POST", RESPOND): [timeout()]})
    with thanx(api) as client, pytest.raises(rb.UnconfirmedWriteError, match="merchant_id"):
        client.reply("fb000001", "Thanks!")
    assert api.calls() == [f"POST {RESPOND}"]


def test_thanx_reply_finding_another_response_is_unconfirmed_not_resent() -> None:
    api = Api({("POST", RESPOND): [timeout()], ("GET", LIST): [listed(responded("Someone else's"))]})
    with thanx(api) as client, pytest.raises(rb.UnconfirmedWriteError, match="different response"):
        client.reply("fb000001", "Thanks!", merchant_id="m1")
    assert len(api.sent("POST", RESPOND)) == 1


def test_thanx_reply_with_an_answer_lacking_the_record_is_read_back() -> None:
    api = Api({("POST", RESPOND): [(200, {})], ("GET", LIST): [listed(responded("Thanks!"))]})
    with thanx(api) as client:
        assert client.reply("fb000001", "Thanks!", merchant_id="m1").response == "Thanks!"
    assert len(api.sent("POST", RESPOND)) == 1


def test_thanx_second_response_is_a_conflict_without_read_back() -> None:
    error = {"error": {"code": "CONFLICT", "message": "This feedback already has a response"}}
    api = Api({("POST", RESPOND): [(409, error)]})
    with thanx(api) as client, pytest.raises(rb.ConflictError, match="already has a response"):
        client.reply("fb000001", "Thanks!", merchant_id="m1")
    assert api.calls() == [f"POST {RESPOND}"]


def test_thanx_conflict_on_a_resend_is_read_back_once_more() -> None:
    # The first try was stored after the read-back looked: the resend's 409 is this response, not another.
    error = {"error": {"code": "CONFLICT", "message": "already responded"}}
    api = Api({("POST", RESPOND): [timeout(), (409, error)], ("GET", LIST): [listed(), listed(responded("Thanks!"))]})
    with thanx(api) as client:
        assert client.reply("fb000001", "Thanks!", merchant_id="m1").response == "Thanks!"
    assert api.calls() == [f"POST {RESPOND}", f"GET {LIST}", f"POST {RESPOND}", f"GET {LIST}"]


def test_thanx_reply_gives_up_after_the_retry_budget_with_the_last_failure() -> None:
    api = Api({("POST", RESPOND): [timeout()], ("GET", LIST): [listed()]})
    with thanx(api, max_retries=2) as client, pytest.raises(rb.APITimeoutError):
        client.reply("fb000001", "Thanks!", merchant_id="m1")
    assert api.calls() == [f"POST {RESPOND}", f"GET {LIST}"] * 3


@pytest.mark.parametrize(
    ("feedback_id", "text", "merchant_id"), [("", "hi", None), ("fb1", " ", None), ("fb1", "hi", ""), (3, "hi", None)]
)
def test_thanx_reply_with_wrong_arguments_is_a_usage_error_before_any_request(
    feedback_id: Any, text: str, merchant_id: str | None
) -> None:
    api = Api({})
    with thanx(api) as client, pytest.raises(rb.UsageError):
        client.reply(feedback_id, text, merchant_id=merchant_id)
    assert api.seen == []


async def test_async_thanx_reply_reads_back_after_a_timeout() -> None:
    api = Api({("POST", RESPOND): [timeout()], ("GET", LIST): [listed(responded("Thanks!"))]})
    async with athanx(api) as client:
        feedback = await client.reply("fb000001", "Thanks!", merchant_id="m1")
    assert feedback.response == "Thanks!" and api.calls() == [f"POST {RESPOND}", f"GET {LIST}"]


async def test_async_thanx_reply_resends_when_absent_and_conflict_is_reported() -> None:
    error = {"error": {"code": "CONFLICT", "message": "already responded"}}
    api = Api(
        {
            ("POST", RESPOND): [503, envelope("Thanks!")],
            ("POST", "/partner/feedbacks/fb000002/respond"): [(409, error)],
            ("GET", LIST): [listed()],
        }
    )
    async with athanx(api) as client:
        assert (await client.reply("fb000001", "Thanks!", merchant_id="m1")).response == "Thanks!"
        with pytest.raises(rb.ConflictError):
            await client.reply("fb000002", "Thanks!", merchant_id="m1")
    assert len(api.sent("POST", RESPOND)) == 2


async def test_async_thanx_reply_whose_read_back_fails_is_unconfirmed() -> None:
    api = Api({("POST", RESPOND): [timeout()], ("GET", LIST): [403]})
    async with athanx(api) as client:
        with pytest.raises(rb.UnconfirmedWriteError):
            await client.reply("fb000001", "Thanks!", merchant_id="m1")
    assert len(api.sent("POST", RESPOND)) == 1
