"""The other direction of the contract: anything a spec allows in a response, the generated client of
that operation parses and round-trips (``from_dict(x).to_dict() == x``), including bodies with fields
nobody documented and enumeration values no doc lists.

Bodies are drawn from each operation's documented JSON response schemas by a small JSON Schema to
hypothesis strategy below (hypothesis-jsonschema does not work with current hypothesis releases), and
checked against the schema with jsonschema before use, so every body is one the spec allows.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from tests.conftest import PROVIDERS, load_spec, resolve_ref, snake
from tests.providers import cases


def _resolve(node: Any, spec: dict[str, Any], depth: int = 0) -> Any:
    """The schema with every local $ref replaced by its target (the specs have no recursion)."""
    if depth > 40:
        raise RecursionError("schema too deep")
    if isinstance(node, dict):
        if "$ref" in node:
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return _resolve({**copy.deepcopy(resolve_ref(spec, node)), **rest}, spec, depth + 1)
        # Keywords hypothesis-jsonschema does not know are dropped; the rest is plain JSON Schema.
        return {
            k: _resolve(v, spec, depth + 1)
            for k, v in node.items()
            if k not in ("x-extensible-enum", "example", "examples", "discriminator", "xml", "externalDocs")
        }
    if isinstance(node, list):
        return [_resolve(v, spec, depth + 1) for v in node]
    return node


def _cases() -> Iterator[tuple[str, str, str, int, dict[str, Any]]]:
    for provider in PROVIDERS:
        spec = load_spec(provider)
        for item in spec["paths"].values():
            for operation in item.values():
                if not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                for status, response in operation["responses"].items():
                    response = resolve_ref(spec, response)
                    schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
                    if schema is not None:
                        resolved = _resolve(schema, spec)
                        yield provider, operation["tags"][0], operation["operationId"], int(status), resolved


CASES = list(_cases())

JSON_SCALAR = st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=8)
ANY_JSON = st.recursive(
    JSON_SCALAR,
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=5), inner, max_size=2),
    max_leaves=4,
)
STAMPS = st.datetimes(min_value=__import__("datetime").datetime(2000, 1, 1)).map(
    lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"
)


def from_schema(schema: Any) -> st.SearchStrategy[Any]:
    """Values of the JSON Schema subset our specs use."""
    if not isinstance(schema, dict) or not schema:
        return ANY_JSON
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "allOf" in schema:  # the specs use allOf only to extend an object: merge the parts
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            merged["properties"] = {**merged.get("properties", {}), **part.get("properties", {})}
            merged["required"] = [*merged.get("required", []), *part.get("required", [])]
            merged.setdefault("type", part.get("type"))
        return from_schema(merged)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return st.one_of([from_schema({**s, **_inherited(schema)}) for s in schema[key]])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([from_schema({**schema, "type": k}) for k in kind])
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(schema.get("minimum", -(2**31)), schema.get("maximum", 2**31))
    if kind == "number":
        low, high = schema.get("minimum", -1e6), schema.get("maximum", 1e6)
        return st.integers(int(low), int(high)) | st.floats(low, high, allow_nan=False, allow_infinity=False)
    if kind == "string":
        if schema.get("format") == "date-time":
            return STAMPS
        if schema.get("format") == "date":
            return st.dates().map(lambda d: d.isoformat())
        if "pattern" in schema:  # drawn to match: a text filtered by the pattern almost never passes
            return st.from_regex(schema["pattern"], fullmatch=True).filter(lambda s: len(s) <= 40)
        return st.text(min_size=schema.get("minLength", 0), max_size=min(schema.get("maxLength", 12), 12))
    if kind == "array":
        return st.lists(from_schema(schema.get("items", {})), min_size=schema.get("minItems", 0), max_size=3)
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        fixed = st.fixed_dictionaries(
            {k: from_schema(v) for k, v in properties.items() if k in required},
            optional={k: from_schema(v) for k, v in properties.items() if k not in required},
        )
        extra = schema.get("additionalProperties", True)
        if extra is False:
            return fixed
        extras = st.dictionaries(
            st.text("xyz", min_size=1, max_size=4), from_schema(extra if extra is not True else {}), max_size=2
        )
        return st.tuples(fixed, extras).map(lambda pair: {**pair[1], **pair[0]})
    return ANY_JSON


def _inherited(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k in ("format",)}


def _with_surprises(draw: st.DrawFn, body: Any) -> Any:
    """Add an undocumented field to some objects, and replace some strings by unlisted values."""
    if isinstance(body, dict):
        out = {k: _with_surprises(draw, v) for k, v in body.items()}
        if draw(st.booleans()):
            out["x_undocumented_" + draw(st.text("abcdef", min_size=1, max_size=5))] = draw(
                # Integers within 64 bits: the generated parsers decode with orjson, which reads larger
                # ones as floats (a known limit, beyond what JSON promises to carry exactly: 2**53).
                st.none() | st.integers(-(2**63), 2**64 - 1) | st.text(max_size=5) | st.lists(st.booleans(), max_size=2)
            )
        return out
    if isinstance(body, list):
        return [_with_surprises(draw, v) for v in body]
    if isinstance(body, str) and draw(st.integers(0, 4)) == 0:
        return "UNLISTED_" + draw(st.text("ABCXYZ", max_size=6))
    return body


def test_every_operation_has_a_json_response_schema() -> None:
    operations = {(c[0], c[2]) for c in CASES}
    found = {provider: sum(1 for p, _ in operations if p == provider) for provider, _ in operations}
    assert found == {name: case.json_operations for name, case in cases().items()}


@pytest.mark.parametrize(
    ("provider", "tag", "operation_id", "status", "schema"), CASES, ids=[f"{c[2]}-{c[3]}" for c in CASES]
)
def test_generated_client_parses_and_round_trips_spec_bodies(
    provider: str, tag: str, operation_id: str, status: int, schema: dict[str, Any]
) -> None:
    module = __import__(f"{provider}_client.api.{snake(tag)}.{snake(operation_id)}", fromlist=["parse_response"])
    client = __import__(f"{provider}_client", fromlist=["Client"]).Client(base_url="http://127.0.0.1")

    validator = Draft202012Validator(schema)
    bodies = from_schema(schema).filter(validator.is_valid)

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        body = data.draw(bodies, label="documented body")
        body = data.draw(st.composite(lambda draw: _with_surprises(draw, body))(), label="with surprises")
        parsed = module.parse_response(client=client, response=httpx.Response(status, json=body))
        assert parsed is not None
        assert parsed.to_dict() == _typed(schema, body)

    check()


def _typed(schema: dict[str, Any], body: Any) -> Any:
    """What the generated model of ``body`` holds: the body, or the object it envelops where the schema
    says an answer may come enveloped (``x-reviewbridge-envelope``)."""
    member = schema.get("x-reviewbridge-envelope")
    if member and isinstance(body, dict) and isinstance(body.get(member), dict):
        return body[member]
    return body
