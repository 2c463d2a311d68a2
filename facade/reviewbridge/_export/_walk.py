"""One incremental walk of one scope (select, record, commit): the rules ``export --state`` and the dlt
source both walk by, in one place.

A walk starts OVERLAP before its mark (the newest change a complete walk committed) or at ``since``,
whichever is later, and skips the versions (``id@updated_at``) already delivered: those near the mark,
and every one of the walk itself until it completes (the boundary set). A walk that lists the newest
change first takes its mark from its first page and ends once its pages show it is below its start
(``StopLine``). Where ids are derived from the content, an id delivered once is skipped (``SeenIds``).
A change stamped beyond the walk's start plus CLOCK_SKEW is delivered, but never becomes the mark. A
provider whose reviews name a partition (such as channels) keeps a mark per partition (``_marks``).

The entries live in a ``Ledger``: the export's state file, or the dlt source's resource states. Nothing
here delivers reviews: the page loop (``_loop.PageLoop``) hands a page's fresh reviews (``select``) to
its sink, then calls ``record``.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from .._client import ReviewPage
from .._exceptions import ExportError
from .._providers import ExportPolicy
from .._review import Review
from ._digests import DigestStore
from ._marks import scope_key, split_key
from ._rescan import Book, Tombstone
from ._scope import Run, ScopeState
from ._stamps import CLOCK_SKEW, OVERLAP, later, near_mark

if TYPE_CHECKING:
    from ._result import ScopeResult


class Ledger(Protocol):
    """Where a walk's entries live, by key: the export's ``State``, or ``Entries`` (the dlt source's)."""

    def entry(self, key: str) -> ScopeState:
        """The entry ``key``; an empty one, added, when there is none yet."""
        ...

    def remember(self, key: str, entry: ScopeState, version: str) -> None:
        """``version`` was delivered by the unfinished walk of entry ``key`` (already in its boundary)."""
        ...


class Entries:
    """A ledger held in memory, each entry read on first use from ``read`` (None: a new, empty entry).

    The dlt source's: it writes ``entries`` back into its resource states when its rows are extracted,
    and dlt commits them together. The dry runs' too, which write nothing."""

    def __init__(self, read: Callable[[str], ScopeState | None]) -> None:
        self._read = read
        self.entries: dict[str, ScopeState] = {}

    def entry(self, key: str) -> ScopeState:
        found = self.entries.get(key)
        if found is None:
            found = self.entries[key] = self._read(key) or ScopeState()
        return found

    def remember(self, key: str, entry: ScopeState, version: str) -> None:
        """Nothing to journal: the entries are written whole, with the rows they describe."""


def first_page_marks(newest_first: bool, at_start: bool) -> bool:
    """Whether the page being recorded may raise the walk's mark.

    A walk that lists the newest first takes its mark from its first page (``at_start``: the page read
    from the start of the list), which holds the newest record when the walk began. Its later pages list older
    records, and a later change of one of them (an old review edited, in a list ordered by creation
    time) says nothing of what was added above the first page while the walk went on: taken as the
    mark, it would pass those additions, never to be listed again."""
    return not newest_first or at_start


class StopLine:
    """Where a walk that lists the newest change first ends early: below its start, once its pages show it.

    A stop inferred from stamps moves the mark to the newest change seen, so it is taken only as far as
    the pages read prove the order it relies on: every stamp read lies at or below every earlier one, and
    two pages running are wholly older than the start. One such page is not enough: a server may list a
    page out of order with newer reviews behind it, and stopping there would move the mark past them for
    good. Once the order fails anywhere in the walk, no stamp ends it: it reads on to the documented end,
    which proves what it saw. ``since`` None: the walk has no stop line (it reads to the end). ``by``: the
    Review stamp the list is in order of (``created_at`` for a list sorted by creation only).
    """

    def __init__(self, since: dt.datetime | None, by: str = "updated_at") -> None:
        self.since = since
        self._by = by
        self._lowest: dt.datetime | None = None
        self._ordered = True
        self._below = False  # the page before was wholly older than ``since``

    def cut(self, reviews: list[Review]) -> tuple[list[Review], bool]:
        """(the page's reviews not older than the start, whether the walk ends with this page)."""
        since = self.since
        if since is None:
            return reviews, False
        kept: list[Review] = []
        for review in reviews:
            stamp: dt.datetime | None = getattr(review, self._by)
            if stamp is not None:
                if self._lowest is not None and stamp > self._lowest:
                    self._ordered = False
                if self._lowest is None or stamp < self._lowest:
                    self._lowest = stamp
                if stamp < since:
                    continue
            kept.append(review)
        below = bool(reviews) and not kept
        stop = below and self._below and self._ordered
        self._below = below
        return kept, stop


def ceiling_now() -> dt.datetime:
    """How far a walk starting now may move a mark: now, plus CLOCK_SKEW. A change stamped later is a clock
    error or a lie: delivered, but the next walk asks again from this one's start rather than from it."""
    return dt.datetime.now(dt.UTC) + CLOCK_SKEW


def _floor(mark: dt.datetime | None) -> dt.datetime | None:
    return mark - OVERLAP if mark is not None else None


@dataclass
class Selection:
    """What ``Walk.select`` found on a page: its reviews to deliver, each with the entry it is recorded in."""

    fresh: list[tuple[Review, ScopeState]]
    #: reviews listed that were delivered already
    skipped: int
    #: reviews stamped beyond the walk's ceiling (delivered or not), and one of them in words
    future: int
    future_example: str | None
    #: the walk ends with this page (its stop line)
    stop: bool
    #: only ``fresh`` of the page is delivered (a limit was reached within it): it is read again later
    cut: bool

    @property
    def reviews(self) -> list[Review]:
        return [review for review, _ in self.fresh]


class Walk:
    """The state side of one walk of one scope, its entries in ``ledger``: ``select`` what a page holds that
    is new, ``record`` the page once that is delivered, ``commit`` when the walk is complete.

    ``since`` narrows a first walk. A scope with an unfinished run continues it (the same start, from its
    resume point). A provider with partitions (``ExportPolicy.partition``) is walked over some of them,
    or all: a partition's entry says up to when its reviews are delivered, whichever walk delivered them;
    a walk starts at the lowest mark of its partitions and skips a review its own partition's mark already
    covers. The walk's own entry (``key``) holds its unfinished run, and, for a walk over every partition,
    the mark of what it covered. ``lock`` is held while entries are added (walks of other scopes may share
    the ledger, in other threads); ``ceiling``: the mark never moves past it (default: ``ceiling_now()``).
    """

    def __init__(
        self,
        ledger: Ledger,
        provider: str,
        key: str,
        scope: Mapping[str, Any],
        policy: ExportPolicy,
        since: dt.datetime | None,
        lock: threading.Lock | None = None,
        ceiling: dt.datetime | None = None,
        store: DigestStore | None = None,
        full: bool = False,
    ) -> None:
        self._ledger, self._provider, self.policy = ledger, provider, policy
        # A walk with narrowing filters keeps partition marks of its own, named with its filters (_marks).
        self._narrowed = split_key(key)[1]
        self._lock = lock or threading.Lock()
        self.ceiling = ceiling or ceiling_now()
        self.partitioned = policy.partition is not None and policy.partition_of is not None
        named = scope.get(policy.partition) if self.partitioned and policy.partition is not None else None
        #: the partitions this walk names; None: all of them (or the provider has none)
        self.members: tuple[str, ...] | None = tuple(named) if named else None
        #: each entry's key in the ledger (by the entry's identity)
        self._keys: dict[int, str] = {}
        with self._lock:
            self.home = self._add_key(key)
            self.parts = {name: self._add(name) for name in self.members or ()}
            run = self.home.run
            if full and run is not None and not run.full:
                run = self.home.run = None  # a full re-scan starts at the top: it lists all the run would
            #: a full re-scan (``_rescan``): asked for, or an unfinished one this walk continues
            self.full = full or (run is not None and run.full)
            self.suspect = run is not None and run.suspect
            #: what the first page of a full re-scan announced of the list's length (see ``Run.expect``)
            self.expect = run.expect if run is not None and run.full else None
            if self.full:
                if store is None:
                    raise ExportError(f"{key}: a full re-scan needs a state (its digests are kept beside it)")
                self.since, self.resume, self.run_hwm = None, run.resume if run else None, run.hwm if run else None
                if run is not None:
                    self.parts.update((name, self._add(name)) for name in run.parts if self.partitioned)
            elif run is not None:
                self.since, self.resume, self.run_hwm = run.since, run.resume, run.hwm
                # The partitions this run's earlier attempts saw: its end covers them too.
                self.parts.update((name, self._add(name)) for name in run.parts if self.partitioned)
            else:
                # --since narrows a first walk; once a mark exists, going back before it would deliver
                # reviews again that are delivered already, so the later of the two applies, per partition.
                entries = [self.parts[name] for name in self.members] if self.members else [self.home]
                starts = [later(since, _floor(entry.hwm)) for entry in entries]
                self.since = None if any(start is None for start in starts) else min(s for s in starts if s)
                self.resume, self.run_hwm = None, None
        self.book = (
            Book(store, key, self.home, self.full, self._digest_key, self._covered_keys, run.scan if run else None)
            if store is not None
            else None
        )
        self._at_start = self.resume is None  # the next page recorded is the list's first
        self._stop_line = StopLine(self.since if policy.newest_first else None, policy.ordered_by)

    def _add_key(self, key: str) -> ScopeState:
        entry = self._ledger.entry(key)
        self._keys[id(entry)] = key
        return entry

    def _add(self, name: str) -> ScopeState:
        assert self.policy.partition is not None
        return self._add_key(scope_key(self._provider, {self.policy.partition: (name,)}) + self._narrowed)

    def filters(self, user_filters: Mapping[str, Any]) -> dict[str, Any]:
        """The list filters of this walk: the policy's defaults, the user's, then the walk's own."""
        return {**self.policy.defaults, **user_filters, **self.policy.filters(self.since)}

    def _digest_key(self, review: Review) -> str:
        """Where ``review``'s digest is kept: under its entry's key (its partition's, or the walk's own)."""
        return self._keys[id(self._entry(review)[0])]

    def _covered_keys(self) -> list[str]:
        """The entries whose reviews a complete full re-scan of this walk listed whole: the walk's own, and
        the partitions it names, or (a walk over every partition) those it saw. A partition it did not see
        (every review of it deleted, or the partition gone) is not taken as emptied: its scan finds that."""
        named = (self.parts[name] for name in self.members) if self.members is not None else self.parts.values()
        return [self._keys[id(entry)] for entry in {id(e): e for e in (self.home, *named)}.values()]

    def _partition(self, review: Review) -> str | None:
        return self.policy.partition_of(review) if self.partitioned and self.policy.partition_of else None

    def _entry(self, review: Review) -> tuple[ScopeState, dt.datetime | None]:
        """The entry ``review`` is recorded in, and the mark up to which that entry's reviews are delivered."""
        name = self._partition(review)
        if name is None:
            return self.home, self.home.hwm
        part = self.parts.get(name)
        if part is None:
            with self._lock:
                part = self.parts[name] = self._add(name)
        # A walk over every partition covered each of them up to its own mark.
        return part, part.hwm if self.members is not None else later(part.hwm, self.home.hwm)

    def _covered(self, review: Review, mark: dt.datetime | None) -> bool:
        """Whether an earlier walk delivered this version: it is older than its partition's start."""
        start = later(self.since, _floor(mark))
        changed = review.updated_at
        return self.partitioned and start is not None and changed is not None and changed < start

    def select(self, page: ReviewPage[Any, Any, Any], room: int | None = None) -> Selection:
        """The reviews of ``page`` to deliver (at most ``room`` of them), and what the others were.

        Only this walk's thread changes its entries, so reading them needs no lock."""
        reviews, stop = self._stop_line.cut(page.reviews)
        fresh: list[tuple[Review, ScopeState]] = []
        delivered: set[str] = set()  # this page's; earlier pages' are in the entries' boundaries
        skipped = future = 0
        example: str | None = None
        # A full re-scan delivers what changed in content since it was last written, whatever its stamp.
        changed = self.book.changed(reviews) if self.full and self.book is not None else None
        for review in reviews:
            entry, mark = self._entry(review)
            version = review.version_key()
            if changed is not None:
                old = review.id not in changed or review.id in delivered
            else:
                old = (
                    self._covered(review, mark)
                    or version in entry.boundary
                    or version in delivered
                    or review.id in entry.seen
                )
            if old:
                skipped += 1
                continue
            if review.updated_at is not None and review.updated_at > self.ceiling:
                future += 1
                example = f"{review.id} at {review.updated_at.isoformat()}"
                if _delivered_lately(entry, delivered, review.id):
                    # Its only news is a change time nobody can have made yet: not a new version.
                    skipped += 1
                    continue
            fresh.append((review, entry))
            delivered.add(review.id if changed is not None else version)
        cut = room is not None and len(fresh) > room
        return Selection(fresh[:room] if cut else fresh, skipped, future, example, stop, cut)

    def record(
        self,
        page: ReviewPage[Any, Any, Any],
        selection: Selection,
        at: Mapping[str, Any] | None = None,
        unwritten: Sequence[Review] = (),
    ) -> bool:
        """Record ``page`` (read from ``at``: None, the walk's start) once ``selection`` of it is delivered
        but ``unwritten``; True when the walk is complete (the page was the last, or its stop line). A page
        cut short is read again from ``at``, and the walk goes on."""
        if self.book is not None:
            left_out = {id(review) for review in unwritten}
            written = [review for review in selection.reviews if id(review) not in left_out]
            self.book.stage(selection.reviews if selection.cut else page.reviews, written)
        if selection.cut:
            self._note(selection.reviews, selection.fresh)
            self.home.run = self._run(dict(at) if at is not None else None)
            return False
        done = page.resume is None or selection.stop
        self._note(page.reviews, selection.fresh)
        if done:
            self.commit()
        else:
            assert page.resume is not None
            self.home.run = self._run(dict(page.resume))
        return done

    def saved(self, commits: bool) -> None:
        """The sink kept the entries (``commits``: that was their commit point): the digest store follows."""
        if self.book is not None and commits:
            self.book.saved()

    def deletions(self, provider: str, clean: bool, result: ScopeResult) -> Iterator[list[Tombstone]]:
        """A full re-scan ended (``clean``: its last page said it was the last): its tombstones, in batches,
        unless the scan is suspect (then why, in ``result``). The entry counts the scan either way."""
        assert self.book is not None
        if self.suspect:
            why: str | None = "records were set aside, or the list ended on an empty page after others"
        else:
            why = self.book.suspect(clean, self.expect)
        if why is None:
            for stones in self.book.deletions(provider, dt.datetime.now(dt.UTC)):
                result.deleted += len(stones)
                yield stones
        else:
            result.scan_warning = f"no deletion recorded: {why}; the next complete full scan reports them"
        self.book.finished()

    def _run(self, resume: dict[str, Any] | None) -> Run:
        seen = tuple(sorted(self.parts)) if self.members is None else ()
        scan = self.book.scan if self.book is not None and self.full else 0
        return Run(resume, self.since, self.run_hwm, seen, self.full, self.suspect, scan, self.expect)

    def _note(self, listed: Sequence[Review], fresh: Sequence[tuple[Review, ScopeState]]) -> None:
        if first_page_marks(self.policy.newest_first, self._at_start):
            for review in listed:
                changed = review.updated_at
                self.run_hwm = later(self.run_hwm, min(changed, self.ceiling) if changed is not None else None)
        self._at_start = False
        for review, entry in fresh:
            # Every version this walk delivers is remembered until the walk commits, however far back its
            # stamp: a server may list it again any number of pages later, or after a kill. Commit keeps
            # those its new mark's overlap brings back. The export's state journals them page by page.
            version = review.version_key()
            entry.boundary.add(version)
            self._ledger.remember(self._keys[id(entry)], entry, version)
        if self.policy.ids_are_versions:
            # What the listing still holds, and what of it was delivered (see SeenIds). Only entries this
            # walk already has are looked up (every delivered review's is among them).
            delivered = {id(review) for review, _ in fresh}
            for review in listed:
                name = self._partition(review)
                owner = self.home if name is None else self.parts.get(name)
                if owner is not None:
                    seen = ((review.id, review.updated_at),)
                    owner.seen.note(seen, seen if id(review) in delivered else ())

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


def _delivered_lately(entry: ScopeState, delivered: set[str], review_id: str) -> bool:
    """Whether a version of ``review_id`` is among those ``entry`` keeps (the overlap window), or this page's."""
    prefix = review_id + "@"
    return any(key.startswith(prefix) for key in (*entry.boundary, *delivered))


__all__ = ["Entries", "Ledger", "Selection", "StopLine", "Walk", "ceiling_now", "first_page_marks"]
