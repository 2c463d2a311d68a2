"""``export --dry-run`` and ``load --dry-run``: the checks of ``reviewbridge check``, then where each scope's
walk would start, read from the export's state file or the load's dlt pipeline state.

Nothing is written and no lock is taken: the state is read as it is on disk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._check import Finding, check
from ._export import (
    ClientFactory,
    Entries,
    Footprint,
    Job,
    State,
    Walk,
    check_walks,
    fanned_out,
    provider_info,
    scope_key,
)
from ._export._engine import check_outputs, check_state
from ._export._scope import ScopeState
from ._export._stamps import OVERLAP, iso


@dataclass(frozen=True)
class Plan:
    """What a dry run found: one finding per scope (as ``check``), then one line per scope saying where
    its walk would start."""

    findings: list[Finding]
    starts: list[str]

    @property
    def ok(self) -> bool:
        return all(finding.ok for finding in self.findings)


def _scopes(jobs: Sequence[Job], client_factory: ClientFactory) -> list[tuple[Job, str, dict[str, Any]]]:
    """Each job with its scope key and scope (as the export and load engines name them)."""
    scopes = []
    for job in jobs:
        with client_factory(job) as client:
            scope = client.scope_of(job.filters)
        scopes.append((job, scope_key(job.provider, scope, job.filters), scope))
    return scopes


def start_line(key: str, since: dt.datetime | None, resume: object, running: bool, mark: dt.datetime | None) -> str:
    """Where one scope's walk would start, in words."""
    if running:
        where = "from the page position it recorded" if resume else "from its first page"
        after = f" of changes since {iso(since)}" if since is not None else ""
        return f"{key}: would continue its unfinished walk{after} {where}, skipping the reviews already written"
    if since is None:
        return f"{key}: would walk from the beginning (no mark yet)"
    if mark is not None and since == mark - OVERLAP:
        return f"{key}: would walk changes since {iso(since)} (its mark {iso(mark)}, less {_minutes(OVERLAP)} overlap)"
    return f"{key}: would walk changes since {iso(since)}"


def _minutes(span: dt.timedelta) -> str:
    return f"{int(span.total_seconds() // 60)} minutes'"


def _refuse_overlaps(
    scopes: Sequence[tuple[Job, str, dict[str, Any]]], stored: Mapping[str, ScopeState], where: str, verb: str
) -> None:
    """``check_walks`` of these scopes against the ``stored`` entries (of the state ``where`` names)."""
    policies = [provider_info(job.provider).export for job, _, _ in scopes]
    footprints = [
        Footprint.of(job.provider, key, scope, p) for (job, key, scope), p in zip(scopes, policies, strict=True)
    ]
    check_walks(list(zip(footprints, policies, strict=True)), stored, where, verb=verb)


def plan_export(
    jobs: Sequence[Job],
    *,
    out: str,
    fmt: str,
    state_path: Path | None,
    since: dt.datetime | None,
    client_factory: ClientFactory,
) -> Plan:
    """The checks ``export`` makes before writing, ``check``'s for each scope, and where each walk starts."""
    check_outputs(out, state_path)
    jobs = fanned_out(jobs, client_factory)  # each scope the export would walk (every location)
    scopes = _scopes(jobs, client_factory)
    state = State(None)
    if state_path is not None and state_path.exists():
        state = State.load(state_path)
        _refuse_overlaps(scopes, state.scopes, f"state file {state_path}", "export")
        check_state(state, state_path, out, fmt)
    findings = check(list(jobs), client_factory)
    starts = []
    for job, key, scope in scopes:
        walk = Walk(state, job.provider, key, scope, provider_info(job.provider).export, since)  # in memory only
        starts.append(start_line(key, walk.since, walk.resume, walk.home.run is not None, walk.home.hwm))
    if state_path is None:
        starts.append("(no --state: every scope would be exported whole, or from --since)")
    return Plan(findings, starts)


def plan_load(
    jobs: Sequence[Job],
    *,
    since: dt.datetime | None,
    client_factory: ClientFactory,
    scope_state: Callable[[str], ScopeState | None],
    unfinished: Mapping[str, ScopeState],
    where: str,
) -> Plan:
    """``check``'s findings, and where each scope's load would start from its entry in the pipeline's state
    (``scope_state`` of its key; None: the state has no entry for it). A scope overlapping another's
    ``unfinished`` walk is refused, as the load refuses it."""
    jobs = fanned_out(jobs, client_factory)  # each scope the load would walk (every location)
    scopes = _scopes(jobs, client_factory)
    _refuse_overlaps(scopes, unfinished, f"the pipeline state {where}", "load")
    findings = check(list(jobs), client_factory)
    starts = []
    ledger = Entries(scope_state)
    for job, key, scope in scopes:
        walk = Walk(ledger, job.provider, key, scope, provider_info(job.provider).export, since)
        starts.append(start_line(key, walk.since, walk.resume, walk.home.run is not None, walk.home.hwm))
    starts.append(f"(pipeline state: {where})")
    return Plan(findings, starts)
