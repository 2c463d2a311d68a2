"""scripts/validate.py: the project's specs pass; a broken spec fails with file:line messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import PROVIDERS, ROOT, SPECS

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
    done = run(*(SPECS / f"{p}.yaml" for p in PROVIDERS))
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(": ok") == len(PROVIDERS)


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
