"""reviewbridge is typed as installed, not only inside this repository.

Type checkers and IDEs find an installed package through site-packages and the ``.pth`` files there
(an import hook is invisible to them), and read its annotations only when the package carries a
``py.typed`` marker (PEP 561). These run mypy from a directory outside the repository, with none of
the repository's configuration: against the editable install of ``make install``, and against the
wheel the project builds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GENERATED_PACKAGES = sorted(p.name for p in (ROOT / "generated").iterdir() if p.name.endswith("_client"))


def _outside_env() -> dict[str, str]:
    """The environment without anything that points a tool at the repository."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}


def mypy_strict(python: str | Path, workdir: Path, *files: str) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` on ``files`` in ``workdir``, for the environment of ``python``."""
    command = [str(python), "-m", "mypy", "--strict", "--cache-dir", str(workdir / ".mypy_cache"), *files]
    return subprocess.run(command, cwd=workdir, env=_outside_env(), capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built once per session by its own build backend (no network: no isolation)."""
    out = tmp_path_factory.mktemp("wheel")
    code = "import sys; from hatchling.build import build_wheel; print(build_wheel(sys.argv[1]))"
    done = subprocess.run(
        [sys.executable, "-c", code, str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True
    )
    return out / done.stdout.strip().splitlines()[-1]


def test_every_generated_package_is_marked_typed() -> None:
    assert len(GENERATED_PACKAGES) >= 4
    for package in GENERATED_PACKAGES:
        assert (ROOT / "generated" / package / "py.typed").is_file(), package


def test_the_wheel_carries_every_package_with_its_marker(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in ["reviewbridge", *GENERATED_PACKAGES]:
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names
    assert not [n for n in names if n.endswith(".source-digest") or "__pycache__" in n]


def test_the_editable_install_is_seen_by_mypy_outside_the_repo(tmp_path: Path) -> None:
    import reviewbridge

    if ROOT not in Path(reviewbridge.__file__).parents:
        pytest.skip("reviewbridge is not installed editable from this checkout")
    (tmp_path / "probe.py").write_text(
        "from typing import assert_type\n"
        "import reviewbridge\n"
        "import thanx_client.models\n"
        'with reviewbridge.Thanx("client-id", "access-token") as client:\n'
        '    for review in client.reviews(merchant_id="m1"):\n'
        "        assert_type(review, reviewbridge.Review[thanx_client.models.Feedback])\n"
        "        assert_type(review.raw, thanx_client.models.Feedback)\n"
        "        reveal_type(client.generated)\n",
        encoding="utf-8",
    )
    checked = mypy_strict(sys.executable, tmp_path, "probe.py")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert 'Revealed type is "thanx_client.client.Client"' in checked.stdout
