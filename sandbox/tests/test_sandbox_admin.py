"""``/_sandbox/dataset``, ``/_sandbox/churn`` and ``/_sandbox/stats``."""

from __future__ import annotations

from _support import sandbox
from test_sandbox_testfreaks import walk_testfreaks


async def test_dataset_matches_what_the_api_lists() -> None:
    async with sandbox("testfreaks", reviews=40) as client:
        listed = (await client.get("/v1/reviews?client_id=shop")).json()["data"]
        dataset = (await client.get("/_sandbox/dataset?scope=shop")).json()["reviews"]
    assert dataset == [{"id": r["id"], "updated_at": r["updated_at"]} for r in listed]


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


async def test_churn_is_deterministic_for_a_seed() -> None:
    results = []
    for _ in range(2):
        async with sandbox("testfreaks", reviews=50, seed=9) as client:
            results.append((await client.post("/_sandbox/churn?add=2&update=3")).json())
    assert results[0] == results[1]
