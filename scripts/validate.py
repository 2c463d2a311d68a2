"""Validate the provider specs: ``python scripts/validate.py specs/*.yaml``.

Checks, each reported as ``file:line: message``:

* the document is valid OpenAPI (openapi-spec-validator);
* every ``example`` / ``examples`` value validates against the schema it illustrates;
* every operation has an ``operationId``, a ``summary`` and at least one documented 4xx response;
* ``operationId`` values are unique;
* every array query parameter uses one of the two wire forms the generator implements:
  ``style: form, explode: false`` (comma-separated) or a name ending in ``[]`` with ``explode: true``.
"""

from __future__ import annotations

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
