"""The state file: per scope a committed high-water mark and boundary, an unfinished run, the output offset."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._exceptions import LockHeld, StateError
from .._locks import lock_file
from .._providers import REGISTRY
from .._timestamps import LATEST_MARK, parse_iso8601

VERSION = 1
#: what a resume point may hold: the pagination arguments of the providers' list operations
RESUME_KEYS = frozenset(key for info in REGISTRY.values() for key in info.resume_keys)
OVERLAP = dt.timedelta(minutes=5)
#: How far ahead of this machine a provider's clock may be before its timestamps count as the future.
CLOCK_SKEW = dt.timedelta(minutes=5)


def key_time(version_key: str) -> dt.datetime | None:
    """The updated_at part of a ``Review.version_key()``, or None when the review has none."""
    _, _, stamp = version_key.rpartition("@")
    if not stamp:
        return None
    try:
        return parse_iso8601(stamp, latest=LATEST_MARK)
    except ValueError:
        return None


def later(a: dt.datetime | None, b: dt.datetime | None) -> dt.datetime | None:
    """The later of two optional times."""
    if a is None or b is None:
        return a or b
    return max(a, b)


def near_mark(version_key: str, mark: dt.datetime | None) -> bool:
    """Whether a boundary keeps ``version_key`` under ``mark``: its change lies within OVERLAP of the mark or
    after (the next walk lists it again), or it has no readable change time."""
    stamp = key_time(version_key)
    return stamp is None or mark is None or stamp >= mark - OVERLAP


def iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat()


def parse_iso(value: object, what: str) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise StateError(f"{what} is not a timestamp")
    try:  # the overlap arithmetic must work on it, at both ends (not year 1 nor 9999)
        return parse_iso8601(value, latest=LATEST_MARK)
    except ValueError as exc:
        raise StateError(f"{what} is not a usable ISO 8601 timestamp: {value!r}") from exc


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


class SeenIds:
    """The ids a scope has exported, where ids are derived from the content (an id is a version), each
    with its review's change time (for a provider with no change time, the publish date).

    Such a provider lists a whole window in one answer, so a complete walk shows what can come back: an
    id older than the oldest review the walk listed has left the window and is forgotten when the walk
    completes (``settle``), while one as recent, listed or not (a review whose content changed has a new
    id; the old one ages out with its date), is kept. So the set holds about one listing, not the
    scope's history. Nothing is ever skipped by its date: a review listed with an old date and an id not
    here is written. The sorted form the state file holds is kept until the set changes, so saving the
    state after every page of other scopes does not sort it again.
    """

    __slots__ = ("_ids", "_listed", "_low", "_saved")

    def __init__(self, ids: dict[str, dt.datetime | None] | None = None) -> None:
        self._ids: dict[str, dt.datetime | None] = dict(ids or {})
        self._listed: set[str] = set()  # listed by the walk under way
        self._low: dt.datetime | None = None  # the oldest change time it listed
        self._saved: list[str] | None = None

    def __contains__(self, review_id: object) -> bool:
        return review_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def note(
        self, listed: Iterable[tuple[str, dt.datetime | None]], written: Iterable[tuple[str, dt.datetime | None]]
    ) -> None:
        """A page of the walk: the (id, change time) of every review on it, and of those written."""
        for review_id, stamp in written:
            self._ids[review_id] = stamp
            self._saved = None
        for review_id, stamp in listed:
            self._listed.add(review_id)
            if stamp is not None:
                self._low = stamp if self._low is None else min(self._low, stamp)
                if review_id in self._ids and self._ids[review_id] != stamp:
                    self._ids[review_id] = stamp  # an id kept by an earlier version, without its date
                    self._saved = None

    def settle(self) -> None:
        """The walk listed everything: forget the ids older than all it listed (none if it listed none)."""
        low, listed = self._low, self._listed
        if low is not None:
            kept = {k: v for k, v in self._ids.items() if k in listed or (v is not None and v >= low)}
            if len(kept) != len(self._ids):
                self._ids, self._saved = kept, None
        self._listed, self._low = set(), None

    def to_json(self) -> list[str]:
        if self._saved is None:
            self._saved = sorted(k if v is None else f"{k}@{iso(v)}" for k, v in self._ids.items())
        return self._saved

    @classmethod
    def from_json(cls, values: list[str]) -> SeenIds:
        """From the state's list: ``id@time``, or a bare ``id`` (as earlier versions wrote them)."""
        ids: dict[str, dt.datetime | None] = {}
        for value in values:
            review_id, at, _ = value.rpartition("@")
            stamp = key_time(value) if at else None
            if review_id and stamp is not None:
                ids[review_id] = stamp
            else:
                ids[value] = None
        return cls(ids)


@dataclass
class ScopeState:
    hwm: dt.datetime | None = None
    boundary: set[str] = field(default_factory=set)
    seen: SeenIds = field(default_factory=SeenIds)
    run: Run | None = None
    #: the digest store's rows this entry commits (``_digests``), and how many full re-scans it completed
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
                data["run_full"], data["run_suspect"] = True, self.run.suspect
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
            run = Run(
                resume=resume,
                since=parse_iso(data.get("run_since"), f"scope {key!r}: run_since"),
                hwm=parse_iso(data.get("run_hwm"), f"scope {key!r}: run_hwm"),
                parts=tuple(parts),
                full=data.get("run_full") is True,
                suspect=data.get("run_suspect") is True,
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
            self.journal_offset = _append(journal, self.journal_offset, "".join(self._pending).encode())
            self._pending.clear()
        data = json.dumps(self.to_json(), indent=1).encode()
        directory = self.path.parent
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        with contextlib.suppress(OSError):
            dir_fd = os.open(directory, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        if not self.journal_offset:
            with contextlib.suppress(OSError):
                journal.unlink(missing_ok=True)


def _append(path: Path, offset: int, data: bytes) -> int:
    """Write ``data`` at ``offset`` of ``path`` (cutting what lies beyond it), fsync; the new end."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        os.ftruncate(fd, offset)
        os.lseek(fd, offset, os.SEEK_SET)
        write_all(fd, data)
    finally:
        os.close(fd)
    return offset + len(data)


def write_all(fd: int, data: bytes) -> None:
    """Write all of ``data`` at ``fd``'s position (a write may take only part of it), then fsync."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


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
