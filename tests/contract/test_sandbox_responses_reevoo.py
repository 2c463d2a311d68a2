"""Every review the Reevoo sandbox can generate validates against its spec's response schemas."""

from __future__ import annotations

from reviewbridge_sandbox import client as sandbox

from tests.contract.test_sandbox_responses_valid import SIZE, check


async def test_reevoo() -> None:
    async with sandbox("reevoo", reviews=SIZE) as client:
        await client.post("/_sandbox/churn?scope=ABC&add=5&update=5")
        body = (await client.get("/v4/organisations/ABC/customer_experience_reviews?older_reviews=true")).json()
        dataset = (await client.get("/_sandbox/dataset?scope=ABC")).json()["reviews"]
        detail = (await client.get(f"/v4/customer_experience_reviews/{dataset[0]['id']}?trkref=ABC")).json()
        error = (await client.get("/v4/customer_experience_reviews/nope")).json()
    assert len(body["customer_experience_reviews"]) == SIZE + 5
    check("reevoo", "CustomerExperienceReviewList", body)
    check("reevoo", "CustomerExperienceReviewDetail", detail)
    check("reevoo", "Error", error)
