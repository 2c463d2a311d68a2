"""reviewbridge is typed as installed, not only inside this repository.

Type checkers and IDEs find an installed package through site-packages and the ``.pth`` files there
(an import hook is invisible to them), and read its annotations only when the package carries a
``py.typed`` marker (PEP 561). These run mypy from a directory outside the repository, with none of
the repository's configuration: against the editable install of ``make install``, and against the
wheel the project builds, installed into a fresh virtual environment outside the repository, where the
README's Python examples (read from README.md itself) must pass ``mypy --strict`` with their types
asserted exactly, and run against the sandboxes.

The fresh environment gets the wheel with ``--no-deps --no-index`` and its dependencies through a
``.pth`` line naming this environment's site-packages: one wheel build and one environment a session,
no network and no resolve (CI reaches the package index, but a test should not depend on it). Only the
wheel's packages come from the fresh environment's own site-packages; a line in a ``.pth`` adds a
directory, not the ``.pth`` files in it, so the editable install's own ``.pth`` is not followed.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from reviewbridge_sandbox._process import credentials_env, spawn

from tests.e2e import readme
from tests.e2e.mypy_cache import seeded_cache
from tests.providers import cases

ROOT = Path(__file__).resolve().parents[2]
GENERATED_PACKAGES = sorted(p.name for p in (ROOT / "generated").iterdir() if p.name.endswith("_client"))


def _outside_env() -> dict[str, str]:
    """The environment without anything that points a tool at the repository."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}


def mypy_strict(python: str | Path, workdir: Path, *files: str) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` on ``files`` in ``workdir``, for the environment of ``python``."""
    command = [str(python), "-m", "mypy", "--strict", "--cache-dir", str(seeded_cache(workdir)), *files]
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


@pytest.fixture(scope="session")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of a fresh virtual environment (outside the repository) with the wheel installed."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    (Path(purelib) / "_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-index"]
    subprocess.run([*install, str(wheel)], check=True, capture_output=True, timeout=300)
    where = subprocess.run(
        [str(python), "-c", "import reviewbridge, thanx_client; print(reviewbridge.__file__, thanx_client.__file__)"],
        cwd=venv,
        env=_outside_env(),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split()
    assert all(Path(purelib) in Path(f).parents for f in where), where  # the wheel's copy, not the checkout
    return python


#: The exact types the README's examples produce, asserted where they are bound: a line of an example
#: (its text, stripped) -> what is checked right after it; each provider's case holds those of its examples.
CHECKS = {line: checks for case in cases().values() for line, checks in case.readme_types.items()}
#: The checks name the generated models: every generated package's are imported.
CHECK_IMPORTS = (
    "from typing import assert_type\n\nimport reviewbridge\n"
    + "".join(f"import {package}.models\n" for package in GENERATED_PACKAGES)
    + "\n"
)


def _with_checks(block: readme.Block, used: set[str]) -> str:
    """The example with the assertions of ``CHECKS`` after the lines they follow."""
    lines = []
    for line in block.text.splitlines():
        lines.append(line)
        code = line.split("  #")[0].strip()
        if code in CHECKS:
            used.add(code)
            indent = line[: len(line) - len(line.lstrip())] + ("    " if code.endswith(":") else "")
            lines.extend(indent + check for check in CHECKS[code])
    return CHECK_IMPORTS + "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[readme.Block, Path]]:
    """Each Python example of the README, written with its checks to a directory outside the repository."""
    out = tmp_path_factory.mktemp("examples")
    used: set[str] = set()
    written = []
    for block in readme.blocks("python"):
        path = out / f"readme_{block.line}.py"
        path.write_text(_with_checks(block, used), encoding="utf-8")
        written.append((block, path))
    assert len(written) >= 4
    assert used == set(CHECKS), f"README lines no longer there: {sorted(set(CHECKS) - used)}"
    return written


@pytest.mark.slow
def test_the_readme_python_examples_pass_mypy_strict_as_installed(
    installed: Path, examples: list[tuple[readme.Block, Path]]
) -> None:
    workdir = examples[0][1].parent
    checked = mypy_strict(installed, workdir, *(path.name for _, path in examples))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"Success: no issues found in {len(examples)} source files" in checked.stdout


@pytest.fixture(scope="module")
def sandboxes() -> Iterator[dict[str, str]]:
    """A sandbox of each provider the README's examples talk to, on free ports: provider -> base URL."""
    with contextlib.ExitStack() as stack:
        yield {
            provider: stack.enter_context(spawn(provider, "--reviews", "40"))
            for provider in sorted(set(readme.sandbox_ports().values()))
        }


@pytest.mark.slow
def test_the_readme_python_examples_run_against_the_sandboxes(
    installed: Path, examples: list[tuple[readme.Block, Path]], sandboxes: dict[str, str], tmp_path: Path
) -> None:
    env = {
        **_outside_env(),
        **credentials_env(),
        "DLT_DATA_DIR": str(tmp_path / "dlt"),
        "RUNTIME__DLTHUB_TELEMETRY": "false",  # the dlt example's pipeline: no usage statistics sent
    }
    for block, path in examples:
        runnable = tmp_path / path.name
        runnable.write_text(readme.pointed_at(path.read_text(encoding="utf-8"), sandboxes), encoding="utf-8")
        done = subprocess.run(
            [str(installed), runnable.name], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, f"{block.name}:\n{done.stdout}\n{done.stderr}"
        if "print(" in block.text:  # it read something from the sandbox, not an empty listing
            assert done.stdout.strip(), f"{block.name} printed nothing"
