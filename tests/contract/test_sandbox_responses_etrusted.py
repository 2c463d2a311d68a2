"""Every review the eTrusted sandbox can generate (its /reviews family included) validates against its spec."""

from __future__ import annotations

from reviewbridge_sandbox import client as sandbox

from tests.contract.test_sandbox_responses_valid import SIZE, check

ETRUSTED_FORM = {
    "grant_type": "client_credentials",
    "client_id": "sandbox-client",
    "client_secret": "sandbox-secret",
    "audience": "https://api.etrusted.com",
}


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
