"""Trustpilot: business-user tokens (Basic key and secret, reused for their whole life, one fetch at a time,
again on expiry or a 401), the API key on public calls, numbered pages ending short or empty, replies
that are never resent blindly."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import time
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import reviewbridge as rb

from tests.unit._support import (
    TP_KEY,
    TP_SECRET,
    TP_TOKEN_PREFIX,
    TP_UNIT,
    TRUSTPILOT_TOKEN_PATH,
    TRUSTPILOT_UNIT_EXAMPLE,
    atrustpilot,
    trustpilot,
    trustpilot_item,
    trustpilot_page,
    trustpilot_token,
)

LIST_PATH = f"/v1/private/business-units/{TP_UNIT}/reviews"
BASIC = "Basic " + base64.b64encode(f"{TP_KEY}:{TP_SECRET}".encode()).decode()


class FakeTrustpilot:
    """A token endpoint, a business unit of ``total`` reviews (newest first) and single reviews with replies.

    Only the latest token is accepted on private calls; ``reject_first`` answers the first one 401."""

    def __init__(self, total: int = 5, *, token_delay: float = 0.0, reject_first: bool = False) -> None:
        self.lock = threading.Lock()
        self.items = [trustpilot_item(i) for i in range(total)]
        self.replies: dict[str, str | None] = {}
        self.tokens: list[str] = []
        self.token_requests: list[httpx.Request] = []
        self.calls: list[httpx.Request] = []
        self.token_delay = token_delay
        self.reject_first = reject_first
        self.expires_in = "359999"
        #: what the next reply POSTs answer (a status, or an exception to raise), after storing the reply
        self.reply_faults: list[int | Exception] = []

    def _token(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.token_requests.append(request)
            self.tokens.append(f"{TP_TOKEN_PREFIX}{len(self.tokens) + 1}")
            token = self.tokens[-1]
        if request.headers.get("Authorization") != BASIC:
            return httpx.Response(401, json={"message": f"bad key {TP_KEY}", "errorCode": 1002})
        return httpx.Response(200, json=trustpilot_token(token, self.expires_in))

    def _api(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.calls.append(request)
            reject = self.reject_first and len(self.calls) == 1
        if request.url.path == "/v1/business-units/find":
            return httpx.Response(200, json=TRUSTPILOT_UNIT_EXAMPLE)
        if reject or request.headers.get("Authorization") != f"Bearer {self.tokens[-1]}":
            return httpx.Response(401, json={"message": "Unauthorized", "errorCode": 1002})
        if request.url.path.startswith(LIST_PATH.split(TP_UNIT)[0]) and request.url.path.endswith("/reviews"):
            unit = request.url.path.split("/")[4]
            page = int(request.url.params.get("page", "1"))
            size = int(request.url.params.get("perPage", "20"))
            items = self.items if unit == TP_UNIT else [{**i, "id": f"{unit}-{i['id']}"} for i in self.items]
            return httpx.Response(200, json=trustpilot_page(items[(page - 1) * size : page * size]))
        review_id = request.url.path.split("/")[4]
        if request.url.path.endswith("/reply"):
            if request.method == "DELETE":
                self.replies[review_id] = None
                return httpx.Response(204)
            self.replies[review_id] = json.loads(request.content)["message"]
            fault = self.reply_faults.pop(0) if self.reply_faults else 201
            if isinstance(fault, Exception):
                raise fault
            return httpx.Response(fault)
        item = {**self.items[0], "id": review_id}
        text = self.replies.get(review_id)
        item["companyReply"] = None if text is None else {"text": text, "createdAt": "2024-01-01T00:00:00"}
        return httpx.Response(200, json=item)

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TRUSTPILOT_TOKEN_PATH:
            if self.token_delay:
                time.sleep(self.token_delay)
            return self._token(request)
        return self._api(request)

    async def ahandler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TRUSTPILOT_TOKEN_PATH:
            if self.token_delay:
                await asyncio.sleep(self.token_delay)
            return self._token(request)
        return self._api(request)

    def posts(self) -> list[httpx.Request]:
        return [r for r in self.calls if r.method == "POST"]


# ---------- auth ----------


def test_the_token_request_is_basic_auth_with_a_client_credentials_form() -> None:
    api = FakeTrustpilot()
    assert len(list(trustpilot(api.handler).reviews(business_unit_id=TP_UNIT))) == 5
    (token,) = api.token_requests
    assert token.method == "POST" and token.headers["Authorization"] == BASIC
    assert token.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(token.content.decode()) == {"grant_type": ["client_credentials"]}  # no secret in the form
    (call,) = api.calls
    assert call.headers["Authorization"] == f"Bearer {TP_TOKEN_PREFIX}1" and call.headers["apikey"] == TP_KEY


def test_one_token_serves_many_walks_for_its_whole_life() -> None:
    api = FakeTrustpilot()
    client = trustpilot(api.handler)
    list(client.reviews(business_unit_id=TP_UNIT))
    # An hour later the 100-hour token (expires_in is the string "359999") is still the one used.
    later = time.monotonic() + 3600
    client._adapter.auth().tokens._clock = lambda: later
    for _ in range(3):
        list(client.reviews(business_unit_id=TP_UNIT))
    assert client.token_requests == 1 and len(api.token_requests) == 1


def test_an_expired_token_is_requested_again() -> None:
    api = FakeTrustpilot()
    api.expires_in = "600"
    client = trustpilot(api.handler)
    list(client.reviews(business_unit_id=TP_UNIT))
    later = time.monotonic() + 601
    client._adapter.auth().tokens._clock = lambda: later
    list(client.reviews(business_unit_id=TP_UNIT))
    assert client.token_requests == 2
    assert [c.headers["Authorization"] for c in api.calls] == [f"Bearer {TP_TOKEN_PREFIX}{n}" for n in (1, 2)]


def test_a_401_gets_a_new_token_and_the_call_again() -> None:
    api = FakeTrustpilot(reject_first=True)
    client = trustpilot(api.handler)
    assert len(list(client.reviews(business_unit_id=TP_UNIT))) == 5
    assert client.token_requests == 2 and client.retries == 0


def test_twenty_threads_share_one_token_fetch() -> None:
    api = FakeTrustpilot(token_delay=0.2)
    client = trustpilot(api.handler)
    barrier = threading.Barrier(20)
    results: list[int] = []

    def work() -> None:
        barrier.wait(10)
        results.append(len(list(client.reviews(business_unit_id=TP_UNIT))))

    threads = [threading.Thread(target=work) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert results == [5] * 20
    assert client.token_requests == 1 and len(api.token_requests) == 1


async def test_fifty_tasks_share_one_token_fetch_and_401_recovers() -> None:
    api = FakeTrustpilot(token_delay=0.1, reject_first=True)
    client = atrustpilot(api.ahandler)

    async def work() -> int:
        return len([r async for r in client.reviews(business_unit_id=TP_UNIT)])

    assert await asyncio.gather(*(work() for _ in range(50))) == [5] * 50
    # the cold start's one token, then one more for the call answered 401
    assert client.token_requests == 2


def test_refused_credentials_are_an_authentication_error_without_the_secrets() -> None:
    api = FakeTrustpilot()
    http = httpx.Client(transport=httpx.MockTransport(api.handler))
    client = rb.Trustpilot(TP_KEY, "wrong-secret-SECRET-0", base_url="http://127.0.0.1", http_client=http)
    with pytest.raises(rb.AuthenticationError) as info:
        list(client.reviews(business_unit_id=TP_UNIT))
    error = info.value
    assert error.operation == "getAccessToken" and error.status_code == 401 and api.calls == []
    assert error.response is not None
    shown = " ".join([str(error), repr(error), str(error.response.request.headers), error.response.text])
    for secret in (
        TP_KEY,
        "wrong-secret-SECRET-0",
        base64.b64encode(f"{TP_KEY}:wrong-secret-SECRET-0".encode()).decode(),
    ):
        assert secret not in shown  # fmt: skip


def test_find_business_unit_sends_the_api_key_and_no_token() -> None:
    api = FakeTrustpilot()
    client = trustpilot(api.handler)
    unit = client.find_business_unit("trustpilot.com")
    assert unit.id == TRUSTPILOT_UNIT_EXAMPLE["id"] and unit.display_name == "Trustpilot"
    (call,) = api.calls
    assert call.url.params["name"] == "trustpilot.com" and "apikey" not in call.url.params
    assert call.headers["apikey"] == TP_KEY and "Authorization" not in call.headers
    assert api.token_requests == []


async def test_async_find_business_unit_and_get_review() -> None:
    api = FakeTrustpilot()
    client = atrustpilot(api.ahandler)
    assert (await client.find_business_unit("trustpilot.com")).id == TRUSTPILOT_UNIT_EXAMPLE["id"]
    assert api.token_requests == []
    review = await client.get_review("abc")
    assert review.id == "abc" and len(api.token_requests) == 1


# ---------- paging ----------


@pytest.mark.parametrize(("total", "per_page", "requests"), [(25, 10, 3), (30, 10, 4), (0, 10, 1), (7, None, 1)])
def test_the_walk_ends_on_a_short_or_empty_page(total: int, per_page: int | None, requests: int) -> None:
    api = FakeTrustpilot(total)
    client = trustpilot(api.handler)
    filters: dict[str, Any] = {"business_unit_id": TP_UNIT}
    if per_page is not None:
        filters["per_page"] = per_page
    assert [r.id for r in client.reviews(**filters)] == [i["id"] for i in api.items]
    assert [int(c.url.params["page"]) for c in api.calls] == list(range(1, requests + 1))


def test_a_full_page_of_the_default_size_is_not_the_end() -> None:
    api = FakeTrustpilot(20)  # exactly the spec's default perPage: one more (empty) page says it is the end
    assert len(list(trustpilot(api.handler).reviews(business_unit_id=TP_UNIT))) == 20
    assert [c.url.params["page"] for c in api.calls] == ["1", "2"]


def test_pages_resume_by_page_number() -> None:
    api = FakeTrustpilot(25)
    client = trustpilot(api.handler)
    pages = list(client.review_pages(business_unit_id=TP_UNIT, per_page=10))
    assert [p.resume for p in pages] == [{"page": 2}, {"page": 3}, None]
    again = list(client.review_pages(business_unit_id=TP_UNIT, per_page=10, resume={"page": 3}))
    assert [r.id for p in again for r in p.reviews] == [i["id"] for i in api.items[20:]]


def test_filters_reach_the_wire() -> None:
    api = FakeTrustpilot(3)
    list(trustpilot(api.handler).reviews(business_unit_id=TP_UNIT, order_by=["createdat.desc"], stars=[4, 5],
                                         language=["en"], responded=False))  # fmt: skip
    params = api.calls[0].url.params
    assert (params["orderBy"], params["stars"], params["language"], params["responded"]) == (
        "createdat.desc",
        "4,5",
        "en",
        "false",
    )


def test_a_review_without_an_id_is_a_parse_error() -> None:
    api = FakeTrustpilot(2)
    del api.items[1]["id"]
    with pytest.raises(rb.ResponseParseError, match="record 2 on the page"):
        list(trustpilot(api.handler).reviews(business_unit_id=TP_UNIT))


def test_a_missing_business_unit_is_a_usage_error_before_any_request() -> None:
    api = FakeTrustpilot()
    with pytest.raises(rb.UsageError, match="business_unit_id"):
        list(trustpilot(api.handler).reviews())  # type: ignore[call-arg]
    assert api.calls == [] and api.token_requests == []


def test_an_error_body_gives_code_and_message() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == TRUSTPILOT_TOKEN_PATH:
            return httpx.Response(200, json=trustpilot_token("tp-token-xyz-123"))
        return httpx.Response(400, json={"message": "The request was malformed", "errorCode": 1001, "details": ""})

    with pytest.raises(rb.BadRequestError) as info:
        list(trustpilot(handler).reviews(business_unit_id=TP_UNIT))
    assert info.value.code == "1001" and "The request was malformed" in str(info.value)
    assert info.value.operation == "listPrivateReviews"


# ---------- replies ----------


def test_a_reply_is_posted_once() -> None:
    api = FakeTrustpilot()
    client = trustpilot(api.handler)
    client.reply("r1", "Thank you!", author_business_user_id="bu-user-1")
    (post,) = api.posts()
    assert json.loads(post.content) == {"message": "Thank you!", "authorBusinessUserId": "bu-user-1"}
    assert not [c for c in api.calls if c.method == "GET"]


def test_a_reply_after_a_5xx_is_read_back_not_resent_when_stored() -> None:
    api = FakeTrustpilot()
    api.reply_faults = [500]  # stored, then the answer says it failed
    trustpilot(api.handler).reply("r1", "Thank you!")
    assert len(api.posts()) == 1 and api.replies["r1"] == "Thank you!"
    assert [c.method for c in api.calls] == ["POST", "GET"]


def test_a_reply_lost_on_the_way_is_sent_again_after_reading_back() -> None:
    api = FakeTrustpilot()
    original = api._api

    def lose_first(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and not api.posts():
            api.calls.append(request)
            raise httpx.ConnectError("connection reset")  # never reached the review
        return original(request)

    api._api = lose_first  # type: ignore[method-assign]
    trustpilot(api.handler).reply("r1", "Thank you!")
    assert [c.method for c in api.calls] == ["POST", "GET", "POST"] and api.replies["r1"] == "Thank you!"


def test_a_different_reply_read_back_is_unconfirmed() -> None:
    api = FakeTrustpilot()
    api.reply_faults = [502]
    original = api._api

    def colleague(request: httpx.Request) -> httpx.Response:
        response = original(request)
        if request.method == "POST":
            api.replies["r1"] = "A colleague's reply"
        return response

    api._api = colleague  # type: ignore[method-assign]
    with pytest.raises(rb.UnconfirmedWriteError, match="different reply"):
        trustpilot(api.handler).reply("r1", "Thank you!")
    assert len(api.posts()) == 1


def test_a_reply_whose_read_back_fails_is_unconfirmed() -> None:
    api = FakeTrustpilot()
    api.reply_faults = [httpx.ReadTimeout("slow")]
    original = api._api

    def no_reads(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return httpx.Response(503, json={"message": "down"})
        return original(request)

    api._api = no_reads  # type: ignore[method-assign]
    with pytest.raises(rb.UnconfirmedWriteError, match="reading the review back failed"):
        trustpilot(api.handler, max_retries=1).reply("r1", "Thank you!")
    assert len(api.posts()) == 1


async def test_async_reply_reads_back_and_delete_reply() -> None:
    api = FakeTrustpilot()
    api.reply_faults = [500]
    client = atrustpilot(api.ahandler)
    await client.reply("r1", "Thank you!")
    assert len(api.posts()) == 1 and api.replies["r1"] == "Thank you!"
    await client.delete_reply("r1")
    assert api.replies["r1"] is None and api.calls[-1].method == "DELETE"


@pytest.mark.parametrize("text", ["", "   ", None, 5])
def test_an_empty_reply_is_refused_before_any_request(text: Any) -> None:
    api = FakeTrustpilot()
    with pytest.raises(rb.UsageError, match="reply text"):
        trustpilot(api.handler).reply("r1", text)
    assert api.calls == [] and api.token_requests == []


# ---------- business units as scopes ----------

OTHER_UNIT = "5f1a2b3c4d5e6f7081920a1b"


def export_units(argv: list[str], api: FakeTrustpilot, out: Any) -> list[dict[str, Any]]:
    from reviewbridge._cli import main

    argv = ["export", "trustpilot", *argv, "--out", str(out)]
    assert main(argv, client_factory=lambda job: trustpilot(api.handler)) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_a_repeated_business_unit_flag_exports_each_unit_as_its_own_scope(tmp_path: Any) -> None:
    api = FakeTrustpilot(5)
    state = tmp_path / "state.json"
    flags = ["--business-unit", TP_UNIT, "--business-unit", OTHER_UNIT, "--business-unit", TP_UNIT]
    argv = [*flags, "--state", str(state)]
    lines = export_units(argv, api, tmp_path / "out.jsonl")
    assert len(lines) == 10 and len({line["id"] for line in lines}) == 10  # each unit once, both walked
    units = {r.url.path.split("/")[4] for r in api.calls if r.url.path.endswith("/reviews")}
    assert units == {TP_UNIT, OTHER_UNIT}
    scopes = json.loads(state.read_text(encoding="utf-8"))["scopes"]
    assert sorted(scopes) == [f"trustpilot:business_unit_id={u}" for u in sorted((TP_UNIT, OTHER_UNIT))]
    assert len(export_units(argv, api, tmp_path / "out.jsonl")) == 10  # the second run adds nothing


def test_a_config_entry_may_list_business_units(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewbridge._export import load_config

    monkeypatch.setenv("TP_KEY", TP_KEY)
    monkeypatch.setenv("TP_SECRET", TP_SECRET)
    config = tmp_path / "reviews.toml"
    config.write_text(
        '[[export]]\nprovider = "trustpilot"\n'
        f'business_unit_id = ["{TP_UNIT}", "{OTHER_UNIT}"]\n'
        'api_key_env = "TP_KEY"\napi_secret_env = "TP_SECRET"\n',
        encoding="utf-8",
    )
    jobs = load_config(config).jobs
    assert [job.filters["business_unit_id"] for job in jobs] == [TP_UNIT, OTHER_UNIT]
