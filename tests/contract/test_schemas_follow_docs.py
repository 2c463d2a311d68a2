"""The specs are never stricter than the docs.

Two checks. Each documented answer, cut down to what its schema promises (only ``required`` members,
every nullable one null), still validates and still parses through the generated client: a spec's
``required`` and nullable lists agree with each other and with the code generated from them. And
records as the docs allow them, each with the sentence behind it, validate: a ``required`` or a
non-nullable member the docs do not back fails here.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import jsonschema
import pytest

from tests.conftest import ResponseExample, bare_variant, load_spec, resolve_ref, response_examples
from tests.providers import cases

SUCCESS_EXAMPLES = [e for e in response_examples() if 200 <= e.status < 300]


def _validator(provider: str, schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    spec = load_spec(provider)
    return jsonschema.Draft202012Validator({**schema, "components": spec["components"]})


def _errors(provider: str, schema: dict[str, Any], body: Any) -> list[str]:
    found = sorted(_validator(provider, schema).iter_errors(body), key=lambda e: list(e.absolute_path))
    return [f"{list(e.absolute_path)}: {e.message}" for e in found[:5]]


def _operation_schema(example: ResponseExample) -> dict[str, Any]:
    spec = load_spec(example.provider)
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == example.operation_id:
                response = resolve_ref(spec, operation["responses"][str(example.status)])
                schema: dict[str, Any] = response["content"]["application/json"]["schema"]
                return schema
    raise LookupError(example.id)


@pytest.mark.parametrize("example", SUCCESS_EXAMPLES, ids=lambda e: e.id)
def test_a_documented_answer_cut_to_its_promises_is_valid_and_parses(example: ResponseExample) -> None:
    spec = load_spec(example.provider)
    schema = _operation_schema(example)
    bare = bare_variant(spec, schema, copy.deepcopy(example.value))
    assert _errors(example.provider, schema, example.value) == [], "the documented example itself"
    assert _errors(example.provider, schema, bare) == []
    client_module = __import__(f"{example.provider}_client", fromlist=["Client"])
    parsed = example.endpoint_module().parse_response(
        client=client_module.Client(base_url="http://127.0.0.1"), response=httpx.Response(example.status, json=bare)
    )
    assert parsed is not None, "the generated client did not recognise the lean answer"
    assert parsed.to_dict() == bare


#: (provider, schema, record, the doc sentence that allows it): each provider's Case.documented_forms
DOCUMENTED_FORMS: list[tuple[str, str, Any, str]] = [
    (provider, *form) for provider, case in cases().items() for form in case.documented_forms
]


@pytest.mark.parametrize(
    ("provider", "name", "record", "because"),
    DOCUMENTED_FORMS,
    ids=[f"{p}.{n}.{i}" for i, (p, n, _, _) in enumerate(DOCUMENTED_FORMS)],
)
def test_a_record_the_docs_allow_is_valid(provider: str, name: str, record: Any, because: str) -> None:
    assert _errors(provider, {"$ref": f"#/components/schemas/{name}"}, record) == [], because
