"""Generate the typed provider clients in ``generated/`` from ``specs/*.yaml``.

For every spec this script

1. applies the *tolerant reader* transform (see :func:`tolerant_spec`) so the generated models accept
   what real servers send and lose none of it;
2. runs ``openapi-python-client`` with our template overrides (``scripts/templates``: open enums,
   comma-separated array query parameters) layered over the upstream templates;
3. formats the result with ruff in isolated mode, so the output never depends on local configuration;
4. replaces ``generated/<provider>_client`` only when the spec, templates or tool versions changed
   (their digest is kept in ``generated/<provider>_client/.source-digest``).

``--check`` regenerates everything into a temporary directory and fails, listing the differing files,
when ``generated/`` is not exactly what the specs produce.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import functools
import hashlib
import importlib.metadata
import io
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
TEMPLATES = Path(__file__).resolve().parent / "templates"
DIGEST_FILE = ".source-digest"
# What our templates render for a construct they cannot generate (see scripts/templates/model.py.jinja).
UNSUPPORTED = "UNSUPPORTED_BY_FAST_MODEL_TEMPLATE"

JSON = dict[str, Any]


# --------------------------------------------------------------------------------------------
# Spec transform
# --------------------------------------------------------------------------------------------


def _walk(node: Any) -> Iterator[JSON]:
    """Every mapping inside ``node``, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _refs(node: Any) -> set[str]:
    return {m["$ref"] for m in _walk(node) if isinstance(m.get("$ref"), str)}


def _response_schema_names(spec: JSON) -> set[str]:
    """Names of component schemas reachable from any response body."""
    schemas = spec.get("components", {}).get("schemas", {})
    roots: list[Any] = []
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict):
                roots.append(operation.get("responses", {}))
    roots.append(spec.get("components", {}).get("responses", {}))
    seen: set[str] = set()
    pending = set().union(*(_refs(r) for r in roots))
    while pending:
        ref = pending.pop()
        prefix = "#/components/schemas/"
        if not ref.startswith(prefix):
            continue
        name = ref[len(prefix) :]
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        pending |= _refs(schemas[name])
    return seen


def _is_nullable(schema: JSON) -> bool:
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(_is_nullable(s) for key in ("anyOf", "oneOf") for s in schema.get(key, []))


def _nullable(schema: JSON) -> JSON:
    """The same schema, also accepting null."""
    if _is_nullable(schema):
        return schema
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return {**schema, key: [*schema[key], {"type": "null"}]}
    kind = schema.get("type")
    if isinstance(kind, str) and kind not in ("object", "array") and "enum" not in schema:
        return {**schema, "type": [kind, "null"]}
    if isinstance(kind, list):
        return {**schema, "type": [*kind, "null"]}
    keep: JSON = {k: schema[k] for k in ("description", "title") if k in schema}
    inner = {k: v for k, v in schema.items() if k not in keep}
    return {**keep, "anyOf": [inner, {"type": "null"}]}


def _subschemas(schema: JSON) -> Iterator[JSON]:
    """The schemas nested directly in ``schema`` (not its other keywords' values)."""
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            yield schema[key]
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        yield from (s for s in schema.get(key, []) if isinstance(s, dict))
    yield from (s for s in schema.get("properties", {}).values() if isinstance(s, dict))


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.replace("-", "_").split("_"))


def _hoist_enum(schema: JSON, name: str, components: JSON) -> JSON:
    """Move an inline enum to ``components`` so its class gets a clear name; return the reference."""
    values = [v for v in schema["enum"] if v is not None]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    components.setdefault(name, {**schema, "type": kind, "enum": values})
    reference: JSON = {"$ref": f"#/components/schemas/{name}"}
    if "description" in schema:
        reference["description"] = schema["description"]
    return _nullable(reference) if None in schema["enum"] or _is_nullable(schema) else reference


def _tolerate(schema: JSON, name: str, components: JSON) -> None:
    """Let every object in ``schema`` miss or null any member (in place, recursively)."""
    schema.pop("required", None)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            _tolerate(schema[key], name + "Item", components)
    for key in ("anyOf", "oneOf", "allOf"):
        for index, option in enumerate(schema.get(key, [])):
            if isinstance(option, dict):
                _tolerate(option, f"{name}Option{index}", components)
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return
    for member_name, member in properties.items():
        member_class = name + _pascal(member_name)
        if isinstance(member, dict) and "enum" in member:
            member = _hoist_enum(member, member_class, components)
        elif isinstance(member, dict):
            _tolerate(member, member_class, components)
        properties[member_name] = _nullable(member)


#: On a component schema ``anyOf: [X, E]`` where ``E`` is an object holding ``X`` in the member this
#: names: a body that is ``X`` itself or ``E``. The generated code types such an answer as ``X`` and
#: takes it out of that member when it comes enveloped (see :func:`envelope_members`).
ENVELOPE_MARK = "x-reviewbridge-envelope"
_SCHEMA_REF = "#/components/schemas/"


def _enveloped_schemas(spec: JSON) -> dict[str, tuple[str, str]]:
    """Each component schema marked ``x-reviewbridge-envelope`` -> (envelope member, ref of the typed option)."""
    schemas = spec.get("components", {}).get("schemas", {})
    found: dict[str, tuple[str, str]] = {}
    for name, schema in schemas.items():
        if not isinstance(schema, dict) or ENVELOPE_MARK not in schema:
            continue
        member = schema[ENVELOPE_MARK]
        options = [o.get("$ref") if isinstance(o, dict) else None for o in schema.get("anyOf", [])]
        envelope = schemas.get(str(options[1])[len(_SCHEMA_REF) :], {}) if len(options) == 2 else {}
        held = envelope.get("properties", {}).get(member, {}) if isinstance(member, str) else {}
        if not (isinstance(options[0], str) and isinstance(held, dict) and held.get("$ref") == options[0]):
            raise GenerationError(
                f"schema {name}: {ENVELOPE_MARK} needs anyOf: [X, E] with E's member {member!r} a $ref to X"
            )
        found[name] = (member, options[0])
    return found


def envelope_members(spec: JSON) -> dict[str, dict[str, str]]:
    """Each operation's Python name -> {status of an answer whose schema is marked
    ``x-reviewbridge-envelope``: the member an envelope holds the typed body in}."""
    from openapi_python_client.strings import PythonIdentifier

    enveloped = _enveloped_schemas(spec)
    components = spec.get("components", {}).get("responses", {})
    found: dict[str, dict[str, str]] = {}
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            if not (isinstance(operation, dict) and "operationId" in operation):
                continue
            statuses: dict[str, str] = {}
            for status, response in operation.get("responses", {}).items():
                ref = response.get("$ref", "") if isinstance(response, dict) else ""
                if ref.startswith("#/components/responses/"):
                    response = components.get(ref.rpartition("/")[2], {})
                schema = response.get("content", {}).get("application/json", {}).get("schema", {})
                target = schema.get("$ref", "") if isinstance(schema, dict) else ""
                if target.startswith(_SCHEMA_REF) and target[len(_SCHEMA_REF) :] in enveloped:
                    statuses[str(status)] = enveloped[target[len(_SCHEMA_REF) :]][0]
            if statuses:
                found[PythonIdentifier(operation["operationId"], prefix="field_")] = statuses
    return dict(sorted(found.items()))


def _type_envelopes(spec: JSON, enveloped: dict[str, tuple[str, str]]) -> None:
    """References to a schema marked ``x-reviewbridge-envelope`` (``enveloped``) become references to its
    typed option, and the marked schema goes (in place): the generated parser unwraps the envelope itself."""
    for node in _walk(spec):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMA_REF) and ref[len(_SCHEMA_REF) :] in enveloped:
            node["$ref"] = enveloped[ref[len(_SCHEMA_REF) :]][1]
    for name in enveloped:
        del spec["components"]["schemas"][name]


def tolerant_spec(spec: JSON) -> JSON:
    """The spec as the client generator should see it.

    * ``x-extensible-enum`` becomes ``enum``: the open-enum template keeps unknown values.
    * ``format: date``/``date-time`` is dropped outside parameters: models keep the provider's exact
      timestamp string (``isoformat()`` would rewrite ``...41.790Z`` as ``...41.790000+00:00``).
    * Objects reachable from responses get no ``required`` and every member may be null: real
      responses omit and null documented fields.
    * A body marked ``x-reviewbridge-envelope`` (bare or enveloped) is typed as the bare schema.
    """
    spec = copy.deepcopy(spec)
    parameters: list[Any] = [spec.get("components", {}).get("parameters", {})]
    for path_item in spec.get("paths", {}).values():
        parameters.append(path_item.get("parameters", []))
        for operation in path_item.values():
            if isinstance(operation, dict):
                parameters.append(operation.get("parameters", []))
    in_parameters = {id(m) for p in parameters for m in _walk(p)}

    for node in _walk(spec):
        if "x-extensible-enum" in node:
            node["enum"] = node.pop("x-extensible-enum")
        if node.get("format") in ("date", "date-time") and id(node) not in in_parameters:
            del node["format"]

    schemas = spec.get("components", {}).get("schemas", {})
    enveloped = _enveloped_schemas(spec)
    for name in sorted(_response_schema_names(spec)):
        _tolerate(schemas[name], name, schemas)
    _type_envelopes(spec, enveloped)  # after the above, so an envelope's schemas stay tolerant like the rest
    return spec


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------


def _tool_versions() -> str:
    return ";".join(f"{name}=={importlib.metadata.version(name)}" for name in ("openapi-python-client", "ruff"))


def providers(specs: Path = SPECS) -> tuple[str, ...]:
    """Every provider, found as its spec ``<specs>/<provider>.yaml``, by name: the generator lists none."""
    return tuple(sorted(path.stem for path in specs.glob("*.yaml")))


def _orphans(specs: Path = SPECS, generated: Path = GENERATED) -> list[str]:
    """Generated packages whose spec is gone: ``make generate`` removes them, ``--check`` reports them."""
    known = {f"{name}_client" for name in providers(specs)}
    return sorted(path.name for path in generated.glob("*_client") if path.is_dir() and path.name not in known)


def source_digest(provider: str) -> str:
    """A digest of everything the output of one provider depends on."""
    digest = hashlib.sha256()
    digest.update(_tool_versions().encode())
    digest.update((SPECS / f"{provider}.yaml").read_bytes())
    for path in sorted([*TEMPLATES.rglob("*"), Path(__file__)]):
        if path.is_file():
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def operation_ids(spec: JSON) -> dict[str, str]:
    """Each operation's Python name (as the generator names its module) -> its operationId."""
    return dict(sorted((name, operation["operationId"]) for name, operation, _ in _operations(spec)))


def _operations(spec: JSON) -> Iterator[tuple[str, JSON, list[JSON]]]:
    """Each operation of ``spec`` with an operationId: its Python name (as the generator names its module),
    the operation, and its parameters (the path item's, then its own) with references resolved."""
    from openapi_python_client.strings import PythonIdentifier

    components = spec.get("components", {}).get("parameters", {})

    def resolved(parameter: Any) -> JSON:
        ref = parameter.get("$ref", "") if isinstance(parameter, dict) else ""
        if isinstance(ref, str) and ref.startswith("#/components/parameters/"):
            return dict(components.get(ref.rpartition("/")[2], {}))
        return parameter if isinstance(parameter, dict) else {}

    for path_item in spec.get("paths", {}).values():
        shared = path_item.get("parameters", [])
        for operation in path_item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                parameters = [resolved(p) for p in [*shared, *operation.get("parameters", [])]]
                yield PythonIdentifier(operation["operationId"], prefix="field_"), operation, parameters


#: A parameter marked so in a spec steers the pagination (a page number, a cursor): the operation's
#: generated ``<Operation>Filters`` leaves it out, as the facade pages by itself.
PAGINATION_MARK = "x-pagination-parameter"


def pagination_parameters(spec: JSON) -> dict[str, list[str]]:
    """Each operation's Python name -> the wire names of its parameters marked ``x-pagination-parameter``."""
    marked: dict[str, list[str]] = {}
    for name, _, parameters in _operations(spec):
        marked[name] = sorted(str(p["name"]) for p in parameters if p.get(PAGINATION_MARK) is True and "name" in p)
    return dict(sorted(marked.items()))


def operation_servers(spec: JSON) -> dict[str, str]:
    """Each operation's Python name -> the URL of the server the spec names for it alone.

    An operation-level ``servers`` wins over a path-level one; operations served from the spec's
    top-level servers (the client's base URL) are not listed."""
    from openapi_python_client.strings import PythonIdentifier

    found: dict[str, str] = {}
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            if not (isinstance(operation, dict) and "operationId" in operation):
                continue
            servers = operation.get("servers") or path_item.get("servers") or []
            if servers and isinstance(servers[0], dict) and isinstance(servers[0].get("url"), str):
                found[PythonIdentifier(operation["operationId"], prefix="field_")] = servers[0]["url"].rstrip("/")
    return dict(sorted(found.items()))


def spec_servers(spec: JSON) -> list[dict[str, str]]:
    """The spec's top-level servers (production first, by the specs' convention): url and description."""
    return [
        {"url": str(s["url"]).rstrip("/"), "description": str(s.get("description", ""))}
        for s in spec.get("servers", [])
        if isinstance(s, dict) and isinstance(s.get("url"), str)
    ]


#: On a list operation: how it pages (style, where the records, cursor, next link or total are, which
#: parameters carry them); ``scripts/validate.py`` checks it against the operation. The generated module
#: holds it as ``PAGINATION``, a ``types.Pagination``.
PAGINATION_DESCRIPTOR = "x-reviewbridge-pagination"
_MEMBER_PATHS = ("items", "total_pages", "reported_page_size", "cursor", "next_link")
_PARAMETERS = ("page", "cursor_parameter", "change_cursor")


def _paging_parameter(operation_id: str, parameters: dict[Any, JSON], name: object) -> JSON:
    """A parameter a descriptor names, as the template renders it: its wire and Python names."""
    from openapi_python_client.strings import PythonIdentifier

    if name not in parameters:
        raise GenerationError(f"{operation_id}: {PAGINATION_DESCRIPTOR} names {name!r}, no parameter of it")
    return {"name": str(name), "python_name": str(PythonIdentifier(str(name), prefix="field_"))}


def pagination_descriptors(spec: JSON) -> dict[str, JSON]:
    """Each list operation's Python name -> its ``x-reviewbridge-pagination``, as the template renders it:
    member paths as lists of names, parameters as {name, python_name} (page size with default, maximum)."""
    found: dict[str, JSON] = {}
    for name, operation, listed in _operations(spec):
        if PAGINATION_DESCRIPTOR not in operation:
            continue
        descriptor = operation[PAGINATION_DESCRIPTOR]
        parameters = {p.get("name"): p for p in listed}
        parameter = functools.partial(_paging_parameter, operation["operationId"], parameters)
        rendered: JSON = {"style": descriptor["style"]}
        for key in _MEMBER_PATHS:
            if key in descriptor:
                rendered[key] = str(descriptor[key]).split(".")
        for key in _PARAMETERS:
            if key in descriptor:
                rendered[key] = parameter(descriptor[key])
        if "link_parameters" in descriptor:
            rendered["link_parameters"] = [parameter(name) for name in descriptor["link_parameters"]]
        if descriptor.get("empty_omitted") is True:
            rendered["empty_omitted"] = True
        if "page_size" in descriptor:
            schema = parameters.get(descriptor["page_size"], {}).get("schema", {})
            rendered["page_size"] = {
                "parameter": parameter(descriptor["page_size"]),
                "default": schema.get("default"),
                "maximum": schema.get("maximum"),
            }
        found[name] = rendered
    return dict(sorted(found.items()))


#: On a list operation: what the SDK's listing calls (``<Operation>Listing``: reviews, review_pages, pages)
#: take where that is not the operation's parameters as they are: ``instead_of``, parameters they take in
#: another form (named by their wire names), and ``filters``, the SDK's own (``name``, a Python identifier;
#: ``schema``: a string, boolean or integer, an array of one, or ``oneOf`` those; ``description``). The
#: generated module then holds ``<Operation>ListingFilters``, the listing calls' filters (checked by
#: ``scripts/validate.py``).
LISTING_MARK = "x-reviewbridge-listing"
_LISTING_TYPES = {"string": "str", "boolean": "bool", "integer": "int"}


def _listing_type(operation_id: str, name: str, schema: object) -> str:
    kind = schema.get("type") if isinstance(schema, dict) else None
    if isinstance(schema, dict) and isinstance(schema.get("oneOf"), list):
        return " | ".join(_listing_type(operation_id, name, option) for option in schema["oneOf"])
    if isinstance(schema, dict) and kind == "array":
        return f"list[{_listing_type(operation_id, name, schema.get('items'))}]"
    if isinstance(kind, str) and kind in _LISTING_TYPES:
        return _LISTING_TYPES[kind]
    raise GenerationError(f"{operation_id}: {LISTING_MARK} filter {name!r} has a schema it cannot type: {schema!r}")


def listing_filters(spec: JSON) -> dict[str, JSON]:
    """Each list operation's Python name -> its ``x-reviewbridge-listing`` as the template renders it: the
    Python names of the parameters taken instead, and each filter of the SDK's own with its Python type."""
    from openapi_python_client.strings import PythonIdentifier

    found: dict[str, JSON] = {}
    for name, operation, listed in _operations(spec):
        listing = operation.get(LISTING_MARK)
        if not isinstance(listing, dict):
            continue
        operation_id = operation["operationId"]
        parameters = {p.get("name") for p in listed}
        instead = [str(p) for p in listing.get("instead_of", [])]
        if unknown := [p for p in instead if p not in parameters]:
            raise GenerationError(f"{operation_id}: {LISTING_MARK}.instead_of names no parameter of it: {unknown}")
        found[name] = {
            "instead_of": [str(PythonIdentifier(p, prefix="field_")) for p in instead],
            "filters": [
                {
                    "name": str(f["name"]),
                    "type": _listing_type(operation_id, str(f["name"]), f.get("schema")),
                    "description": " ".join(str(f.get("description", "")).split()),
                }
                for f in listing.get("filters", [])
            ],
        }
    return dict(sorted(found.items()))


#: On a ``format: date-time`` query parameter's schema: the form the provider documents for it, always UTC
#: with ``Z``: ``seconds`` (``2021-10-01T13:00:00Z``) or ``milliseconds`` (``2018-02-01T17:10:42.733Z``).
#: The generated ``build_request`` sends a datetime so, and refuses a naive one.
TIMESTAMP_MARK = "x-reviewbridge-timestamp"
TIMESTAMP_PRECISIONS = ("seconds", "milliseconds")


def timestamp_parameters(spec: JSON) -> dict[str, dict[str, str]]:
    """Each operation's Python name -> {wire name of a date-time query parameter: its precision}.

    Every date-time query parameter must say its form (``x-reviewbridge-timestamp``): without it the
    generated code would send Python's ``isoformat()``, which no provider documents."""
    found: dict[str, dict[str, str]] = {}
    for name, operation, parameters in _operations(spec):
        stamps: dict[str, str] = {}
        for parameter in (p for p in parameters if p.get("in") == "query"):
            for node in _walk(parameter.get("schema", {})):
                if node.get("format") != "date-time":
                    continue
                precision = node.get(TIMESTAMP_MARK)
                if precision not in TIMESTAMP_PRECISIONS:
                    raise GenerationError(
                        f"{operation['operationId']}: date-time query parameter {parameter.get('name')!r} needs "
                        f"{TIMESTAMP_MARK}: one of {', '.join(TIMESTAMP_PRECISIONS)} (its documented form)"
                    )
                stamps[str(parameter["name"])] = precision
        if stamps:
            found[name] = stamps
    return dict(sorted(found.items()))


_SCALAR_KINDS = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}


def _filter_kind(operation_id: str, name: str, schema: JSON) -> str:
    """A filter value's kind from its (resolved) schema: the scalar type, or the date/date-time formats."""
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        formats = {option.get("format") for option in options}
        if formats <= {"date", "date-time"} and all(option.get("type") == "string" for option in options):
            return "date-or-date-time" if formats == {"date", "date-time"} else str(formats.pop())
        raise GenerationError(f"{operation_id}: parameter {name!r}: a union the filters cannot describe")
    if schema.get("type") == "string" and schema.get("format") in ("date", "date-time"):
        return str(schema["format"])
    kind = schema.get("type")
    if kind not in _SCALAR_KINDS:
        raise GenerationError(f"{operation_id}: parameter {name!r} has no scalar type a filter can take")
    return _SCALAR_KINDS[kind]


def _one_paragraph(text: object) -> str:
    """A description's first paragraph on one line."""
    first = str(text or "").strip().split("\n\n")[0]
    return " ".join(first.split())


def filter_descriptions(spec: JSON) -> dict[str, dict[str, str]]:
    """Each operation's Python name -> {wire name of a path or query parameter: the keyword arguments of
    its generated ``FilterParameter`` (Python source)}: the value's kind, whether it repeats, the values it
    lists (``enum``; ``x-extensible-enum`` as open choices), its bounds and pattern, its default, its
    example and the first paragraph of its description, each as the spec says (items' for an array)."""
    schemas = spec.get("components", {}).get("schemas", {})

    def resolved(node: Any) -> JSON:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            own = {k: v for k, v in node.items() if k != "$ref"}
            node = {**schemas.get(node["$ref"].rpartition("/")[2], {}), **own}
        return node if isinstance(node, dict) else {}

    found: dict[str, dict[str, str]] = {}
    for name, operation, parameters in _operations(spec):
        described: dict[str, str] = {}
        for parameter in (p for p in parameters if p.get("in") in ("path", "query")):
            described[str(parameter["name"])] = _filter_arguments(operation["operationId"], parameter, resolved)
        found[name] = described
    return dict(sorted(found.items()))


def _filter_arguments(operation_id: str, parameter: JSON, resolved: Callable[[Any], JSON]) -> str:
    """One filter's ``FilterParameter`` keyword arguments (Python source), from its parameter."""
    name = str(parameter["name"])
    schema = resolved(parameter.get("schema", {}))
    repeated = schema.get("type") == "array"
    value = resolved(schema.get("items", {})) if repeated else schema
    choices = value.get("enum", value.get("x-extensible-enum", []))
    arguments: dict[str, object] = {"kind": _filter_kind(operation_id, name, value)}
    if repeated:
        arguments["repeated"] = True
    if choices:
        arguments["choices"] = tuple(c for c in choices if c is not None)
    if "x-extensible-enum" in value:
        arguments["open_choices"] = True
    for key in ("minimum", "maximum", "pattern"):
        if key in value:
            arguments[key] = value[key]
    if "default" in schema:
        default = schema["default"]
        arguments["default"] = tuple(default) if isinstance(default, list) else default
    example = parameter.get("example", schema.get("example"))
    if example is not None:
        arguments["example"] = tuple(example) if isinstance(example, list) else example
    description = _one_paragraph(parameter.get("description") or value.get("description"))
    if description:
        arguments["description"] = description
    return ", ".join(f"{key}={item!r}" for key, item in arguments.items())


#: A spec's top-level mapping of header name -> value that every call must carry (a provider's
#: required fixed headers): the generated ``Client`` sends them unless given other ``headers``.
HEADERS_MARK = "x-reviewbridge-headers"


def client_headers(spec: JSON) -> dict[str, str]:
    """The headers every call of the spec's API carries (``x-reviewbridge-headers``)."""
    headers = spec.get(HEADERS_MARK, {})
    if not isinstance(headers, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items()):
        raise GenerationError(f"{HEADERS_MARK} must map header names to string values")
    return dict(sorted(headers.items()))


#: A spec's top-level statement of where the provider sends its id of a request: ``headers``, response
#: headers (the first present wins), and ``error-member``, a member of its error bodies; ``{}`` for
#: nowhere. Required: a provider's request id is read only where its spec says it is sent.
REQUEST_ID_MARK = "x-reviewbridge-request-id"
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def request_id_places(spec: JSON) -> dict[str, object]:
    """Where the provider sends its id of a request (``x-reviewbridge-request-id``): {"headers": [...],
    "error_member": name or None}. The error member must be a property of a schema of the spec."""
    if REQUEST_ID_MARK not in spec:
        raise GenerationError(
            f"{REQUEST_ID_MARK} is missing: say where the provider sends its id of a request "
            "(headers: [names], error-member: name), or {} where its docs name no place"
        )
    places = spec[REQUEST_ID_MARK]
    if not isinstance(places, dict) or set(places) - {"headers", "error-member"}:
        raise GenerationError(f"{REQUEST_ID_MARK} takes only headers (a list of names) and error-member (a name)")
    headers = places.get("headers", [])
    if not isinstance(headers, list) or not all(isinstance(h, str) and _HEADER_NAME.fullmatch(h) for h in headers):
        raise GenerationError(f"{REQUEST_ID_MARK}.headers must be a list of header names, not {headers!r}")
    member = places.get("error-member")
    schemas = spec.get("components", {}).get("schemas", {})
    members = {name for schema in schemas.values() if isinstance(schema, dict) for name in schema.get("properties", {})}
    if member is not None and (not isinstance(member, str) or member not in members):
        raise GenerationError(f"{REQUEST_ID_MARK}.error-member {member!r} is no property of a schema of the spec")
    return {"headers": headers, "error_member": member}


def _template_overlay(workdir: Path, spec: JSON) -> Path:
    """Our templates first, the upstream ones reachable as ``upstream/<name>``.

    The generator keeps only a snake_case name of each operation; ``operation_ids.jinja`` hands the
    templates the spec's own operationIds, each operation's pagination parameters, paging descriptor and
    own server, the spec's servers, the headers every call carries, each filter as the spec describes it, and
    what the listing calls take besides (``x-reviewbridge-listing``).
    """
    import openapi_python_client

    overlay = workdir / "templates"
    shutil.copytree(TEMPLATES, overlay)
    (overlay / "upstream").symlink_to(Path(openapi_python_client.__file__).parent / "templates")
    tables = {
        "OPERATION_IDS": operation_ids(spec),
        "PAGINATION_PARAMETERS": pagination_parameters(spec),
        "OPERATION_SERVERS": operation_servers(spec),
        "SERVERS": spec_servers(spec),
        "PAGINATION": pagination_descriptors(spec),
        "CLIENT_HEADERS": client_headers(spec),
        "REQUEST_ID": request_id_places(spec),
        "ENVELOPES": envelope_members(spec),
        "TIMESTAMPS": timestamp_parameters(spec),
        "FILTERS": filter_descriptions(spec),
        "LISTINGS": listing_filters(spec),
    }
    (overlay / "operation_ids.jinja").write_text(
        "".join(f"{{% set {name} = {json.dumps(table, sort_keys=True)} %}}\n" for name, table in tables.items()),
        encoding="utf-8",
    )
    return overlay


def _ruff(package: Path) -> None:
    """Tidy and format one generated package (isolated mode: no local configuration applies)."""
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    ruff = os.fsdecode(find_ruff_bin())
    for args in (
        ["check", "--isolated", "--no-cache", "--select", "F401,I", "--fix-only", "--quiet", "."],
        ["format", "--isolated", "--no-cache", "--line-length", "120", "--quiet", "."],
    ):
        subprocess.run([ruff, *args], cwd=package, check=True, capture_output=True)  # noqa: S603 - our own argv


class GenerationError(Exception):
    """A spec the generator or our templates cannot turn into a package (the message says why)."""


def generate_one(provider: str, workdir: Path) -> Path:
    """Generate one provider's package under ``workdir`` and return its path.

    Runs ``openapi-python-client`` through its Python API in this process: ``main`` imports the
    generator once and forks a worker per provider, rather than start one generator process (each
    importing it anew) per provider."""
    from openapi_python_client import generate
    from openapi_python_client.config import Config, ConfigFile, MetaType

    package = f"{provider}_client"
    spec = yaml.safe_load((SPECS / f"{provider}.yaml").read_text(encoding="utf-8"))
    spec_path = workdir / f"{provider}.json"
    spec_path.write_text(json.dumps(tolerant_spec(spec), indent=1, sort_keys=True), encoding="utf-8")
    out = workdir / "out"
    out.mkdir(exist_ok=True)
    config = Config.from_sources(
        ConfigFile(package_name_override=package, project_name_override=package, post_hooks=[]),
        meta_type=MetaType.NONE,
        document_source=spec_path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=out / package,
    )
    with contextlib.redirect_stdout(io.StringIO()):  # its progress lines
        errors = generate(config=config, custom_template_path=_template_overlay(workdir, spec))
    if errors:  # warnings included: each means a construct generated other than the spec says
        details = "\n".join(f"{e.level.value}: {e.header}\n{e.detail or ''}" for e in errors)
        raise GenerationError(f"openapi-python-client failed for specs/{provider}.yaml:\n{details}")
    _ruff(out / package)
    unsupported = sorted(
        f"{path.relative_to(out)}: {line.strip()}"
        for path in (out / package).rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if UNSUPPORTED in line
    )
    if unsupported:
        raise GenerationError(
            f"specs/{provider}.yaml uses what scripts/templates cannot generate yet:\n" + "\n".join(unsupported)
        )
    (out / package / DIGEST_FILE).write_text(source_digest(provider) + "\n", encoding="utf-8")
    # PEP 561: the package's own annotations are what type checkers use once it is installed (the
    # generator writes this marker only with packaging metadata, which these packages do not get).
    (out / package / "py.typed").write_text("", encoding="utf-8")
    return out / package


def _files(root: Path) -> dict[Path, bytes]:
    return {
        p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }


def _differences(expected: Path, actual: Path) -> list[str]:
    """Files that differ between what the spec produces and what is committed."""
    want, have = _files(expected), _files(actual) if actual.exists() else {}
    rel = actual.relative_to(ROOT)
    return sorted(
        [f"{rel / p}: missing" for p in want.keys() - have.keys()]
        + [f"{rel / p}: not produced by the spec" for p in have.keys() - want.keys()]
        + [f"{rel / p}: differs" for p in want.keys() & have.keys() if want[p] != have[p]]
    )


def _generate_all(jobs: list[tuple[str, Path]]) -> list[Path]:
    """Each (provider, workdir) generated side by side by workers forked once the generator is
    imported (importing it was a good part of each provider's time); a failure exits with its message."""
    if not jobs:
        return []
    if sys.flags.hash_randomization:
        sys.exit("generating needs PYTHONHASHSEED=0 (set when run as `python scripts/generate.py`)")
    import openapi_python_client  # noqa: F401 - imported before the fork, shared by the workers

    context = multiprocessing.get_context("fork")
    try:
        with ProcessPoolExecutor(max_workers=min(len(jobs), os.cpu_count() or 1), mp_context=context) as pool:
            return list(pool.map(generate_one, *zip(*jobs, strict=True)))
    except GenerationError as exc:
        sys.exit(str(exc))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is not what the specs produce")
    parser.add_argument("--force", action="store_true", help="regenerate even when nothing changed")
    parser.add_argument("providers", nargs="*", choices=[*providers(), []], help="default: all (specs/*.yaml)")
    args = parser.parse_args(argv)
    everything = not args.providers
    args.providers = args.providers or list(providers())

    failures: list[str] = []
    for orphan in _orphans() if everything else []:
        if args.check:
            failures.append(f"{GENERATED.relative_to(ROOT) / orphan}: its spec is gone")
        else:
            shutil.rmtree(GENERATED / orphan)
            print(f"{orphan}: removed (no spec)")
    with tempfile.TemporaryDirectory(prefix="reviewbridge-gen-") as tmp:
        pending = []
        for provider in args.providers:
            digest_path = GENERATED / f"{provider}_client" / DIGEST_FILE
            up_to_date = digest_path.is_file() and digest_path.read_text().strip() == source_digest(provider)
            if up_to_date and not (args.check or args.force):
                print(f"{provider}_client: up to date")
                continue
            workdir = Path(tmp) / provider
            workdir.mkdir()
            pending.append((provider, workdir))
        produced = _generate_all(pending)
        for (provider, _), output in zip(pending, produced, strict=True):
            package = f"{provider}_client"
            target = GENERATED / package
            if args.check:
                diffs = _differences(output, target)
                failures.extend(diffs)
                print(f"{package}: {'differs' if diffs else 'matches its spec'}")
                continue
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(output, target)
            print(f"{package}: generated")
    if failures:
        print("\ngenerated/ is not what the specs produce; run `make generate` and commit the result:", file=sys.stderr)
        for line in failures:
            print(f"  {line}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    if sys.flags.hash_randomization:
        # The generator's output depends on set order: start again under a fixed hash seed, so two runs
        # write the same bytes (before anything heavy is imported: this costs one interpreter start).
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])  # noqa: S606 - this very script again
    raise SystemExit(main())
