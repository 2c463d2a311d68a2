"""Schemathesis against the testfreaks sandbox, in-process: the spec's operations, all checks."""

from __future__ import annotations

import schemathesis

from tests.contract.sandbox_schemas import SCHEMA, SETTINGS, run_stateful_in_own_process

PROVIDER = "testfreaks"


@SCHEMA.parametrize()
@SETTINGS
def test_operations(case: schemathesis.Case, sandbox_headers: dict[str, str]) -> None:
    case.call_and_validate(headers=sandbox_headers)


def test_stateful_create_get_update_delete() -> None:
    run_stateful_in_own_process(PROVIDER)
