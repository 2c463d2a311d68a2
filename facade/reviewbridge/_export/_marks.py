"""Which entries one walk reads and moves, by name: its own, and one per partition of its provider.

Most providers are walked scope by scope, each scope with its own entry (mark, boundary, unfinished
run), named by ``scope_key``. A provider whose reviews each name a partition (``ExportPolicy.partition``,
such as channels) is walked over a set of partitions, or all of them, in one walk, and keeps a mark
per partition: a partition's entry says up to when its reviews are delivered, whichever walk delivered
them (``_walk.Walk`` holds the rules). So walks over different sets continue each other without
delivering a review twice, and the entry of a one-partition walk is the one a walk of that scope wrote
before partitions existed. Two walks of one run must not share a partition, nor may a walk overlap an
unfinished run of another scope, in an export's state file or a load's pipeline state (``check_walks``).

A walk given filters that narrow (or widen) the set of reviews listed besides its scope (``--stars 5``)
keeps marks of its own: its entries' names end in the filters' fingerprint (``narrowing``), such as
``provider:unit=B [stars=[5]]``. A mark says up to when a listing's reviews are delivered;
a listing with other filters holds other reviews, and taking that mark would skip the ones it never
delivered. A walk without such filters has the name it always had, as has every walk of a provider whose
walks read the whole listing whatever the mark (``mark_narrows``). Walks with different filters share
no entry, so they cover nothing in common: neither waits for the other's unfinished run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .._exceptions import ExportError, StateError
from .._json import dumps
from .._providers import REGISTRY, ExportPolicy
from ._scope import ScopeState

#: what parts a scope's name from the fingerprint of its other filters (never in a scope's own name)
_FILTERS = " ["


def scope_key(provider: str, scope: Mapping[str, Any], filters: Mapping[str, Any] | None = None) -> str:
    """The state's name of a scope: ``provider:key=value,...``; a set of values is written comma-separated.
    ``filters``: all the walk's filters, whose narrowing ones (``narrowing``) end the name, in brackets."""
    name = f"{provider}:" + ",".join(f"{k}={_scope_value(v)}" for k, v in scope.items() if v is not None)
    return name + narrowing(provider, scope, filters or {})


def narrowing(provider: str, scope: Mapping[str, Any], filters: Mapping[str, Any]) -> str:
    """The fingerprint of the filters that change which reviews a scope's listing holds: every filter
    given but the scope's own, the page size and those left at the export's default, each value in a
    canonical form (a set sorted, each value once; a number as a number; a time in UTC), sorted by name;
    ``" [language=[\"en\"]; stars=[4,5]]"``, or "" when there is none (or the provider's mark narrows no
    walk: ``mark_narrows``). The same filters give the same fingerprint however they were given (flags in
    any order, a config file)."""
    info = REGISTRY.get(provider)
    if info is None or not mark_narrows(info.export):
        return ""
    size = info.page_size
    defaults = {k: _canonical(v) for k, v in info.export.defaults.items()}
    found: dict[str, object] = {}
    for name, value in filters.items():
        if value is None or name in scope or (size is not None and name == size.key):
            continue
        option = info.option(name)
        many = isinstance(value, list | tuple) or (option is not None and option.many)
        canonical = _canonical(value, many=many)
        if canonical != defaults.get(name, _canonical(None)) and canonical != []:
            found[name] = canonical
    if not found:
        return ""
    return _FILTERS + "; ".join(f"{k}={dumps(v).decode()}" for k, v in sorted(found.items())) + "]"


def mark_narrows(policy: ExportPolicy) -> bool:
    """Whether a walk from a mark lists less than a whole walk: it asks for changes since it, or stops below
    it. Where neither, every walk reads the whole listing and the entry only keeps what is delivered from
    being delivered again, whatever the filters: sharing it loses nothing (and spares writing it twice)."""
    return policy.since_filter is not None or policy.newest_first


def _canonical(value: object, *, many: bool = False) -> object:
    """``value`` as JSON data that two equal filter values share (see ``narrowing``)."""
    if many:
        values = value if isinstance(value, list | tuple) else [value]
        forms = {dumps(_canonical(v)).decode(): _canonical(v) for v in values}
        return [forms[k] for k in sorted(forms)]
    if isinstance(value, list | tuple):
        return _canonical(value, many=True)
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, dt.datetime):
        return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def split_key(key: str) -> tuple[str, str]:
    """A state entry's name as (its scope's name, the fingerprint of its filters: "" when it has none)."""
    name, mark, rest = key.partition(_FILTERS)
    return name, mark + rest


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
    #: the fingerprint of the walk's narrowing filters (``narrowing``): a walk with others shares no entry
    narrowed: str = ""

    @classmethod
    def of(cls, provider: str, key: str, scope: Mapping[str, Any], policy: ExportPolicy) -> Footprint:
        named = scope.get(policy.partition) if policy.partition is not None else None
        return cls(provider, key, policy.partition, frozenset(named) if named else None, split_key(key)[1])

    @classmethod
    def stored(cls, key: str, provider: str, policy: ExportPolicy) -> Footprint | None:
        """The footprint of a walk that wrote the state entry ``key``, if it is one of ``provider``'s."""
        if not key.startswith(f"{provider}:"):
            return None
        name, narrowed = split_key(key)
        prefix = f"{provider}:{policy.partition}="
        members = frozenset(name.removeprefix(prefix).split(",")) if name.startswith(prefix) else None
        return cls(provider, key, policy.partition, members, narrowed)

    def shared(self, other: Footprint) -> str | None:
        """What this walk and ``other`` both cover, in words; None when they cover nothing in common."""
        if self.provider != other.provider or self.narrowed != other.narrowed:
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


__all__ = ["Footprint", "check_walks", "narrowing", "scope_key", "split_key"]
