"""Validate the provider specs: ``python scripts/validate.py specs/*.yaml``.

Checks, each reported as ``file:line: message``:

* the document is valid OpenAPI (openapi-spec-validator);
* every ``example`` / ``examples`` value validates against the schema it illustrates;
* every operation has an ``operationId``, a ``summary`` and at least one documented 4xx response;
* ``operationId`` values are unique;
* every array query parameter uses one of the two wire forms the generator implements:
  ``style: form, explode: false`` (comma-separated) or a name ending in ``[]`` with ``explode: true``;
* every list operation carries ``x-reviewbridge-pagination`` (see :data:`PAGINATION_STYLES`), and each
  descriptor names members of the operation's success body and parameters of the operation, of the
  types its style needs;
* ``x-reviewbridge-listing`` (what the SDK's listing calls take besides) sits on a paged operation, its
  ``instead_of`` names parameters of it, and each of its ``filters`` has a new Python name, a schema the
  generator types (string, boolean, integer, an array of one, ``oneOf`` those) and a description.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedBase

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SPEC_URI = "urn:reviewbridge:spec"

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    file: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def load(path: Path) -> Any:
    """The YAML document with line information kept (ruamel round-trip mode)."""
    return YAML(typ="rt").load(path.read_text(encoding="utf-8"))


def plain(node: Any) -> Any:
    """ruamel containers to plain dicts and lists (what JSON Schema validators expect)."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    for kind in (bool, int, float, str):  # ruamel scalar subclasses to the builtin type
        if isinstance(node, kind):
            return kind(node)
    return node


def line_of(document: Any, path: Path_) -> int:
    """1-based line of the deepest node of ``path`` that has position information."""
    line = 1
    node = document
    for key in path:
        if isinstance(node, CommentedBase):
            try:
                if isinstance(node, dict) and key in node:
                    line = node.lc.key(key)[0] + 1
                elif isinstance(node, list) and isinstance(key, int) and key < len(node):
                    line = node.lc.item(key)[0] + 1
            except (KeyError, IndexError, TypeError):
                pass
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
    return line


def pointer(path: Path_) -> str:
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


def operations(spec: Any) -> Iterator[tuple[Path_, Any]]:
    for route, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield ("paths", route, method), item[method]


def walk(node: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*path, index))


def example_checks(spec: dict[str, Any]) -> Iterator[tuple[Path_, Path_, Any]]:
    """(path of the example, path of its schema, example value) for every example in the spec."""
    for path, node in walk(spec):
        if not isinstance(node, dict):
            continue
        in_schema = "schema" not in node and ("type" in node or "properties" in node or "$ref" in node)
        if "schema" in node and isinstance(node["schema"], dict):
            schema_path = (*path, "schema")
            if "example" in node:
                yield (*path, "example"), schema_path, node["example"]
            for name, example in (node.get("examples") or {}).items():
                if isinstance(example, dict) and "value" in example:
                    yield (*path, "examples", name, "value"), schema_path, example["value"]
        elif in_schema:
            if "example" in node:
                yield (*path, "example"), path, node["example"]
            if isinstance(node.get("examples"), list):
                for index, value in enumerate(node["examples"]):
                    yield (*path, "examples", index), path, value


def check(file: Path) -> list[Problem]:
    try:
        document = load(file)
    except Exception as exc:
        mark = getattr(exc, "problem_mark", None)
        return [Problem(file, mark.line + 1 if mark else 1, f"not valid YAML: {exc}")]
    if not isinstance(document, dict):
        return [Problem(file, 1, "not an OpenAPI document (top level is not a mapping)")]
    spec = plain(document)
    problems: list[Problem] = []

    def report(path: Path_, message: str) -> None:
        problems.append(Problem(file, line_of(document, path), message))

    for error in OpenAPIV31SpecValidator(spec).iter_errors():
        where = tuple(error.absolute_path)
        report(where, f"OpenAPI: {error.message} (at {pointer(where)})")
    if problems:
        return problems

    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    for example_path, schema_path, value in example_checks(spec):
        validator = Draft202012Validator(
            {"$ref": SPEC_URI + pointer(schema_path)},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        for error in validator.iter_errors(value):
            where = (*example_path, *error.absolute_path)
            report(where, f"example does not match its schema {pointer(schema_path)}: {error.message}")

    seen_ids: dict[str, Path_] = {}
    for path, operation in operations(spec):
        label = f"{str(path[2]).upper()} {path[1]}"
        op_id = operation.get("operationId")
        if not op_id:
            report(path, f"{label} has no operationId")
        elif op_id in seen_ids:
            report((*path, "operationId"), f"operationId {op_id!r} is used twice")
        else:
            seen_ids[op_id] = path
        if not operation.get("summary"):
            report(path, f"{label} has no summary")
        codes = [str(code) for code in (operation.get("responses") or {})]
        if not any(code.startswith("4") or code == "4XX" for code in codes):
            report((*path, "responses"), f"{label} documents no 4xx error response")
        for index, parameter in enumerate(operation.get("parameters") or []):
            problems.extend(_parameter_problems(file, document, spec, (*path, "parameters", index), parameter))
        for where, message in pagination_problems(spec, path, operation):
            report(where, message)
        for where, message in listing_problems(spec, path, operation):
            report(where, message)
    return problems


def _parameter_problems(file: Path, document: Any, spec: Any, path: Path_, parameter: Any) -> list[Problem]:
    if "$ref" in parameter:
        ref = parameter["$ref"].removeprefix("#/").split("/")
        target: Any = spec
        for part in ref:
            target = target.get(part, {})
        parameter, path = target, tuple(ref)
    schema = parameter.get("schema") or {}
    if parameter.get("in") != "query" or schema.get("type") != "array":
        return []
    name = parameter.get("name", "")
    style = parameter.get("style", "form")
    explode = parameter.get("explode", style == "form")
    comma_list = style == "form" and explode is False
    bracket_list = name.endswith("[]") and explode is True
    if comma_list or bracket_list:
        return []
    message = (
        f"array query parameter {name!r} must be either `style: form, explode: false` (a=1,2) "
        "or named with a trailing [] and `explode: true` (a[]=1&a[]=2): the generator sends only these"
    )
    return [Problem(file, line_of(document, path), message)]


# --------------------------------------------------------------------------------------------
# x-reviewbridge-pagination
# --------------------------------------------------------------------------------------------

PAGINATION_MARK = "x-reviewbridge-pagination"
#: A parameter a pager steers; the generated Filters leave it out (see scripts/generate.py).
PAGING_PARAMETER_MARK = "x-pagination-parameter"

#: Keys of a descriptor that name a member of the success body (dotted: ``paging.cursor.after``), with
#: the JSON type it must have.
MEMBER_KEYS = {
    "items": "array",  # the records of the page
    "total_pages": "integer",  # how many pages the whole list has
    "reported_page_size": "integer",  # the page size the answer says it used
    "cursor": "string",  # the next page's cursor or token (empty or missing on the last page)
    "next_link": "string",  # the next page's URL (empty or missing on the last page)
}
#: Keys that name one parameter of the operation (its wire name), with the type its schema must have
#: and whether it must be marked x-pagination-parameter (set by the pager, so no filter of the listing).
PARAMETER_KEYS = {
    "page": ("integer", True),  # the page number, from 1
    "page_size": ("integer", False),  # how many records a page holds (the caller may choose it)
    "cursor_parameter": ("string", True),  # where the cursor or token goes
    "change_cursor": ("string", False),  # a "changed after" filter a walk following changes pages by
}
#: Keys every style may have that hold a flag: ``empty_omitted``, the answer leaves the items member out
#: when there are none (as JSON mappings of protocol buffers do with empty lists).
FLAG_KEYS = frozenset({"empty_omitted"})
#: Each style: the keys it needs and the keys it may have besides (``style`` and ``items`` always).
PAGINATION_STYLES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # one answer holds the whole list
    "single_window": (frozenset(), frozenset()),
    # numbered pages up to a total the answer gives
    "page_number": (
        frozenset({"page", "total_pages"}),
        frozenset({"page_size", "reported_page_size", "change_cursor"}),
    ),
    # numbered pages without a total: the first page shorter than the size asked for is the last
    "short_page": (frozenset({"page", "page_size"}), frozenset()),
    # an opaque cursor from each answer, sent back for the next page
    "cursor": (frozenset({"cursor", "cursor_parameter"}), frozenset({"page_size", "reported_page_size"})),
    # the same with a page token (the answer's next token, absent on the last page)
    "page_token": (frozenset({"cursor", "cursor_parameter"}), frozenset({"page_size"})),
    # a ready-made URL of the next page, whose cursor parameters (link_parameters) are taken over
    "next_link": (frozenset({"next_link", "link_parameters"}), frozenset({"page_size"})),
}


def _resolve(spec: Any, node: Any) -> Any:
    """``node`` with local ``$ref``s followed (at most 50, against cycles)."""
    for _ in range(50):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")):
            return node
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        node = target
    return node


def _options(spec: Any, schema: Any) -> list[Any]:
    """The alternatives a value of ``schema`` may take (anyOf / oneOf / allOf flattened, refs followed)."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict):
        return []
    nested = [o for key in ("anyOf", "oneOf", "allOf") for o in schema.get(key, [])]
    found = [schema] if "type" in schema or "properties" in schema or not nested else []
    for option in nested:
        found.extend(_options(spec, option))
    return found


def _types(spec: Any, schema: Any) -> set[str]:
    """The JSON types a value of ``schema`` may have (``null`` left out)."""
    kinds: set[str] = set()
    for option in _options(spec, schema):
        kind = option.get("type")
        kinds |= {kind} if isinstance(kind, str) else set(kind) if isinstance(kind, list) else set()
    return kinds - {"null"}


def _member_schema(spec: Any, schema: Any, path: list[str]) -> Any | None:
    """The schema of the member at ``path`` inside a body of ``schema``, or None if it has none."""
    for name in path:
        held = [o["properties"][name] for o in _options(spec, schema) if name in o.get("properties", {})]
        if not held:
            return None
        schema = held[0]
    return schema


def _success_schema(spec: Any, operation: Any) -> Any | None:
    """The JSON body schema of the operation's first documented 2xx answer, or None."""
    for status, response in (operation.get("responses") or {}).items():
        if str(status).startswith("2"):
            response = _resolve(spec, response)
            schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
            if schema is not None:
                return schema
    return None


def _parameters(spec: Any, route: str, operation: Any) -> dict[str, Any]:
    """The operation's parameters (its path's too, refs followed) by their wire names."""
    shared = ((spec.get("paths") or {}).get(route) or {}).get("parameters") or []
    found: dict[str, Any] = {}
    for parameter in [*shared, *(operation.get("parameters") or [])]:
        parameter = _resolve(spec, parameter)
        if isinstance(parameter, dict) and isinstance(parameter.get("name"), str):
            found[parameter["name"]] = parameter
    return found


def _is_list(spec: Any, route: str, operation: Any, method: str) -> bool:
    """A GET with a paging parameter, or whose success body is a component schema named ``...List`` (the
    specs' convention for a page of records)."""
    if method != "get":
        return False
    if any(p.get(PAGING_PARAMETER_MARK) is True for p in _parameters(spec, route, operation).values()):
        return True
    body = _success_schema(spec, operation)
    ref = body.get("$ref") if isinstance(body, dict) else None
    return isinstance(ref, str) and ref.startswith("#/components/schemas/") and ref.endswith("List")


def pagination_problems(spec: Any, path: Path_, operation: Any) -> Iterator[tuple[Path_, str]]:
    """(where, message) for each way the operation's pagination descriptor is missing or wrong."""
    route, method = str(path[1]), str(path[2])
    label = f"{operation.get('operationId') or method.upper() + ' ' + route} {PAGINATION_MARK}"
    descriptor = operation.get(PAGINATION_MARK)
    where: Path_ = (*path, PAGINATION_MARK)
    if descriptor is None:
        if _is_list(spec, route, operation, method):
            styles = ", ".join(PAGINATION_STYLES)
            yield path, f"{label} is missing: a list operation says how it pages (style: {styles})"
        return
    if method != "get":
        yield where, f"{label}: only a GET (list) operation pages"
        return
    if not isinstance(descriptor, dict):
        yield where, f"{label} must be a mapping"
        return
    style = descriptor.get("style")
    if style not in PAGINATION_STYLES:
        yield (*where, "style"), f"{label}: style {style!r} is not one of {', '.join(PAGINATION_STYLES)}"
        return
    needed, optional = PAGINATION_STYLES[style]
    known = needed | optional | FLAG_KEYS | {"items"}
    for key in sorted(needed - descriptor.keys() | ({"items"} - descriptor.keys())):
        yield where, f"{label}: style {style} needs {key!r}"
    for key in sorted(descriptor.keys() - known - {"style"}):
        yield (*where, key), f"{label}: {key!r} is not a key of style {style} (it has {', '.join(sorted(known))})"
    known_keys = {k: v for k, v in descriptor.items() if k in known}
    for key in sorted(FLAG_KEYS & descriptor.keys()):
        if not isinstance(descriptor[key], bool):
            yield (*where, key), f"{label}: {key} must be true or false, not {descriptor[key]!r}"
    for key, message in _member_problems(spec, operation, known_keys):
        yield (*where, key), f"{label}: {message}"
    for key, message in _paging_parameter_problems(spec, route, operation, style, known_keys):
        yield (*where, key), f"{label}: {message}"


LISTING_MARK = "x-reviewbridge-listing"
LISTING_KINDS = ("string", "boolean", "integer")


def _listing_schema_problem(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("oneOf"), list) and schema["oneOf"]:
        return next(filter(None, map(_listing_schema_problem, schema["oneOf"])), None)
    if isinstance(schema, dict) and schema.get("type") == "array":
        return _listing_schema_problem(schema.get("items"))
    if isinstance(schema, dict) and schema.get("type") in LISTING_KINDS:
        return None
    return f"schema {schema!r} is none of {', '.join(LISTING_KINDS)}, an array of one, or oneOf those"


def listing_problems(spec: Any, path: Path_, operation: Any) -> Iterator[tuple[Path_, str]]:
    """(where, message) for each way the operation's ``x-reviewbridge-listing`` is wrong."""
    listing = operation.get(LISTING_MARK)
    if listing is None:
        return
    label = f"{operation.get('operationId') or path[1]} {LISTING_MARK}"
    where: Path_ = (*path, LISTING_MARK)
    if not isinstance(listing, dict) or listing.keys() - {"instead_of", "filters"}:
        yield where, f"{label}: a mapping of instead_of and filters"
        return
    if PAGINATION_MARK not in operation:
        yield where, f"{label}: only a paged (list) operation has listing calls"
    parameters = _parameters(spec, str(path[1]), operation)
    for name in listing.get("instead_of", []):
        if name not in parameters:
            yield (*where, "instead_of"), f"{label}: instead_of names {name!r}, no parameter of the operation"
    wire = [str(p["name"]) for p in parameters.values()]
    names = {*wire, *(re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", n).replace("-", "_").lower() for n in wire)}
    for index, entry in enumerate(listing.get("filters", [])):
        at: Path_ = (*where, "filters", index)
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name.isidentifier():
            yield at, f"{label}: a filter's name is a Python identifier, not {name!r}"
            continue
        if name in names:
            yield at, f"{label}: filter {name!r} is already a parameter of the operation"
        if problem := _listing_schema_problem(entry.get("schema")):
            yield at, f"{label}: filter {name!r}: {problem}"
        if not entry.get("description"):
            yield at, f"{label}: filter {name!r} has no description"


def _member_problems(spec: Any, operation: Any, descriptor: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(key, message) for each member of the answer the descriptor names wrongly."""
    body = _success_schema(spec, operation)
    for key, kind in MEMBER_KEYS.items():
        if key not in descriptor:
            continue
        value = descriptor[key]
        if not isinstance(value, str) or any(not part for part in value.split(".")):
            yield key, f"{key} must name a member of the answer (dotted, such as a.b), not {value!r}"
            continue
        member = _member_schema(spec, body, value.split("."))
        if member is None:
            yield key, f"{key} {value!r} names no member of the operation's success body"
        elif kind not in _types(spec, member):
            yield key, f"{key} {value!r} is not of type {kind} in the operation's success body"


def _paging_parameter_problems(
    spec: Any, route: str, operation: Any, style: str, descriptor: dict[str, Any]
) -> Iterator[tuple[str, str]]:
    """(key, message) for each parameter the descriptor names wrongly."""
    parameters = _parameters(spec, route, operation)
    named: list[tuple[str, Any]] = [(k, descriptor[k]) for k in PARAMETER_KEYS if k in descriptor]
    if "link_parameters" in descriptor:
        links = descriptor["link_parameters"]
        if not isinstance(links, list) or not links:
            yield "link_parameters", "link_parameters must be a non-empty list of parameter names"
        else:
            named.extend(("link_parameters", name) for name in links)
    for key, name in named:
        kind, marked = PARAMETER_KEYS.get(key, ("string", True))
        parameter = parameters.get(name) if isinstance(name, str) else None
        if parameter is None or parameter.get("in") != "query":
            yield key, f"{key} {name!r} is not a query parameter of the operation"
            continue
        if kind not in _types(spec, parameter.get("schema")):
            yield key, f"{key} {name!r} is not of type {kind}"
        if marked and parameter.get(PAGING_PARAMETER_MARK) is not True:
            yield key, f"{key} {name!r} is set by the pager: mark it {PAGING_PARAMETER_MARK}: true"
        if not marked and parameter.get(PAGING_PARAMETER_MARK) is True:
            yield key, f"{key} {name!r} is the caller's to set, not marked {PAGING_PARAMETER_MARK}"
    size = parameters.get(str(descriptor.get("page_size"))) if style == "short_page" else None
    if size is not None and not isinstance(_resolve(spec, size.get("schema")).get("default"), int):
        yield "page_size", "style short_page needs a default page size (the size a page holds when none is asked)"


def main(argv: Sequence[str]) -> int:
    if not argv:
        print("usage: validate.py SPEC.yaml [...]", file=sys.stderr)
        return 2
    problems = [problem for name in argv for problem in check(Path(name))]
    for problem in problems:
        print(problem, file=sys.stderr)
    for name in argv:
        if not any(p.file == Path(name) for p in problems):
            print(f"{name}: ok")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
