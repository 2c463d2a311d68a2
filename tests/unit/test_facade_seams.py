"""The seams inside the facade are public: export and load reach clients only through their documented
API, and load reaches export only through ``reviewbridge._export`` itself (its ``__init__``)."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "facade" / "reviewbridge"
#: what walks reviews for a user: export, load, and the check and dry run that read as they would
ENGINES = sorted([*PACKAGE.glob("_export/*.py"), *PACKAGE.glob("_load/*.py"), PACKAGE / "_check.py"])
ENGINES.append(PACKAGE / "_dry_run.py")


def _defined(tree: ast.Module) -> set[str]:
    """The private names a module defines: functions, classes, names, ``self._x`` attributes, class fields."""
    names = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)}
    names |= {
        target.attr
        for n in ast.walk(tree)
        if isinstance(n, ast.Assign | ast.AnnAssign | ast.AugAssign)
        for target in (n.targets if isinstance(n, ast.Assign) else [n.target])
        for target in (target.elts if isinstance(target, ast.Tuple) else [target])
        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self"
    }
    names |= {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    names |= {t for n in ast.walk(tree) if isinstance(n, ast.ClassDef) for t in _slots(n)}
    return {name for name in names if name.startswith("_") and not name.startswith("__")}


def _slots(node: ast.ClassDef) -> set[str]:
    """The names a class body declares (``_x: int = ...`` fields of a dataclass, say)."""
    return {n.target.id for n in node.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}


@functools.cache
def _every_module() -> dict[Path, set[str]]:
    return {module: _defined(ast.parse(module.read_text(encoding="utf-8"))) for module in PACKAGE.rglob("*.py")}


def _private_reaches(path: Path) -> list[str]:
    """``x._name`` where ``_name`` is a private member another module of reviewbridge defines (a client's
    ``_adapter``, say), not this one. (Libraries' private names are their business, and not the seam here.)"""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    others = set().union(*(names for module, names in _every_module().items() if module != path))
    reachable = others - _defined(tree)
    return [
        f"{path.name}:{node.lineno}: {ast.unparse(node)}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in reachable
    ]


@pytest.mark.parametrize("path", ENGINES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_engines_use_no_private_member_of_another_object(path: Path) -> None:
    assert _private_reaches(path) == []


def test_load_imports_from_export_only_what_its_init_offers() -> None:
    imports = []
    for path in [*PACKAGE.glob("_load/*.py"), PACKAGE / "dlt.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("_export."):
                imports.append(f"{path.name}:{node.lineno}: from {'.' * node.level}{node.module}")
    assert imports == []
