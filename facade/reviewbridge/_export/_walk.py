"""One incremental walk of one scope: which reviews of each page are new, and what the state records.

The rules ``export --state`` and the dlt source share: a run starts OVERLAP before the scope's mark
(the newest change committed), and skips the versions (``id@updated_at``) it already delivered: those
near that mark, and every one of the walk itself until it finishes (the boundary set); a walk that
lists the newest change first stops once its pages show it is below where it started (``StopLine``);
where ids are derived from the content, an id delivered once is skipped. Nothing here writes: the
caller delivers the page's fresh reviews, then calls ``record``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Protocol

from .._client import ReviewPage
from .._review import Review
from ._marks import first_page_marks
from ._state import CLOCK_SKEW, OVERLAP, Run, ScopeState, later, near_mark


class WalkPolicy(Protocol):
    """How a provider is walked so that each review version is delivered once (its export policy)."""

    @property
    def defaults(self) -> Mapping[str, object]: ...

    @property
    def newest_first(self) -> bool: ...

    @property
    def ordered_by(self) -> str: ...

    @property
    def ids_are_versions(self) -> bool: ...

    def filters(self, since: dt.datetime | None) -> dict[str, object]: ...


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


class ScopeWalk:
    """The state side of walking one scope's pages; ``scope`` is changed in place as pages are recorded.

    A scope with an unfinished run continues it (same ``since``, from its resume point); otherwise the
    walk starts from ``since`` or OVERLAP before the scope's mark, whichever is later.
    """

    def __init__(self, scope: ScopeState, policy: WalkPolicy, since: dt.datetime | None) -> None:
        self.scope = scope
        self.policy = policy
        run = scope.run
        if run is not None:
            self.since, self.resume, self.run_hwm = run.since, run.resume, run.hwm
        else:
            # --since narrows a first run; once a mark exists, going back before it would deliver
            # reviews again that are already delivered, so the later of the two applies.
            mark = scope.hwm - OVERLAP if scope.hwm is not None else None
            self.since, self.resume, self.run_hwm = later(since, mark), None, None
        self._at_start = self.resume is None  # the next page recorded is the list's first
        # The mark never moves past this, whatever the records say: a change stamped later than the
        # walk's start is a clock error or a lie, and the next walk asks again from the walk's start.
        self.ceiling = dt.datetime.now(dt.UTC) + CLOCK_SKEW
        self._stop_line = StopLine(self.since if policy.newest_first else None, policy.ordered_by)

    def filters(self, user_filters: Mapping[str, Any]) -> dict[str, Any]:
        """The list filters of this walk: the policy's defaults, the user's, then the walk's own."""
        return {**self.policy.defaults, **user_filters, **self.policy.filters(self.since)}

    def select(self, page: ReviewPage) -> tuple[list[Review], int, bool]:
        """(the page's reviews not delivered yet, how many were skipped, whether the walk stops here).

        Reads the scope only: walks of different scopes may run in parallel without a lock."""
        reviews, stop = self._stop_line.cut(page.reviews)
        scope = self.scope
        delivered: set[str] = set()  # this page's; earlier pages' are in the boundary
        fresh: list[Review] = []
        skipped = 0
        for review in reviews:
            version = review.version_key()
            if version in scope.boundary or version in delivered or review.id in scope.seen:
                skipped += 1
                continue
            fresh.append(review)
            delivered.add(version)
        return fresh, skipped, stop

    def record(self, page: ReviewPage, fresh: list[Review], stop: bool) -> bool:
        """Record a page whose fresh reviews are delivered; True when the walk is complete."""
        scope = self.scope
        if first_page_marks(self.policy.newest_first, self._at_start):
            for review in page.reviews:
                changed = review.updated_at
                self.run_hwm = later(self.run_hwm, min(changed, self.ceiling) if changed is not None else None)
        self._at_start = False
        self._remember(page.reviews, fresh)
        if page.resume is None or stop:
            self.finish()
            return True
        scope.run = Run(resume=dict(page.resume), since=self.since, hwm=self.run_hwm)
        return False

    def pause(self, fresh: list[Review], resume: dict[str, Any] | None) -> None:
        """Record a page cut short (only ``fresh`` of it delivered): the walk goes on from ``resume``, where
        that page was read, and skips what it delivered (None: from the walk's start)."""
        self._remember(fresh, fresh)  # the rest of the page is listed again when it is read again
        self.scope.run = Run(resume=resume, since=self.since, hwm=self.run_hwm)

    def _remember(self, listed: list[Review], fresh: list[Review]) -> None:
        # Every version this walk delivers is remembered until it finishes, however far back its stamp:
        # a server may list it again any number of pages later, or after a kill.
        self.scope.boundary |= {r.version_key() for r in fresh}
        if self.policy.ids_are_versions:
            self.scope.seen.note(((r.id, r.updated_at) for r in listed), ((r.id, r.updated_at) for r in fresh))

    def finish(self) -> None:
        """The walk is complete: move the mark up to the newest change seen, forget what it passed."""
        scope = self.scope
        scope.hwm = later(scope.hwm, self.run_hwm)
        scope.boundary = {k for k in scope.boundary if near_mark(k, scope.hwm)}
        scope.seen.settle()
        scope.run = None
