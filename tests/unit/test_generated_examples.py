"""Every documented response example parses through its operation's generated client and round-trips,
and so do its null / missing / unknown-field / unknown-enum variants."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PROVIDERS, ResponseExample, load_spec, response_examples

EXAMPLES = list(response_examples())
JSON_SCALARS = st.none() | st.booleans() | st.integers(-(2**31), 2**31) | st.text(max_size=20)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def parse(example: ResponseExample, body: Any) -> Any:
    module = example.endpoint_module()
    client_module = __import__(f"{example.provider}_client", fromlist=["Client"])
    client = client_module.Client(base_url="http://127.0.0.1")
    response = httpx.Response(example.status, json=body)
    return module.parse_response(client=client, response=response)


def test_every_operation_has_a_documented_example() -> None:
    covered = {(e.provider, e.operation_id) for e in EXAMPLES if 200 <= e.status < 300}
    listings = {
        (provider, operation["operationId"])
        for provider in PROVIDERS
        for item in load_spec(provider)["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "x-reviewbridge-pagination" in operation
    }
    assert {provider for provider, _ in listings} == set(PROVIDERS)  # every provider lists reviews
    assert listings <= covered  # every list operation: the page the facade reads first
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_documented_example_round_trips(example: ResponseExample) -> None:
    parsed = parse(example, example.value)
    assert parsed is not None, "the generated client did not recognise the documented response"
    assert parsed.to_dict() == example.typed(example.value)


def _dict_paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths of every member of every object in ``node`` (top-level members excluded for lists)."""
    found: list[tuple[Any, ...]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((*path, key))
            found.extend(_dict_paths(value, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_dict_paths(value, (*path, index)))
    return found


def _objects(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if isinstance(node, dict) else []
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, value in children:
        found.extend(_objects(value, (*path, key)))
    return found


def _at(node: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        node = node[key]
    return node


@st.composite
def variants(draw: st.DrawFn, example: ResponseExample) -> Any:
    body = copy.deepcopy(example.value)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["null", "missing", "unknown_field", "unknown_string"]))
        members = _dict_paths(body)
        if kind == "unknown_field":
            target = _at(body, draw(st.sampled_from(_objects(body))))
            target["x_" + draw(st.text("abcdefgh", min_size=1, max_size=6))] = draw(JSON_VALUES)
        elif kind == "unknown_string":
            strings = [p for p in members if isinstance(_at(body, p), str)]
            if strings:
                path = draw(st.sampled_from(strings))
                _at(body, path[:-1])[path[-1]] = "NEW_" + draw(st.text(max_size=10))
        elif members:
            path = draw(st.sampled_from(members))
            parent = _at(body, path[:-1])
            if kind == "null":
                parent[path[-1]] = None
            else:
                del parent[path[-1]]
    return body


SUCCESS_EXAMPLES = [e for e in EXAMPLES if 200 <= e.status < 300]


@pytest.mark.parametrize("example", SUCCESS_EXAMPLES, ids=lambda e: e.id)
def test_messy_variants_parse_and_round_trip(example: ResponseExample) -> None:
    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(variants(example))
    def check(body: Any) -> None:
        parsed = parse(example, body)
        assert parsed is not None
        assert parsed.to_dict() == example.typed(body)

    check()
