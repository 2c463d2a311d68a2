"""Which state entries one export walk reads and moves: its own, and one per partition of its provider.

Most providers are walked scope by scope, each scope with its own entry (mark, boundary, unfinished
run). A provider whose reviews each name a partition (``ExportPolicy.partition``, such as channels)
is walked over a set of partitions, or all of them, in one walk, and keeps a mark per partition: a
partition's entry says up to when its reviews are exported, whichever walk exported them. A walk starts
at the lowest mark of its partitions and skips a review its own partition's mark already covers; a
partition without a mark is walked from the beginning (or ``--since``). So walks over different sets
continue each other without writing a review twice, and the entry of a one-partition walk is the one
a walk of that scope wrote before partitions existed.

A walk's unfinished run lives in the walk's own entry. A walk over every partition also keeps there
the mark of what it covered, partitions it saw no review of included.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._exceptions import ExportError, StateError
from .._providers import ExportPolicy
from .._review import Review
from ._state import OVERLAP, Run, ScopeState, State, later, near_mark


def first_page_marks(newest_first: bool, at_start: bool) -> bool:
    """Whether the page being recorded may raise the walk's mark.

    A walk that lists the newest first takes its mark from its first page (``at_start``: the page read
    from the start of the list), which holds the newest record when the walk began. Its later pages list older
    records, and a later change of one of them (an old review edited, in a list ordered by creation
    time) says nothing of what was added above the first page while the walk went on: taken as the
    mark, it would pass those additions, never to be listed again."""
    return not newest_first or at_start


def scope_key(provider: str, scope: Mapping[str, Any]) -> str:
    """The state's name of a scope: ``provider:key=value,...``; a set of values is written comma-separated."""
    return f"{provider}:" + ",".join(f"{k}={_scope_value(v)}" for k, v in scope.items() if v is not None)


def _scope_value(value: object) -> str:
    return ",".join(map(str, value)) if isinstance(value, tuple | list) else str(value)


def _floor(mark: dt.datetime | None) -> dt.datetime | None:
    return mark - OVERLAP if mark is not None else None


@dataclass(frozen=True)
class Footprint:
    """What a walk covers: a scope of a provider, or (partitioned) some partitions or all of them."""

    provider: str
    key: str
    partition: str | None
    #: the partitions covered; None: all of them (partitioned), or just ``key`` (not partitioned)
    members: frozenset[str] | None

    @classmethod
    def of(cls, provider: str, key: str, scope: Mapping[str, Any], policy: ExportPolicy) -> Footprint:
        named = scope.get(policy.partition) if policy.partition is not None else None
        return cls(provider, key, policy.partition, frozenset(named) if named else None)

    @classmethod
    def stored(cls, key: str, provider: str, policy: ExportPolicy) -> Footprint | None:
        """The footprint of a walk that wrote the state entry ``key``, if it is one of ``provider``'s."""
        if not key.startswith(f"{provider}:"):
            return None
        prefix = f"{provider}:{policy.partition}="
        members = frozenset(key.removeprefix(prefix).split(",")) if key.startswith(prefix) else None
        return cls(provider, key, policy.partition, members)

    def shared(self, other: Footprint) -> str | None:
        """What this walk and ``other`` both cover, in words; None when they cover nothing in common."""
        if self.provider != other.provider:
            return None
        if self.partition is None:
            return self.key if self.key == other.key else None
        if self.members is None or other.members is None:
            return f"every {self.partition}" if self.members is None else f"{self.partition} {min(self.members)}"
        common = self.members & other.members
        return f"{self.partition} {min(common)}" if common else None


def check_walks(
    walks: Sequence[tuple[Footprint, ExportPolicy]], state: State | None, state_path: Path | None = None
) -> None:
    """Refuse walks that would write a review twice: two of this export covering the same partition, or
    one that overlaps an unfinished run of another scope in the state (it must be finished first)."""
    for index, (walk, _) in enumerate(walks):
        for earlier, _ in walks[:index]:
            common = walk.shared(earlier)
            if common is not None:
                raise ExportError(
                    f"scopes {earlier.key} and {walk.key} both cover {common}; export each in one scope only"
                )
    if state is None:
        return
    for walk, policy in walks:
        for key, entry in state.scopes.items():
            if entry.run is None or key == walk.key:
                continue
            stored = Footprint.stored(key, walk.provider, policy)
            common = walk.shared(stored) if stored is not None else None
            if common is not None:
                raise StateError(
                    f"state file {state_path}: the export of {key} was interrupted, and {walk.key} covers "
                    f"{common} too; run that export again as it was (the same scope) to finish it, then this one"
                )


class WalkMarks:
    """The state side of one export walk. ``since`` is where the walk starts; ``entry`` says where a review
    is recorded and from when on it counts as new; ``record`` and ``commit`` move the marks."""

    def __init__(
        self,
        state: State,
        provider: str,
        key: str,
        scope: Mapping[str, Any],
        policy: ExportPolicy,
        since: dt.datetime | None,
        lock: threading.Lock,
    ) -> None:
        # Held while entries are read or added here: the state is saved from other walks' threads.
        self._state, self._provider, self.policy, self._lock = state, provider, policy, lock
        self.partitioned = policy.partition is not None and policy.partition_of is not None
        named = scope.get(policy.partition) if self.partitioned and policy.partition is not None else None
        #: the partitions this walk names; None: all of them (or the provider has none)
        self.members: tuple[str, ...] | None = tuple(named) if named else None
        #: each entry's key in the state (by the entry's identity)
        self._keys: dict[int, str] = {}
        with lock:
            self.home = state.scopes.setdefault(key, ScopeState())
            self._keys[id(self.home)] = key
            self.parts = {name: self._add(name) for name in self.members or ()}
            run = self.home.run
            if run is not None:
                self.since, self.resume, self.run_hwm = run.since, run.resume, run.hwm
                self._at_start = run.resume is None  # the next page recorded is the list's first
                # The partitions this run's earlier attempts saw: its end covers them too.
                self.parts.update((name, self._add(name)) for name in run.parts if self.partitioned)
                return
            # --since narrows a first run; once a mark exists, going back before it would write reviews
            # again that are already in the output, so the later of the two applies, per partition.
            entries = [self.parts[name] for name in self.members] if self.members else [self.home]
            starts = [later(since, _floor(entry.hwm)) for entry in entries]
            self.since = None if any(start is None for start in starts) else min(s for s in starts if s)
            self.resume, self.run_hwm = None, None
            self._at_start = True

    def _add(self, name: str) -> ScopeState:
        assert self.policy.partition is not None
        key = scope_key(self._provider, {self.policy.partition: (name,)})
        entry = self._state.scopes.setdefault(key, ScopeState())
        self._keys[id(entry)] = key
        return entry

    def entry(self, review: Review) -> tuple[ScopeState, dt.datetime | None]:
        """The entry ``review`` is recorded in, and the mark up to which that entry's reviews are exported."""
        name = self.policy.partition_of(review) if self.partitioned and self.policy.partition_of else None
        if name is None:
            return self.home, self.home.hwm
        part = self.parts.get(name)
        if part is None:
            with self._lock:
                part = self.parts[name] = self._add(name)
        # A walk over every partition covered each of them up to its own mark.
        return part, part.hwm if self.members is not None else later(part.hwm, self.home.hwm)

    def covered(self, review: Review, mark: dt.datetime | None) -> bool:
        """Whether an earlier walk exported this version: it is older than its partition's start."""
        start = later(self.since, _floor(mark))
        changed = review.updated_at
        return self.partitioned and start is not None and changed is not None and changed < start

    def record(
        self,
        page_reviews: Sequence[Review],
        fresh: Sequence[tuple[Review, ScopeState, dt.datetime | None]],
        resume: dict[str, Any] | None,
        ceiling: dt.datetime,
        *,
        finished: bool | None = None,
    ) -> None:
        """Record a page whose fresh reviews are written; the walk is complete when ``finished`` (by default:
        when ``resume`` is None). Unfinished, the run goes on from ``resume`` (None: from the walk's start)."""
        if first_page_marks(self.policy.newest_first, self._at_start):
            for review in page_reviews:
                changed = review.updated_at
                self.run_hwm = later(self.run_hwm, min(changed, ceiling) if changed is not None else None)
        self._at_start = False
        for review, entry, _ in fresh:
            # Every version this walk writes is remembered until the walk commits, however far back its
            # stamp: a server may list it again any number of pages later, or after a kill. Commit keeps
            # those its new mark's overlap brings back. The state journals them page by page.
            version = review.version_key()
            entry.boundary.add(version)
            self._state.remember(self._keys[id(entry)], entry, version)
        if self.policy.ids_are_versions:
            # What the listing still holds, and what of it was written (see SeenIds).
            # The caller holds the lock: only entries this walk already has are looked up (every written
            # review's is among them).
            written = {id(review) for review, _, _ in fresh}
            for review in page_reviews:
                name = self.policy.partition_of(review) if self.partitioned and self.policy.partition_of else None
                owner = self.home if name is None else self.parts.get(name)
                if owner is not None:
                    listed = ((review.id, review.updated_at),)
                    owner.seen.note(listed, listed if id(review) in written else ())
        complete = resume is None if finished is None else finished
        if complete:
            self.commit()
        else:
            seen = tuple(sorted(self.parts)) if self.members is None else ()
            self.home.run = Run(resume=resume, since=self.since, hwm=self.run_hwm, parts=seen)

    def commit(self) -> None:
        """The walk is complete: move the marks it covered up to the newest change seen, forget what they
        passed. A named set moves its partitions' marks; a walk over all of them moves its own and those of
        the partitions it saw."""
        covered = [self.home]
        if self.members is None:
            covered += self.parts.values()  # every partition this run saw, in any of its attempts
        else:
            covered += (self.parts[name] for name in self.members)
        for entry in {id(e): e for e in covered}.values():
            entry.hwm = later(entry.hwm, self.run_hwm)
        for entry in {id(e): e for e in (self.home, *self.parts.values())}.values():
            mark = entry.hwm if self.members is not None else later(entry.hwm, self.home.hwm)
            entry.boundary = {k for k in entry.boundary if near_mark(k, mark)}
            entry.seen.settle()
        self.home.run = None


__all__ = ["Footprint", "WalkMarks", "check_walks", "later", "scope_key"]
