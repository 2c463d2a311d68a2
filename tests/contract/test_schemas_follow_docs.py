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


def _etrusted_review() -> dict[str, Any]:
    items: list[dict[str, Any]] = _example("etrusted", "/reviews")["items"]
    return copy.deepcopy(items[0])


def _example(provider: str, path: str) -> dict[str, Any]:
    operation = load_spec(provider)["paths"][path]["get"]
    value: dict[str, Any] = operation["responses"]["200"]["content"]["application/json"]["examples"]["docs"]["value"]
    return value


def _without(record: dict[str, Any], *names: str) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key not in names}


def _thanx_feedback(**changes: Any) -> dict[str, Any]:
    feedbacks: list[dict[str, Any]] = _example("thanx", "/partner/feedbacks")["feedbacks"]
    return {**copy.deepcopy(feedbacks[0]), **changes}


# (provider, schema, record, the doc sentence that allows it)
DOCUMENTED_FORMS: list[tuple[str, str, Any, str]] = [
    (
        "etrusted",
        "CustomerReview",
        _without(_etrusted_review(), "inviteRef", "feedbackType", "verificationType"),
        "eTrusted's channel-scoped description (CustomerReviewResponseDto) marks inviteRef, feedbackType "
        "and verificationType without the always-present mark it gives _object, id, accountRef, ...",
    ),
    (
        "etrusted",
        "CustomerReview",
        _without(_etrusted_review(), "questionnaire", "customer", "transaction", "event", "reply"),
        "eTrusted's current description lists questionnaire, customer, transaction, event and reply as optional",
    ),
    (
        "etrusted",
        "MinimalReviewList",
        {"paging": {"count": 0, "cursor": {"before": None, "after": None}, "links": {"previous": None}}, "items": []},
        "getMinimalReviews: smaller items; its envelope's members are not listed (totalElements is deprecated)",
    ),
    (
        "etrusted",
        "ReviewsCount",
        {"totalElements": "12"},
        "getReviewsCount: its required list names channelId and count, members it does not define; "
        "its example gives totalElements as a string",
    ),
    (
        "thanx",
        "Feedback",
        _thanx_feedback(location_id=None),
        "Thanx: location_id is listed as a string with no required or non-null mark; real records carry null",
    ),
    (
        "thanx",
        "Feedback",
        _thanx_feedback(user_id=None, merchant_id=None),
        "Thanx: the attribute table marks no member of a feedback record required or non-null",
    ),
    (
        "thanx",
        "Feedback",
        {"id": "590485d6f0"},
        "Thanx: the attribute table marks no member of a feedback record as always present",
    ),
]


@pytest.mark.parametrize(
    ("provider", "name", "record", "because"),
    DOCUMENTED_FORMS,
    ids=[f"{p}.{n}.{i}" for i, (p, n, _, _) in enumerate(DOCUMENTED_FORMS)],
)
def test_a_record_the_docs_allow_is_valid(provider: str, name: str, record: Any, because: str) -> None:
    assert _errors(provider, {"$ref": f"#/components/schemas/{name}"}, record) == [], because
