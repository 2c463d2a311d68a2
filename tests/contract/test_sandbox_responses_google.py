"""Everything the Google sandbox can answer validates against the spec's schemas: every review of every
location (churned, replied to, in each order), several locations at once, accounts, locations under
several read masks, tokens and errors (schemathesis samples only a few)."""

from __future__ import annotations

from typing import Any

import httpx
from reviewbridge_sandbox import client as sandbox

from tests.contract.test_sandbox_responses_valid import SIZE, check

GROUP = "118593756498454845969"
HOME = f"accounts/{GROUP}/locations/14288824811503993636"
GRANT = {
    "grant_type": "refresh_token",
    "client_id": "sandbox-client",
    "client_secret": "sandbox-secret",
    "refresh_token": "sandbox-refresh",
}


async def pages(client: httpx.AsyncClient, url: str, **params: Any) -> list[dict[str, Any]]:
    """Every page of a list, following ``nextPageToken`` (at most 100 pages)."""
    found: list[dict[str, Any]] = []
    token = None
    for _ in range(100):
        body = (await client.get(url, params={**params, **({"pageToken": token} if token else {})})).json()
        found.append(body)
        token = body.get("nextPageToken")
        if token is None:
            return found
    raise AssertionError("the list did not end")


async def test_google() -> None:
    async with sandbox("google", reviews=SIZE, quota=0) as client:
        await client.post("/_sandbox/churn", params={"scope": HOME, "add": 5, "update": 40, "delete": 3})
        listed = {order: await pages(client, f"/v4/{HOME}/reviews", orderBy=order, pageSize=50)
                  for order in ("updateTime desc", "rating", "rating desc")}  # fmt: skip
        first = listed["updateTime desc"][0]["reviews"][0]
        reply = await client.put(f"/v4/{first['name']}/reply", json={"comment": "Thank you, see you soon!"})
        one = (await client.get(f"/v4/{first['name']}")).json()
        batch = (
            await client.post(f"/v4/accounts/{GROUP}/locations:batchGetReviews", json={"locationNames": [HOME]})
        ).json()
        empty = (await client.delete(f"/v4/{first['name']}/reply")).json()
        accounts = (await client.get("/v1/accounts")).json()
        masks = [
            (await client.get(f"/v1/accounts/{GROUP}/locations", params={"readMask": mask})).json()
            for mask in ("name", "name,title,storeCode", "storefrontAddress.locality,metadata,latlng,labels")
        ]
        token = (await client.post("/token", data=GRANT)).json()
        refused = [
            (await client.post("/token", data={**GRANT, **change})).json()
            for change in ({"refresh_token": "x"}, {"client_secret": "x"}, {"grant_type": "password"})
        ]
        errors = [
            await client.get(f"/v4/{HOME}/reviews/none"),
            await client.get(f"/v1/accounts/{GROUP}/locations"),
            await client.get("/v1/accounts", headers={"Authorization": "Bearer ya29.x"}),
            await client.get("/v4/accounts/1/locations/2/reviews"),
        ]
    assert all(sum(len(page.get("reviews", [])) for page in walk) == SIZE + 2 for walk in listed.values())
    for walk in listed.values():
        for page in walk:
            check("google", "ReviewList", page)
    check("google", "ReviewReply", reply.json())
    check("google", "Review", one)
    check("google", "BatchGetReviewsResponse", batch)
    assert empty == {}
    check("google", "AccountList", accounts)
    for page in masks:
        check("google", "LocationList", page)
    check("google", "AccessToken", token)
    for body in refused:
        check("google", "OAuthError", body)
    assert [e.status_code for e in errors] == [404, 400, 401, 403]
    for error in errors:
        check("google", "Error", error.json())


async def test_google_empty_answers() -> None:
    async with sandbox("google", reviews=0) as client:
        reviews = (await client.get(f"/v4/{HOME}/reviews")).json()
        batch = (
            await client.post(f"/v4/accounts/{GROUP}/locations:batchGetReviews", json={"locationNames": [HOME]})
        ).json()
        accounts = (await client.get("/v1/accounts", params={"filter": "type=ORGANIZATION"})).json()
    assert reviews == batch == accounts == {}
    check("google", "ReviewList", reviews)
    check("google", "BatchGetReviewsResponse", batch)
    check("google", "AccountList", accounts)
