"""scripts/validate.py: the project's specs pass; a broken spec fails with file:line messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SPEC_PROVIDERS, SPECS

VALIDATE = ROOT / "scripts" / "validate.py"

BROKEN = """\
openapi: 3.1.0
info: {title: broken, version: "1"}
paths:
  /things:
    get:
      summary: List things
      parameters:
        - name: ids
          in: query
          schema: {type: array, items: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  count: {type: integer}
              examples:
                docs:
                  value: {count: "three"}
"""


def run(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(VALIDATE), *map(str, paths)], capture_output=True, text=True)


def test_the_project_specs_are_valid() -> None:
    done = run(*(SPECS / f"{p}.yaml" for p in SPEC_PROVIDERS))
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(": ok") == len(SPEC_PROVIDERS)


def test_a_broken_spec_is_reported_with_file_and_line(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(BROKEN)
    done = run(spec)
    assert done.returncode == 1
    messages = done.stderr.splitlines()
    # the example's "three" is on line 22, the operation without operationId on line 5,
    # the array parameter without a declared wire form on line 8, the missing 4xx on line 11
    assert f"{spec}:22: example does not match its schema" in done.stderr
    assert any(m.startswith(f"{spec}:5: GET /things has no operationId") for m in messages)
    assert any(m.startswith(f"{spec}:8: array query parameter 'ids'") for m in messages)
    assert any(m.startswith(f"{spec}:11: GET /things documents no 4xx") for m in messages)


def test_invalid_openapi_is_reported(tmp_path: Path) -> None:
    spec = tmp_path / "invalid.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n")
    done = run(spec)
    assert done.returncode == 1
    assert f"{spec}:" in done.stderr and "OpenAPI:" in done.stderr


# A list operation for each way a pagination descriptor can be wrong; every operation is valid otherwise
# (the good one proves it), so each message comes from its descriptor alone.
PAGED = """\
openapi: 3.1.0
info: {title: paged, version: "1"}
paths:
  /good:
    get:
      operationId: good
      summary: A descriptor that fits
      x-reviewbridge-pagination: {style: page_number, items: data, page: page, page_size: size, total_pages: meta.pages}
      parameters: [{$ref: "#/components/parameters/Page"}, {$ref: "#/components/parameters/Size"}]
      responses: {"200": {$ref: "#/components/responses/Page"}, "400": {description: bad}}
  /goodtoken:
    get:
      operationId: goodtoken
      summary: A page-token descriptor whose answers leave an empty list out
      x-reviewbridge-pagination:
        {style: page_token, items: data, cursor: meta.next, cursor_parameter: t, empty_omitted: true}
      parameters: [{name: t, in: query, x-pagination-parameter: true, schema: {type: string}}]
      responses: {"200": {$ref: "#/components/responses/Page"}, "400": {description: bad}}
  /flag:
    get:
      operationId: flag
      summary: A flag that is no boolean
      x-reviewbridge-pagination:
        {style: page_token, items: data, cursor: meta.next, cursor_parameter: t, empty_omitted: "no"}
      parameters: [{name: t, in: query, x-pagination-parameter: true, schema: {type: string}}]
      responses: {"200": {$ref: "#/components/responses/Page"}, "400": {description: bad}}
  /missing:
    get:
      operationId: missing
      summary: A list without a descriptor
      responses: {"200": {$ref: "#/components/responses/Page"}, "400": {description: bad}}
  /style:
    get:
      operationId: style
      summary: An unknown style
      x-reviewbridge-pagination: {style: offset, items: data}
      responses: {"200": {$ref: "#/components/responses/Page"}, "400": {description: bad}}
  /items:
    get:
      operationId: items
      summary: Records that are no array, a total that is no member, a key of another style
      x-reviewbridge-pagination: {style: page_number, items: meta, page: page, total_pages: meta.count, cursor: x}
      parameters: [{$ref: "#/components/parameters/Page"}]
      responses: {"200": {$ref: "#/components/responses/Page"}, "400": {description: bad}}
  /cursor:
    get:
      operationId: cursor
      summary: A cursor parameter that does not exist, and a needed key left out
      x-reviewbridge-pagination: {style: cursor, items: data, cursor_parameter: after}
      responses: {"200": {$ref: "#/components/responses/Page"}, "400": {description: bad}}
  /unmarked:
    get:
      operationId: unmarked
      summary: A page parameter the pager sets, not marked so
      x-reviewbridge-pagination: {style: short_page, items: data, page: number, page_size: size}
      parameters:
        - {name: number, in: query, schema: {type: integer}}
        - {$ref: "#/components/parameters/Size"}
      responses: {"200": {$ref: "#/components/responses/Page"}, "400": {description: bad}}
components:
  parameters:
    Page: {name: page, in: query, x-pagination-parameter: true, schema: {type: integer, minimum: 1}}
    Size: {name: size, in: query, schema: {type: integer, default: 10}}
  responses:
    Page:
      description: One page
      content: {application/json: {schema: {$ref: "#/components/schemas/ThingList"}}}
  schemas:
    ThingList:
      type: object
      properties:
        data: {type: array, items: {type: object}}
        meta:
          type: object
          properties: {pages: {type: integer}, next: {type: [string, "null"]}}
"""


def test_a_broken_pagination_descriptor_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "paged.yaml"
    spec.write_text(PAGED)
    done = run(spec)
    assert done.returncode == 1
    problems = done.stderr.splitlines()
    assert not [p for p in problems if "good" in p.split(": ")[1]], done.stderr  # the fitting one passes
    expected = [
        "missing x-reviewbridge-pagination is missing: a list operation says how it pages",
        "style x-reviewbridge-pagination: style 'offset' is not one of single_window, page_number",
        "items x-reviewbridge-pagination: items 'meta' is not of type array",
        "items x-reviewbridge-pagination: total_pages 'meta.count' names no member of the operation's success body",
        "items x-reviewbridge-pagination: 'cursor' is not a key of style page_number",
        "cursor x-reviewbridge-pagination: style cursor needs 'cursor'",
        "cursor x-reviewbridge-pagination: cursor_parameter 'after' is not a query parameter of the operation",
        "unmarked x-reviewbridge-pagination: page 'number' is set by the pager: mark it x-pagination-parameter",
        "flag x-reviewbridge-pagination: empty_omitted must be true or false, not 'no'",
    ]
    _assert_problems(done, spec, expected)


def _assert_problems(done: subprocess.CompletedProcess[str], spec: Path, expected: list[str]) -> None:
    """validate.py failed on ``spec`` with exactly the problems ``expected`` (each a part of its line)."""
    problems = done.stderr.splitlines()
    for message in expected:
        assert any(message in p for p in problems), f"{message!r} not in:\n{done.stderr}"
    assert len(problems) == len(expected), done.stderr
    assert all(p.startswith(f"{spec}:") for p in problems)
    assert done.returncode == 1


#: One paged operation per route, each with its own x-reviewbridge-listing (indented as the operation's key).
LISTED_OPERATION = """\
  /{route}/{{shopId}}/things:
    parameters:
      - {{name: shopId, in: path, required: true, schema: {{type: string}}}}
    get:
      operationId: {route}
      summary: List things
      x-reviewbridge-pagination: {{style: single_window, items: things}}
      x-reviewbridge-listing:
{listing}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{type: object, properties: {{things: {{type: array, items: {{type: object}}}}}}}}
        "404": {{description: none}}
"""
GOOD_LISTING = """\
        instead_of: [shopId]
        filters:
          - {name: shop, schema: {type: string}, description: A shop's resource name.}
          - {name: shops, schema: {oneOf: [{type: string}, {type: array, items: {type: string}}]}, description: S.}"""
BAD_LISTING = """\
        instead_of: [shop_id]
        filters:
          - {name: shop_id, schema: {type: string}, description: Taken.}
          - {name: 2shops, schema: {type: string}, description: Not a name.}
          - {name: shops, schema: {type: object}, description: Untyped.}
          - {name: quiet, schema: {type: boolean}}"""
LISTED = 'openapi: 3.1.0\ninfo: {title: listed, version: "1"}\npaths:\n' + "".join(
    LISTED_OPERATION.format(route=route, listing=listing)
    for route, listing in (("good", GOOD_LISTING), ("bad", BAD_LISTING))
)


def test_a_broken_listing_extension_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "listed.yaml"
    spec.write_text(LISTED)
    done = run(spec)
    problems = done.stderr.splitlines()
    assert not [p for p in problems if " good " in p], done.stderr  # the fitting one passes
    expected = [
        "bad x-reviewbridge-listing: instead_of names 'shop_id', no parameter of the operation",
        "bad x-reviewbridge-listing: filter 'shop_id' is already a parameter of the operation",
        "bad x-reviewbridge-listing: a filter's name is a Python identifier, not '2shops'",
        "bad x-reviewbridge-listing: filter 'shops': schema {'type': 'object'} is none of string, boolean",
        "bad x-reviewbridge-listing: filter 'quiet' has no description",
    ]
    _assert_problems(done, spec, expected)
