"""scripts/docs.py (``make docs``): what fails the reference's build is named, one line each."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]

SAMPLE = '''"""A sample module.

See :class:`Thing`, :meth:`Thing.go`, :class:`reviewbridge.Review` and :func:`nowhere`;
:class:`~Thing` shows its tilde. An example::

    x = 1
"""


class Thing:
    """A thing."""

    def go(self) -> None:
        """Go; unlike :meth:`go_on`, which is not there."""

    def stop(self) -> None:
        pass


def undocumented() -> None:
    pass


NAME = "x"
"""A documented variable."""

OTHER = "y"
'''


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reviewbridge_docs_script", ROOT / "scripts" / "docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_problem_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pdoc.doc

    (tmp_path / "docs_sample_module.py").write_text(SAMPLE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "docs_sample_module", raising=False)
    module = pdoc.doc.Module.from_name("docs_sample_module")

    found = _script().problems({"docs_sample_module": module}, facade=("docs_sample_module",))

    assert found == [
        "docs_sample_module.Thing.stop: no docstring",
        "docs_sample_module.undocumented: no docstring",
        "docs_sample_module.OTHER: no docstring",
        "docs_sample_module: :func:`nowhere` names nothing documented",
        "docs_sample_module: :class:`~Thing` names nothing documented",
        "docs_sample_module: ':`~' is shown as written",
        "docs_sample_module: '::' is shown as written",
        "docs_sample_module.Thing.go: :meth:`go_on` names nothing documented",
    ]
