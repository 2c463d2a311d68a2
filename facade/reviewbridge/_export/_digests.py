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

_SCHEMA = """
CREATE TABLE IF NOT EXISTS digests (
    scope TEXT NOT NULL, id TEXT NOT NULL, digest BLOB NOT NULL, scan INTEGER NOT NULL,
    deleted_at TEXT, content BLOB, PRIMARY KEY (scope, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pending (
    scope TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL, digest BLOB NOT NULL,
    scan INTEGER NOT NULL, deleted_at TEXT, content BLOB, PRIMARY KEY (scope, seq, id)) WITHOUT ROWID;
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
    ``content`` what the store keeps of the review as written (None: what it holds stays)."""

    id: str
    digest: bytes
    scan: int
    deleted_at: str | None = None
    content: bytes | None = None


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
            self._db = sqlite3.connect(path, timeout=60, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            # A staged page is durable before the ledger names it: each stage synced (FULL), or, for a ledger
            # that commits once after many pages (load's), the stages committed to the WAL alone (NORMAL:
            # safe when the process is killed, not yet on power loss) and ``sync`` before that commit point:
            # one fsync where there was one per page.
            self._db.execute(f"PRAGMA synchronous={'FULL' if sync_stages else 'NORMAL'}")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise StateError(f"cannot open the digest store {path}: {exc}") from None

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
        """Stage ``rows`` under ``seq`` (durably), before the ledger that names ``seq`` is saved."""
        with self._transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO pending VALUES (?, ?, ?, ?, ?, ?, ?)",
                ((scope, seq, r.id, r.digest, r.scan, r.deleted_at, r.content) for r in rows),
            )

    def lookup(self, scope: str, seq: int, ids: Sequence[str]) -> dict[str, Stored]:
        """What the store holds of ``ids`` (those it holds), staged rows of ``seq`` first."""
        found: dict[str, Stored] = {}
        with self._lock:
            try:
                for start in range(0, len(ids), BATCH):
                    chunk = list(ids[start : start + BATCH])
                    marks = ",".join("?" * len(chunk))  # only placeholders go into the statements
                    committed = f"SELECT id, digest, deleted_at FROM digests WHERE scope = ? AND id IN ({marks})"  # noqa: S608
                    staged = (
                        f"SELECT id, digest, deleted_at FROM pending WHERE scope = ? AND seq = ? AND id IN ({marks})"  # noqa: S608
                    )
                    for statement, bound in ((committed, (scope, *chunk)), (staged, (scope, seq, *chunk))):
                        rows = self._db.execute(statement, bound)
                        found.update((i, Stored(bytes(d), deleted is not None)) for i, d, deleted in rows)
            except sqlite3.Error as exc:
                raise StateError(f"the digest store {self.path} failed: {exc}") from None
        return found

    def live(self, scope: str) -> int:
        """How many reviews of ``scope`` the store holds as not deleted."""
        with self._lock:
            row = self._db.execute(
                "SELECT count(*) FROM digests WHERE scope = ? AND deleted_at IS NULL", (scope,)
            ).fetchone()
        return int(row[0])

    def listed(self, scope: str, seq: int, scan: int) -> bool:
        """Whether scan ``scan`` listed any review of ``scope`` (committed, or staged under ``seq``)."""
        with self._lock:
            row = self._db.execute(
                "SELECT EXISTS (SELECT 1 FROM digests WHERE scope = ? AND scan >= ?) "
                "OR EXISTS (SELECT 1 FROM pending WHERE scope = ? AND seq = ? AND scan >= ?)",
                (scope, scan, scope, seq, scan),
            ).fetchone()
        return bool(row[0])

    def unlisted(self, scope: str, seq: int, scan: int) -> Iterator[list[tuple[str, bytes, bytes | None]]]:
        """The reviews of ``scope`` held as not deleted that scan ``scan`` did not list (committed, or
        staged under ``seq``), as (id, digest, content kept), in batches of at most BATCH, in id order."""
        after = ""
        while True:
            with self._lock:
                rows = self._db.execute(
                    "SELECT d.id, d.digest, d.content FROM digests d WHERE d.scope = ? AND d.id > ? AND d.scan < ? "
                    "AND d.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM pending p WHERE p.scope = d.scope "
                    "AND p.seq = ? AND p.id = d.id AND p.scan >= ?) ORDER BY d.id LIMIT ?",
                    (scope, after, scan, seq, scan, BATCH),
                ).fetchall()
            if not rows:
                return
            yield [(i, bytes(d), bytes(c) if c is not None else None) for i, d, c in rows]
            after = rows[-1][0]


def _apply(db: sqlite3.Connection, scope: str, seq: int) -> None:
    db.execute(
        "INSERT INTO digests SELECT scope, id, digest, scan, deleted_at, content FROM pending "
        "WHERE scope = ? AND seq <= ? ORDER BY seq ON CONFLICT (scope, id) DO UPDATE SET digest = excluded.digest, "
        "scan = excluded.scan, deleted_at = excluded.deleted_at, content = coalesce(excluded.content, content)",
        (scope, seq),
    )
    db.execute("DELETE FROM pending WHERE scope = ? AND seq <= ?", (scope, seq))


__all__ = ["BATCH", "DigestStore", "Row", "Stored", "digest", "digests_beside"]
