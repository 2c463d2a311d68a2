"""Schemathesis against the etrusted sandbox, in-process: the spec's operations, all checks."""

from __future__ import annotations

import schemathesis

from tests.contract.sandbox_schemas import SETTINGS, STATEFUL_SETTINGS, load, state_machine

schema, HEADERS = load("etrusted")


@schema.parametrize()
@SETTINGS
def test_operations(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=HEADERS)


def test_stateful_list_get_veto() -> None:
    # A sandbox of its own: the walk must start from the same data whatever ran before it (the
    # state machine's draws depend on the answers, so shared state makes hypothesis' replays flaky).
    fresh_schema, fresh_headers = load("etrusted")
    state_machine(fresh_schema, fresh_headers).run(settings=STATEFUL_SETTINGS)
