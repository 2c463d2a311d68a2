"""The eTrusted ``/reviews`` family: one store with the channel endpoints, several channels or the whole
account at once, minimal lists, counts, vetos read back and replies."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _support import sandbox
from reviewbridge_sandbox._times import parse_datetime
from test_sandbox_etrusted import walk_etrusted

ORDERS = ("submittedAt", "updatedAt", "editedAt")


def stamp(text: str) -> int:
    value = parse_datetime(text)
    assert value is not None
    return value


def without_links(body: dict[str, Any]) -> dict[str, Any]:
    return {**body, "paging": {**body["paging"], "links": None}, "totalElements": None}


async def account_channels(client: httpx.AsyncClient) -> list[str]:
    response = await client.get("/reviews/count")
    assert response.status_code == 200
    channels: list[str] = response.json()["channelList"]
    return channels


async def test_a_channel_is_the_same_under_both_paths() -> None:
    async with sandbox("etrusted", reviews=90) as client:
        for order in ORDERS:
            old = f"/channels/chl-1/customer-reviews?count=7&ignoreStatements=false&orderBy={order}"
            new = f"/reviews?channels=chl-1&count=7&ignoreStatements=false&orderBy={order}"
            assert await walk_etrusted(client, new) == await walk_etrusted(client, old)
        first_old = (await client.get("/channels/chl-1/customer-reviews?count=5")).json()
        first_new = (await client.get("/reviews?channels=chl-1&count=5")).json()
        assert without_links(first_old) == without_links(first_new)


async def test_no_channels_is_the_whole_account_newest_first() -> None:
    async with sandbox("etrusted", reviews=40) as client:
        channels = await account_channels(client)
        assert len(channels) == 3 and all(c.startswith("chl-") for c in channels)
        per_channel: list[dict[str, Any]] = []
        for channel in channels:
            per_channel += await walk_etrusted(client, f"/channels/{channel}/customer-reviews?count=1000")
        account = await walk_etrusted(client, "/reviews?count=9")
        named = await walk_etrusted(client, f"/reviews?channels={channels[2]},{channels[0]},{channels[1]}&count=11")
        review = (await client.get("/reviews?count=1")).json()
    assert sorted(r["id"] for r in account) == sorted(r["id"] for r in per_channel)
    assert len({r["id"] for r in account}) == len(account) > 40
    assert [stamp(r["submittedAt"]) for r in account] == sorted(
        (stamp(r["submittedAt"]) for r in account), reverse=True
    )
    assert {r["id"] for r in named} == {r["id"] for r in account}
    assert len({r["accountRef"] for r in account}) == 1
    assert review["totalElements"] == 0  # docs: deprecated, always 0


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("count", [1, 4, 50])
async def test_walking_several_channels_gives_each_review_once_in_order(order: str, count: int) -> None:
    async with sandbox("etrusted", reviews=30) as client:
        url = f"/reviews?channels=a,b,c,d,e&ignoreStatements=false&orderBy={order}&count={count}"
        walked = await walk_etrusted(client, url)
        pages_back = []
        first = (await client.get(url)).json()
        previous_of_second = None
        if first["paging"]["links"]["next"]:
            second = (await client.get(first["paging"]["links"]["next"])).json()
            previous_of_second = second["paging"]["links"]["previous"]
            pages_back = (await client.get(previous_of_second)).json()["items"]
    assert len(walked) == 150 and len({r["id"] for r in walked}) == 150
    assert {r["channelRef"] for r in walked} == {"a", "b", "c", "d", "e"}
    keys = [stamp(r.get(order) or r["submittedAt"]) for r in walked]
    assert keys == sorted(keys, reverse=True)
    if previous_of_second:
        assert pages_back == first["items"]


@pytest.mark.parametrize(
    ("params", "keep"),
    [
        ({"rating": "1,2"}, lambda r: r["rating"] in (1, 2)),
        ({"status": "MODERATION,REJECTED"}, lambda r: r["state"] in ("MODERATION", "REJECTED")),
        ({"type": "PRODUCT_REVIEW"}, lambda r: r["type"] == "PRODUCT_REVIEW"),
        ({"hasReply": "true"}, lambda r: r["reply"] is not None),
        ({"hasReply": "false"}, lambda r: r["reply"] is None),
        ({"submittedAfter": "2022-01-01T00:00:00.000Z"}, lambda r: r["submittedAt"] > "2022-01-01T00:00:00"),
        ({"ignoreStatements": "true"}, lambda r: r["feedbackType"] == "REVIEW"),
    ],
)
async def test_filters_and_counts_agree(params: dict[str, str], keep: Any) -> None:
    async with sandbox("etrusted", reviews=120) as client:
        everything = await walk_etrusted(client, "/reviews?channels=x,y&count=1000&ignoreStatements=false")
        query = {"ignoreStatements": "false", **params}
        filtered = await walk_etrusted(
            client, "/reviews?channels=x,y&count=17&" + "&".join(f"{k}={v}" for k, v in query.items())
        )
        counted = (await client.get("/reviews/count", params={"channels": "x,y", **query})).json()
    expected = [r for r in everything if keep(r)]
    assert filtered == expected and expected
    assert counted == {
        "accountId": everything[0]["accountRef"],
        "channelList": ["x", "y"],
        "totalElements": len(expected),
    }


async def test_sku_filter() -> None:
    async with sandbox("etrusted", reviews=150) as client:
        everything = await walk_etrusted(client, "/reviews?channels=shop&count=1000&ignoreStatements=false")
        skus = sorted({r["product"]["sku"] for r in everything if r.get("product")})
        wanted = ",".join(skus[:2])
        filtered = await walk_etrusted(client, f"/reviews?channels=shop&count=1000&ignoreStatements=false&sku={wanted}")
        count = (await client.get(f"/reviews/count?channels=shop&ignoreStatements=false&sku={wanted}")).json()
    assert len(skus) > 2
    assert filtered == [r for r in everything if r.get("product") and r["product"]["sku"] in skus[:2]]
    assert count["totalElements"] == len(filtered) > 0


async def test_extensible_filters_take_unknown_values() -> None:
    async with sandbox("etrusted", reviews=50) as client:
        everything = await walk_etrusted(client, "/reviews?channels=c&count=1000")
        approved = await walk_etrusted(client, "/reviews?channels=c&count=1000&status=APPROVED")
        with_new = await walk_etrusted(client, "/reviews?channels=c&count=1000&status=APPROVED,ARCHIVED")
        nothing = await client.get("/reviews?channels=c&type=VIDEO_REVIEW")
        blocks = (await client.get("/reviews?channels=c&count=1&additionalInformation=VETO,HIGHLIGHTS")).json()
    assert with_new == approved == [r for r in everything if r["state"] == "APPROVED"]
    assert nothing.status_code == 200 and nothing.json()["items"] == []
    assert blocks["items"][0]["additionalInformation"] == {"veto": None}


async def test_unknown_order_falls_back_to_submission() -> None:
    async with sandbox("etrusted", reviews=50) as client:
        fallback = (await client.get("/reviews?channels=c&orderBy=rating&count=1000")).json()["items"]
        default = (await client.get("/reviews?channels=c&count=1000")).json()["items"]
    assert fallback == default


async def test_minimal_reviews() -> None:
    async with sandbox("etrusted", reviews=120) as client:
        full = (await client.get("/reviews?channels=c&count=1000&ignoreStatements=false")).json()["items"]
        body = (await client.get("/reviews-minimal?channels=c&count=5000&ignoreStatements=false")).json()
        too_many = await client.get("/reviews-minimal?channels=c&count=5001")
        too_many_full = await client.get("/reviews?channels=c&count=1001")
    assert too_many.status_code == 400 and too_many_full.status_code == 400
    items = body["items"]
    assert [r["id"] for r in items] == [r["id"] for r in full] and body["paging"]["cursor"]["after"] == ""
    required = {"id", "channelRef", "rating", "title", "comment", "submittedAt", "state"}
    optional = {"reply", "customer", "hasAttachments", "product", "editedAt"}
    for small, big in zip(items, full, strict=True):
        assert required <= set(small) <= required | optional
        assert small == {key: big[key] for key in small}


async def test_get_review_finds_it_in_any_channel_named() -> None:
    async with sandbox("etrusted", reviews=20) as client:
        channels = await account_channels(client)
        in_account = (await client.get("/reviews?count=1")).json()["items"][0]
        elsewhere = (await client.get("/channels/other/customer-reviews?count=1")).json()["items"][0]
        assert (await client.get(f"/reviews/{in_account['id']}")).json() == in_account
        assert (await client.get(f"/reviews/{elsewhere['id']}")).json() == elsewhere
        assert in_account["channelRef"] in channels
        missing = await client.get("/reviews/rev-00000000-0000-0000-0000-000000000000")
        assert missing.status_code == 404 and missing.content == b""


async def test_veto_is_read_back() -> None:
    async with sandbox("etrusted", reviews=20) as client:
        first, second = (await client.get("/reviews?channels=c&count=2")).json()["items"]
        assert (await client.get(f"/reviews/{first['id']}/vetos")).status_code == 404
        body = {"comment": "Not a customer", "reason": "INAPPROPRIATE_IMAGE", "vetoReporterEmail": "me@shop.example"}
        created = await client.post(f"/reviews/{first['id']}/vetos", json=body)
        assert created.status_code == 200
        veto = created.json()
        read = await client.get(f"/reviews/{first['id']}/vetos")
        listed = (await client.get("/reviews?channels=c&count=2&additionalInformation=VETO")).json()["items"]
        bad = await client.post(f"/reviews/{second['id']}/vetos", json={"comment": "x", "reason": 3})
    assert read.status_code == 200 and read.json() == veto
    assert set(veto) == {"id", "ticketId", "comment", "reason", "createdAt", "updatedAt"}
    assert veto["reason"] == "INAPPROPRIATE_IMAGE" and veto["comment"] == "Not a customer"
    assert listed[0]["additionalInformation"]["veto"] == {
        k: veto[k] for k in ("createdAt", "comment", "reason", "ticketId")
    }
    assert listed[1]["additionalInformation"] == {"veto": None}
    assert bad.status_code == 400


async def test_reply_save_replace_delete() -> None:
    async with sandbox("etrusted", reviews=60) as client:
        unreplied = await walk_etrusted(client, "/reviews?channels=c&count=1000&hasReply=false")
        review = unreplied[-1]  # the oldest: a reply must move it to the top of updatedAt order
        url = f"/reviews/{review['id']}/reply"
        saved = await client.post(url, json={"comment": "Thank you!", "sendNotification": True})
        assert saved.status_code == 200
        first = (await client.get(f"/reviews/{review['id']}")).json()
        newest = (await client.get("/reviews?channels=c&orderBy=updatedAt&count=1")).json()["items"][0]
        replied = await walk_etrusted(client, "/reviews?channels=c&count=1000&hasReply=true")
        again = await client.post(url, json={"comment": "Thanks again"})
        second = (await client.get(f"/reviews/{review['id']}")).json()
        deleted = await client.delete(url)
        third = (await client.get(f"/reviews/{review['id']}")).json()
        deleted_again = await client.delete(url)
        still_unreplied = await walk_etrusted(client, "/reviews?channels=c&count=1000&hasReply=false")
        old_path = (await client.get(f"/channels/c/customer-reviews/{review['id']}")).json()
    assert first["reply"]["comment"] == "Thank you!" and first["reply"]["sendNotification"] is True
    assert first["reply"]["createdAt"] == first["reply"]["updatedAt"] == first["updatedAt"] > review["updatedAt"]
    assert newest["id"] == review["id"] and review["id"] in {r["id"] for r in replied}
    assert again.status_code == 200
    assert second["reply"]["comment"] == "Thanks again" and second["reply"]["sendNotification"] is False
    assert second["reply"]["createdAt"] == first["reply"]["createdAt"]
    assert second["reply"]["updatedAt"] == second["updatedAt"] > first["updatedAt"]
    assert deleted.status_code == 204 and deleted.content == b""
    assert third["reply"] is None and third["updatedAt"] > second["updatedAt"]
    assert deleted_again.status_code == 204
    assert review["id"] in {r["id"] for r in still_unreplied}
    assert old_path == third


@pytest.mark.parametrize("body", [{}, {"comment": 5}, {"comment": "ok", "sendNotification": "yes"}, [], "text"])
async def test_reply_bodies_are_checked(body: Any) -> None:
    async with sandbox("etrusted", reviews=5) as client:
        review = (await client.get("/reviews?channels=c&count=1")).json()["items"][0]
        response = await client.post(f"/reviews/{review['id']}/reply", json=body)
        unchanged = (await client.get(f"/reviews/{review['id']}")).json()
    assert response.status_code == 400 and response.content == b""
    assert unchanged == review


async def test_reply_to_an_unknown_review_is_404() -> None:
    async with sandbox("etrusted", reviews=5) as client:
        unknown = "/reviews/rev-00000000-0000-0000-0000-000000000000/reply"
        assert (await client.post(unknown, json={"comment": "hi"})).status_code == 404
        assert (await client.delete(unknown)).status_code == 404


@pytest.mark.parametrize(
    "query", ["count=0", "count=x", "channels=", "channels=a,,b", "rating=6", "status=", "sku=", "hasReply=maybe"]
)
async def test_bad_list_parameters(query: str) -> None:
    async with sandbox("etrusted", reviews=5) as client:
        for path in ("/reviews", "/reviews-minimal", "/reviews/count"):
            if path == "/reviews/count" and query.startswith("count"):
                continue
            response = await client.get(f"{path}?{query}")
            assert response.status_code == 400, (path, query)
            assert response.content == b""


async def test_every_operation_needs_a_token() -> None:
    async with sandbox("etrusted", reviews=5) as client:
        review_id = (await client.get("/reviews?count=1")).json()["items"][0]["id"]
        del client.headers["Authorization"]
        calls = [
            client.get("/reviews"),
            client.get("/reviews-minimal"),
            client.get("/reviews/count"),
            client.get(f"/reviews/{review_id}"),
            client.get(f"/reviews/{review_id}/vetos"),
            client.post(f"/reviews/{review_id}/vetos", json={"comment": "x", "reason": "ABUSIVE"}),
            client.post(f"/reviews/{review_id}/reply", json={"comment": "x"}),
            client.delete(f"/reviews/{review_id}/reply"),
        ]
        for call in calls:
            assert (await call).status_code == 401
