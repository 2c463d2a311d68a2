"""The README's command-line quick starts and its export config run as written against the sandboxes.

Each quick start is read from README.md: its ``reviewbridge-sandbox ... &`` line is started by the test
(on a free port, with the same arguments), the rest runs in bash as written, from a directory that has
``.venv`` (this environment) as the README's commands expect, with the sandbox's address in place of
the README's. What the commands leave behind must be ignored by the repository's .gitignore, since
the README runs them from the repository's root.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from reviewbridge_sandbox._process import credentials_env, spawn

from tests.e2e import readme

#: a line that starts a sandbox in the background: ``.venv/bin/reviewbridge-sandbox testfreaks --reviews 5000 &``
_START = re.compile(r"^(?:\.venv/bin/)?reviewbridge[- ]sandbox (\w+)(.*?)&\s*(?:#.*)?$")
_ADDRESS = re.compile(r"http://127\.0\.0\.1:(?:PORT|\d+)")


def _quick_starts() -> list[readme.Block]:
    return [b for b in readme.blocks("sh") if any(_START.match(line) for line in b.text.splitlines())]


def _workdir(tmp_path: Path) -> Path:
    (tmp_path / ".venv").symlink_to(sys.prefix)
    return tmp_path


def _env() -> dict[str, str]:
    return {**os.environ, "DLT_DATA_DIR": "dlt-data"}


def _left_behind(workdir: Path) -> list[str]:
    ours = (".venv", "dlt-data")
    return sorted(p.name + ("/" if p.is_dir() else "") for p in workdir.iterdir() if p.name not in ours)


def _not_ignored(names: list[str]) -> list[str]:
    done = subprocess.run(
        ["git", "check-ignore", "--no-index", "--stdin"],
        cwd=readme.ROOT,
        input="\n".join(names) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode in (0, 1), done.stderr  # 1: none of them is ignored
    return sorted(set(names) - set(done.stdout.split()))


def _run_quick_start(block: readme.Block, workdir: Path) -> subprocess.CompletedProcess[str]:
    script: list[str] = []
    with contextlib.ExitStack() as stack:
        url = None
        for line in block.text.replace("\\\n", " ").splitlines():
            start = _START.match(line)
            if start is None:
                script.append(line)
                continue
            args = shlex.split(start.group(2))
            if "--port" in args:  # a free port instead
                at = args.index("--port")
                del args[at : at + 2]
            url = stack.enter_context(spawn(start.group(1), *args))
        assert url is not None
        text = _ADDRESS.sub(url, "\n".join(script))
        return subprocess.run(
            ["bash", "-euo", "pipefail", "-c", text],
            cwd=workdir,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=600,
        )


def test_the_readme_has_the_quick_starts() -> None:
    starts = _quick_starts()
    assert len(starts) >= 2
    assert any("export testfreaks" in b.text for b in starts) and any("load testfreaks" in b.text for b in starts)


@pytest.mark.slow
@pytest.mark.parametrize("block", _quick_starts(), ids=lambda b: b.name)
def test_a_readme_quick_start_runs_as_written(block: readme.Block, tmp_path: Path) -> None:
    workdir = _workdir(tmp_path)
    done = _run_quick_start(block, workdir)
    assert done.returncode == 0, done.stdout + done.stderr
    seeded = int(re.search(r"--reviews (\d+)", block.text).group(1))  # type: ignore[union-attr]
    if "--out reviews.jsonl" in block.text:  # "The first run writes 5000 lines to reviews.jsonl"
        assert len((workdir / "reviews.jsonl").read_text(encoding="utf-8").splitlines()) == seeded
    if "reviews.duckdb" in block.text:  # the query's table: one row per rating, the counts adding up
        counts = [int(n) for n in re.findall(r"│\s*[\d.]+\s*│\s*(\d+)\s*│", done.stdout)]
        assert counts and sum(counts) == seeded, done.stdout
    left = _left_behind(workdir)
    assert left, "the quick start wrote nothing"
    assert _not_ignored(left) == [], "run from the repository's root, these would be left untracked"


@pytest.mark.slow
def test_the_readme_export_config_runs_as_written(tmp_path: Path) -> None:
    [config] = readme.blocks("toml")
    workdir = _workdir(tmp_path)
    ports = readme.sandbox_ports()
    named = sorted({ports[int(p)] for p in re.findall(r"http://127\.0\.0\.1:(\d+)", config.text)})
    assert named, "the config names no sandbox: copied as it is, it would call production"
    with contextlib.ExitStack() as stack:
        urls = {provider: stack.enter_context(spawn(provider, "--reviews", "30")) for provider in named}
        (workdir / "reviews.toml").write_text(readme.pointed_at(config.text, urls), encoding="utf-8")
        done = subprocess.run(
            [".venv/bin/reviewbridge", "export", "--all", "--config", "reviews.toml"],
            cwd=workdir,
            env={**_env(), **credentials_env()},
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = (workdir / "reviews.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(named) >= 2, "the config shows one provider only"
    assert {f'"provider":"{provider}"' for provider in named} <= {
        p for line in lines for p in re.findall(r'"provider":\s*"\w+"', line.replace(": ", ":"))
    }
    left = [n for n in _left_behind(workdir) if n != "reviews.toml"]
    assert _not_ignored(left) == []
