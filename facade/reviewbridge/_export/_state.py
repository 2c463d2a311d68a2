"""The state file: its scopes' entries (see ``_scope``), the output and its offset, the run journal of the
unfinished walks; loaded whole, saved durably (see ``_durable``), held under a lock while a run uses it."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._exceptions import LockHeld, StateError
from .._locks import lock_file
from ._durable import append_at, replace_atomically
from ._scope import ScopeState

__all__ = ["VERSION", "State", "lock_state"]

#: The state file's format version (a file of another is refused).
VERSION = 1


@dataclass
class State:
    path: Path | None
    output: str | None = None
    format: str | None = None
    output_offset: int = 0
    scopes: dict[str, ScopeState] = field(default_factory=dict)
    #: bytes of the run journal (``<state>.run``) that this state records
    journal_offset: int = 0
    _pending: list[str] = field(default_factory=list, repr=False)

    @property
    def journal_path(self) -> Path | None:
        """Where the versions written by unfinished walks are appended, page by page (``<state>.run``)."""
        return self.path.with_name(self.path.name + ".run") if self.path is not None else None

    def entry(self, key: str) -> ScopeState:
        """The entry of scope ``key``; an empty one, added, when the state has none yet."""
        return self.scopes.setdefault(key, ScopeState())

    def remember(self, key: str, entry: ScopeState, version: str) -> None:
        """``version`` is written by the unfinished walk of entry ``key`` (already in its boundary): the next
        save appends it to the run journal rather than rewriting every such version in the state file."""
        if self.path is not None:
            self._pending.append(f"{key}\t{version}\n")
            entry.journaled.add(version)

    @classmethod
    def load(cls, path: Path) -> State:
        """The state at ``path``; a fresh one when the file does not exist."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise StateError(f"cannot read state file {path}: {exc}") from exc
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise StateError(f"state file {path} is not valid JSON ({exc})") from exc
        except RecursionError:
            raise StateError(f"state file {path} is corrupt: it is nested too deeply to be a state") from None
        try:
            version = data.get("version") if isinstance(data, dict) else None
            if type(version) is not int or version != VERSION:
                raise StateError(f"not a version {VERSION} reviewbridge state")
            offset, output, scopes = data.get("output_offset"), data.get("output"), data.get("scopes", {})
            if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
                raise StateError("output_offset is not a byte count")
            if output is not None and not isinstance(output, str):
                raise StateError("output is not a path")
            fmt = data.get("format")
            if fmt is not None and fmt not in ("jsonl", "csv"):
                raise StateError("format is not jsonl or csv")
            if not isinstance(scopes, dict):
                raise StateError("scopes is not an object")
            journal = data.get("journal_offset", 0)
            if not isinstance(journal, int) or isinstance(journal, bool) or journal < 0:
                raise StateError("journal_offset is not a byte count")
            entries = {k: ScopeState.from_json(k, v) for k, v in scopes.items()}
            state = cls(path, output, fmt, offset, entries, journal)
        except StateError as exc:
            raise StateError(f"state file {path} is corrupt: {exc}") from exc
        state._read_journal()
        return state

    def _read_journal(self) -> None:
        """Put the versions the run journal records back into their entries' boundaries (bytes past the
        recorded offset are a page whose state was never saved: ignored, and cut at the next append)."""
        journal = self.journal_path
        if not self.journal_offset or journal is None:
            return
        try:
            with journal.open("rb") as handle:
                data = handle.read(self.journal_offset)
        except OSError as exc:
            raise StateError(f"cannot read {journal}, the run journal of state file {self.path}: {exc}") from exc
        if len(data) < self.journal_offset:
            raise StateError(
                f"{journal} (the run journal of state file {self.path}) is shorter than the state records; "
                "restore it, or start over with a new state file and output"
            )
        for line in data.decode("utf-8", "replace").splitlines():
            key, _, version = line.partition("\t")
            entry = self.scopes.get(key)
            if entry is not None and version:
                entry.boundary.add(version)
                entry.journaled.add(version)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": VERSION,
            "output": self.output,
            "format": self.format,
            "output_offset": self.output_offset,
            "scopes": {k: v.to_json() for k, v in sorted(self.scopes.items())},
            **({"journal_offset": self.journal_offset} if self.journal_offset else {}),
        }

    def save(self) -> None:
        """Atomically replace the state file (temporary file in the same directory, fsync, rename), after
        appending the versions written since the last save to the run journal (fsynced too).

        Once no walk is unfinished, the boundaries hold only what their marks keep: they go into the state
        file, and the journal is emptied."""
        if self.path is None:
            return
        journal = self.journal_path
        assert journal is not None
        if not any(entry.run is not None for entry in self.scopes.values()):
            self._pending.clear()
            for entry in self.scopes.values():
                entry.journaled.clear()
            self.journal_offset = 0
        elif self._pending:
            self.journal_offset = append_at(journal, self.journal_offset, "".join(self._pending).encode())
            self._pending.clear()
        replace_atomically(self.path, json.dumps(self.to_json(), indent=1).encode())
        if not self.journal_offset:
            with contextlib.suppress(OSError):
                journal.unlink(missing_ok=True)


@contextlib.contextmanager
def lock_state(path: Path) -> Iterator[None]:
    """Hold ``<state>.lock`` exclusively for the block; LockHeld at once if another process has it."""
    lock_path = path.with_name(path.name + ".lock")
    try:
        release = lock_file(lock_path)
    except OSError as exc:
        raise StateError(f"cannot create lock file {lock_path}: {exc.strerror or exc}") from exc
    if release is None:
        raise LockHeld(f"another export is using state file {path} (lock {lock_path} is held); wait for it to finish")
    try:
        yield
    finally:
        release()
