"""One scope's entry in the state file: its committed mark and boundary, the ids it has seen, an unfinished run."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .._exceptions import StateError
from .._providers import REGISTRY
from ._seen import SeenIds
from ._stamps import iso, parse_iso

__all__ = ["RESUME_KEYS", "Run", "ScopeState"]

#: what a resume point may hold: the pagination arguments of the providers' list operations
RESUME_KEYS = frozenset(key for info in REGISTRY.values() for key in info.resume_keys)


@dataclass
class Run:
    """An unfinished walk of one scope: where to continue, with which ``since``, the newest change seen, and
    (a walk over every partition) the partitions it has seen so far."""

    resume: dict[str, Any] | None
    since: dt.datetime | None
    hwm: dt.datetime | None
    parts: tuple[str, ...] = ()
    #: a full re-scan (``--full-scan``); ``suspect``: it set records aside, so its end reports no deletion
    full: bool = False
    suspect: bool = False
    #: a full re-scan's number, above every scan number the digest store held when it began (``_rescan``)
    scan: int = 0
    #: what the scan's first page announced of the list's length: (the fewest reviews a complete scan lists,
    #: that in words); None where the API says nothing of it
    expect: tuple[int, str] | None = None


@dataclass
class ScopeState:
    hwm: dt.datetime | None = None
    boundary: set[str] = field(default_factory=set)
    seen: SeenIds = field(default_factory=SeenIds)
    run: Run | None = None
    #: the digest store's rows this entry commits (``_digests``), and the number of the last full re-scan
    #: it completed
    store_seq: int = 0
    scans: int = 0
    #: the boundary's versions that the state's run journal holds (not repeated in the state file)
    journaled: set[str] = field(default_factory=set, compare=False)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "hwm": iso(self.hwm) if self.hwm else None,
            "boundary": sorted(self.boundary - self.journaled if self.journaled else self.boundary),
        }
        if self.seen:
            data["seen"] = self.seen.to_json()
        if self.store_seq or self.scans:
            data["store_seq"], data["scans"] = self.store_seq, self.scans
        if self.run is not None:
            data["resume"] = self.run.resume
            data["run_since"] = iso(self.run.since) if self.run.since else None
            data["run_hwm"] = iso(self.run.hwm) if self.run.hwm else None
            if self.run.parts:
                data["run_parts"] = list(self.run.parts)
            if self.run.full:
                data["run_full"], data["run_suspect"], data["run_scan"] = True, self.run.suspect, self.run.scan
                if self.run.expect is not None:
                    data["run_expect"] = list(self.run.expect)
            data["running"] = True
        return data

    @classmethod
    def from_json(cls, key: str, data: object) -> ScopeState:
        if not isinstance(data, dict):
            raise StateError(f"scope {key!r} is not an object")
        boundary, seen = data.get("boundary", []), data.get("seen", [])
        if not isinstance(boundary, list) or not all(isinstance(k, str) for k in boundary):
            raise StateError(f"scope {key!r}: boundary is not a list of strings")
        if not isinstance(seen, list) or not all(isinstance(k, str) for k in seen):
            raise StateError(f"scope {key!r}: seen is not a list of strings")
        run = None
        if data.get("running"):
            resume = data.get("resume")
            if resume is not None and not (
                isinstance(resume, dict)
                and set(resume) <= RESUME_KEYS
                and all(isinstance(v, str | int) and not isinstance(v, bool) for v in resume.values())
            ):
                raise StateError(f"scope {key!r}: resume is not a page position this version writes")
            parts = data.get("run_parts", [])
            if not isinstance(parts, list) or not all(isinstance(p, str) and p and "," not in p for p in parts):
                raise StateError(f"scope {key!r}: run_parts is not a list of partition names")
            scan = data.get("run_scan", 0)
            if type(scan) is not int or scan < 0:
                raise StateError(f"scope {key!r}: run_scan is not a scan number")
            expect = data.get("run_expect")
            if expect is not None and not (
                isinstance(expect, list)
                and len(expect) == 2
                and type(expect[0]) is int
                and expect[0] >= 0
                and isinstance(expect[1], str)
            ):
                raise StateError(f"scope {key!r}: run_expect is not a count and its words")
            run = Run(
                resume=resume,
                since=parse_iso(data.get("run_since"), f"scope {key!r}: run_since"),
                hwm=parse_iso(data.get("run_hwm"), f"scope {key!r}: run_hwm"),
                parts=tuple(parts),
                full=data.get("run_full") is True,
                suspect=data.get("run_suspect") is True,
                scan=scan,
                expect=(expect[0], expect[1]) if expect is not None else None,
            )
        counts = [data.get(name, 0) for name in ("store_seq", "scans")]
        if not all(type(n) is int and n >= 0 for n in counts):
            raise StateError(f"scope {key!r}: store_seq and scans are not counts")
        return cls(
            hwm=parse_iso(data.get("hwm"), f"scope {key!r}: hwm"),
            boundary=set(boundary),
            seen=SeenIds.from_json(seen),
            run=run,
            store_seq=counts[0],
            scans=counts[1],
        )
