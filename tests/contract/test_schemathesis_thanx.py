"""Schemathesis against the thanx sandbox, in-process: the spec's operations, all checks."""

from __future__ import annotations

import schemathesis

from tests.contract.sandbox_schemas import SETTINGS, load

schema, HEADERS = load("thanx")


@schema.parametrize()
@SETTINGS
def test_operations(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=HEADERS)
