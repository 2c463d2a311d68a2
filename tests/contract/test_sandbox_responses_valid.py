"""Every review a sandbox can generate validates against the spec's response schemas, formats included.

Schemathesis samples a few responses per run; these tests validate whole data sets (every optional
block requested, vetos and churned reviews included) with jsonschema directly.
"""

from __future__ import annotations

from typing import Any

import httpx
import jsonschema
import pytest
from reviewbridge_sandbox import client as sandbox

from tests.conftest import load_spec

SIZE = 600


def validator(provider: str, name: str) -> jsonschema.Draft202012Validator:
    spec = load_spec(provider)
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


ETRUSTED_FORM = {
    "grant_type": "client_credentials",
    "client_id": "sandbox-client",
    "client_secret": "sandbox-secret",
    "audience": "https://api.etrusted.com",
}


async def walk_thanx(client: httpx.AsyncClient, url: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for page in range(1, 1000):
        body = (await client.get(f"{url}&page={page}")).json()
        records += body["feedbacks"]
        if page >= body["pagination"]["total_pages"]:
            break
    return records


def check(provider: str, name: str, body: Any) -> None:
    errors = sorted(validator(provider, name).iter_errors(body), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


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


async def test_etrusted() -> None:
    async with sandbox("etrusted", reviews=SIZE) as client:
        await client.post("/_sandbox/churn?scope=c&add=5&update=20")
        first = (await client.get("/channels/c/customer-reviews?count=3")).json()["items"]
        veto = await client.post(
            f"/channels/c/customer-reviews/{first[0]['id']}/vetos", json={"comment": "x", "reason": "ABUSIVE"}
        )
        body = (
            await client.get(
                "/channels/c/customer-reviews",
                params={
                    "count": 1000,
                    "ignoreStatements": "false",
                    "additionalInformation": "VETO,ATTACHMENTS,ORIGINAL_REVIEW",
                },
            )
        ).json()
        one = (await client.get(f"/channels/c/customer-reviews/{first[1]['id']}")).json()
        token = (await client.post("/oauth/token", data=ETRUSTED_FORM)).json()
        bad = (await client.post("/oauth/token", data={**ETRUSTED_FORM, "client_secret": "no"})).json()
    assert len(body["items"]) == SIZE + 5
    check("etrusted", "CustomerReviewList", body)
    check("etrusted", "CustomerReview", one)
    check("etrusted", "ReviewVetoResponse", veto.json())
    check("etrusted", "AccessToken", token)
    check("etrusted", "OAuthError", bad)


@pytest.mark.parametrize("client_id", ["example.com", "shop-b"])
async def test_testfreaks(client_id: str) -> None:
    async with sandbox("testfreaks", reviews=SIZE) as client:
        await client.post(f"/_sandbox/churn?scope={client_id}&add=5&update=20")
        created = (
            await client.post(
                f"/v1/reviews?client_id={client_id}",
                json={"review": {"author": "Zoë", "score": 1, "images": [{"token": "t", "width": 10, "height": 20}]}},
            )
        ).json()
        body = (await client.get("/v1/reviews", params={"limit": 1000, "client_id": client_id})).json()
        error = (await client.get("/v1/reviews/nope")).json()
    assert len(body["data"]) == SIZE + 6
    check("testfreaks", "ReviewEnvelope", created)
    check("testfreaks", "ReviewList", body)
    check("testfreaks", "Error", error)
