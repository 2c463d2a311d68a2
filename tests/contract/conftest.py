"""The schemathesis modules' sandbox, built when a module's first test runs rather than at collection.

A module names its ``PROVIDER``; its operations test takes ``SCHEMA`` (``sandbox_schemas``), which reads
the ``sandbox_schema`` fixture below when it runs: schemathesis then builds each operation's cases (its
coverage cases are the costly part) in the one process that runs the test, not in every process that
collects the suite.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.contract.sandbox_schemas import load


@pytest.fixture(scope="module")
def sandbox_api(request: pytest.FixtureRequest) -> tuple[Any, dict[str, str]]:
    """The module's ``PROVIDER``: its spec bound to a fresh in-process sandbox, and the headers to send."""
    return load(request.module.PROVIDER)


@pytest.fixture(scope="module")
def sandbox_schema(sandbox_api: tuple[Any, dict[str, str]]) -> Any:
    return sandbox_api[0]


@pytest.fixture(scope="module")
def sandbox_headers(sandbox_api: tuple[Any, dict[str, str]]) -> dict[str, str]:
    return sandbox_api[1]


@pytest.fixture(autouse=True)
def _node_id_for_lazy_schemas(request: pytest.FixtureRequest) -> None:
    """schemathesis's lazy schemas (4.32) read and set ``item._nodeid`` to name each operation's subtest,
    an attribute pytest 9 no longer has: without it every lazy test fails with AttributeError. The
    subtests name their operation anyway (their label); pytest reads its own node id, untouched."""
    request.node._nodeid = request.node.nodeid
