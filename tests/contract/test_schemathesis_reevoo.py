"""Schemathesis against the reevoo sandbox, in-process: the spec's operations, all checks."""

from __future__ import annotations

import schemathesis

from tests.contract.sandbox_schemas import SETTINGS, load

schema, HEADERS = load("reevoo")


@schema.parametrize()
@SETTINGS
def test_operations(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=HEADERS)
