"""Thanx sandbox: page numbers, stable order, filters, the one response to a feedback."""

from __future__ import annotations

import contextlib
import math
from typing import Any

import httpx
import pytest
from _support import Fuzz, client_for, sandbox
from hypothesis import given
from hypothesis import strategies as st
from reviewbridge_sandbox import create_app
from reviewbridge_sandbox._times import parse_datetime
from test_sandbox_data import SECOND_STAMP
from test_sandbox_faults import assert_429
from test_sandbox_pagination_properties import PROPERTY_SETTINGS, SEEDS, SIZES, assert_once, ms, run

THANX_HEADERS = {
    "Authorization": "Bearer sandbox-token",
    "X-ClientId": "sandbox-client",
    "Accept-Version": "v4.0",
    "User-Agent": "reviewbridge-tests/1.0",
    "Content-Type": "application/json",
}

#: the list of scope "shop", every review of it (test_sandbox_data.py reads it)
LIST_URL = "/partner/feedbacks?merchant_id=shop"
#: the documented timestamp form of its list and forms it refuses (test_sandbox_timestamps.py reads it)
TIMESTAMPS = (
    "/partner/feedbacks?merchant_id=example.com",
    "updated_after",
    "2020-01-07T20:00:00Z",
    ["2020-01-07T20:00:00.000Z", "2020-01-07T20:00:00+00:00", "2020-01-07T20:00:00", "2020-01-07"],
    lambda body, parsed: parsed["error"]["code"] == "BAD_REQUEST",
)

URL = "/partner/feedbacks?merchant_id=woeri34"
STAMPS = ("viewed_at", "rated_at", "reviewed_at", "responded_at")


def updated(record: dict[str, Any]) -> int:
    """When a record last changed, as a client derives it: latest state time, else the purchase."""
    stamps = [parse_datetime(record[name]) for name in STAMPS if record[name]]
    latest = max((s for s in stamps if s is not None), default=None)
    if latest is not None:
        return latest
    purchased = parse_datetime(record["purchase"]["purchased_at"])
    assert purchased is not None
    return purchased


async def test_pages_cover_everything_in_stable_order() -> None:
    async with sandbox("thanx", reviews=137) as client:
        first = (await client.get(URL)).json()
        assert first["pagination"] == {"current_page": 1, "per_page": 10, "total_pages": 14}
        records = await walk_thanx(client, f"{URL}&per_page=25")
        beyond = (await client.get(f"{URL}&per_page=25&page=7")).json()
    assert len(records) == 137
    assert len({r["id"] for r in records}) == 137
    keys = [(updated(r), r["id"]) for r in records]
    assert keys == sorted(keys)
    assert beyond["feedbacks"] == []
    assert beyond["pagination"]["current_page"] == 7


async def test_records_look_like_the_documentation() -> None:
    async with sandbox("thanx", reviews=300) as client:
        records = await walk_thanx(client, f"{URL}&per_page=100")
    assert {r["merchant_id"] for r in records} == {"woeri34"}
    states = {r["state"] for r in records}
    assert states == {"unviewed", "viewed", "expired", "rated", "reviewed", "responded"}
    for record in records:
        assert record["expires_at"] is None or record["expires_at"].endswith("Z")
        assert (record["rating"] is None) == (record["state"] in ("unviewed", "viewed", "expired"))
        assert (record["response"] is None) == (record["state"] != "responded")
        assert record["rating"] is None or 1 <= record["rating"] <= 10
        assert len(record["id"]) == 10
    assert any(r["purchase"]["order"] is None for r in records)


async def test_filters() -> None:
    async with sandbox("thanx", reviews=200) as client:
        everything = await walk_thanx(client, f"{URL}&per_page=100")
        some = everything[17]
        by_user = await walk_thanx(client, f"{URL}&per_page=100&user_id={some['user_id']}")
        by_location = await walk_thanx(client, f"{URL}&per_page=100&location_id={some['location_id']}")
        by_state = await walk_thanx(client, f"{URL}&per_page=100&states[]=rated&states[]=responded")
        nobody = (await client.get(f"{URL}&user_id=zzzzzzzzzzzzzzzz")).json()
    assert by_user == [r for r in everything if r["user_id"] == some["user_id"]]
    assert by_location == [r for r in everything if r["location_id"] == some["location_id"]]
    assert by_state == [r for r in everything if r["state"] in ("rated", "responded")]
    assert nobody["feedbacks"] == [] and nobody["pagination"]["total_pages"] == 0


async def test_updated_after_is_strict() -> None:
    async with sandbox("thanx", reviews=200) as client:
        everything = await walk_thanx(client, f"{URL}&per_page=100")
        pivot = everything[150]
        stamp = max((pivot[n] for n in STAMPS if pivot[n]), default=pivot["purchase"]["purchased_at"])
        since = await walk_thanx(client, f"{URL}&per_page=100&updated_after={stamp}")
    assert since == [r for r in everything if updated(r) > updated(pivot)]
    assert pivot not in since


async def test_invalid_parameters() -> None:
    async with sandbox("thanx") as client:
        for query in ("per_page=0", "per_page=101", "page=0", "page=x", "states[]=open", "updated_after=yesterday"):
            response = await client.get(f"{URL}&{query}")
            assert response.status_code == 400, query
            assert response.json()["error"]["code"] == "BAD_REQUEST"
        missing = await client.get("/partner/feedbacks")
        assert missing.status_code == 400
        assert "merchant_id" in missing.json()["error"]["message"]
        empty = await client.get("/partner/feedbacks?merchant_id=")
        assert empty.status_code == 404
        assert empty.json()["error"]["code"] == "RESOURCE_NOT_FOUND"


async def test_total_pages() -> None:
    for size, per_page in ((0, 10), (1, 1), (10, 10), (11, 10), (99, 100)):
        async with sandbox("thanx", reviews=size) as client:
            body = (await client.get(f"{URL}&per_page={per_page}")).json()
        assert body["pagination"]["total_pages"] == math.ceil(size / per_page)


async def test_respond_once() -> None:
    async with sandbox("thanx", reviews=60) as client:
        records = await walk_thanx(client, "/partner/feedbacks?merchant_id=m&per_page=100")
        record = next(r for r in records if r["state"] == "reviewed")
        url = f"/partner/feedbacks/{record['id']}/respond"
        answer = await client.post(url, json={"feedback": {"response": "Thanks for coming in!"}})
        second = await client.post(url, json={"feedback": {"response": "And again"}})
        after = await walk_thanx(client, "/partner/feedbacks?merchant_id=m&per_page=100")
        responded = await walk_thanx(client, "/partner/feedbacks?merchant_id=m&per_page=100&states[]=responded")
    assert answer.status_code == 200
    feedback = answer.json()["feedback"]
    assert feedback == {
        **record,
        "state": "responded",
        "response": "Thanks for coming in!",
        "responded_at": feedback["responded_at"],
    }
    assert updated(feedback) == parse_datetime(feedback["responded_at"]) > updated(record)
    assert after[-1] == feedback  # the list is oldest change first: now it is the newest
    assert feedback in responded
    assert 400 <= second.status_code < 500
    error = second.json()["error"]
    assert error["code"] == "CONFLICT" and "already" in error["message"]


async def test_an_already_responded_feedback_is_refused() -> None:
    async with sandbox("thanx", reviews=60) as client:
        records = await walk_thanx(client, "/partner/feedbacks?merchant_id=m&per_page=100")
        record = next(r for r in records if r["state"] == "responded")
        answer = await client.post(f"/partner/feedbacks/{record['id']}/respond", json={"feedback": {"response": "x"}})
        unchanged = await walk_thanx(client, "/partner/feedbacks?merchant_id=m&per_page=100")
    assert answer.status_code == 409 and unchanged == records


@pytest.mark.parametrize(
    "body",
    [{}, {"feedback": {}}, {"feedback": {"response": None}}, {"feedback": {"response": 3}}, {"response": "x"}, []],
)
async def test_respond_bodies_are_checked(body: object) -> None:
    async with sandbox("thanx", reviews=5) as client:
        record = (await client.get("/partner/feedbacks?merchant_id=m")).json()["feedbacks"][0]
        answer = await client.post(f"/partner/feedbacks/{record['id']}/respond", json=body)
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "BAD_REQUEST"


async def test_respond_to_an_unknown_feedback_or_without_credentials() -> None:
    async with sandbox("thanx", reviews=5) as client:
        record = (await client.get("/partner/feedbacks?merchant_id=m")).json()["feedbacks"][0]
        unknown = await client.post("/partner/feedbacks/0000000000/respond", json={"feedback": {"response": "x"}})
        del client.headers["Authorization"]
        anonymous = await client.post(
            f"/partner/feedbacks/{record['id']}/respond", json={"feedback": {"response": "x"}}
        )
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "RESOURCE_NOT_FOUND"
    assert anonymous.status_code == 401 and anonymous.json()["error"]["code"] == "UNAUTHORIZED"


async def test_thanx_churn() -> None:
    async with sandbox("thanx", reviews=80) as client:
        churned = (await client.post("/_sandbox/churn?scope=m&add=2&update=4")).json()
        records = await walk_thanx(client, "/partner/feedbacks?merchant_id=m&per_page=100")
    assert len(records) == 82
    touched = set(churned["added"]) | set(churned["updated"])
    assert {r["id"] for r in records[-6:]} == touched  # the newest changes come last


@pytest.mark.parametrize("query", ["add=-1", "update=x", "add=1000001", "delete=-2"])
async def test_churn_rejects_bad_numbers(query: str) -> None:
    async with sandbox("thanx") as client:
        response = await client.post(f"/_sandbox/churn?{query}")
    assert response.status_code == 400
    assert "error" in response.json()


async def test_churn_deletes_feedbacks_from_the_listing() -> None:
    async with sandbox("thanx", reviews=10) as client:
        response = await client.post("/_sandbox/churn?scope=m&add=1&delete=2")
        records = await walk_thanx(client, "/partner/feedbacks?merchant_id=m&per_page=100")
    assert response.status_code == 200
    churned = response.json()
    assert len(churned["deleted"]) == 2 and len(churned["added"]) == 1
    listed = {r["id"] for r in records}
    assert len(records) == 9 and listed.isdisjoint(churned["deleted"]) and set(churned["added"]) <= listed


async def test_churn_refuses_to_delete_where_the_sandbox_cannot(monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewbridge_sandbox._thanx import Thanx

    monkeypatch.setattr(Thanx, "deletes", False)
    async with sandbox("thanx", reviews=10) as client:
        response = await client.post("/_sandbox/churn?scope=m&add=1&delete=1")
        records = await walk_thanx(client, "/partner/feedbacks?merchant_id=m&per_page=100")
    assert response.status_code == 400
    assert response.json() == {"error": "the thanx sandbox cannot delete reviews"}
    assert len(records) == 10  # refused as a whole: nothing was added either


@pytest.mark.parametrize(
    ("change", "status"),
    [
        ({"Authorization": None}, 401),
        ({"Authorization": "Bearer wrong"}, 401),
        ({"Authorization": "sandbox-token"}, 401),
        ({"X-ClientId": None}, 401),
        ({"X-ClientId": "other-client"}, 401),
        ({"Accept-Version": None}, 400),
        ({"Accept-Version": "v3.0"}, 400),
        ({"User-Agent": ""}, 400),
        ({"User-Agent": "python-httpx/0.28.1"}, 400),
        ({"Content-Type": None}, 400),
        ({"Content-Type": "text/plain"}, 400),
    ],
)
async def test_thanx_rejects_bad_headers(change: dict[str, str | None], status: int) -> None:
    headers = {**THANX_HEADERS}
    for name, value in change.items():
        if value is None:
            del headers[name]
        else:
            headers[name] = value
    async with client_for(create_app("thanx")) as client:
        response = await client.get("/partner/feedbacks?merchant_id=m1", headers=headers)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == ("UNAUTHORIZED" if status == 401 else "BAD_REQUEST")
    assert isinstance(error["message"], str) and error["message"]


async def test_thanx_accepts_the_full_header_set() -> None:
    async with client_for(create_app("thanx")) as client:
        response = await client.get("/partner/feedbacks?merchant_id=m1", headers=THANX_HEADERS)
    assert response.status_code == 200


async def test_unknown_routes_answer_in_the_provider_style() -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app("thanx")), base_url="http://s") as c:
        response = await c.get("/partner/nothing", headers=THANX_HEADERS)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "RESOURCE_NOT_FOUND"
        response = await c.delete("/partner/feedbacks", headers=THANX_HEADERS)
        assert response.status_code == 405
        assert "GET" in response.headers["allow"]
        assert response.json()["error"]["code"] == "METHOD_NOT_ALLOWED"


async def test_429_has_retry_after_and_the_provider_body() -> None:
    body = {"error": {"code": "RATE_LIMITED"}}
    await assert_429("thanx", "/partner/feedbacks?merchant_id=m", {"headers": THANX_HEADERS}, body)


async def test_rate_and_counts() -> None:
    app = create_app("thanx", seed=3, fault_rate=0.3, slow_ms=1)
    async with client_for(app) as client:
        for _ in range(400):
            with contextlib.suppress(httpx.RemoteProtocolError):
                await client.get("/partner/feedbacks?merchant_id=m", headers=THANX_HEADERS)
        for _ in range(50):
            assert (await client.get("/_sandbox/stats")).status_code == 200
        stats = (await client.get("/_sandbox/stats")).json()
    assert stats["requests"] == 400
    assert set(stats["faults"]) == {"429", "500", "502", "503", "drop", "slow"}
    total = sum(stats["faults"].values())
    assert 80 <= total <= 160
    assert all(count > 0 for count in stats["faults"].values())


def thanx_updated(record: dict[str, Any]) -> int:
    stamps = [ms(record[name]) for name in STAMPS if record[name]]
    return max(stamps) if stamps else ms(record["purchase"]["purchased_at"])


@PROPERTY_SETTINGS
@given(
    size=SIZES,
    seed=SEEDS,
    per_page=st.integers(min_value=1, max_value=40),
    states=st.lists(st.sampled_from(["unviewed", "viewed", "expired", "rated", "reviewed", "responded"]), max_size=3),
)
def test_thanx_page_numbers(size: int, seed: int, per_page: int, states: list[str]) -> None:
    query = f"per_page={per_page}" + "".join(f"&states[]={s}" for s in states)

    async def check() -> None:
        async with sandbox("thanx", reviews=size, seed=seed) as client:
            walked = await walk_thanx(client, f"/partner/feedbacks?merchant_id=m-{seed}&{query}")
            full = await walk_thanx(client, f"/partner/feedbacks?merchant_id=m-{seed}&per_page=100")
            dataset = (await client.get("/_sandbox/dataset", params={"scope": f"m-{seed}"})).json()["reviews"]
        assert [r["id"] for r in full] == [r["id"] for r in dataset]
        assert len(full) == size
        assert_once(walked, [r for r in full if not states or r["state"] in states])
        keys = [(thanx_updated(r), r["id"]) for r in walked]
        assert keys == sorted(keys)

    run(check)


async def walk_thanx(client: httpx.AsyncClient, url: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    page = 1
    while True:
        response = await client.get(f"{url}&page={page}")
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["feedbacks"]
        if page >= body["pagination"]["total_pages"]:
            return items
        page += 1


async def test_thanx_formats() -> None:
    async with sandbox("thanx", reviews=100) as client:
        records = (await client.get("/partner/feedbacks?merchant_id=m&per_page=100")).json()["feedbacks"]
    for record in records:
        for field in ("expires_at", "purchased_at", "viewed_at", "rated_at", "reviewed_at", "responded_at"):
            assert record[field] is None or SECOND_STAMP.fullmatch(record[field])


async def _fuzz_headers(client: httpx.AsyncClient) -> dict[str, str]:
    return dict(THANX_HEADERS)


#: what test_sandbox_input.py sends this sandbox
FUZZ = Fuzz(
    routes=[("GET", "/partner/feedbacks")],
    headers=_fuzz_headers,
    error_shape=lambda url, response: set(response.json()["error"]) == {"code", "message"},
)
