"""Shared test helpers: the specs and their documented examples."""

from __future__ import annotations

import copy
import functools
import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, settings

# The machines that run the suite are shared and noisy: a check of how long one example or its input
# took fails by the machine's load, not by the code. Every property test runs without them; what each
# example asserts is unchanged.
settings.register_profile("shared-machines", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("shared-machines")

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
#: Every provider, found as its spec (``specs/<provider>.yaml``): no test lists them.
SPEC_PROVIDERS = tuple(sorted(path.stem for path in SPECS.glob("*.yaml")))
#: The providers the tests walk: those whose SDK module (``facade/reviewbridge/_providers/<p>.py``) and
#: sandbox module (``sandbox/reviewbridge_sandbox/_<p>.py``) are in place beside the spec. A new provider's
#: spec lands first and its SDK and sandbox follow, written side by side; until both are there its spec is
#: checked (validation, the generated surface, its home) but no test walks a client or a sandbox of it.
PROVIDERS = tuple(
    name
    for name in SPEC_PROVIDERS
    if (ROOT / "facade" / "reviewbridge" / "_providers" / f"{name}.py").is_file()
    and (ROOT / "sandbox" / "reviewbridge_sandbox" / f"_{name}.py").is_file()
)


@functools.cache
def _parsed_spec(provider: str) -> dict[str, Any]:
    # Parsed once per test process: PyYAML takes a third of a second for the eTrusted spec, and
    # property tests used to pay that on every example. The safe loader over libyaml (where PyYAML
    # has it) builds the same document several times faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((SPECS / f"{provider}.yaml").read_text(encoding="utf-8"), Loader=loader)


def load_spec(provider: str) -> dict[str, Any]:
    """The provider's spec as a fresh copy (a caller may change it without affecting the others)."""
    return copy.deepcopy(_parsed_spec(provider))


def resolve_ref(spec: dict[str, Any], node: Any) -> Any:
    """``node``, or what its local ``$ref`` points to."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@dataclass(frozen=True)
class ResponseExample:
    provider: str
    operation_id: str
    status: int
    name: str
    value: Any
    #: the member a body of this answer may hold the typed body in (the schema's x-reviewbridge-envelope)
    envelope: str | None = None

    @property
    def id(self) -> str:
        return f"{self.provider}.{self.operation_id}.{self.status}.{self.name}"

    def typed(self, body: Any) -> Any:
        """What the generated model of ``body`` holds: ``body``, or what it envelops in ``envelope``."""
        if self.envelope and isinstance(body, dict) and isinstance(body.get(self.envelope), dict):
            return body[self.envelope]
        return body

    def endpoint_module(self) -> ModuleType:
        return _endpoint_module(self.provider, self.operation_id)


@functools.cache
def _endpoint_module(provider: str, operation_id: str) -> ModuleType:
    """The generated module of the spec's operation ``operation_id``."""
    for item in _parsed_spec(provider)["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                tag = operation["tags"][0]
                return importlib.import_module(f"{provider}_client.api.{snake(tag)}.{snake(operation_id)}")
    raise LookupError(operation_id)


def response_examples() -> Iterator[ResponseExample]:
    """Every JSON response example of every operation of every spec."""
    for provider in PROVIDERS:
        spec = load_spec(provider)
        for item in spec["paths"].values():
            for operation in item.values():
                if not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                for status, response in operation.get("responses", {}).items():
                    response = resolve_ref(spec, response)
                    media = (response.get("content") or {}).get("application/json") or {}
                    envelope = resolve_ref(spec, media.get("schema") or {}).get("x-reviewbridge-envelope")
                    examples = dict(media.get("examples") or {})
                    if "example" in media:
                        examples["example"] = {"value": media["example"]}
                    for name, example in examples.items():
                        if "value" in example:
                            yield ResponseExample(
                                provider, operation["operationId"], int(status), name, example["value"], envelope
                            )


def _schema_allows_null(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(_schema_allows_null(branch) for branch in schema.get("anyOf", []) + schema.get("oneOf", []))


def _object_branch(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any] | None:
    """The branch of ``schema`` that describes an object (itself, or one of its anyOf/oneOf)."""
    schema = resolve_ref(spec, schema)
    if "properties" in schema or schema.get("type") == "object":
        return schema
    for branch in schema.get("anyOf", []) + schema.get("oneOf", []) + schema.get("allOf", []):
        found = _object_branch(spec, branch)
        if found is not None:
            return found
    return None


def _array_items(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any] | None:
    schema = resolve_ref(spec, schema)
    if "items" in schema:
        return resolve_ref(spec, schema["items"])
    for branch in schema.get("anyOf", []) + schema.get("oneOf", []):
        found = _array_items(spec, branch)
        if found is not None:
            return found
    return None


def bare_variant(spec: dict[str, Any], schema: dict[str, Any], value: Any) -> Any:
    """``value`` with only what its schema promises: every member not ``required`` removed, and every
    remaining member whose schema allows null set to null (at every depth).

    This is the leanest answer a server following the spec may send; whatever reads it (generated
    models, the facade) may rely on nothing more.
    """
    if isinstance(value, dict):
        shape = _object_branch(spec, schema)
        if shape is None:
            return value
        properties = shape.get("properties", {})
        lean: dict[str, Any] = {}
        for name in shape.get("required", []):
            if name not in value:
                continue
            member = resolve_ref(spec, properties.get(name, {}))
            lean[name] = None if _schema_allows_null(member) else bare_variant(spec, member, value[name])
        return lean
    if isinstance(value, list):
        items = _array_items(spec, schema)
        return [bare_variant(spec, items, item) for item in value] if items is not None else value
    return value


def response_schema(spec: dict[str, Any], path: str, method: str = "get", status: str = "200") -> dict[str, Any]:
    """The JSON schema of an operation's answer, its ``$ref`` resolved one level."""
    response = resolve_ref(spec, spec["paths"][path][method]["responses"][status])
    media = next(iter(response["content"].values()))
    schema: dict[str, Any] = resolve_ref(spec, media["schema"])
    return schema


@pytest.fixture(autouse=True)
def _unspent_call_limits() -> Iterator[None]:
    """Each test starts with the providers' client-side call limits unspent: they are shared by every
    client of the process, and a whole test run would spend them."""
    from reviewbridge import _ratelimit

    _ratelimit._shared.clear()
    yield
