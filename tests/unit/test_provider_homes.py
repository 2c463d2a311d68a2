"""A provider's name appears only in its home: its spec, its generated package, its provider module(s)
``facade/reviewbridge/_providers/<p>*.py``, its sandbox module(s) ``_<p>*.py``, the test and bench files
named after it, and its one import in ``reviewbridge/__init__.py``. The SDK, the generator, the packaging,
the CI script and the sandbox's shared modules name no provider; a test, bench or example file not named
after one may use one provider as its example, never several (it lists none: it takes them from the
registries). Every file is read, Python or not, but prose (Markdown) and the figures the bench writes.

Names are matched in any case, inside identifiers as well as strings, docstrings and comments."""

from __future__ import annotations

import ast
import io
import re
import subprocess
import tokenize
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import ROOT, SPEC_PROVIDERS

#: What the check reads: every file of the repository (git's tracked and untracked, not ignored, files) but
#: the prose (Markdown: README, CHANGELOG, docs; they may name providers) and the figures ``make bench``
#: writes (``bench/*.json``: measurements keyed by the registry's names, written by the bench, not code).
PROSE_SUFFIXES = (".md",)
MEASURED = re.compile(r"bench/[^/]+\.json")
#: How many providers a file outside a home may name, by where it is (longest prefix first); 0 elsewhere.
#: A test, bench or example file may use one provider as its example, never several. ``examples/`` is
#: runnable code, not prose: an example shows one provider (its README section says which), the rest
#: come from the registry.
LIMITS: tuple[tuple[str, int], ...] = (
    ("sandbox/tests/", 1),
    ("tests/", 1),
    ("bench/", 1),
    ("examples/", 1),
)
#: Where files are when git does not say (not a checkout): (glob under the repository root, limit).
SCOPES: tuple[tuple[str, int], ...] = (
    ("facade/**/*", 0),
    ("scripts/**/*", 0),
    ("sandbox/**/*", 0),
    (".ci/**/*", 0),
    ("*", 0),
    ("tests/**/*", 1),
    ("bench/**/*", 1),
    ("examples/**/*", 1),
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
    """The provider a file is named after (its file name holds the provider's name), if any; a generated
    package's files are its provider's (``generated/<p>_client/...``)."""
    names = [path.name.lower()]
    if path.is_relative_to(ROOT) and path.relative_to(ROOT).parts[:1] == ("generated",):
        names += [part.lower() for part in path.relative_to(ROOT).parts[1:2]]
    found = [p for p in providers for name in names if p in name]
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


def _limit(where: str) -> int:
    return next((limit for prefix, limit in LIMITS if where.startswith(prefix)), 0)


def _exempt(where: str) -> bool:
    return where.endswith(PROSE_SUFFIXES) or MEASURED.fullmatch(where) is not None


def _listed() -> list[str] | None:
    """The repository's files as git knows them (tracked, and untracked but not ignored), or None outside
    a checkout."""
    try:
        done = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=ROOT,
            capture_output=True,
            check=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return sorted({name for name in done.stdout.decode("utf-8").split("\0") if name})


def _files() -> Iterator[tuple[Path, int]]:
    listed = _listed()
    if listed is None:
        listed = sorted(
            {p.relative_to(ROOT).as_posix() for pattern, _ in SCOPES for p in ROOT.glob(pattern) if p.is_file()}
        )
    for where in listed:
        path = ROOT / where
        skipped = "__pycache__" in path.parts or path.suffix == ".pyc" or path.name == "py.typed"
        if not skipped and not _exempt(where) and path.is_file() and not path.is_symlink():
            yield path, _limit(where)


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


def test_the_check_reads_every_file_but_prose_and_measured_figures() -> None:
    read = {path.relative_to(ROOT).as_posix(): limit for path, limit in _files()}
    # the CI script, the example DAG, the ignore list, the build files: not only Python under a few folders
    assert {".ci/run", ".gitignore", "Makefile", "pyproject.toml", "sandbox/pyproject.toml"} <= set(read)
    assert read["examples/airflow_reviews.py"] == 1  # an example may show one provider, never several
    assert read[".ci/run"] == 0
    assert read["tests/conftest.py"] == read["sandbox/tests/test_sandbox_cli.py"] == 1
    assert not [where for where in read if where.endswith(".md")]  # prose may name providers
    assert "bench/results.json" not in read  # measured figures, keyed by the registry's names
    # a generated package is its provider's home, whatever its files are called
    generated = next(where for where in read if where.startswith("generated/") and where.endswith("/client.py"))
    assert _home_of(ROOT / generated) == generated.split("/")[1].removesuffix("_client")
