"""The project's own specs, loaded by schemathesis and pointed at an in-process sandbox (ASGI).

Each provider's sandbox gets the credentials it documents, every built-in check runs, positive and
negative data are generated, and the run is derandomized so CI sees the same cases on every push.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import hypothesis
import schemathesis
import yaml
from reviewbridge_sandbox import create_app
from schemathesis import GenerationMode

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
BASE_URL = "http://127.0.0.1"
REVIEWS = 60
MAX_EXAMPLES = 50
SETTINGS = hypothesis.settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(hypothesis.HealthCheck),
    max_examples=MAX_EXAMPLES,
)
#: what each module's operations test is parametrized with: the ``sandbox_schema`` fixture's schema (see
#: conftest.py), read when the test runs; it runs every operation as a subtest of its own
SCHEMA = schemathesis.pytest.from_fixture("sandbox_schema")
STATEFUL_SETTINGS = hypothesis.settings(
    SETTINGS,
    max_examples=25,
    stateful_step_count=6,
)


def credentials(app: Any, spec: dict[str, Any]) -> dict[str, str]:
    """Headers carrying the sandbox credentials the provider documents (the sandbox's own, fetching a token
    first where its clients do), less those the spec declares as header parameters (schemathesis generates
    those, invalid ones too, and a fixed value would hide them) and keys of public operations."""

    async def headers() -> dict[str, str]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client:
            return await type(app.state.sandbox).credentials(client)

    parameters = [spec.get("paths", {}), spec.get("components", {}).get("parameters", {})]  # not security schemes
    declared = {str(m["name"]).lower() for m in _mappings(parameters) if m.get("in") == "header" and "name" in m}
    # A key header that alone authenticates other operations (public ones) is not one of these credentials.
    schemes = spec.get("components", {}).get("securitySchemes", {})
    requirements = [
        *spec.get("security", []),
        *(r for m in _mappings(spec.get("paths", {})) for r in m.get("security", [])),
    ]
    declared |= {
        str(schemes[name]["name"]).lower()
        for requirement in requirements
        if len(requirement) == 1 and schemes.get(name := next(iter(requirement)), {}).get("in") == "header"
    }
    return {name: value for name, value in asyncio.run(headers()).items() if name.lower() not in declared}


def _mappings(node: Any) -> list[dict[str, Any]]:
    """Every mapping in ``node``, depth first."""
    if isinstance(node, dict):
        return [node, *(m for value in node.values() for m in _mappings(value))]
    if isinstance(node, list):
        return [m for value in node for m in _mappings(value)]
    return []


def load(provider: str) -> tuple[schemathesis.BaseSchema, dict[str, str]]:
    """The schema bound to a fresh sandbox, and the headers to send with every call.

    The headers go to ``call_and_validate(headers=...)`` rather than into the schema's config: only
    headers passed with the call count as explicit credentials for the ``ignored_auth`` check.
    """
    app = create_app(provider, reviews=REVIEWS, token_ttl=3600)
    schema = schemathesis.openapi.from_path(SPECS / f"{provider}.yaml")
    schema.app = app
    schema.config.update(base_url=BASE_URL)
    schema.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
        max_examples=MAX_EXAMPLES,
        # Credentials come from the headers above; generated Authorization values would replace them.
        with_security_parameters=False,
    )
    return schema, credentials(app, yaml.safe_load((SPECS / f"{provider}.yaml").read_text(encoding="utf-8")))


def run_stateful_in_own_process(provider: str) -> None:
    """Run the provider's stateful phase in a fresh interpreter and fail with its output if it fails.

    Its draws depend on hypothesis/schemathesis state that other property tests in the same process
    change (seen as "inconsistent data generation" on replay, depending on test order); a process of
    its own makes the run the same whatever ran before it.
    """
    code = (
        "from tests.contract.sandbox_schemas import STATEFUL_SETTINGS, load, state_machine; "
        f"schema, headers = load({provider!r}); "
        "state_machine(schema, headers).run(settings=STATEFUL_SETTINGS)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, f"stateful phase failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"


def state_machine(schema: schemathesis.BaseSchema, headers: dict[str, str]) -> Any:
    """The schema's link-driven state machine, sending ``headers`` with every step."""
    base = schema.as_state_machine()

    class Machine(base):  # type: ignore[misc,valid-type]
        def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
            return {"headers": headers}

    return Machine
