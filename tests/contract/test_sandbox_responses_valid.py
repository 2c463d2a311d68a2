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
    check("testfreaks", "SingleReview", created)
    check("testfreaks", "ReviewList", body)
    check("testfreaks", "Error", error)


async def test_etrusted_reviews_family() -> None:
    async with sandbox("etrusted", reviews=SIZE) as client:
        await client.post("/_sandbox/churn?scope=c&add=5&update=20")
        first, second = (await client.get("/reviews?channels=c&count=2")).json()["items"]
        veto = await client.post(
            f"/reviews/{first['id']}/vetos", json={"comment": "x", "reason": "INAPPROPRIATE_IMAGE"}
        )
        await client.post(f"/reviews/{first['id']}/reply", json={"comment": "Thanks", "sendNotification": True})
        await client.post(f"/reviews/{second['id']}/reply", json={"comment": "Sorry"})
        await client.delete(f"/reviews/{second['id']}/reply")
        params = {"ignoreStatements": "false", "additionalInformation": "VETO,ATTACHMENTS"}
        account = (await client.get("/reviews", params={"count": 1000, **params})).json()
        channel = (await client.get("/reviews", params={"channels": "c", "count": 1000, **params})).json()
        minimal = (await client.get("/reviews-minimal", params={"channels": "c,d", "count": 5000, **params})).json()
        whole = (await client.get("/reviews-minimal", params={"count": 5000, "ignoreStatements": "false"})).json()
        count = (await client.get("/reviews/count", params={"channels": "c,d", "hasReply": "true"})).json()
        one = (await client.get(f"/reviews/{first['id']}")).json()
        read_back = (await client.get(f"/reviews/{first['id']}/vetos")).json()
    assert len(channel["items"]) == SIZE + 5 and len(minimal["items"]) == 2 * SIZE + 5
    assert len(account["items"]) == 1000 and len(whole["items"]) == 3 * SIZE
    for body in (account, channel):
        check("etrusted", "CustomerReviewList", body)
    check("etrusted", "MinimalReviewList", minimal)
    check("etrusted", "MinimalReviewList", whole)
    check("etrusted", "ReviewsCount", count)
    check("etrusted", "CustomerReview", one)
    check("etrusted", "ReviewVetoResponse", veto.json())
    check("etrusted", "ReviewVetoResponse", read_back)


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
