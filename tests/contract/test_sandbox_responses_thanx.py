"""Every feedback the Thanx sandbox can generate, and its answer to a response, validates against its spec."""

from __future__ import annotations

from typing import Any

import httpx
from reviewbridge_sandbox import client as sandbox

from tests.contract.test_sandbox_responses_valid import SIZE, check


async def walk_thanx(client: httpx.AsyncClient, url: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for page in range(1, 1000):
        body = (await client.get(f"{url}&page={page}")).json()
        records += body["feedbacks"]
        if page >= body["pagination"]["total_pages"]:
            break
    return records


async def test_thanx() -> None:
    async with sandbox("thanx", reviews=SIZE) as client:
        await client.post("/_sandbox/churn?scope=m&add=5&update=20")
        page = (await client.get("/partner/feedbacks?merchant_id=m&per_page=100")).json()
        records = await walk_thanx(client, "/partner/feedbacks?merchant_id=m&per_page=100")
        error = (await client.get("/partner/feedbacks")).json()
    assert len(records) == SIZE + 5
    check("thanx", "FeedbackList", page)
    check("thanx", "FeedbackList", {"feedbacks": records})
    check("thanx", "Error", error)


async def test_thanx_respond() -> None:
    async with sandbox("thanx", reviews=SIZE) as client:
        records = await walk_thanx(client, "/partner/feedbacks?merchant_id=m&per_page=100")
        unresponded = [r for r in records if r["response"] is None][:20]
        answers = [
            await client.post(f"/partner/feedbacks/{r['id']}/respond", json={"feedback": {"response": "Thank you"}})
            for r in unresponded
        ]
        refused = await client.post(
            f"/partner/feedbacks/{unresponded[0]['id']}/respond", json={"feedback": {"response": "x"}}
        )
    assert [a.status_code for a in answers] == [200] * len(unresponded) and refused.status_code == 409
    for answer in answers:
        check("thanx", "FeedbackEnvelope", answer.json())
    check("thanx", "Error", refused.json())
