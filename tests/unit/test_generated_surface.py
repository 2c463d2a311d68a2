"""The public per-operation surface the templates generate (scripts/templates), checked against the specs:
operation constants, parameter TypedDicts, request builders, success parsers, route tables, servers and
required headers (the fast models' tolerances are checked on one package, in its own test file)."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import gc
import importlib
import inspect
import re
import typing
from types import ModuleType
from typing import Any, get_type_hints

import httpx
import pytest

from tests.conftest import SPEC_PROVIDERS, load_spec


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _operations() -> list[tuple[str, str, str, str, ModuleType]]:
    """(provider, METHOD, path template, operationId, generated module) for every operation of every spec."""
    found = []
    for provider in SPEC_PROVIDERS:
        spec = load_spec(provider)
        for path, item in spec["paths"].items():
            for method, operation in item.items():
                if not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                tag = _snake(operation["tags"][0]).replace("-", "_").replace(" ", "_")
                module = importlib.import_module(f"{provider}_client.api.{tag}.{_snake(operation['operationId'])}")
                found.append((provider, method.upper(), path, operation["operationId"], module))
    return found


OPERATIONS = _operations()
IDS = [f"{p}.{op}" for p, _, _, op, _ in OPERATIONS]


@pytest.mark.parametrize(("provider", "method", "path", "operation_id", "module"), OPERATIONS, ids=IDS)
def test_operation_constants_are_the_specs(
    provider: str, method: str, path: str, operation_id: str, module: ModuleType
) -> None:
    # PATH names its parameters as build_request does (Python names), ready for str.format.
    python_path = re.sub(r"\{([^}]+)\}", lambda m: "{" + _snake(m.group(1)) + "}", path)
    assert (operation_id, method, python_path) == (module.OPERATION_ID, module.METHOD, module.PATH)


@pytest.mark.parametrize(("provider", "method", "path", "operation_id", "module"), OPERATIONS, ids=IDS)
def test_params_typeddict_names_every_argument_of_build_request(
    provider: str, method: str, path: str, operation_id: str, module: ModuleType
) -> None:
    params = getattr(module, f"{operation_id[:1].upper()}{operation_id[1:]}Params")
    signature = inspect.signature(module.build_request)
    assert set(params.__annotations__) == set(signature.parameters)
    required = {n for n, p in signature.parameters.items() if p.default is inspect.Parameter.empty}
    assert params.__required_keys__ == required
    get_type_hints(params)  # every annotation resolves


GETS = [o for o in OPERATIONS if o[1] == "GET"]


@pytest.mark.parametrize(
    ("provider", "method", "path", "operation_id", "module"), GETS, ids=[f"{o[0]}.{o[3]}" for o in GETS]
)
def test_filter_arguments_build_the_request_the_filters_name(
    provider: str, method: str, path: str, operation_id: str, module: ModuleType
) -> None:
    # Every filter given its plain JSON value (an enum's first member, a list of one): filter_arguments
    # must give build_request arguments it takes, the enums as enum members, the rest unchanged.
    filters = get_type_hints(getattr(module, f"{operation_id[:1].upper()}{operation_id[1:]}Filters"))
    params = get_type_hints(getattr(module, f"{operation_id[:1].upper()}{operation_id[1:]}Params"))
    plain = {name: _plain_value(kind, params[name]) for name, kind in filters.items()}
    arguments = module.filter_arguments(plain)
    assert set(arguments) == set(plain)
    for name, value in arguments.items():
        enum = _enum_of(params[name])
        if enum is None:
            assert value is plain[name]
        else:
            members = value if isinstance(value, list) else [value]
            assert all(isinstance(m, enum) for m in members) and [str(m.value) for m in members] == [
                str(v) for v in (plain[name] if isinstance(plain[name], list) else [plain[name]])
            ]
    module.build_request(**arguments)


def _enum_of(annotation: object) -> type[enum.Enum] | None:
    for arg in (annotation, *typing.get_args(annotation)):
        for inner in (arg, *typing.get_args(arg)):
            if isinstance(inner, type) and issubclass(inner, enum.Enum):
                return inner
    return None


def _plain_value(kind: object, param: object) -> object:
    enum_type = _enum_of(param)
    first = next(iter(enum_type)).value if enum_type is not None else None
    sample: dict[object, object] = {str: "x", int: 1, bool: True, float: 1.5}
    for arg in (kind, *typing.get_args(kind)):
        origin = typing.get_origin(arg)
        if origin is list:
            (inner,) = typing.get_args(arg)
            return [
                first if first is not None else sample.get(inner, datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
            ]
        if first is not None:
            return first
        if arg in sample:
            return sample[arg]
        if arg is datetime.datetime:
            return datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    raise AssertionError(f"no sample value for {kind!r}")


@pytest.mark.parametrize(("provider", "method", "path", "operation_id", "module"), OPERATIONS, ids=IDS)
def test_route_table_names_the_operation_of_its_own_requests(
    provider: str, method: str, path: str, operation_id: str, module: ModuleType
) -> None:
    api = importlib.import_module(f"{provider}_client.api")
    assert [r.operation_id for r in api.ROUTES if (r.method, r.path) == (method, module.PATH)] == [operation_id]
    concrete = re.sub(r"\{[^}]+\}", "some-id", path)
    assert api.operation_id(method, concrete) == operation_id
    assert api.operation_id(method.lower(), concrete + "/") == operation_id
    # Below a base URL that has a path of its own, still the same operation.
    assert api.operation_id(method, "/proxy/base" + concrete) == operation_id


def test_route_table_answers_none_for_what_the_spec_does_not_have() -> None:
    import testfreaks_client.api as api

    assert api.operation_id("GET", "/v1/reviews") == "listReviews"
    assert api.operation_id("GET", "/v1/reviews/r-1") == "getReview"
    assert api.operation_id("PATCH", "/v1/reviews/r-1") is None
    assert api.operation_id("GET", "/v1/reviews/r-1/extra") is None
    assert api.operation_id("GET", "/v1/xreviews") is None


def test_build_request_quotes_path_parameters() -> None:
    from testfreaks_client.api.reviews import get_review

    assert get_review.build_request("a/b c")["url"] == "/v1/reviews/a%2Fb%20c"


def test_parse_success_types_the_documented_success_and_refuses_the_rest() -> None:
    from testfreaks_client.api.reviews import delete_review, get_review
    from testfreaks_client.errors import UnexpectedStatus
    from testfreaks_client.models import Review

    review = get_review.parse_success(httpx.Response(200, json={"data": {"id": "r-1", "score": 4}}))
    assert isinstance(review, Review)
    assert review.to_dict() == {"id": "r-1", "score": 4}
    assert delete_review.parse_success(httpx.Response(204)) is None
    with pytest.raises(UnexpectedStatus):
        get_review.parse_success(httpx.Response(404, json={"error": "not found"}))
    with pytest.raises(ValueError):
        get_review.parse_success(httpx.Response(200, content=b"<html>"))


def test_parsing_leaves_the_garbage_collector_as_it_found_it() -> None:
    from testfreaks_client.api.reviews import get_review

    response = httpx.Response(200, json={"data": {"id": "r-1"}})
    assert gc.isenabled()
    get_review.parse_success(response)
    assert gc.isenabled()
    gc.disable()
    try:
        get_review.parse_success(response)
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ValueError):
        get_review.parse_success(httpx.Response(200, content=b"{"))
    assert gc.isenabled()


def _own_server(provider: str, path: str, method: str) -> str | None:
    item = load_spec(provider)["paths"][path]
    servers = item[method.lower()].get("servers") or item.get("servers") or []
    return str(servers[0]["url"]).rstrip("/") if servers else None


@pytest.mark.parametrize(("provider", "method", "path", "operation_id", "module"), OPERATIONS, ids=IDS)
def test_an_operation_names_the_server_the_spec_gives_it_alone(
    provider: str, method: str, path: str, operation_id: str, module: ModuleType
) -> None:
    assert _own_server(provider, path, method) == module.SERVER


@pytest.mark.parametrize("provider", SPEC_PROVIDERS)
def test_the_package_names_the_servers_of_its_spec(provider: str) -> None:
    spec = load_spec(provider)
    api = importlib.import_module(f"{provider}_client.api")
    assert [(s.url, s.description) for s in api.SERVERS] == [
        (str(s["url"]).rstrip("/"), s.get("description", "")) for s in spec["servers"]
    ]
    assert api.SERVERS[0].url == api.PRODUCTION_URL
    own = {o[3]: _own_server(provider, o[2], o[1]) for o in OPERATIONS if o[0] == provider}
    assert {name: url for name, url in own.items() if url is not None} == api.OPERATION_SERVERS


def _descriptor(provider: str, path: str, method: str) -> dict[str, Any] | None:
    item = load_spec(provider)["paths"][path]
    found = item[method.lower()].get("x-reviewbridge-pagination")
    return dict(found) if found is not None else None


@pytest.mark.parametrize(("provider", "method", "path", "operation_id", "module"), OPERATIONS, ids=IDS)
def test_an_operation_holds_the_paging_descriptor_of_its_spec(
    provider: str, method: str, path: str, operation_id: str, module: ModuleType
) -> None:
    descriptor = _descriptor(provider, path, method)
    pagination = module.PAGINATION
    if descriptor is None:
        assert pagination is None
        return
    arguments = inspect.signature(module.build_request).parameters
    assert pagination.style == descriptor["style"]
    for key in ("items", "total_pages", "reported_page_size", "cursor", "next_link"):
        assert getattr(pagination, key) == (tuple(descriptor[key].split(".")) if key in descriptor else None), key
    named = {key: getattr(pagination, key) for key in ("page", "cursor_parameter", "change_cursor")}
    for key, parameter in named.items():
        assert (parameter.name if parameter else None) == descriptor.get(key), key
    assert [p.name for p in pagination.link_parameters] == descriptor.get("link_parameters", [])
    if pagination.page_size is not None:
        named["page_size"] = pagination.page_size.parameter
        assert pagination.page_size.parameter.name == descriptor["page_size"]
        assert pagination.page_size.default == arguments[pagination.page_size.parameter.python_name].default or (
            arguments[pagination.page_size.parameter.python_name].default is module.UNSET
        )
    # Every parameter it names is an argument of build_request, under its Python name.
    for parameter in [*named.values(), *pagination.link_parameters]:
        assert parameter is None or parameter.python_name in arguments
    assert pagination == dataclasses.replace(pagination)  # a frozen value
    with pytest.raises(dataclasses.FrozenInstanceError):
        pagination.style = "cursor"  # type: ignore[misc]


@pytest.mark.parametrize("provider", SPEC_PROVIDERS)
def test_a_generated_client_sends_the_headers_the_spec_requires_of_every_call(provider: str) -> None:
    required = load_spec(provider).get("x-reviewbridge-headers", {})
    package = importlib.import_module(f"{provider}_client")
    assert required == importlib.import_module(f"{provider}_client.client").DEFAULT_HEADERS
    for kind in (package.Client, package.AuthenticatedClient):
        sent: list[httpx.Request] = []
        transport = httpx.MockTransport(lambda request, sent=sent: sent.append(request) or httpx.Response(204))
        options: dict[str, Any] = {"base_url": "http://127.0.0.1", "httpx_args": {"transport": transport}}
        if kind is package.AuthenticatedClient:
            options["token"] = "t"
        kind(**options).with_headers({"X-Extra": "1"}).get_httpx_client().get("/anything")
        kind(**options, headers={"User-Agent": "my-app/1"}).get_httpx_client().get("/anything")
        assert {name: sent[0].headers.get(name) for name in required} == required
        assert sent[0].headers["X-Extra"] == "1"
        assert sent[1].headers["User-Agent"] == "my-app/1"
