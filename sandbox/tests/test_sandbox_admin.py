"""``/_sandbox/dataset``, ``/_sandbox/churn`` and ``/_sandbox/stats``."""

from __future__ import annotations

import pytest
from _support import sandbox, walk_testfreaks, walk_thanx
from reviewbridge_sandbox._reevoo_id import reevoo_review_id


async def test_dataset_matches_what_the_api_lists() -> None:
    async with sandbox("testfreaks", reviews=40) as client:
        listed = (await client.get("/v1/reviews?client_id=shop")).json()["data"]
        dataset = (await client.get("/_sandbox/dataset?scope=shop")).json()["reviews"]
    assert dataset == [{"id": r["id"], "updated_at": r["updated_at"]} for r in listed]


async def test_etrusted_dataset_includes_statements() -> None:
    async with sandbox("etrusted", reviews=300) as client:
        full = (await client.get("/channels/c/customer-reviews?count=1000&ignoreStatements=false")).json()["items"]
        dataset = (await client.get("/_sandbox/dataset?scope=c")).json()["reviews"]
    assert dataset == [{"id": r["id"], "updated_at": r["updatedAt"]} for r in full]


async def test_reevoo_dataset_ids_are_content_ids() -> None:
    async with sandbox("reevoo", reviews=30) as client:
        items = (
            await client.get("/v4/organisations/example.com/customer_experience_reviews?older_reviews=true")
        ).json()
        dataset = (await client.get("/_sandbox/dataset")).json()["reviews"]
    assert [r["id"] for r in dataset] == [reevoo_review_id(i) for i in items["customer_experience_reviews"]]
    assert all(r["updated_at"].endswith("T00:00:00Z") for r in dataset)


async def test_testfreaks_churn_shows_up_in_an_incremental_walk() -> None:
    async with sandbox("testfreaks", reviews=100) as client:
        before = await walk_testfreaks(client, "/v1/reviews?limit=30")
        watermark = max(r["updated_at"] for r in before)
        churned = (await client.post("/_sandbox/churn", params={"add": 3, "update": 5})).json()
        assert churned["scope"] == "example.com" and len(churned["added"]) == 3 and len(churned["updated"]) == 5
        since = await walk_testfreaks(client, f"/v1/reviews?limit=4&updated_after={watermark}")
        after = await walk_testfreaks(client, "/v1/reviews?limit=30")
    assert {r["id"] for r in since} == set(churned["added"]) | set(churned["updated"])
    assert len(after) == 103
    changed = {r["id"]: r for r in after if r["id"] in churned["updated"]}
    old = {r["id"]: r for r in before}
    assert all(changed[i]["extract"] != old[i]["extract"] or changed[i]["score"] != old[i]["score"] for i in changed)


async def test_thanx_churn() -> None:
    async with sandbox("thanx", reviews=80) as client:
        churned = (await client.post("/_sandbox/churn?scope=m&add=2&update=4")).json()
        records = await walk_thanx(client, "/partner/feedbacks?merchant_id=m&per_page=100")
    assert len(records) == 82
    touched = set(churned["added"]) | set(churned["updated"])
    assert {r["id"] for r in records[-6:]} == touched  # the newest changes come last


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


async def test_churn_is_deterministic_for_a_seed() -> None:
    results = []
    for _ in range(2):
        async with sandbox("testfreaks", reviews=50, seed=9) as client:
            results.append((await client.post("/_sandbox/churn?add=2&update=3")).json())
    assert results[0] == results[1]


@pytest.mark.parametrize("query", ["add=-1", "update=x", "add=1000001", "delete=-2"])
async def test_churn_rejects_bad_numbers(query: str) -> None:
    async with sandbox("thanx") as client:
        response = await client.post(f"/_sandbox/churn?{query}")
    assert response.status_code == 400
    assert "error" in response.json()


async def test_churn_refuses_to_delete_where_the_sandbox_cannot() -> None:
    async with sandbox("thanx", reviews=10) as client:
        response = await client.post("/_sandbox/churn?scope=m&add=1&delete=1")
        records = await walk_thanx(client, "/partner/feedbacks?merchant_id=m&per_page=100")
    assert response.status_code == 400
    assert response.json() == {"error": "the thanx sandbox cannot delete reviews"}
    assert len(records) == 10  # refused as a whole: nothing was added either


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
