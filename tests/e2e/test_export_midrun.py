"""Reviews that change while an export walks its pages are neither lost nor duplicated.

With page numbers, a record updated mid-walk moves to the end and the one behind it slides onto a page
already read; the export pages such a provider by its last change instead (ChangeCursor). Every version ends up
in the output once, and after a second run every review of the data set is there.
"""

from __future__ import annotations

import collections
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from reviewbridge._export import Job, ScopeResult, run_export
from reviewbridge_sandbox import spawn

from tests.providers import cases

#: Providers that walk several pages and whose incremental runs find every edit (tests/providers).
PAGED = sorted(name for name, case in cases().items() if case.page_size and case.sees_edits)


@pytest.mark.parametrize("provider", PAGED)
def test_reviews_changing_mid_walk_are_not_lost(provider: str, tmp_path: Path) -> None:
    case = cases()[provider]
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    with spawn(provider, "--reviews", "400", "--seed", "5") as url:
        job = Job(provider, case.filters(page=50), case.credentials(), base_url=url)
        pages = {"n": 0}

        def churn_on_third_page(result: ScopeResult) -> None:
            pages["n"] += 1
            if pages["n"] == 3:
                answer = httpx.post(
                    f"{url}/_sandbox/churn", params={"scope": case.admin_scope, "update": 80}, timeout=30
                )
                assert answer.status_code == 200

        run_export([job], out=str(out), state_path=state, on_page=churn_on_third_page)
        run_export([job], out=str(out), state_path=state)
        dataset = httpx.get(f"{url}/_sandbox/dataset", params={"scope": case.admin_scope}, timeout=30).json()["reviews"]
    rows: list[dict[str, Any]] = [json.loads(line) for line in out.read_text().splitlines()]
    versions = collections.Counter((r["id"], r["updated_at"]) for r in rows)
    assert max(versions.values()) == 1, "a version was written twice"
    assert {r["id"] for r in dataset} <= {r["id"] for r in rows}, "a review was lost"
    assert len(rows) >= len(dataset)
