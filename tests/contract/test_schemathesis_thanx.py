"""Schemathesis against the thanx sandbox, in-process: the spec's operations, all checks."""

from __future__ import annotations

import schemathesis

from tests.contract.sandbox_schemas import SETTINGS, load, run_stateful_in_own_process

schema, HEADERS = load("thanx")


@schema.parametrize()
@SETTINGS
def test_operations(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=HEADERS)


def test_stateful_list_respond() -> None:
    # Links (inferred by schemathesis from the path parameter): list -> respond, respond again (409).
    run_stateful_in_own_process("thanx")
