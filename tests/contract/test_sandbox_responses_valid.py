"""Every review a sandbox can generate validates against the spec's response schemas, formats included.

Schemathesis samples a few responses per run; these tests validate whole data sets (every optional
block requested, vetos and churned reviews included) with jsonschema directly.
"""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from reviewbridge_sandbox import client as sandbox

from tests.conftest import load_spec

SIZE = 600


def validator(provider: str, name: str) -> jsonschema.Draft202012Validator:
    spec = load_spec(provider)
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def check(provider: str, name: str, body: Any) -> None:
    errors = sorted(validator(provider, name).iter_errors(body), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


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
