"""Schemathesis against the google sandbox, in-process: the spec's operations, all checks.

Google refuses with 400 (``INVALID_ARGUMENT``) some values the spec can only describe as free text: a
page token it did not issue, a read mask naming no field of a Location, a filter or a location order it
cannot read, and a reply over 4096 bytes of UTF-8 (a schema bounds characters, not bytes). The check
that valid data is accepted takes such a 400 when the case sends that field and the answer's message
names it; any other refusal of valid data still fails it.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.contract.sandbox_schemas import SCHEMA, SETTINGS, run_stateful_in_own_process

PROVIDER = "google"


@pytest.fixture(scope="module")
def sandbox_schema(sandbox_schema: Any) -> Any:
    # The run sends more than a minute's quota of requests; the quota has tests of its own (sandbox/tests).
    sandbox_schema.app.state.sandbox.quota.per_minute = 0
    return sandbox_schema


#: (where, field, what the refusal's message says) of the free-text fields the sandbox may refuse
FREE_TEXT = (
    ("query", "pageToken", "Invalid page token"),
    ("body", "pageToken", "Invalid page token"),
    ("query", "readMask", "readMask is required"),  # blanks only: no field at all
    ("query", "readMask", "Invalid field mask provided"),
    ("query", "filter", "Invalid filter"),
    ("query", "orderBy", "Invalid orderBy"),
    ("body", "comment", "comment is longer than 4096 bytes"),
)


def refuses_free_text(case: schemathesis.Case, status: int, body: Any) -> bool:
    """Whether the answer is the 400 of a free-text field the case sends (see FREE_TEXT)."""
    if status != 400 or not isinstance(body, dict) or not isinstance(body.get("error"), dict):
        return False
    message = str(body["error"].get("message", ""))
    sent = {"query": case.query or {}, "body": case.body if isinstance(case.body, dict) else {}}
    return any(field in sent[where] and message.startswith(says) for where, field, says in FREE_TEXT)


def accepts_valid_data(ctx: Any, response: Any, case: schemathesis.Case) -> bool | None:
    """``positive_data_acceptance``, but for the refusals of free text Google makes (see the module)."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if refuses_free_text(case, response.status_code, body):
        return None
    result: bool | None = positive_data_acceptance(ctx, response, case)
    return result


@SCHEMA.parametrize()
@SETTINGS
def test_operations(case: schemathesis.Case, sandbox_headers: dict[str, str]) -> None:
    case.call_and_validate(
        headers=sandbox_headers, excluded_checks=[positive_data_acceptance], additional_checks=[accepts_valid_data]
    )


def test_stateful_links() -> None:
    # The spec's links: list -> get a review, reply to it -> read it back, delete the reply.
    run_stateful_in_own_process(PROVIDER)
