"""A provider's name appears only in its home: its spec, its generated package, its provider module(s)
``facade/reviewbridge/_providers/<p>*.py``, its sandbox module(s) ``_<p>*.py``, the test and bench files
named after it, and its one import in ``reviewbridge/__init__.py``. The SDK, the generator, the packaging
and the sandbox's shared modules name no provider; a test or bench file not named after one may use one
provider as its example, never several (it lists none: it takes them from the registries).

Names are matched in any case, inside identifiers as well as strings, docstrings and comments."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import ROOT, SPEC_PROVIDERS

#: What the check reads: (glob under the repository root, how many providers a file outside a home may name).
SCOPES: tuple[tuple[str, int], ...] = (
    ("facade/**/*.py", 0),
    ("scripts/**/*", 0),
    ("sandbox/reviewbridge_sandbox/**/*.py", 0),
    ("pyproject.toml", 0),
    ("sandbox/pyproject.toml", 0),
    ("Makefile", 0),
    ("tests/**/*.py", 1),
    ("sandbox/tests/**/*.py", 1),
    ("bench/**/*.py", 1),
)
#: The one import per provider that re-exports its classes, statically, for type checkers.
RE_EXPORTS = ROOT / "facade" / "reviewbridge" / "__init__.py"

#: Test and bench files that still name several providers, to be cut into per-provider homes or
#: parametrised over the registries; the list only shrinks (a file that no longer does fails the test
#: until it is taken off, so the list stays exact).
STILL_LISTING: frozenset[str] = frozenset()


def _pattern(providers: tuple[str, ...] = SPEC_PROVIDERS) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(p) for p in sorted(providers, key=len, reverse=True)), re.IGNORECASE)


def _words(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of every identifier, string and comment of a Python file; every line of another."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".py":
        yield from enumerate(text.splitlines(), start=1)
        return
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type in (tokenize.NAME, tokenize.STRING, tokenize.COMMENT):
            yield token.start[0], token.string


def _re_export_lines(path: Path) -> dict[int, str]:
    """The lines of each ``from ._providers.<p> import ...``, by line, with the provider it imports."""
    lines: dict[int, str] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("_providers."):
            provider = str(node.module).removeprefix("_providers.")
            for line in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                lines[line] = provider
    return lines


def _home_of(path: Path, providers: tuple[str, ...] = SPEC_PROVIDERS) -> str | None:
    """The provider a file is named after (its file name holds the provider's name), if any."""
    name = path.name.lower()
    found = [p for p in providers if p in name]
    return max(found, key=len) if found else None


def named(path: Path, providers: tuple[str, ...] = SPEC_PROVIDERS) -> dict[str, list[int]]:
    """The providers a file names outside what its home allows, each with the lines it does so."""
    pattern, home = _pattern(providers), _home_of(path, providers)
    allowed = _re_export_lines(path) if path == RE_EXPORTS else {}
    found: dict[str, list[int]] = {}
    for line, text in _words(path):
        for match in pattern.finditer(text):
            provider = match.group(0).lower()
            at = line + text.count("\n", 0, match.start())  # the match's own line in a multi-line string
            if provider != home and allowed.get(at) != provider:
                found.setdefault(provider, []).append(at)
    return found


def _files() -> Iterator[tuple[Path, int]]:
    seen: set[Path] = set()
    for pattern, limit in SCOPES:
        for path in sorted(ROOT.glob(pattern)):
            if path.is_file() and path not in seen and "__pycache__" not in path.parts and path.suffix != ".pyc":
                seen.add(path)
                yield path, limit


def test_the_providers_live_in_their_homes() -> None:
    problems, listing = [], set()
    for path, limit in _files():
        found = named(path)
        where = path.relative_to(ROOT).as_posix()
        if limit and len(found) > limit:
            listing.add(where)
            if where in STILL_LISTING:
                continue
        if len(found) > limit:
            problems += [f"{where}:{lines[0]}: names {provider}" for provider, lines in sorted(found.items())]
    assert problems == []
    assert sorted(STILL_LISTING - listing) == [], "no longer lists providers: take it off STILL_LISTING"


def test_the_check_reads_identifiers_strings_and_comments_in_any_case(tmp_path: Path) -> None:
    # Two made-up providers, as if found in specs/: the check lists none of its own.
    providers = ("acme", "globex")
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Docstring naming Acme,\nand GLOBEX on its second line."""\n'
        "import acme_client  # a comment on Globex\n"
        "class AsyncAcme: ...\n"
        "x = f'{GLOBEX_URL}'\n",
        encoding="utf-8",
    )
    assert named(sample, providers) == {"acme": [1, 3, 4], "globex": [2, 3, 5]}
    home = tmp_path / "test_acme_walk.py"  # a test file named after a provider is its home
    home.write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")
    assert named(home, providers) == {"globex": [2, 3, 5]}
    toml = tmp_path / "pyproject.toml"
    toml.write_text('packages = ["generated/acme_client"]\n', encoding="utf-8")
    assert named(toml, providers) == {"acme": [1]}
    assert named(sample, ("unrelated",)) == {}
