"""Schemathesis against the reevoo sandbox, in-process: the spec's operations, all checks."""

from __future__ import annotations

import schemathesis

from tests.contract.sandbox_schemas import SCHEMA, SETTINGS

PROVIDER = "reevoo"


@SCHEMA.parametrize()
@SETTINGS
def test_operations(case: schemathesis.Case, sandbox_headers: dict[str, str]) -> None:
    case.call_and_validate(headers=sandbox_headers)
