"""Schemathesis against the trustpilot sandbox, in-process: the spec's operations, all checks.

Each operation gets the credentials its security names: the token request the API key and secret as
HTTP Basic, finding a business unit the ``apikey`` header, the private operations the bearer token.
"""

from __future__ import annotations

import base64

import schemathesis

from tests.contract.sandbox_schemas import SCHEMA, SETTINGS, run_stateful_in_own_process

PROVIDER = "trustpilot"
BASIC = {"Authorization": "Basic " + base64.b64encode(b"sandbox-key:sandbox-secret").decode()}
API_KEY = {"apikey": "sandbox-key"}


def headers_for(case: schemathesis.Case, bearer: dict[str, str]) -> dict[str, str]:
    if case.operation.path.startswith("/v1/oauth/"):
        return BASIC
    if case.operation.path == "/v1/business-units/find":
        return API_KEY
    return bearer


@SCHEMA.parametrize()
@SETTINGS
def test_operations(case: schemathesis.Case, sandbox_headers: dict[str, str]) -> None:
    case.call_and_validate(headers=headers_for(case, sandbox_headers))


def test_stateful_links() -> None:
    # The spec's links: list -> get a review, reply to it -> read it back, delete the reply.
    run_stateful_in_own_process(PROVIDER)
