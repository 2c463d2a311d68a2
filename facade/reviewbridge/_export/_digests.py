"""The digest store: per scope, a digest of each review's content as last written, on disk (SQLite).

A full re-scan (``--full-scan``) writes a review whose digest differs from the one stored, and reports
as deleted every review it stored that the scan did not list. So the store holds one row per review a
scope ever wrote (its id, digest, the number of the last scan that listed it, when a scan found it
deleted), in a SQLite file beside the walk's ledger, never in memory: a scan looks up one page of ids
at a time and reads the unlisted ones back in batches. Its memory stays that of a page whatever the
scope's size.

The store commits with the ledger, never before it: what a page changes is first staged (``pending``,
tagged with a sequence number, durably), then the ledger is saved with that number in the scope's
entry (its commit point: the export's state file, or the dlt state committed with the rows), then the
staged rows are applied. A store opened for an entry (``recover``) applies what the entry's number
covers and drops what lies beyond it: a page that was never committed in the ledger leaves no trace
here either, so a killed run neither loses a change nor writes it twice, and no review is taken as
listed by a page the ledger does not know.

The digest covers every unified field: rating (and its scale), title, text, pros, cons, author,
created_at, updated_at, reply, product, order_ref and status. The change time is in it so that a re-scan
writes every version an incremental walk would (a new change time is a new version: written by one, it
must not be written again by the other), and the edits that no change time shows besides. Not in it:
the raw record, whose server-side members (counters, internal flags) move without the review changing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .._exceptions import StateError
from .._json import dumps
from .._review import Review

#: ids looked up or read back per SQLite statement (below SQLite's limit on bound variables)
BATCH = 500
_OPENING = threading.Lock()

_SCHEMA = """
CREATE TABLE IF NOT EXISTS digests (
    scope TEXT NOT NULL, id TEXT NOT NULL, digest BLOB NOT NULL, scan INTEGER NOT NULL,
    deleted_at TEXT, content BLOB, PRIMARY KEY (scope, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pending (
    scope TEXT NOT NULL, seq INTEGER NOT NULL, part TEXT NOT NULL, id TEXT NOT NULL, digest BLOB NOT NULL,
    scan INTEGER NOT NULL, deleted_at TEXT, content BLOB, PRIMARY KEY (scope, seq, part, id)) WITHOUT ROWID;
"""


def digests_beside(ledger: Path) -> Path:
    """Where the digest store of a ledger file lives: beside it, ``<ledger>.digests``."""
    return ledger.with_name(ledger.name + ".digests")


def digest(review: Review) -> bytes:
    """The digest of ``review``'s content (the fields the module docstring names), 16 bytes."""
    created = review.created_at.isoformat() if review.created_at is not None else None
    updated = review.updated_at.isoformat() if review.updated_at is not None else None
    content = (
        review.rating,
        review.rating_max,
        review.title,
        review.text,
        list(review.pros),
        list(review.cons),
        review.author,
        created,
        updated,
        review.reply,
        review.product,
        review.order_ref,
        review.status,
    )
    return hashlib.blake2b(dumps(list(content)), digest_size=16).digest()


@dataclass(frozen=True)
class Stored:
    """What the store holds of one review: its digest as last written, and whether a scan found it gone."""

    digest: bytes
    deleted: bool


@dataclass(frozen=True)
class Row:
    """A row to stage: review ``id`` with ``digest``, listed by scan ``scan``; ``deleted_at`` when gone;
    ``content`` what the store keeps of the review as written (None: what it holds stays); ``part`` the
    scope whose rows it joins (None: the one it is staged for; a walk over partitions keeps each review
    under its partition's scope, as marks are kept)."""

    id: str
    digest: bytes
    scan: int
    deleted_at: str | None = None
    content: bytes | None = None
    part: str | None = None


class DigestStore:
    """The SQLite file at ``path``, created on first use (it holds ids, digests and scan numbers: no
    secret, no review content). One connection, used under its own lock by the walks of one export or
    load (they run in threads)."""

    def __init__(self, path: Path, keep: Callable[[Review], bytes] | None = None, *, sync_stages: bool = True) -> None:
        self.path = path
        #: what to keep of each review written, to report its deletion with (a load's row: its merge
        #: replaces the whole row, so a deleted review's row is sent again whole, with ``deleted_at``)
        self.keep = keep
        self._lock = threading.Lock()
        try:
            # One opening at a time in a process: a load opens the store once per walk, all at once, and
            # SQLite answers "database is locked" at once (no busy wait) to a connection switching a new
            # file to WAL while another does.
            with _OPENING:
                self._db = sqlite3.connect(path, timeout=60, check_same_thread=False, isolation_level=None)
                self._db.execute("PRAGMA journal_mode=WAL")
                # A staged page is durable before the ledger names it: each stage synced (FULL), or, for a
                # ledger that commits once after many pages (load's), the stages committed to the WAL alone
                # (NORMAL: safe when the process is killed, not yet on power loss) and ``sync`` before that
                # commit point: one fsync where there was one per page.
                self._db.execute(f"PRAGMA synchronous={'FULL' if sync_stages else 'NORMAL'}")
                self._db.executescript(_SCHEMA)
                columns = {row[1] for row in self._db.execute("PRAGMA table_info(pending)")}
        except sqlite3.Error as exc:
            raise StateError(f"cannot open the digest store {path}: {exc}") from None
        if "part" not in columns:
            self._db.close()
            raise StateError(
                f"the digest store {path} was written by a development version of the full re-scan; remove it "
                "(the next full re-scan then writes every review once more and records no deletion)"
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise StateError(f"the digest store {self.path} failed: {exc}") from None

    def sync(self) -> None:
        """Make every change committed so far durable (a store that does not sync each stage calls it before
        its ledger's commit point): the write-ahead log (SQLite's ``<store>-wal``) synced to disk, which holds
        the changes of every connection to the store since its last checkpoint (a checkpoint syncs the
        database file itself). A checkpoint here would wait on the other walks' connections."""
        wal = self.path.with_name(self.path.name + "-wal")
        with self._lock:
            try:
                descriptor = os.open(wal, os.O_RDWR)
            except FileNotFoundError:
                return  # no log: everything is in the database file, synced by the checkpoint that ended it
            except OSError as exc:
                raise StateError(f"the digest store {self.path}: cannot sync {wal.name}: {exc}") from None
            try:
                os.fsync(descriptor)
            except OSError as exc:
                raise StateError(f"the digest store {self.path}: cannot sync {wal.name}: {exc}") from None
            finally:
                os.close(descriptor)

    def recover(self, scope: str, committed: int) -> None:
        """Make the store match a ledger whose entry ``scope`` committed up to ``committed``: apply the
        staged rows it covers, drop those of a later, uncommitted page."""
        with self._transaction() as db:
            _apply(db, scope, committed)
            db.execute("DELETE FROM pending WHERE scope = ? AND seq > ?", (scope, committed))

    def apply(self, scope: str, seq: int) -> None:
        """The ledger committed ``seq``: move its staged rows into the store."""
        with self._transaction() as db:
            _apply(db, scope, seq)

    def stage(self, scope: str, seq: int, rows: Iterable[Row]) -> None:
        """Stage ``rows`` under ``seq`` (durably), before the ledger that names ``seq`` is saved. A row
        staged again under the same ``seq`` replaces the first but keeps its content when it brings none:
        a review written and then listed again by one walk (a load stages all its pages under one number,
        and a change cursor's overlap lists a review twice) keeps the content it was written with."""
        with self._transaction() as db:
            db.executemany(
                "INSERT INTO pending VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (scope, seq, part, id) DO UPDATE SET "
                "digest = excluded.digest, scan = excluded.scan, deleted_at = excluded.deleted_at, "
                "content = coalesce(excluded.content, pending.content)",
                ((scope, seq, r.part or scope, r.id, r.digest, r.scan, r.deleted_at, r.content) for r in rows),
            )

    def lookup(self, scope: str, seq: int, ids: Sequence[str], part: str | None = None) -> dict[str, Stored]:
        """What the store holds of ``ids`` of ``part`` (None: ``scope``) (those it holds), the rows staged
        for ``scope`` under ``seq`` first."""
        part = part or scope
        found: dict[str, Stored] = {}
        with self._lock:
            try:
                for start in range(0, len(ids), BATCH):
                    chunk = list(ids[start : start + BATCH])
                    marks = ",".join("?" * len(chunk))  # only placeholders go into the statements
                    committed = f"SELECT id, digest, deleted_at FROM digests WHERE scope = ? AND id IN ({marks})"  # noqa: S608
                    staged = (
                        "SELECT id, digest, deleted_at FROM pending WHERE scope = ? AND seq = ? AND part = ? "  # noqa: S608
                        f"AND id IN ({marks})"
                    )
                    for statement, bound in ((committed, (part, *chunk)), (staged, (scope, seq, part, *chunk))):
                        rows = self._db.execute(statement, bound)
                        found.update((i, Stored(bytes(d), deleted is not None)) for i, d, deleted in rows)
            except sqlite3.Error as exc:
                raise StateError(f"the digest store {self.path} failed: {exc}") from None
        return found

    def live(self, parts: Sequence[str]) -> int:
        """How many reviews of ``parts`` the store holds as not deleted."""
        with self._lock:
            return sum(
                int(self._db.execute(
                    "SELECT count(*) FROM digests WHERE scope = ? AND deleted_at IS NULL", (part,)
                ).fetchone()[0])
                for part in parts
            )  # fmt: skip

    def listed(self, scope: str, seq: int, scan: int, parts: Sequence[str]) -> bool:
        """Whether scan ``scan`` listed any review of ``parts`` (committed, or staged for ``scope`` under
        ``seq``)."""
        with self._lock:
            staged = self._db.execute(
                "SELECT EXISTS (SELECT 1 FROM pending WHERE scope = ? AND seq = ? AND scan >= ?)", (scope, seq, scan)
            ).fetchone()[0]
            return bool(staged) or any(
                self._db.execute(
                    "SELECT EXISTS (SELECT 1 FROM digests WHERE scope = ? AND scan >= ?)", (part, scan)
                ).fetchone()[0]
                for part in parts
            )

    def count_listed(self, scope: str, seq: int, scan: int, parts: Sequence[str]) -> int:
        """How many reviews of ``parts`` scan ``scan`` listed (committed, or staged for ``scope`` under
        ``seq``), each once; counted by SQLite, so memory stays bounded whatever the scope's size."""
        marks = ",".join("?" * len(parts))  # only placeholders go into the statement
        with self._lock:
            row = self._db.execute(
                f"SELECT count(*) FROM (SELECT scope, id FROM digests WHERE scope IN ({marks}) AND scan >= ? "  # noqa: S608
                f"UNION SELECT part, id FROM pending WHERE scope = ? AND seq = ? AND scan >= ? AND part IN ({marks}))",
                (*parts, scan, scope, seq, scan, *parts),
            ).fetchone()
        return int(row[0])

    def last_scan(self) -> int:
        """The highest scan number the store holds (0: none): a new full re-scan takes the next one, so a
        review carries a scan's number only if that scan listed it, whichever walk's scan it was."""
        with self._lock:
            row = self._db.execute(
                "SELECT max(coalesce((SELECT max(scan) FROM digests), 0), coalesce((SELECT max(scan) FROM pending), 0))"
            ).fetchone()
        return int(row[0])

    def unlisted(
        self, scope: str, seq: int, scan: int, part: str | None = None
    ) -> Iterator[list[tuple[str, bytes, bytes | None]]]:
        """The reviews of ``part`` (None: ``scope``) held as not deleted that scan ``scan`` did not list
        (committed, or staged for ``scope`` under ``seq``), as (id, digest, content kept), in batches of at
        most BATCH, in id order."""
        part = part or scope
        after = ""
        while True:
            with self._lock:
                rows = self._db.execute(
                    "SELECT d.id, d.digest, d.content FROM digests d WHERE d.scope = ? AND d.id > ? AND d.scan < ? "
                    "AND d.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM pending p WHERE p.scope = ? "
                    "AND p.seq = ? AND p.part = d.scope AND p.id = d.id AND p.scan >= ?) ORDER BY d.id LIMIT ?",
                    (part, after, scan, scope, seq, scan, BATCH),
                ).fetchall()
            if not rows:
                return
            yield [(i, bytes(d), bytes(c) if c is not None else None) for i, d, c in rows]
            after = rows[-1][0]


def _apply(db: sqlite3.Connection, scope: str, seq: int) -> None:
    db.execute(
        "INSERT INTO digests SELECT part, id, digest, scan, deleted_at, content FROM pending "
        "WHERE scope = ? AND seq <= ? ORDER BY seq ON CONFLICT (scope, id) DO UPDATE SET digest = excluded.digest, "
        "scan = excluded.scan, deleted_at = excluded.deleted_at, content = coalesce(excluded.content, content)",
        (scope, seq),
    )
    db.execute("DELETE FROM pending WHERE scope = ? AND seq <= ?", (scope, seq))


__all__ = ["BATCH", "DigestStore", "Row", "Stored", "digest", "digests_beside"]
