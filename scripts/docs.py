"""The API reference, built from the docstrings (``make docs``): HTML pages by pdoc, in build/docs/.

Strict, as CI builds it: the build fails, listing each problem, on any warning pdoc gives, on a public
object of the facade (``reviewbridge``, ``reviewbridge.dlt``) without a docstring, and on a
cross-reference in any docstring (``:class:`Review```, ``:meth:`Review.version_key```) that names nothing.
The generated packages are documented beside the facade; their docstrings come from the specs.

    python scripts/docs.py [--output DIR]
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import shutil
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdoc.doc
import pdoc.render

ROOT = Path(__file__).resolve().parent.parent
#: the facade's public modules: their public objects must all say what they are
FACADE = ("reviewbridge", "reviewbridge.dlt")
#: reST cross-references, as pdoc's restructuredtext format reads them (it renders them as links)
_ROLE = re.compile(r"(?::py)?:(mod|func|data|const|class|meth|attr|exc|obj):`([^`]+)`")
#: reST that pdoc shows as it is written: a role's ``~`` (Sphinx's short form) and a literal block's
#: ``::`` (pdoc renders the indented block as code, and the ``::`` as two colons)
_UNRENDERED = re.compile(r":`~|::[ \t]*$", re.M)


def generated_packages() -> list[str]:
    """The generated client packages (``generated/<provider>_client``), each documented whole."""
    return sorted(path.name for path in (ROOT / "generated").glob("*_client") if (path / "__init__.py").is_file())


def _modules() -> list[str]:
    """Every module to document: the facade's, then each generated package with all its submodules
    (pdoc walks only the submodules a package's ``__all__`` names, and these name none)."""
    import pkgutil

    names = list(FACADE)
    for package in generated_packages():
        module = importlib.import_module(package)
        names.append(package)
        names += sorted(info.name for info in pkgutil.walk_packages(module.__path__, package + "."))
    for name in names:  # lazy exports (a module ``__getattr__``) resolved, as a user's first access does
        module = importlib.import_module(name)
        for export in getattr(module, "__all__", ()):
            getattr(module, export)
    return names


Namespace = pdoc.doc.Module | pdoc.doc.Class


def _public(doc: pdoc.doc.Doc[Any], module_all: list[str]) -> bool:
    """Shown in the pages, by pdoc's default template's rules (leading underscore private unless in
    ``__all__``); dunder methods and constructors are the class's to describe."""
    if doc.name.startswith("__") and doc.name.endswith("__"):
        return False
    return not doc.name.startswith("_") or doc.qualname in module_all


def _members(namespace: Namespace) -> Iterator[pdoc.doc.Doc[Any]]:
    """The members of a module or class, depth first, classes' own members included."""
    for member in namespace.own_members:
        yield member
        if isinstance(member, pdoc.doc.Class):
            yield from _members(member)


def problems(modules: dict[str, pdoc.doc.Module], facade: tuple[str, ...] = FACADE) -> list[str]:
    """What fails the build in ``modules`` (pdoc's documentation objects by module name): the public
    objects of the ``facade`` modules without a docstring, then the cross-references that name nothing
    and the reST pdoc would show as written, in any module."""
    return _undocumented(modules, facade) + _broken_references(modules)


def _undocumented(modules: dict[str, pdoc.doc.Module], facade: tuple[str, ...]) -> list[str]:
    """The facade's public objects without a docstring (for a variable, the string after it)."""
    found: list[str] = []
    for name in facade:
        module = modules[name]
        module_all = list(getattr(module.obj, "__all__", []))
        for doc in _members(module):
            if not _public(doc, module_all) or not all(_public(d, module_all) for d in _holders(module, doc)):
                continue
            if isinstance(doc, pdoc.doc.Variable) and (doc.is_typevar or doc.is_classvar):
                continue
            # an alias of an object documented elsewhere (``Scope = Job``) has that object's docstring
            if not doc.docstring.strip() and doc.taken_from[0] in (name, *facade):
                found.append(f"{doc.fullname}: no docstring")
    return found


def _holders(module: pdoc.doc.Module, doc: pdoc.doc.Doc[Any]) -> Iterator[pdoc.doc.Doc[Any]]:
    """The classes a member is nested in, outermost first."""
    parts = doc.qualname.split(".")
    for depth in range(1, len(parts)):
        holder = module.get(".".join(parts[:depth]))
        if holder is not None:
            yield holder


def _resolves(target: str, doc: pdoc.doc.Doc[Any], modules: dict[str, pdoc.doc.Module]) -> bool:
    """Whether a cross-reference names something: a member of the documenting class or module, a
    documented module or object by its full name, or an importable object outside the documented ones."""
    target = target.removesuffix("()")
    module = modules.get(doc.modulename)
    if module is not None:
        scopes: list[Namespace] = [h for h in _holders(module, doc) if isinstance(h, pdoc.doc.Class)]
        scopes.reverse()  # the innermost class first
        if isinstance(doc, pdoc.doc.Class):
            scopes.insert(0, doc)
        if any(scope.get(target) is not None for scope in [*scopes, module]):
            return True
    if target in modules:
        return True
    head, _, tail = target.rpartition(".")
    while head:
        if head in modules and modules[head].get(tail) is not None:
            return True
        head, _, rest = head.rpartition(".")
        tail = f"{rest}.{tail}"
    return _importable(target)


def _importable(target: str) -> bool:
    parts = target.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            value: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            if not hasattr(value, attribute):
                return False
            value = getattr(value, attribute)
        return True
    return False


def _broken_references(modules: dict[str, pdoc.doc.Module]) -> list[str]:
    """Cross-references in any documented docstring that name nothing, and reST that pdoc would show
    as it is written."""
    found: list[str] = []
    for module in modules.values():
        for doc in (module, *_members(module)):
            for match in _ROLE.finditer(doc.docstring):
                if not _resolves(match.group(2), doc, modules):
                    found.append(f"{doc.fullname}: {match.group(0)} names nothing documented")
            shown = _UNRENDERED.finditer(doc.docstring)
            found += (f"{doc.fullname}: {m.group(0).strip()!r} is shown as written" for m in shown)
    return found


def build(output: Path) -> list[str]:
    """Write the pages into ``output`` (emptied first); the problems found (none: the build passed)."""
    # Modules that ask the platform at import time (``file -b`` on the interpreter) are not pdoc's
    # business to stop: its stand-in would only warn.
    os.environ.setdefault("PDOC_ALLOW_EXEC", "1")
    pdoc.render.configure(docformat="restructuredtext")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        modules = {name: pdoc.doc.Module.from_name(name) for name in _modules()}
        found = problems(modules)
        _render(modules, output)
    return found + [f"pdoc: {warning.message}" for warning in caught if _pdocs(warning)]


def _render(modules: dict[str, pdoc.doc.Module], output: Path) -> None:
    """pdoc's pages of ``modules``, the index and the search index, as ``pdoc.pdoc`` writes them (it
    would walk the specs again, adding each package's submodules a second time)."""
    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    # The facade's pages show its source; the generated ones, their docs only (their source is the
    # spec's, and highlighting it was most of the build's time). One configuration each: it is costly.
    facade = [module for module in modules.values() if module.fullname in FACADE]
    for group, source in ((facade, True), ([m for m in modules.values() if m not in facade], False)):
        pdoc.render.configure(docformat="restructuredtext", show_source=source)
        for module in group:
            page = output / f"{module.fullname.replace('.', '/')}.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(pdoc.render.html_module(module, modules), encoding="utf-8")
    (output / "index.html").write_text(pdoc.render.html_index(modules), encoding="utf-8")
    (output / "search.js").write_text(pdoc.render.search_index(modules), encoding="utf-8")


#: pdoc cannot place the members of a TypedDict made by a call (``TypedDict("XJSON", {"camelCase": ...})``,
#: as the generated models spell their JSON shapes, whose keys need not be identifiers): it documents
#: them where they are, and says so for each
_TYPED_DICT_MEMBER = re.compile(r"Cannot determine where \w+_client\.models\.[\w.]+JSON\.\S+ is taken from")


def _pdocs(warning: warnings.WarningMessage) -> bool:
    """A warning pdoc gave about the documented code (not a library's deprecation notice raised while
    pdoc imported it: those are the library's, and the tests see them)."""
    if _TYPED_DICT_MEMBER.match(str(warning.message)):
        return False
    return "pdoc" in Path(warning.filename).parts or not issubclass(warning.category, DeprecationWarning)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, default=ROOT / "build" / "docs", help="default: build/docs")
    args = parser.parse_args(argv)
    found = build(args.output)
    for problem in found:
        print(f"docs: error: {problem}", file=sys.stderr)
    if found:
        print(f"docs: {len(found)} problem(s); the pages in {args.output} are not to be published", file=sys.stderr)
        return 1
    print(f"docs: {args.output}/index.html")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
