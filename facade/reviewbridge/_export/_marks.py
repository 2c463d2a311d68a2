"""Which entries one walk reads and moves, by name: its own, and one per partition of its provider.

Most providers are walked scope by scope, each scope with its own entry (mark, boundary, unfinished
run), named by ``scope_key``. A provider whose reviews each name a partition (``ExportPolicy.partition``,
such as channels) is walked over a set of partitions, or all of them, in one walk, and keeps a mark
per partition: a partition's entry says up to when its reviews are delivered, whichever walk delivered
them (``_walk.Walk`` holds the rules). So walks over different sets continue each other without
delivering a review twice, and the entry of a one-partition walk is the one a walk of that scope wrote
before partitions existed. Two walks of one run must not share a partition, nor may a walk overlap an
unfinished run of another scope, in an export's state file or a load's pipeline state (``check_walks``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .._exceptions import ExportError, StateError
from .._providers import ExportPolicy
from ._state import ScopeState


def scope_key(provider: str, scope: Mapping[str, Any]) -> str:
    """The state's name of a scope: ``provider:key=value,...``; a set of values is written comma-separated."""
    return f"{provider}:" + ",".join(f"{k}={_scope_value(v)}" for k, v in scope.items() if v is not None)


def _scope_value(value: object) -> str:
    return ",".join(map(str, value)) if isinstance(value, tuple | list) else str(value)


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
    walks: Sequence[tuple[Footprint, ExportPolicy]],
    stored: Mapping[str, ScopeState] | None = None,
    where: str = "",
    *,
    verb: str = "export",
) -> None:
    """Refuse walks that would write a review twice: two of this run (an export, or ``verb``) covering the
    same partition, or one that overlaps an unfinished run of another scope among the ``stored`` entries
    (of the state ``where`` names): that one must be finished first."""
    for index, (walk, _) in enumerate(walks):
        for earlier, _ in walks[:index]:
            common = walk.shared(earlier)
            if common is not None:
                raise ExportError(
                    f"scopes {earlier.key} and {walk.key} both cover {common}; {verb} each in one scope only"
                )
    for walk, policy in walks:
        for key, entry in (stored or {}).items():
            if entry.run is None or key == walk.key:
                continue
            footprint = Footprint.stored(key, walk.provider, policy)
            common = walk.shared(footprint) if footprint is not None else None
            if common is not None:
                raise StateError(
                    f"{where}: the {verb} of {key} was interrupted, and {walk.key} covers {common} too; "
                    f"run that {verb} again as it was (the same scope) to finish it, then this one"
                )


__all__ = ["Footprint", "check_walks", "scope_key"]
