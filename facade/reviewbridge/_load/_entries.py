"""Where a load keeps its walks' entries: each scope's entry (mark, boundary, unfinished walk) in the dlt
resource state of the resource its key names (``resource_name``), whichever walk wrote it. So a walk over
channels A and B keeps A's mark where a load of A alone finds it, and every version of the source reads
the entries where the last one wrote them. dlt commits them together with the rows they describe."""

from __future__ import annotations

import re
from collections.abc import Mapping

import dlt

from .._export import ScopeState


def resource_name(key: str) -> str:
    """A scope's resource name (also its task name in an orchestrator): the scope key as an identifier."""
    return re.sub(r"[^0-9a-zA-Z]+", "_", key).strip("_").lower()


class StoredEntries:
    """The entries a pipeline state holds: ``resources``, the source's resource states by resource name
    (anything else holds none). Read as they are when asked: a walk's ledger reads its entries on first use."""

    def __init__(self, resources: object) -> None:
        self._resources: Mapping[str, object] = resources if isinstance(resources, dict) else {}

    @classmethod
    def current(cls) -> StoredEntries:
        """Those of the pipeline whose source is being extracted (within a resource)."""
        return cls(dlt.current.source_state().setdefault("resources", {}))

    def entry(self, key: str) -> ScopeState | None:
        """The entry ``key`` (None: none yet)."""
        stored = self._resources.get(resource_name(key))
        found = stored.get(key) if isinstance(stored, dict) else None
        return ScopeState.from_json(key, found) if found is not None else None

    def unfinished(self) -> dict[str, ScopeState]:
        """The entries holding an unfinished walk, by key, whichever resource's."""
        return {
            key: ScopeState.from_json(key, found)
            for stored in self._resources.values()
            if isinstance(stored, dict)
            for key, found in stored.items()
            if isinstance(found, dict) and found.get("running")
        }


def store(entries: Mapping[str, ScopeState]) -> None:
    """Put ``entries`` into the pipeline state being extracted (within a resource), each where it lives."""
    for key, entry in entries.items():
        dlt.current.resource_state(resource_name(key))[key] = entry.to_json()


__all__ = ["StoredEntries", "resource_name", "store"]
