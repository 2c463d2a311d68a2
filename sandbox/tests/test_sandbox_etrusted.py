"""eTrusted sandbox: cursor paging, links, filters, orders, additional information, vetos."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from _support import Fuzz, basic, client_for, sandbox
from hypothesis import given
from hypothesis import strategies as st
from reviewbridge_sandbox import create_app
from reviewbridge_sandbox._times import parse_datetime
from test_sandbox_faults import assert_429
from test_sandbox_pagination_properties import PROPERTY_SETTINGS, SEEDS, SIZES, assert_once, ms, run

ETRUSTED_FORM = {
    "grant_type": "client_credentials",
    "client_id": "sandbox-client",
    "client_secret": "sandbox-secret",
    "audience": "https://api.etrusted.com",
}

#: the list of scope "shop", every review of it (test_sandbox_data.py reads it)
LIST_URL = "/channels/shop/customer-reviews"
#: the documented timestamp form of its list and forms it refuses (test_sandbox_timestamps.py reads it)
TIMESTAMPS = (
    "/reviews?channels=example.com",
    "submittedAfter",
    "2018-02-01T17:10:42.733Z",
    [
        "2018-02-01T17:10:42Z",
        "2018-02-01T17:10:42.733000Z",
        "2018-02-01T17:10:42.733+00:00",
        "2018-02-01T17:10:42.733",
        "2018-02-01 17:10:42.733Z",
        "2018-02-01T17:10:42.733z",
        "2018-02-01",
    ],
    lambda body, parsed: body == b"",  # eTrusted answers invalid input with a bare 400
)

LIST = "/channels/chl-1/customer-reviews"


def stamp(text: str | None) -> int:
    value = parse_datetime(text) if text else None
    assert value is not None
    return value


async def everything(client: Any) -> list[dict[str, Any]]:
    """All reviews of the channel, statements included, newest submission first."""
    body = (await client.get(LIST, params={"count": 1000, "ignoreStatements": "false"})).json()
    assert body["paging"]["cursor"]["after"] == ""
    return list(body["items"])


async def test_walk_covers_each_review_once_newest_first() -> None:
    async with sandbox("etrusted", reviews=230) as client:
        first = (await client.get(LIST)).json()
        walked = await walk_etrusted(client, f"{LIST}?count=17&ignoreStatements=false")
        full = await everything(client)
    assert first["paging"]["count"] == 50 and first["totalElements"] == 0
    assert len(walked) == 230 == len({r["id"] for r in walked})
    assert walked == full
    submitted = [stamp(r["submittedAt"]) for r in walked]
    assert submitted == sorted(submitted, reverse=True)


async def test_last_page_and_links() -> None:
    async with sandbox("etrusted", reviews=60) as client:
        response = await client.get(LIST, params={"count": 25, "rating": "4,5", "hasReply": "false"})
        body = response.json()
        links = body["paging"]["links"]
        assert links["next"].startswith("http://sandbox.test/channels/chl-1/customer-reviews?")
        query = parse_qs(urlsplit(links["next"]).query)
        assert query == {"rating": ["4,5"], "hasReply": ["false"], "count": ["25"], "after": [body["items"][-1]["id"]]}
        assert parse_qs(urlsplit(links["previous"]).query)["before"] == [body["items"][0]["id"]]
        assert body["paging"]["cursor"] == {"before": body["items"][0]["id"], "after": body["items"][-1]["id"]}
        pages = [body]
        while pages[-1]["paging"]["links"]["next"]:
            pages.append((await client.get(pages[-1]["paging"]["links"]["next"])).json())
        last = pages[-1]["paging"]
        assert last["cursor"]["after"] == "" and last["links"]["next"] == ""
        assert last["count"] == len(pages[-1]["items"]) <= 25
        # The previous link of a page leads back to exactly the page before it.
        back = (await client.get(pages[1]["paging"]["links"]["previous"])).json()
        assert back["items"] == pages[0]["items"]


async def test_empty_result() -> None:
    async with sandbox("etrusted", reviews=10) as client:
        body = (await client.get(LIST, params={"submittedAfter": "2099-01-01T00:00:00.000Z"})).json()
    assert body["items"] == []
    assert body["paging"] == {
        "count": 0,
        "cursor": {"before": None, "after": ""},
        "links": {"previous": None, "next": ""},
    }


async def test_statements_are_left_out_by_default() -> None:
    async with sandbox("etrusted", reviews=400) as client:
        default = await walk_etrusted(client, f"{LIST}?count=1000")
        full = await everything(client)
    statements = [r for r in full if r["feedbackType"] == "STATEMENT"]
    assert statements
    assert all(r["rating"] is None or r["comment"] is None for r in statements)
    assert default == [r for r in full if r["feedbackType"] == "REVIEW"]


@pytest.mark.parametrize(
    ("params", "keep"),
    [
        ({"rating": "1,2"}, lambda r: r["rating"] in (1, 2)),
        ({"status": "MODERATION,REJECTED"}, lambda r: r["state"] in ("MODERATION", "REJECTED")),
        ({"type": "PRODUCT_REVIEW"}, lambda r: r["type"] == "PRODUCT_REVIEW"),
        ({"hasReply": "true"}, lambda r: r["reply"] is not None),
        ({"hasReply": "false"}, lambda r: r["reply"] is None),
        (
            {"submittedAfter": "2023-01-01T00:00:00.000Z", "submittedBefore": "2024-01-01T00:00:00.000Z"},
            lambda r: "2023-01-01" <= r["submittedAt"] < "2024-01-01",
        ),
    ],
)
async def test_filters(params: dict[str, str], keep: Any) -> None:
    async with sandbox("etrusted", reviews=300) as client:
        full = await everything(client)
        filtered = (await client.get(LIST, params={**params, "count": 1000, "ignoreStatements": "false"})).json()[
            "items"
        ]
    expected = [r for r in full if keep(r)]
    assert expected
    assert filtered == expected


async def test_query_matches_reference_and_email() -> None:
    async with sandbox("etrusted", reviews=100) as client:
        full = await everything(client)
        target = next(r for r in full if r["customer"]["email"])
        by_reference = (await client.get(LIST, params={"query": target["transaction"]["reference"].lower()})).json()
        by_email = (await client.get(LIST, params={"query": target["customer"]["email"].upper()})).json()
    assert target["id"] in {r["id"] for r in by_reference["items"]}
    assert target["id"] in {r["id"] for r in by_email["items"]}
    assert all(
        target["customer"]["email"] == r["customer"]["email"]
        or target["customer"]["email"] in r["transaction"]["reference"]
        for r in by_email["items"]
    )


@pytest.mark.parametrize("order", ["updatedAt", "editedAt"])
async def test_orders(order: str) -> None:
    async with sandbox("etrusted", reviews=200) as client:
        walked = await walk_etrusted(client, f"{LIST}?count=33&ignoreStatements=false&orderBy={order}")
    assert len(walked) == 200
    field = {"updatedAt": "updatedAt", "editedAt": "editedAt"}[order]
    keys = [stamp(r.get(field) or r["submittedAt"]) for r in walked]
    assert keys == sorted(keys, reverse=True)
    assert any("editedAt" in r for r in walked)


async def test_additional_information_only_when_asked() -> None:
    async with sandbox("etrusted", reviews=300) as client:
        plain = await everything(client)
        rich = (
            await client.get(
                LIST,
                params={
                    "count": 1000,
                    "ignoreStatements": "false",
                    "additionalInformation": "ATTACHMENTS,ORIGINAL_REVIEW",
                },
            )
        ).json()["items"]
    assert all("additionalInformation" not in r for r in plain)
    assert all(set(r["additionalInformation"]) == {"attachments", "originalReview"} for r in rich)
    with_images = [r for r in rich if r["hasAttachments"]]
    assert with_images and all(r["additionalInformation"]["attachments"]["images"] for r in with_images)
    edited = [r for r in rich if "editedAt" in r]
    assert edited and all(r["additionalInformation"]["originalReview"]["comment"] for r in edited)
    assert all(r["originalReview"]["title"] for r in edited)


async def test_veto_is_stored_and_shown() -> None:
    async with sandbox("etrusted") as client:
        review = (await client.get(LIST, params={"count": 1})).json()["items"][0]
        url = f"{LIST}/{review['id']}/vetos"
        body = {"comment": "Fake review", "reason": "UNTRUTHFUL", "vetoReporterEmail": "me@shop.example"}
        response = await client.post(url, json=body)
        assert response.status_code == 200
        veto = response.json()
        assert veto["id"].startswith("vet-") and len(veto["ticketId"]) == 6 and veto["ticketId"].isdigit()
        assert veto["reason"] == "UNTRUTHFUL" and veto["comment"] == "Fake review"
        shown = (await client.get(LIST, params={"count": 1, "additionalInformation": "VETO"})).json()["items"][0]
        assert shown["additionalInformation"] == {
            "veto": {
                "createdAt": veto["createdAt"],
                "comment": "Fake review",
                "reason": "UNTRUTHFUL",
                "ticketId": veto["ticketId"],
            }
        }
        other = (await client.get(LIST, params={"count": 2, "additionalInformation": "VETO"})).json()["items"][1]
        assert other["additionalInformation"] == {"veto": None}


@pytest.mark.parametrize(
    "body",
    [
        {"comment": "x"},
        {"reason": "UNTRUTHFUL"},
        {"comment": "x", "reason": None},
        {"comment": 5, "reason": "ABUSIVE"},
        {"comment": "x", "reason": "ABUSIVE", "vetoReporterEmail": "not-an-email"},
        {"comment": "x", "reason": "ABUSIVE", "channelName": 7},
        ["comment", "reason"],
    ],
)
async def test_invalid_veto_is_400_without_body(body: Any) -> None:
    async with sandbox("etrusted") as client:
        review = (await client.get(LIST, params={"count": 1})).json()["items"][0]
        response = await client.post(f"{LIST}/{review['id']}/vetos", json=body)
    assert response.status_code == 400
    assert response.content == b""


async def test_get_one_and_unknown_ids() -> None:
    async with sandbox("etrusted") as client:
        review = (await client.get(LIST, params={"count": 1})).json()["items"][0]
        one = await client.get(f"{LIST}/{review['id']}")
        assert one.json() == review
        for missing in ("rev-00000000-0000-0000-0000-000000000000", "nonsense", review["id"].upper()):
            response = await client.get(f"{LIST}/{missing}")
            assert response.status_code == 404 and response.content == b""
            veto = await client.post(f"{LIST}/{missing}/vetos", json={"comment": "x", "reason": "ABUSIVE"})
            assert veto.status_code == 404
        other_channel = await client.get(f"/channels/chl-2/customer-reviews/{review['id']}")
        assert other_channel.status_code == 404
        unknown_cursor = await client.get(LIST, params={"after": "rev-00000000-0000-0000-0000-000000000000"})
        assert unknown_cursor.status_code == 404


@pytest.mark.parametrize(
    "params",
    [
        {"count": "0"},
        {"count": "1001"},
        {"count": "ten"},
        {"rating": "6"},
        {"rating": "1,x"},
        {"status": "DELETED"},
        {"type": "SHOP_REVIEW"},
        {"hasReply": "yes"},
        {"ignoreStatements": "1"},
        {"additionalInformation": "EVERYTHING"},
        {"orderBy": "rating"},
        {"orderBy": ""},
        {"submittedAfter": "2018-02-30T00:00:00Z"},
        {"submittedBefore": "yesterday"},
    ],
)
async def test_invalid_list_parameters_are_400_without_body(params: dict[str, str]) -> None:
    async with sandbox("etrusted") as client:
        response = await client.get(LIST, params=params)
    assert response.status_code == 400
    assert response.content == b""


async def test_etrusted_dataset_includes_statements() -> None:
    async with sandbox("etrusted", reviews=300) as client:
        full = (await client.get("/channels/c/customer-reviews?count=1000&ignoreStatements=false")).json()["items"]
        dataset = (await client.get("/_sandbox/dataset?scope=c")).json()["reviews"]
    assert dataset == [{"id": r["id"], "updated_at": r["updatedAt"]} for r in full]


async def test_etrusted_churn_edits_reviews() -> None:
    async with sandbox("etrusted", reviews=80) as client:
        churned = (await client.post("/_sandbox/churn?scope=c&add=2&update=3")).json()
        query = "ignoreStatements=false&orderBy"
        newest = (await client.get(f"/channels/c/customer-reviews?count=5&{query}=updatedAt")).json()["items"]
        latest = (await client.get(f"/channels/c/customer-reviews?count=5&{query}=editedAt")).json()["items"]
    assert {r["id"] for r in newest} == set(churned["added"]) | set(churned["updated"])
    # Never-edited reviews sort by their submission, so the two new ones are among the latest too.
    assert {r["id"] for r in latest} == set(churned["added"]) | set(churned["updated"])
    edited = [r for r in latest if "editedAt" in r]
    assert {r["id"] for r in edited} == set(churned["updated"])
    assert all(r["originalReview"] and r["editedAt"] == r["updatedAt"] for r in edited)


async def test_stats_count_requests_and_tokens() -> None:
    async with sandbox("etrusted") as client:
        for _ in range(3):
            await client.get("/channels/c/customer-reviews?count=1")
        stats = (await client.get("/_sandbox/stats")).json()
    assert stats == {
        "faults": {"429": 0, "500": 0, "502": 0, "503": 0, "drop": 0, "slow": 0},
        "requests": 4,
        "token_requests": 1,
    }


ETRUSTED_LIST = "/channels/chl-1/customer-reviews"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nonsense"}, basic("sandbox-client", "x")])
async def test_etrusted_api_rejects_without_a_token_and_without_body(headers: dict[str, str]) -> None:
    async with client_for(create_app("etrusted")) as client:
        for method, url in [
            ("GET", ETRUSTED_LIST),
            ("GET", f"{ETRUSTED_LIST}/rev-x"),
            ("POST", f"{ETRUSTED_LIST}/rev-x/vetos"),
        ]:
            response = await client.request(method, url, headers=headers)
            assert response.status_code == 401
            assert response.content == b""


async def test_etrusted_token_grant() -> None:
    async with client_for(create_app("etrusted", token_ttl=120)) as client:
        response = await client.post("/oauth/token", data=ETRUSTED_FORM)
        assert response.status_code == 200
        body = response.json()
        assert body["token_type"] == "Bearer"
        assert body["expires_in"] == 120
        assert isinstance(body["access_token"], str) and len(body["access_token"]) >= 32
        listed = await client.get(ETRUSTED_LIST, headers={"Authorization": f"Bearer {body['access_token']}"})
        assert listed.status_code == 200


@pytest.mark.parametrize(
    ("form", "status", "error"),
    [
        ({**ETRUSTED_FORM, "client_secret": "wrong"}, 401, "invalid_client"),
        ({**ETRUSTED_FORM, "client_id": "someone-else"}, 401, "invalid_client"),
        ({**ETRUSTED_FORM, "grant_type": "password"}, 400, "unsupported_grant_type"),
        ({k: v for k, v in ETRUSTED_FORM.items() if k != "grant_type"}, 400, "invalid_request"),
        ({k: v for k, v in ETRUSTED_FORM.items() if k != "client_secret"}, 400, "invalid_request"),
        ({**ETRUSTED_FORM, "audience": "https://elsewhere.example"}, 400, "invalid_request"),
        ({k: v for k, v in ETRUSTED_FORM.items() if k != "audience"}, 400, "invalid_request"),
    ],
)
async def test_etrusted_token_errors(form: dict[str, str], status: int, error: str) -> None:
    async with client_for(create_app("etrusted")) as client:
        response = await client.post("/oauth/token", data=form)
    assert response.status_code == status
    assert response.json()["error"] == error
    assert "access_token" not in response.json()


async def test_etrusted_token_request_must_be_form_encoded() -> None:
    async with client_for(create_app("etrusted")) as client:
        response = await client.post("/oauth/token", json=ETRUSTED_FORM)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


async def test_etrusted_token_expires() -> None:
    app = create_app("etrusted", token_ttl=0.2)
    now = [1000.0]
    app.state.sandbox.tokens.clock = lambda: now[0]  # time moved by the test, not waited through
    async with client_for(app) as client:
        token = await etrusted_token(client)
        headers = {"Authorization": f"Bearer {token}"}
        assert (await client.get(ETRUSTED_LIST, headers=headers)).status_code == 200
        now[0] += 0.3
        expired = await client.get(ETRUSTED_LIST, headers=headers)
        assert expired.status_code == 401
        assert expired.content == b""
        fresh = {"Authorization": f"Bearer {await etrusted_token(client)}"}
        assert (await client.get(ETRUSTED_LIST, headers=fresh)).status_code == 200
    assert app.state.sandbox.stats.token_requests == 2


async def test_429_has_retry_after_and_no_body() -> None:
    await assert_429("etrusted", "/channels/c/customer-reviews", {}, None)


async def test_faults_hit_every_api_route_but_never_admin_routes() -> None:
    app = create_app("etrusted", fault_rate=1.0, slow_ms=1)
    kinds: Counter[str] = Counter()
    async with client_for(app) as client:
        for _ in range(30):
            try:
                response = await client.post("/oauth/token", data={})
                kinds[str(response.status_code)] += 1
            except httpx.RemoteProtocolError:
                kinds["drop"] += 1
        for route in ("/_sandbox/stats", "/_sandbox/dataset"):
            assert (await client.get(route)).status_code == 200
        assert (await client.post("/_sandbox/churn?add=1")).status_code == 200
        stats = (await client.get("/_sandbox/stats")).json()
    assert stats["requests"] == 30
    assert sum(stats["faults"].values()) == 30
    # A slow fault still answers (here: 400, the form is empty); every other request failed.
    assert kinds["400"] == stats["faults"]["slow"]


@PROPERTY_SETTINGS
@given(
    size=SIZES,
    seed=SEEDS,
    count=st.integers(min_value=1, max_value=40),
    order=st.sampled_from([None, "submittedAt", "updatedAt", "editedAt"]),
    ratings=st.lists(st.integers(min_value=1, max_value=5), max_size=3, unique=True),
    has_reply=st.sampled_from([None, "true", "false"]),
    ignore_statements=st.sampled_from([None, "true", "false"]),
)
def test_etrusted_cursors(
    size: int,
    seed: int,
    count: int,
    order: str | None,
    ratings: list[int],
    has_reply: str | None,
    ignore_statements: str | None,
) -> None:
    params = {"count": str(count)}
    if order:
        params["orderBy"] = order
    if ratings:
        params["rating"] = ",".join(map(str, ratings))
    if has_reply:
        params["hasReply"] = has_reply
    if ignore_statements:
        params["ignoreStatements"] = ignore_statements
    query = "&".join(f"{k}={v}" for k, v in params.items())

    def sort_key(review: dict[str, Any]) -> tuple[int, str]:
        field = {None: "submittedAt", "submittedAt": "submittedAt", "updatedAt": "updatedAt", "editedAt": "editedAt"}
        return ms(review.get(field[order]) or review["submittedAt"]), review["id"]

    async def check() -> None:
        async with sandbox("etrusted", reviews=size, seed=seed) as client:
            walked = await walk_etrusted(client, f"/channels/c-{seed}/customer-reviews?{query}")
            full = (
                await client.get(
                    f"/channels/c-{seed}/customer-reviews", params={"count": 1000, "ignoreStatements": "false"}
                )
            ).json()["items"]
            # Walking back with the previous links from the last page gives the same pages in reverse.
            backward: list[dict[str, Any]] = []
            if walked:
                last_id = walked[-1]["id"]
                page = (await client.get(f"/channels/c-{seed}/customer-reviews?{query}&after={last_id}")).json()
                assert page["items"] == [] and page["paging"]["links"]["next"] == ""
                previous = f"/channels/c-{seed}/customer-reviews?{query}&before={walked[-1]['id']}"
                backward = walked[-1:]
                while previous:
                    page = (await client.get(previous)).json()
                    backward = page["items"] + backward
                    previous = page["paging"]["links"]["previous"]
        assert len(full) == size
        expected = [
            r
            for r in full
            if (not ratings or r["rating"] in ratings)
            and (has_reply is None or (r["reply"] is not None) == (has_reply == "true"))
            and (ignore_statements == "false" or r["feedbackType"] == "REVIEW")
        ]
        expected.sort(key=sort_key, reverse=True)
        assert_once(walked, expected)
        assert backward == walked

    run(check)


async def etrusted_token(client: httpx.AsyncClient) -> str:
    response = await client.post("/oauth/token", data=ETRUSTED_FORM)
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


async def walk_etrusted(client: httpx.AsyncClient, url: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    next_url: str | None = url
    while next_url:
        response = await client.get(next_url)
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["items"]
        next_url = body["paging"]["links"]["next"]
        assert bool(next_url) == bool(body["paging"]["cursor"]["after"])
    return items


ETRUSTED_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


async def test_etrusted_formats() -> None:
    async with sandbox("etrusted", reviews=200) as client:
        items = (await client.get("/channels/c/customer-reviews?count=1000&ignoreStatements=false")).json()["items"]
    for item in items:
        for field in ("createdAt", "updatedAt", "submittedAt"):
            assert ETRUSTED_STAMP.fullmatch(item[field])
        assert re.fullmatch(r"rev-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", item["id"])
        assert item["createdAt"] >= item["submittedAt"] and item["updatedAt"] >= item["createdAt"]
        assert item["submittedAt"] < "2025-03-01"
    assert {i["state"] for i in items} == {"APPROVED", "MODERATION", "REJECTED", "SUBMITTED", "DISCARDED"}
    assert {i["verificationType"] for i in items} == {"VERIFIED", "UNDEFINED"}
    assert any(i["customer"]["mobile"] is None for i in items) and any(i["customer"]["mobile"] for i in items)
    assert len({i["submittedAt"][:4] for i in items}) >= 5


async def test_a_leap_day_is_taken() -> None:
    async with sandbox("etrusted", reviews=1) as client:
        params = {"channels": "example.com", "submittedAfter": "2024-02-29T00:00:00.000Z"}
        assert (await client.get("/reviews", params=params)).status_code == 200


async def _fuzz_headers(client: httpx.AsyncClient) -> dict[str, str]:
    return {"Authorization": f"Bearer {await etrusted_token(client)}"}


def _fuzz_error_shape(url: str, response: httpx.Response) -> bool:
    # The API answers errors with no body; the token endpoint in OAuth's shape.
    return "error" in response.json() if url.startswith("/oauth") else response.content == b""


#: what test_sandbox_input.py sends this sandbox
FUZZ = Fuzz(
    routes=[
        ("GET", "/channels/{scope}/customer-reviews"),
        ("GET", "/channels/{scope}/customer-reviews/{scope}"),
        ("POST", "/channels/{scope}/customer-reviews/{scope}/vetos"),
        ("POST", "/oauth/token"),
    ],
    headers=_fuzz_headers,
    error_shape=_fuzz_error_shape,
)
