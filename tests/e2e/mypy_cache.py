"""A head start for the mypy runs of the end-to-end tests: the repository's own mypy cache.

``make test`` runs ``make lint`` first, whose mypy leaves its cache in the repository. A test that runs
mypy in a directory of its own starts from a copy of that cache instead of an empty one, so the
standard library's stubs and the dependencies are not analysed again in every such test. The result is
the same as from an empty cache: mypy checks each cached module against its source file (size and time,
else content) and options, and analyses again every module that changed and every module depending on
one that did. Without a cache in the repository (pytest run on its own) the copy starts empty.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def seeded_cache(directory: Path) -> Path:
    """A mypy cache directory in ``directory``: a copy of the repository's cache where there is one."""
    cache = directory / ".mypy_cache"
    if (ROOT / ".mypy_cache").is_dir() and not cache.exists():
        shutil.copytree(ROOT / ".mypy_cache", cache)
    return cache
