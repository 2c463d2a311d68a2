"""Every Trustpilot review the sandbox can generate, churned and replied to, validates against the spec's
response schemas, as do its tokens, business units and errors (schemathesis samples only a few)."""

from __future__ import annotations

from typing import Any

import jsonschema
from reviewbridge_sandbox import client as sandbox

from tests.conftest import load_spec

SIZE = 600
LIST = "/v1/private/business-units/507f191e810c19729de860ea/reviews"
TOKEN = "/v1/oauth/oauth-business-users-for-applications/accesstoken"


def check(name: str, body: Any) -> None:
    spec = load_spec("trustpilot")
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


async def test_trustpilot() -> None:
    async with sandbox("trustpilot", reviews=SIZE) as client:
        await client.post("/_sandbox/churn?add=5&update=40&delete=3")
        pages = [(await client.get(f"{LIST}?perPage=100&page={page}")).json() for page in range(1, 9)]
        first = pages[0]["reviews"][0]["id"]
        await client.post(f"/v1/private/reviews/{first}/reply", json={"message": "Thank you", "submittedAt":
                          "2024-07-15T12:00:00"})  # fmt: skip
        one = (await client.get(f"/v1/private/reviews/{first}")).json()
        unit = (await client.get("/v1/business-units/find?name=example.com")).json()
        token = (await client.post(TOKEN, data={"grant_type": "client_credentials"}, auth=("sandbox-key",
                 "sandbox-secret"))).json()  # fmt: skip
        refused = (await client.post(TOKEN, data={"grant_type": "client_credentials"}, auth=("x", "y"))).json()
        missing = (await client.get("/v1/private/reviews/nope")).json()
    assert sum(len(p["reviews"]) for p in pages) == SIZE + 2 and pages[-1]["reviews"] == []
    for page in pages:
        check("PrivateReviewList", page)
    check("PrivateReview", one)
    check("BusinessUnit", unit)
    check("AccessToken", token)
    check("Error", refused)
    check("Error", missing)
