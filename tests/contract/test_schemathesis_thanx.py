"""Schemathesis against the thanx sandbox, in-process: the spec's operations, all checks."""

from __future__ import annotations

import schemathesis

from tests.contract.sandbox_schemas import SCHEMA, SETTINGS, run_stateful_in_own_process

PROVIDER = "thanx"


@SCHEMA.parametrize()
@SETTINGS
def test_operations(case: schemathesis.Case, sandbox_headers: dict[str, str]) -> None:
    case.call_and_validate(headers=sandbox_headers)


def test_stateful_list_respond() -> None:
    # Links (inferred by schemathesis from the path parameter): list -> respond, respond again (409).
    run_stateful_in_own_process(PROVIDER)
