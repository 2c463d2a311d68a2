"""The facade reads from the generated surface what a spec names, and restates none of it (issue 18): no
provider module holds a server URL, an operationId or a member a page's records, cursor, next link or total
are at; the pagination strategies hold no parameter name; each strategy is built from the list operation's
paging descriptor."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import sys
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest
from reviewbridge import _pagination
from reviewbridge._exceptions import PaginationError
from reviewbridge._json import ShapeError
from reviewbridge._providers import REGISTRY

from tests.conftest import load_spec

MEMBER_KEYS = ("items", "total_pages", "reported_page_size", "cursor", "next_link")
PARAMETER_KEYS = ("page", "page_size", "cursor_parameter", "change_cursor")


def _string_literals(path: Path) -> list[tuple[int, str]]:
    """Every string constant of the module at ``path`` but its docstrings, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def _operations(spec: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [
        (item, operation)
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    ]


def _parameter_names(item: dict[str, Any], operation: dict[str, Any], spec: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
        if "$ref" in parameter:
            parameter = spec["components"]["parameters"][parameter["$ref"].rpartition("/")[2]]
        names.add(parameter["name"])
    return names


def _named_by(spec: dict[str, Any]) -> set[str]:
    """Servers, operationIds and the members paging descriptors name (those that are no parameter name too:
    a filter is the caller's, named by its typed Filters)."""
    names = {str(s["url"]).rstrip("/") for s in spec.get("servers", [])}
    for item, operation in _operations(spec):
        names.add(operation["operationId"])
        names |= {str(s["url"]).rstrip("/") for s in [*item.get("servers", []), *operation.get("servers", [])]}
        descriptor = operation.get("x-reviewbridge-pagination", {})
        parameters = _parameter_names(item, operation, spec)
        for key in MEMBER_KEYS:
            if key in descriptor:
                names |= {descriptor[key], *descriptor[key].split(".")} - parameters
    return names


def _paging_parameters(spec: dict[str, Any]) -> set[str]:
    from openapi_python_client.strings import PythonIdentifier

    names: set[str] = set()
    for _, operation in _operations(spec):
        descriptor = operation.get("x-reviewbridge-pagination", {})
        wire = [descriptor[k] for k in PARAMETER_KEYS if k in descriptor] + descriptor.get("link_parameters", [])
        names |= set(wire) | {str(PythonIdentifier(n, prefix="field_")) for n in wire}
    return names


def _strings(path: Path) -> set[str]:
    """The string constants of a module, docstrings left out."""
    return {value for _, value in _string_literals(path)}


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_a_provider_module_restates_nothing_its_spec_names(name: str) -> None:
    module = sys.modules[REGISTRY[name].client.__module__]
    assert module.__file__ is not None
    home = sorted(Path(module.__file__).parent.glob(f"{name}*.py"))  # its home may be several modules
    assert Path(module.__file__) in home
    for path in home:
        restated = _strings(path) & _named_by(load_spec(name))
        assert not restated, f"{path.name} restates what specs/{name}.yaml names: {sorted(restated)}"


def test_the_pagination_strategies_name_no_paging_parameter_of_a_spec() -> None:
    # (The styles' own names, "cursor" among them, are the descriptors' vocabulary, not a spec's.)
    named = set().union(*(_paging_parameters(load_spec(n)) for n in REGISTRY))
    styles = typing.get_args(importlib.import_module(f"{next(iter(REGISTRY))}_client.types").PagingStyle)
    named -= set(styles)  # a style named as a parameter is (page_token)
    core = ("_client", "_adapter", "_lister", "_page", "_strategies")  # the modules a walk is made of
    for module in (_pagination, *(importlib.import_module(f"reviewbridge.{name}") for name in core)):
        assert module.__file__ is not None
        restated = _strings(Path(module.__file__)) & named
        assert not restated, f"{module.__name__} names paging parameters: {sorted(restated)}"


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_a_provider_pages_as_its_list_operation_says(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    info = REGISTRY[name]
    for credential in info.credentials:
        monkeypatch.setenv(credential.env, "x")
    client = info.client(base_url="http://127.0.0.1:9")
    try:
        adapter = client._adapter
        operation = adapter.list_operation()
        descriptor = operation.PAGINATION
        assert (
            adapter.production_url == importlib.import_module(operation.__name__.split(".")[0] + ".api").SERVERS[0].url
        )
        assert adapter.resume_args == tuple(p.python_name for p in descriptor.parameters)
        for follow_changes in (False, True):
            strategy = adapter.strategy(httpx.URL("http://127.0.0.1:9"), follow_changes=follow_changes)
            expected = {
                "single_window": _pagination.SinglePage,
                "page_number": _pagination.ChangeCursor
                if follow_changes and descriptor.change_cursor
                else _pagination.PageNumber,
                "short_page": _pagination.ShortPage,
                "cursor": _pagination.Cursor,
                "page_token": _pagination.Cursor,
                "next_link": _pagination.NextLink,
            }[descriptor.style]
            assert type(strategy) is expected
    finally:
        client.close()


# -- strategies from descriptors (a hand-made descriptor, as another provider's spec would give) ----------


def _descriptor(style: str, **members: Any) -> Any:
    from trustpilot_client.types import PageSize, Pagination, PagingParameter

    def parameter(name: str) -> PagingParameter:
        return PagingParameter(name, name.replace("Token", "_token").replace("Size", "_size"))

    fields: dict[str, Any] = {}
    for key, value in members.items():
        if key in MEMBER_KEYS:
            fields[key] = tuple(value.split("."))
        elif key == "page_size":
            fields[key] = PageSize(parameter(value[0]), default=value[1], maximum=None)
        elif key == "link_parameters":
            fields[key] = tuple(map(parameter, value))
        else:
            fields[key] = parameter(value)
    return Pagination(style=style, **fields)  # type: ignore[arg-type]


BASE = httpx.URL("https://api.example.test/base")


def _build(descriptor: Any, path: str = "/v1/things", **options: Any) -> _pagination.Strategy[Any]:
    return _pagination.strategy_for(descriptor, path=path, base_url=BASE, **options)


def test_a_page_token_descriptor_pages_by_the_token_it_names() -> None:
    strategy = _build(_descriptor("page_token", items="reviews", cursor="nextPageToken", cursor_parameter="pageToken"))
    page = {"reviews": [{"id": 1}], "nextPageToken": "t2"}
    assert strategy.items(page) == [{"id": 1}]
    assert strategy.next_args(page, {"account": "a"}) == {"account": "a", "page_token": "t2"}
    assert strategy.next_args({"reviews": [{"id": 2}]}, {"page_token": "t2"}) is None  # no token: the last page
    with pytest.raises(ShapeError, match="'reviews'"):
        strategy.items({"other": []})


def test_a_nested_items_path_and_a_total_are_read_where_the_descriptor_says() -> None:
    strategy = _build(_descriptor("page_number", items="result.rows", page="page", total_pages="meta.pages"))
    page = {"result": {"rows": [{"id": 1}]}, "meta": {"pages": 2}}
    assert strategy.items(page) == [{"id": 1}]
    assert strategy.next_args(page, {}) == {"page": 2}
    assert strategy.next_args({**page, "meta": {"pages": 2}}, {"page": 2}) is None
    with pytest.raises(ShapeError, match=r"meta\.pages is missing or not a number"):
        strategy.next_args({**page, "meta": {}}, {})


def test_a_change_cursor_is_used_only_for_a_walk_following_changes() -> None:
    descriptor = _descriptor(
        "page_number", items="rows", page="page", total_pages="pages", change_cursor="changedAfter"
    )
    stamp = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    changed = _build(descriptor, follow_changes=True, changed_at=lambda item: item["at"])
    assert changed.next_args({"rows": [{"at": stamp}], "pages": 3}, {}) == {
        "changedAfter": stamp - dt.timedelta(seconds=1),
        "page": 1,
    }
    assert type(_build(descriptor)) is _pagination.PageNumber
    assert type(_build(descriptor, follow_changes=True)) is _pagination.PageNumber  # no change time to page by


def test_a_short_page_ends_below_the_page_size_the_descriptor_names() -> None:
    strategy = _build(_descriptor("short_page", items="rows", page="page", page_size=("pageSize", 2)))
    two, one = {"rows": [{"id": 1}, {"id": 2}]}, {"rows": [{"id": 3}]}
    assert strategy.next_args(two, {}) == {"page": 2}  # the default size, 2, asked and filled
    assert strategy.next_args(two, {"page_size": 3}) is None
    assert strategy.next_args(one, {"page": 2}) is None


def test_a_next_link_takes_the_parameters_named_and_stays_on_the_operations_path() -> None:
    descriptor = _descriptor("next_link", items="data", next_link="links.next", link_parameters=["pageToken"])
    strategy = _build(descriptor, path="/v1/shops/{shop_id}/things")
    page = {"data": [{"id": 1}], "links": {"next": "/base/v1/shops/s1/things?pageToken=c2&limit=5"}}
    assert strategy.next_args(page, {"shop_id": "s1", "limit": 9}) == {"shop_id": "s1", "limit": 9, "page_token": "c2"}
    with pytest.raises(PaginationError, match="refusing to follow a next link"):
        strategy.next_args(page, {"shop_id": "s2"})  # another shop's list


def test_a_descriptor_that_lacks_what_its_style_needs_is_refused() -> None:
    with pytest.raises(ValueError, match="a cursor paging descriptor needs a cursor member"):
        _build(_descriptor("cursor", items="rows", cursor_parameter="after"))
    with pytest.raises(ValueError, match="unknown paging style 'offset'"):
        _build(_descriptor("offset", items="rows", page="page"))
