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

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
PROVIDERS = ("reevoo", "thanx", "etrusted", "testfreaks")


@functools.cache
def _parsed_spec(provider: str) -> dict[str, Any]:
    # Parsed once per test process: PyYAML takes a third of a second for the eTrusted spec, and
    # property tests used to pay that on every example.
    return yaml.safe_load((SPECS / f"{provider}.yaml").read_text(encoding="utf-8"))


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

    @property
    def id(self) -> str:
        return f"{self.provider}.{self.operation_id}.{self.status}.{self.name}"

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
                    examples = dict(media.get("examples") or {})
                    if "example" in media:
                        examples["example"] = {"value": media["example"]}
                    for name, example in examples.items():
                        if "value" in example:
                            yield ResponseExample(
                                provider, operation["operationId"], int(status), name, example["value"]
                            )
