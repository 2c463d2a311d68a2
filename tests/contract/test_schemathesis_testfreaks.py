"""Schemathesis against the testfreaks sandbox, in-process: the spec's operations, all checks."""

from __future__ import annotations

import schemathesis

from tests.contract.sandbox_schemas import SETTINGS, load, run_stateful_in_own_process

schema, HEADERS = load("testfreaks")


@schema.parametrize()
@SETTINGS
def test_operations(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=HEADERS)


def test_stateful_create_get_update_delete() -> None:
    run_stateful_in_own_process("testfreaks")
