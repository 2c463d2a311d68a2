"""CHANGELOG.md keeps Keep a Changelog's form: an Unreleased section and released versions, newest first,
each grouped under the standard headings only."""

from __future__ import annotations

import re
from pathlib import Path

from reviewbridge import __version__

ROOT = Path(__file__).resolve().parents[2]
GROUPS = ("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security")


def test_changelog_has_unreleased_then_versions_under_standard_groups() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    sections = re.findall(r"^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$", text, flags=re.M)
    assert sections[0] == ("Unreleased", "")
    released = [name for name, _ in sections[1:]]
    assert __version__ in released  # the version the package says it is
    assert all(date for _, date in sections[1:])
    groups = re.findall(r"^### (.+)$", text, flags=re.M)
    assert groups and set(groups) <= set(GROUPS)
