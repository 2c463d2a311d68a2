"""The reviews of one scope: index-addressed items, changes on top of seeded data, cached sorted views.

Item ``i`` of a scope is generated from ``(seed, scope, i)`` until something changes it; then its
current document lives in ``docs``. A *view* is the sorted list of composite keys of the items that
match one filter combination in one order; it is cached until the next change of the scope. Keys
embed the item's id number, so they are unique and the item index can be decoded from the key.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any, Generic, Protocol, TypeVar

_VIEW_CACHE = 32  # views per table ...
_VIEW_KEYS = 2_000_000  # ... and keys held by them, together
_SCOPE_CACHE = 64  # unchanged tables kept ...
_SCOPE_ITEMS = 2_000_000  # ... and items in them, together
_RENDERED = 20_000  # seeded documents kept rendered per table (rendering one costs ~0.1 ms)


class Seeded(Protocol):
    """A scope's seeded generator."""

    def core(self, index: int) -> Any: ...

    def render(self, index: int, core: Any) -> dict[str, Any]: ...


class Table:
    data: Seeded

    def __init__(self, base: int) -> None:
        self.base = base
        self.size = base
        self.deleted: set[int] = set()
        self.docs: dict[int, dict[str, Any]] = {}
        self.version = 0
        self._views: OrderedDict[Hashable, list[int]] = OrderedDict()
        self._rendered: OrderedDict[int, dict[str, Any]] = OrderedDict()

    def doc(self, index: int) -> dict[str, Any]:
        """Item ``index`` as the API shows it: its changed document, else its seeded one (cached).

        Callers must not change the dict they get (copy it first).
        """
        stored = self.docs.get(index)
        if stored is not None:
            return stored
        rendered = self._rendered.get(index)
        if rendered is None:
            rendered = self.data.render(index, self.data.core(index))
            self._rendered[index] = rendered
            if len(self._rendered) > _RENDERED:
                self._rendered.popitem(last=False)
        return rendered

    @property
    def modified(self) -> bool:
        return self.version > 0

    def exists(self, index: int) -> bool:
        return 0 <= index < self.size and index not in self.deleted

    def alive(self) -> Iterator[int]:
        if not self.deleted:
            return iter(range(self.size))
        return (i for i in range(self.size) if i not in self.deleted)

    def count(self) -> int:
        return self.size - len(self.deleted)

    def changed(self) -> None:
        self.version += 1
        self._views.clear()

    def delete_some(
        self, pick: Callable[[list[int], int], list[int]], count: int, id_of: Callable[[int], str]
    ) -> list[str]:
        """Delete ``count`` existing items, those ``pick`` (a seeded sample) chooses: they stop being listed
        or found, as on the provider once its author or the provider removed them; their ids."""
        existing = list(self.alive())
        chosen = sorted(pick(existing, min(count, len(existing))))
        ids = [id_of(index) for index in chosen]
        for index in chosen:
            self.deleted.add(index)
            self.docs.pop(index, None)
        self.changed()
        return ids

    def allocate(self) -> int:
        index = self.size
        self.size += 1
        return index

    def view(self, key: Hashable, build: Callable[[], Iterable[int]]) -> list[int]:
        """The sorted keys for ``key`` (a filter/order combination), built once per change."""
        cached = self._views.get(key)
        if cached is not None:
            self._views.move_to_end(key)
            return cached
        keys = sorted(build())
        self._views[key] = keys
        held = sum(len(v) for v in self._views.values())
        while len(self._views) > 1 and (len(self._views) > _VIEW_CACHE or held > _VIEW_KEYS):
            _, dropped = self._views.popitem(last=False)
            held -= len(dropped)
        return keys


def first_above(keys: list[int], key: int) -> int:
    """Position of the first key strictly greater than ``key``."""
    return bisect.bisect_right(keys, key)


def first_at_or_above(keys: list[int], key: int) -> int:
    return bisect.bisect_left(keys, key)


T = TypeVar("T", bound=Table)


class Scopes(Generic[T]):
    """Tables by scope id, created on first use. Unchanged tables beyond a limit (count and items) are
    dropped, least recently used first; they are regenerated identically when asked for again. Changed
    tables are always kept."""

    def __init__(self, factory: Callable[[str], T]) -> None:
        self._factory = factory
        self._tables: OrderedDict[str, T] = OrderedDict()

    def get(self, scope: str) -> T:
        table = self._tables.get(scope)
        if table is None:
            table = self._factory(scope)
            self._tables[scope] = table
            self._evict()
        else:
            self._tables.move_to_end(scope)
        return table

    def known(self) -> list[tuple[str, T]]:
        return list(self._tables.items())

    def _evict(self) -> None:
        items = sum(t.size for t in self._tables.values())
        newest = next(reversed(self._tables))
        for scope, table in list(self._tables.items()):
            if len(self._tables) <= _SCOPE_CACHE and items <= _SCOPE_ITEMS:
                break
            if not table.modified and scope != newest:
                del self._tables[scope]
                items -= table.size


class Identified(Protocol):
    """A scope's id codec: the index of an item id, or None when the id cannot be one of the scope's."""

    def index_of(self, item_id: str) -> int | None: ...


class NamedScopes(Scopes[T]):
    """Scopes that also remember every scope named so far (the last ``limit``, with their cheap id codecs),
    so an item can be found by its id alone, as providers' by-id operations take no scope."""

    def __init__(
        self, factory: Callable[[str], T], codec: Callable[[T], Identified], seeded: int, limit: int = 10_000
    ) -> None:
        super().__init__(factory)
        self._codec = codec
        self._seeded = seeded
        self._limit = limit
        self._named: OrderedDict[str, Identified] = OrderedDict()

    def get(self, scope: str) -> T:
        table = super().get(scope)
        if scope not in self._named:
            self._named[scope] = self._codec(table)
            while len(self._named) > self._limit:
                self._named.popitem(last=False)
        return table

    def find(self, item_id: str) -> tuple[T, int] | None:
        """The table and index of an existing item of any scope named so far, newest named first."""
        known = dict(self.known())
        for scope, codec in reversed(self._named.items()):
            index = codec.index_of(item_id)
            if index is None:
                continue
            table = known.get(scope)
            # A table not kept is unchanged, so it has exactly the seeded items.
            if table is None and index >= self._seeded:
                continue
            found = table or self.get(scope)
            if found.exists(index):
                return found, index
        return None
