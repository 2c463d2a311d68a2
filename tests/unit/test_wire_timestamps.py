"""Date-times on the wire in each provider's documented form, driven by the specs.

Every ``format: date-time`` query parameter carries ``x-reviewbridge-timestamp`` (seconds or
milliseconds) and a ``pattern`` of the documented form; the generated ``build_request`` sends an aware
datetime in UTC with ``Z`` to that precision whatever its offset, and refuses a naive one. The facade
turns that refusal into a UsageError naming the argument, before any request."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
import reviewbridge as rb

from tests.conftest import PROVIDERS, load_spec, resolve_ref, snake
from tests.unit._support import providers


def _stamp_parameters() -> list[tuple[str, str, str, dict[str, Any]]]:
    """(provider, operationId, wire name, the date-time schema) of every date-time query parameter."""
    found = []
    for provider in PROVIDERS:
        spec = load_spec(provider)
        for item in spec["paths"].values():
            shared = item.get("parameters", [])
            for operation in item.values():
                if not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                for parameter in (resolve_ref(spec, p) for p in [*shared, *operation.get("parameters", [])]):
                    if parameter.get("in") != "query":
                        continue
                    schema = resolve_ref(spec, parameter.get("schema", {}))
                    for option in [schema, *schema.get("anyOf", [])]:
                        if option.get("format") == "date-time":
                            found.append((provider, operation["operationId"], parameter["name"], option))
    return found


STAMPS = _stamp_parameters()
# An offset as odd as datetime allows (the CLI's --since accepts it): the moment is 23:59:59.999999 later in UTC.
ODD = dt.timezone(-dt.timedelta(hours=23, minutes=59, seconds=59, microseconds=999999))
MOMENT = dt.datetime(2018, 2, 1, 0, 0, 0, 0, tzinfo=ODD)  # 2018-02-01T23:59:59.999999Z
EXPECTED = {"seconds": "2018-02-01T23:59:59Z", "milliseconds": "2018-02-01T23:59:59.999Z"}


def _module(provider: str, operation_id: str) -> Any:
    from tests.conftest import _endpoint_module

    return _endpoint_module(provider, operation_id)


def _required(module: Any) -> dict[str, Any]:
    """Values for the operation's required arguments (path ids, a merchant...)."""
    import inspect

    signature = inspect.signature(module.build_request)
    return {
        name: "x-1"
        for name, p in signature.parameters.items()
        if p.default is inspect.Parameter.empty and p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)
    }


def test_the_specs_have_date_time_query_parameters_of_both_precisions() -> None:
    names = {(p, name) for p, _, name, _ in STAMPS}
    assert {(p, wire) for p, case in WIRED.items() for _, wire in case.filters} <= names
    assert {schema.get("x-reviewbridge-timestamp") for *_, schema in STAMPS} == {"seconds", "milliseconds"}


@pytest.mark.parametrize(("provider", "operation_id", "name", "schema"), STAMPS, ids=[f"{s[1]}-{s[2]}" for s in STAMPS])
def test_a_datetime_goes_out_in_utc_with_z_in_the_documented_precision(
    provider: str, operation_id: str, name: str, schema: dict[str, Any]
) -> None:
    module = _module(provider, operation_id)
    precision = schema["x-reviewbridge-timestamp"]
    sent = module.build_request(**{**_required(module), snake(name): MOMENT})["params"][name]
    assert sent == EXPECTED[precision]
    assert re.fullmatch(schema["pattern"], sent), "what is sent matches the spec's own pattern"
    early = dt.datetime(2021, 10, 1, 15, 0, 0, 123456, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    sent = module.build_request(**{**_required(module), snake(name): early})["params"][name]
    assert sent == {"seconds": "2021-10-01T13:00:00Z", "milliseconds": "2021-10-01T13:00:00.123Z"}[precision]


@pytest.mark.parametrize(("provider", "operation_id", "name", "schema"), STAMPS, ids=[f"{s[1]}-{s[2]}" for s in STAMPS])
def test_a_naive_datetime_is_refused_naming_the_argument(
    provider: str, operation_id: str, name: str, schema: dict[str, Any]
) -> None:
    module = _module(provider, operation_id)
    with pytest.raises(ValueError, match=f"^{snake(name)}: .*no time zone"):
        module.build_request(**{**_required(module), snake(name): dt.datetime(2024, 1, 1, 12, 0)})


def test_a_date_goes_out_as_a_date_where_the_docs_allow_one() -> None:
    from testfreaks_client.api.reviews import list_reviews

    request = list_reviews.build_request(updated_after=dt.date(2021, 10, 1), created_after=dt.date(2021, 9, 30))
    params = request["params"]
    assert (params["updated_after"], params["created_after"]) == ("2021-10-01", "2021-09-30")


# -- the facade ---------------------------------------------------------------------------------------

AWARE = dt.datetime(2024, 3, 1, 1, 30, 15, 250999, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))


#: each provider whose support module says how its list sends time filters (its WIRE_STAMPS)
WIRED = {name: m.WIRE_STAMPS for name, m in providers().items() if hasattr(m, "WIRE_STAMPS")}


def _listers() -> list[tuple[str, Any, Any, str, str]]:
    """(provider, make a client from a handler, its paged mock, filter, wire name) for each lister."""
    return [(p, case.client, case.paged, name, wire) for p, case in WIRED.items() for name, wire in case.filters]


SCOPES = {p: case.scope for p, case in WIRED.items()}
WIRE = {p: case.wire for p, case in WIRED.items()}


@pytest.mark.parametrize(
    ("provider", "make", "paged", "name", "wire"), _listers(), ids=[f"{c[0]}-{c[3]}" for c in _listers()]
)
def test_facade_sends_aware_datetimes_in_the_documented_form(
    provider: str, make: Any, paged: Any, name: str, wire: str
) -> None:
    handler, seen = paged(3, 10)
    with make(handler) as client:
        assert len(list(client.reviews(**SCOPES[provider], **{name: AWARE}))) == 3
    assert [r.url.params[wire] for r in seen] == [WIRE[provider]]


@pytest.mark.parametrize(
    ("provider", "make", "paged", "name", "wire"), _listers(), ids=[f"{c[0]}-{c[3]}" for c in _listers()]
)
def test_facade_refuses_a_naive_datetime_before_any_request(
    provider: str, make: Any, paged: Any, name: str, wire: str
) -> None:
    handler, seen = paged(3, 10)
    with make(handler) as client, pytest.raises(rb.UsageError, match=rf"\b{name}: .*no time zone") as caught:
        list(client.reviews(**SCOPES[provider], **{name: dt.datetime(2024, 3, 1)}))
    assert seen == []
    assert "Traceback" not in str(caught.value) and "\n" not in str(caught.value)
