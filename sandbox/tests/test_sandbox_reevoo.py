"""Reevoo sandbox: moving window vs older reviews, branch filter, detail by content-derived id."""

from __future__ import annotations

import datetime as dt
import hashlib

import httpx
import pytest
from _support import Fuzz, basic, client_for, sandbox
from hypothesis import given
from hypothesis import strategies as st
from reviewbridge_sandbox import create_app
from reviewbridge_sandbox._faults import FAULT_KINDS, LIAR_KINDS, FaultInjector, Stats
from reviewbridge_sandbox._reevoo_id import reevoo_review_id
from reviewbridge_sandbox._settings import Settings
from test_sandbox_faults import assert_429
from test_sandbox_pagination_properties import PROPERTY_SETTINGS, SEEDS, SIZES, run

#: the list of scope "shop", every review of it (test_sandbox_data.py reads it)
LIST_URL = "/v4/organisations/shop/customer_experience_reviews?older_reviews=true"

LIST = "/v4/organisations/ABC/customer_experience_reviews"


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


async def test_default_is_the_moving_window_older_reviews_is_everything() -> None:
    async with sandbox("reevoo", reviews=300) as client:
        everything = (await client.get(LIST, params={"older_reviews": "true"})).json()["customer_experience_reviews"]
        recent = (await client.get(LIST)).json()["customer_experience_reviews"]
        explicit = (await client.get(LIST, params={"older_reviews": "false"})).json()["customer_experience_reviews"]
    assert len(everything) == 300
    assert recent == explicit
    newest = max(day(r["publish_date"]) for r in everything)
    in_window = [r for r in everything if newest - day(r["publish_date"]) <= dt.timedelta(days=90)]
    assert 0 < len(recent) < len(everything)
    assert recent == in_window
    dates = [r["publish_date"] for r in everything]
    assert dates == sorted(dates, reverse=True)


async def test_items_look_like_the_documentation() -> None:
    async with sandbox("reevoo", reviews=200) as client:
        items = (await client.get(LIST, params={"older_reviews": "true"})).json()["customer_experience_reviews"]
    keys = {"good_points", "bad_points", "general_comments", "would_buy_again", "happy_with_delivery"}
    for item in items:
        assert "id" not in item
        assert keys <= {r["display_key"] for r in item["responses"]}
        assert item["nps_score"] is None or 0 <= item["nps_score"] <= 10
        assert len(item["publish_date"]) == 10
    assert any(item["fast_responses"] for item in items)
    assert any(item["branch_attribution"] is None for item in items)
    assert any(item["delivery_date"] is None for item in items)
    assert len({reevoo_review_id(item) for item in items}) == len(items)
    years = {item["publish_date"][:4] for item in items}
    assert len(years) >= 4


async def test_branch_filter() -> None:
    async with sandbox("reevoo", reviews=300) as client:
        everything = (await client.get(LIST, params={"older_reviews": "true"})).json()["customer_experience_reviews"]
        branch = next(r["branch_attribution"]["branch_code"] for r in everything if r["branch_attribution"])
        filtered = await client.get(LIST, params={"older_reviews": "true", "branch_code": branch})
        unknown = await client.get(LIST, params={"older_reviews": "true", "branch_code": "NOPE"})
    expected = [r for r in everything if (r["branch_attribution"] or {}).get("branch_code") == branch]
    assert filtered.json()["customer_experience_reviews"] == expected
    assert unknown.json() == {"customer_experience_reviews": []}


async def test_detail_by_content_derived_id() -> None:
    async with sandbox("reevoo") as client:
        item = (await client.get(LIST, params={"older_reviews": "true"})).json()["customer_experience_reviews"][3]
        review_id = reevoo_review_id(item)
        dataset = (await client.get("/_sandbox/dataset", params={"scope": "ABC"})).json()["reviews"]
        assert review_id in {r["id"] for r in dataset}
        detail = await client.get(f"/v4/customer_experience_reviews/{review_id}", params={"trkref": "ABC"})
        assert detail.status_code == 200
        assert detail.json() == {"id": review_id, **item}
        # Without trkref every organisation seen so far is searched.
        assert (await client.get(f"/v4/customer_experience_reviews/{review_id}")).status_code == 200
        wrong_org = await client.get(f"/v4/customer_experience_reviews/{review_id}", params={"trkref": "XYZ"})
        assert wrong_org.status_code == 404
        assert wrong_org.json()["status"] == 404
        missing = await client.get("/v4/customer_experience_reviews/rv-000000000000000000000000")
        assert missing.status_code == 404


async def test_detail_respects_branch_code() -> None:
    async with sandbox("reevoo") as client:
        items = (await client.get(LIST, params={"older_reviews": "true"})).json()["customer_experience_reviews"]
        item = next(i for i in items if i["branch_attribution"])
        review_id = reevoo_review_id(item)
        code = item["branch_attribution"]["branch_code"]
        url = f"/v4/customer_experience_reviews/{review_id}"
        assert (await client.get(url, params={"trkref": "ABC", "branch_code": code})).status_code == 200
        assert (await client.get(url, params={"trkref": "ABC", "branch_code": "OTHER"})).status_code == 404


async def test_bad_boolean_is_a_reevoo_400() -> None:
    async with sandbox("reevoo") as client:
        response = await client.get(LIST, params={"older_reviews": "yes"})
    assert response.status_code == 400
    assert response.json()["status"] == 400
    assert "older_reviews" in response.json()["message"]


async def test_each_trkref_has_its_own_reviews() -> None:
    async with sandbox("reevoo", reviews=20) as client:
        a = (await client.get(LIST, params={"older_reviews": "true"})).json()
        b = (await client.get(LIST.replace("ABC", "DEF"), params={"older_reviews": "true"})).json()
        again = (await client.get(LIST, params={"older_reviews": "true"})).json()
    assert a == again
    assert a != b
    assert len(b["customer_experience_reviews"]) == 20


def test_review_id_follows_the_documented_rule() -> None:
    item = {"order_ref": "ABC-1", "nps_score": 9, "id": "ignored", "fast_responses": [{"response": "Thanks"}],
            "reviewer": {"location": "Zürich", "first_name": None}, "would_buy_again": True}  # fmt: skip
    canonical = (
        '{"nps_score":9,"order_ref":"ABC-1","reviewer":{"first_name":null,"location":"Zürich"},"would_buy_again":true}'
    )
    assert reevoo_review_id(item) == "rv-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:24]
    assert reevoo_review_id({**item, "fast_responses": []}) == reevoo_review_id(item)
    assert reevoo_review_id({**item, "nps_score": 8}) != reevoo_review_id(item)


async def test_reevoo_dataset_ids_are_content_ids() -> None:
    async with sandbox("reevoo", reviews=30) as client:
        items = (
            await client.get("/v4/organisations/example.com/customer_experience_reviews?older_reviews=true")
        ).json()
        dataset = (await client.get("/_sandbox/dataset")).json()["reviews"]
    assert [r["id"] for r in dataset] == [reevoo_review_id(i) for i in items["customer_experience_reviews"]]
    assert all(r["updated_at"].endswith("T00:00:00Z") for r in dataset)


async def test_reevoo_churn_replaces_content_ids() -> None:
    async with sandbox("reevoo", reviews=50) as client:
        before = {r["id"] for r in (await client.get("/_sandbox/dataset")).json()["reviews"]}
        churned = (await client.post("/_sandbox/churn?add=1&update=2")).json()
        after = {r["id"] for r in (await client.get("/_sandbox/dataset")).json()["reviews"]}
        recent = (await client.get("/v4/organisations/example.com/customer_experience_reviews")).json()
    olds = {pair["old"] for pair in churned["replaced"]}
    assert olds <= before and not olds & after
    assert set(churned["updated"]) | set(churned["added"]) <= after
    assert len(after) == 51
    # The new review is today's, so the moving window now ends today.
    assert reevoo_review_id(recent["customer_experience_reviews"][0]) == churned["added"][0]


REEVOO_LIST = "/v4/organisations/ABC/customer_experience_reviews"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        basic("demo_key", "wrong"),
        basic("other_key", "demo_secret"),
        {"Authorization": "Bearer demo_key"},
        {"Authorization": "Basic not-base64!"},
    ],
)
async def test_reevoo_rejects_bad_credentials(headers: dict[str, str]) -> None:
    async with client_for(create_app("reevoo")) as client:
        response = await client.get(REEVOO_LIST, headers=headers)
        assert response.status_code == 401
        assert response.json() == {"status": 401, "message": "Unauthorized"}
        detail = await client.get("/v4/customer_experience_reviews/rv-0", headers=headers)
        assert detail.status_code == 401


async def test_reevoo_accepts_demo_key() -> None:
    async with client_for(create_app("reevoo")) as client:
        response = await client.get(REEVOO_LIST, headers=basic("demo_key", "demo_secret"))
        assert response.status_code == 200


async def test_429_has_retry_after_and_the_provider_body() -> None:
    url = "/v4/organisations/A/customer_experience_reviews"
    await assert_429("reevoo", url, {"auth": ("demo_key", "demo_secret")}, {"status": 429})


def test_lies_only_to_gets_and_none_about_a_change_time_it_lacks() -> None:
    liar = FaultInjector(
        create_app("reevoo"), settings=Settings("reevoo", fault_rate=1.0, liars=True), stats=Stats(), error=None
    )  # type: ignore[arg-type]
    assert {liar.draw("POST") for _ in range(300)} <= set(FAULT_KINDS)
    assert "future" not in {liar.draw("GET") for _ in range(300)}  # Reevoo's records have no change time to lie about
    assert {liar.draw("GET") for _ in range(300)} & set(LIAR_KINDS)


@PROPERTY_SETTINGS
@given(size=SIZES, seed=SEEDS, older=st.sampled_from([None, "true", "false"]))
def test_reevoo_single_page(size: int, seed: int, older: str | None) -> None:
    async def check() -> None:
        async with sandbox("reevoo", reviews=size, seed=seed) as client:
            url = "/v4/organisations/ORG/customer_experience_reviews"
            listed = (await client.get(url, params={"older_reviews": older} if older else {})).json()
            everything = (await client.get(url, params={"older_reviews": "true"})).json()
            dataset = (await client.get("/_sandbox/dataset", params={"scope": "ORG"})).json()["reviews"]
        items = listed["customer_experience_reviews"]
        full = everything["customer_experience_reviews"]
        assert len(full) == size == len(dataset)
        dates = [r["publish_date"] for r in items]
        assert dates == sorted(dates, reverse=True)
        if older == "true":
            assert items == full
        else:
            newest = max((dt.date.fromisoformat(r["publish_date"]) for r in full), default=None)
            assert items == [
                r for r in full if newest and newest - dt.date.fromisoformat(r["publish_date"]) <= dt.timedelta(days=90)
            ]

    run(check)


async def _fuzz_headers(client: httpx.AsyncClient) -> dict[str, str]:
    return {"Authorization": "Basic ZGVtb19rZXk6ZGVtb19zZWNyZXQ="}


#: what test_sandbox_input.py sends this sandbox
FUZZ = Fuzz(
    routes=[
        ("GET", "/v4/organisations/{scope}/customer_experience_reviews"),
        ("GET", "/v4/customer_experience_reviews/{scope}"),
    ],
    headers=_fuzz_headers,
    error_shape=lambda url, response: response.json()["status"] == response.status_code,
)
