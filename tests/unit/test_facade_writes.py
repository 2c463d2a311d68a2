"""Single reviews and writes against mock APIs: eTrusted's /reviews family (get, count, reply, delete
reply, veto, get veto); the requests sent, the typed answers, and what each write does after a failure
(retried, read back, or neither). Another provider's writes are in its own test file, on the same mock."""

from __future__ import annotations

import json
import warnings
from typing import Any

import httpx
import pytest
import reviewbridge as rb
from etrusted_client.models import CustomerReview, ReviewVetoRequest, ReviewVetoResponse, VetoReason

from tests.unit._support import aetrusted, etrusted, etrusted_item, token_body

Answer = int | tuple[int, Any] | Exception


class Api:
    """A mock API: a queue of answers per (method, path), the last one repeated; every request recorded
    (token requests answered, not recorded)."""

    def __init__(self, answers: dict[tuple[str, str], list[Answer]]) -> None:
        self.answers = answers
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("et-access-token-SECRET-1"))
        self.seen.append(request)
        queue = self.answers[(request.method, request.url.path)]
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, int):
            return httpx.Response(answer)
        status, body = answer
        return httpx.Response(status, content=body) if isinstance(body, bytes) else httpx.Response(status, json=body)

    def sent(self, method: str, path: str) -> list[httpx.Request]:
        return [r for r in self.seen if r.method == method and r.url.path == path]

    def calls(self) -> list[str]:
        return [f"{r.method} {r.url.path}" for r in self.seen]


def timeout() -> httpx.ReadTimeout:
    return httpx.ReadTimeout("timed out")


def dropped() -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError("peer closed connection without sending complete message body")


VETOS = "/reviews/rev-1/vetos"
REPLY = "/reviews/rev-1/reply"
VETO = {
    "id": "vet-1",
    "ticketId": "123123",
    "comment": "Not a customer",
    "reason": "INAPPROPRIATE_IMAGE",
    "createdAt": "2024-01-01T10:00:00.000Z",
    "updatedAt": "2024-01-01T10:00:00.000Z",
}


def count_body(total: object) -> dict[str, Any]:
    return {"accountId": "acc-1", "channelList": ["chl-1"], "totalElements": total}


# -- eTrusted: get_review -----------------------------------------------------------------------------


def test_get_review_by_id_alone_calls_get_review_and_is_typed() -> None:
    api = Api({("GET", "/reviews/rev-00000007"): [(200, etrusted_item(7))]})
    with etrusted(api) as client, warnings.catch_warnings():
        warnings.simplefilter("error")  # the current form does not warn
        review = client.get_review("rev-00000007")
    assert isinstance(review, CustomerReview) and review.id == "rev-00000007"
    assert api.calls() == ["GET /reviews/rev-00000007"]


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("chl-1", "rev-1"), {}),
        (("chl-1",), {"review_id": "rev-1"}),
        ((), {"channel_id": "chl-1", "review_id": "rev-1"}),
    ],
)
def test_get_review_with_a_channel_keeps_working_through_the_deprecated_operation(
    args: tuple[str, ...], kwargs: dict[str, str]
) -> None:
    api = Api({("GET", "/channels/chl-1/customer-reviews/rev-1"): [(200, etrusted_item(1))]})
    with etrusted(api) as client, pytest.warns(DeprecationWarning, match=r"get_review\(review_id\)"):
        review = client.get_review(*args, **kwargs)
    assert review.id == "rev-00000001"
    assert api.calls() == ["GET /channels/chl-1/customer-reviews/rev-1"]


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((), {}), (("",), {}), (("a", "b", "c"), {}), (("a",), {"review_id": "b", "channel_id": "c"}), ((), {"id": "x"})],
)
def test_get_review_with_wrong_arguments_is_a_usage_error_before_any_request(
    args: tuple[str, ...], kwargs: dict[str, str]
) -> None:
    api = Api({})
    with etrusted(api) as client, pytest.raises(rb.UsageError, match="review_id"):
        client.get_review(*args, **kwargs)
    assert api.seen == []


def test_get_review_with_a_body_of_the_wrong_shape_is_a_parse_error_keeping_the_bytes() -> None:
    api = Api({("GET", "/reviews/rev-1"): [(200, b"[1, 2]")]})
    with etrusted(api) as client, pytest.raises(rb.ResponseParseError, match="getReview") as info:
        client.get_review("rev-1")
    assert info.value.body == b"[1, 2]" and info.value.status_code == 200


# -- eTrusted: count_reviews --------------------------------------------------------------------------


@pytest.mark.parametrize("total", [42, "42"])
def test_count_reviews_is_an_int_whatever_form_the_total_has(total: object) -> None:
    api = Api({("GET", "/reviews/count"): [(200, count_body(total))]})
    with etrusted(api) as client:
        counted = client.count_reviews(channels=["chl-1", "chl-2"], rating=[4, 5], has_reply=False, status=["NEW_ONE"])
    assert counted == 42 and type(counted) is int
    params = api.seen[0].url.params
    assert (params["channels"], params["rating"], params["hasReply"]) == ("chl-1,chl-2", "4,5", "false")
    assert params["status"] == "NEW_ONE"  # an open enumeration: a newer value is sent as given


def test_count_reviews_without_channels_counts_the_whole_account() -> None:
    api = Api({("GET", "/reviews/count"): [(200, count_body(7))]})
    with etrusted(api) as client:
        assert client.count_reviews() == 7
    assert "channels" not in api.seen[0].url.params


@pytest.mark.parametrize("total", ["many", -1, True, None, 1.5])
def test_count_with_a_total_that_is_not_a_count_is_a_parse_error(total: object) -> None:
    api = Api({("GET", "/reviews/count"): [(200, count_body(total))]})
    with etrusted(api) as client, pytest.raises(rb.ResponseParseError, match="totalElements") as info:
        client.count_reviews()
    assert b"totalElements" in info.value.body


@pytest.mark.parametrize(
    ("filters", "match"),
    [
        ({"order_by": "updatedAt"}, "unknown filter"),
        ({"rating": "5"}, "rating must be a list"),
        ({"has_reply": "no"}, "has_reply must be true or false"),
        ({"channels": []}, "channels is empty"),
    ],
)
def test_count_with_wrong_filters_is_a_usage_error_before_any_request(filters: dict[str, Any], match: str) -> None:
    api = Api({})
    with etrusted(api) as client, pytest.raises(rb.UsageError, match=match):
        client.count_reviews(**filters)
    assert api.seen == []


# -- eTrusted: reply and delete_reply ------------------------------------------------------------------


def test_reply_saves_the_comment_and_is_retried_after_a_5xx_or_a_timeout() -> None:
    api = Api({("POST", REPLY): [503, timeout(), dropped(), 200]})
    with etrusted(api) as client:
        assert client.reply("rev-1", "Thank you!", notify=True) is None
    sent = api.sent("POST", REPLY)
    assert len(sent) == 4  # saving the one reply again replaces it: harmless
    assert all(json.loads(r.content) == {"comment": "Thank you!", "sendNotification": True} for r in sent)


def test_reply_notifies_nobody_unless_asked() -> None:
    api = Api({("POST", REPLY): [200]})
    with etrusted(api) as client:
        client.reply("rev-1", "Thanks")
    assert json.loads(api.seen[0].content) == {"comment": "Thanks", "sendNotification": False}


def test_reply_refused_by_the_server_is_not_retried() -> None:
    api = Api({("POST", REPLY): [400]})
    with etrusted(api) as client, pytest.raises(rb.BadRequestError):
        client.reply("rev-1", "Thanks")
    assert len(api.seen) == 1


def test_reply_gives_up_after_max_retries() -> None:
    api = Api({("POST", REPLY): [503]})
    with etrusted(api, max_retries=2) as client, pytest.raises(rb.InternalServerError):
        client.reply("rev-1", "Thanks")
    assert len(api.seen) == 3


@pytest.mark.parametrize(
    ("review_id", "text", "notify"), [("", "hi", False), ("rev-1", "  ", False), ("rev-1", "hi", 1)]
)
def test_reply_with_wrong_arguments_is_a_usage_error_before_any_request(review_id: str, text: str, notify: Any) -> None:
    api = Api({})
    with etrusted(api) as client, pytest.raises(rb.UsageError):
        client.reply(review_id, text, notify=notify)
    assert api.seen == []


def test_delete_reply_answers_204_and_is_retried_like_a_read() -> None:
    api = Api({("DELETE", REPLY): [502, 204]})
    with etrusted(api) as client:
        assert client.delete_reply("rev-1") is None
    assert api.calls() == [f"DELETE {REPLY}"] * 2


def test_delete_reply_of_an_unknown_review_is_not_found() -> None:
    api = Api({("DELETE", "/reviews/nope/reply"): [404]})
    with etrusted(api) as client, pytest.raises(rb.NotFoundError):
        client.delete_reply("nope")


def test_review_ids_are_one_path_segment() -> None:
    api = Api({("DELETE", "/reviews/a/b/reply"): [204]})  # httpx decodes the path; the raw one is checked
    with etrusted(api) as client:
        client.delete_reply("a/b")
    assert api.seen[0].url.raw_path == b"/reviews/a%2Fb/reply"


# -- eTrusted: veto and get_veto -----------------------------------------------------------------------


def test_veto_sends_an_open_reason_and_returns_the_typed_veto() -> None:
    api = Api({("POST", VETOS): [(200, VETO)]})
    with etrusted(api) as client:
        veto = client.veto("rev-1", reason="INAPPROPRIATE_IMAGE", comment="Not a customer", reporter_email="a@b.c")
    assert isinstance(veto, ReviewVetoResponse) and veto.reason == VetoReason.INAPPROPRIATE_IMAGE
    assert veto.ticket_id == "123123"
    assert json.loads(api.seen[0].content) == {
        "comment": "Not a customer",
        "reason": "INAPPROPRIATE_IMAGE",
        "vetoReporterEmail": "a@b.c",
    }


def test_veto_with_a_reason_newer_than_the_client_is_sent_as_given() -> None:
    api = Api({("POST", VETOS): [(200, {**VETO, "reason": "SOMETHING_NEW"})]})
    with etrusted(api) as client:
        veto = client.veto("rev-1", reason="SOMETHING_NEW", comment="x")
    assert json.loads(api.seen[0].content)["reason"] == "SOMETHING_NEW"
    assert str(veto.reason) == "SOMETHING_NEW"


def test_veto_after_a_timeout_is_read_back_and_not_resent_when_it_was_stored() -> None:
    api = Api({("POST", VETOS): [timeout()], ("GET", VETOS): [(200, VETO)]})
    with etrusted(api) as client:
        veto = client.veto("rev-1", reason="INAPPROPRIATE_IMAGE", comment="Not a customer")
    assert veto.id == "vet-1"
    assert api.calls() == [f"POST {VETOS}", f"GET {VETOS}"]


def test_veto_is_not_retried_by_the_transport_but_resent_once_the_read_back_finds_none() -> None:
    api = Api({("POST", VETOS): [503, (200, VETO)], ("GET", VETOS): [404]})
    with etrusted(api) as client:
        assert client.veto("rev-1", reason="INAPPROPRIATE_IMAGE", comment="Not a customer").id == "vet-1"
    # never two POSTs in a row: each resend follows a read-back that found no veto
    assert api.calls() == [f"POST {VETOS}", f"GET {VETOS}", f"POST {VETOS}"]


def test_veto_without_retries_raises_the_failure_once_the_read_back_finds_none() -> None:
    api = Api({("POST", VETOS): [503], ("GET", VETOS): [404]})
    with etrusted(api, max_retries=0) as client, pytest.raises(rb.InternalServerError):
        client.veto("rev-1", reason="ABUSIVE", comment="spam")
    assert api.calls() == [f"POST {VETOS}", f"GET {VETOS}"]


def test_veto_whose_read_back_fails_is_unconfirmed_and_says_what_to_check() -> None:
    api = Api({("POST", VETOS): [dropped()], ("GET", VETOS): [403]})
    with etrusted(api) as client, pytest.raises(rb.UnconfirmedWriteError, match="may or may not") as info:
        client.veto("rev-1", reason="ABUSIVE", comment="spam")
    assert "get_veto('rev-1')" in str(info.value) and isinstance(info.value.cause, rb.APIConnectionError)
    assert isinstance(info.value, rb.APIError) and info.value.operation == "createVeto"
    assert len(api.sent("POST", VETOS)) == 1


def test_veto_whose_read_back_finds_another_veto_is_unconfirmed_not_resent() -> None:
    api = Api({("POST", VETOS): [timeout()], ("GET", VETOS): [(200, {**VETO, "comment": "someone else's"})]})
    with etrusted(api) as client, pytest.raises(rb.UnconfirmedWriteError, match="another reason or comment"):
        client.veto("rev-1", reason="INAPPROPRIATE_IMAGE", comment="Not a customer")
    assert len(api.sent("POST", VETOS)) == 1


def test_veto_with_an_unreadable_answer_is_read_back() -> None:
    api = Api({("POST", VETOS): [(200, b"<html>oops")], ("GET", VETOS): [(200, VETO)]})
    with etrusted(api) as client:
        assert client.veto("rev-1", reason="INAPPROPRIATE_IMAGE", comment="Not a customer").id == "vet-1"
    assert len(api.sent("POST", VETOS)) == 1


def test_veto_refused_by_the_server_is_not_read_back() -> None:
    api = Api({("POST", VETOS): [400]})
    with etrusted(api) as client, pytest.raises(rb.BadRequestError):
        client.veto("rev-1", reason="ABUSIVE", comment="spam")
    assert api.calls() == [f"POST {VETOS}"]


@pytest.mark.parametrize(
    "kwargs", [{"reason": "", "comment": "x"}, {"reason": "ABUSIVE", "comment": " "}, {"reason": 3, "comment": "x"}]
)
def test_veto_with_wrong_arguments_is_a_usage_error_before_any_request(kwargs: dict[str, Any]) -> None:
    api = Api({})
    with etrusted(api) as client, pytest.raises(rb.UsageError):
        client.veto("rev-1", **kwargs)
    assert api.seen == []


def test_get_veto_returns_the_veto_or_not_found() -> None:
    api = Api({("GET", VETOS): [(200, VETO)], ("GET", "/reviews/rev-2/vetos"): [404]})
    with etrusted(api) as client:
        assert client.get_veto("rev-1").ticket_id == "123123"
        with pytest.raises(rb.NotFoundError):
            client.get_veto("rev-2")


def test_deprecated_create_veto_still_works_warns_and_is_sent_once() -> None:
    path = "/channels/chl-1/customer-reviews/rev-1/vetos"
    api = Api({("POST", path): [503]})
    body = ReviewVetoRequest(comment="spam", reason=VetoReason.ABUSIVE)
    with etrusted(api) as client, pytest.warns(DeprecationWarning), pytest.raises(rb.InternalServerError):
        client.create_veto("chl-1", "rev-1", body)
    assert api.calls() == [f"POST {path}"]


# -- eTrusted: the async twins ----------------------------------------------------------------------


async def test_async_get_review_both_forms_and_count() -> None:
    api = Api(
        {
            ("GET", "/reviews/rev-1"): [(200, etrusted_item(1))],
            ("GET", "/channels/chl-1/customer-reviews/rev-1"): [(200, etrusted_item(1))],
            ("GET", "/reviews/count"): [(200, count_body("3"))],
        }
    )
    async with aetrusted(api) as client:
        assert (await client.get_review("rev-1")).id == "rev-00000001"
        with pytest.warns(DeprecationWarning):
            assert (await client.get_review("chl-1", "rev-1")).id == "rev-00000001"
        assert await client.count_reviews(channels=["chl-1"], sku=["A-1", "B-2"]) == 3
    assert api.sent("GET", "/reviews/count")[0].url.params["sku"] == "A-1,B-2"


async def test_async_reply_is_retried_and_delete_reply() -> None:
    api = Api({("POST", REPLY): [503, timeout(), 200], ("DELETE", REPLY): [204]})
    async with aetrusted(api) as client:
        await client.reply("rev-1", "Thanks", notify=True)
        await client.delete_reply("rev-1")
    assert api.calls() == [f"POST {REPLY}"] * 3 + [f"DELETE {REPLY}"]


@pytest.mark.parametrize(
    ("read_back", "outcome"),
    [
        ([(200, VETO)], "vet-1"),
        ([403], rb.UnconfirmedWriteError),
        ([(200, {**VETO, "reason": "ABUSIVE"})], rb.UnconfirmedWriteError),
    ],
)
async def test_async_veto_is_read_back_after_a_timeout(read_back: list[Answer], outcome: object) -> None:
    api = Api({("POST", VETOS): [timeout()], ("GET", VETOS): read_back})
    async with aetrusted(api) as client:
        if isinstance(outcome, str):
            assert (await client.veto("rev-1", reason="INAPPROPRIATE_IMAGE", comment="Not a customer")).id == outcome
        else:
            with pytest.raises(rb.UnconfirmedWriteError):
                await client.veto("rev-1", reason="INAPPROPRIATE_IMAGE", comment="Not a customer")
    assert len(api.sent("POST", VETOS)) == 1


async def test_async_veto_is_resent_only_after_a_read_back_finds_none() -> None:
    api = Api({("POST", VETOS): [502, (200, VETO)], ("GET", VETOS): [404]})
    async with aetrusted(api) as client:
        assert (await client.veto("rev-1", reason="INAPPROPRIATE_IMAGE", comment="Not a customer")).id == "vet-1"
    assert api.calls() == [f"POST {VETOS}", f"GET {VETOS}", f"POST {VETOS}"]


async def test_async_get_veto_not_found() -> None:
    api = Api({("GET", VETOS): [404]})
    async with aetrusted(api) as client:
        with pytest.raises(rb.NotFoundError):
            await client.get_veto("rev-1")


# -- a resend waits as the client's retries do, sync and async alike ---------------------------------


async def test_a_resent_write_waits_the_policys_backoff_sync_and_async_alike() -> None:
    waits: dict[str, list[float]] = {}
    for kind in ("sync", "async"):
        api = Api({("POST", VETOS): [503, timeout(), (200, VETO)], ("GET", VETOS): [404]})
        client: Any = etrusted(api) if kind == "sync" else aetrusted(api)
        waits[kind] = []
        policy = client._policy
        policy.sleep, policy.random, policy.base_delay = waits[kind].append, lambda: 0.5, 0.5
        veto = client.veto("rev-1", reason="ABUSIVE", comment="spam")
        assert (veto if kind == "sync" else await veto).id == "vet-1"
        assert api.calls() == [f"POST {VETOS}", f"GET {VETOS}"] * 2 + [f"POST {VETOS}"]
        assert client.retries == 2
    assert waits["sync"] == waits["async"] == [0.25, 0.5]  # half of 0.5 s * 2**n: the policy's backoff
