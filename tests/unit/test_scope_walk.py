"""ScopeWalk (the incremental rules the dlt source uses): a record stamped in the far future is
delivered, but the mark never moves past the walk's start plus the clock skew."""

from __future__ import annotations

import datetime as dt

from reviewbridge import Review
from reviewbridge._client import ReviewPage
from reviewbridge._export._state import CLOCK_SKEW, ScopeState
from reviewbridge._export._walk import ScopeWalk
from reviewbridge._providers import ExportPolicy


def _review(review_id: str, updated_at: dt.datetime) -> Review:
    return Review(provider="testfreaks", id=review_id, rating=5, rating_max=5, updated_at=updated_at)


def test_a_future_stamp_is_delivered_but_never_becomes_the_mark() -> None:
    scope = ScopeState()
    walk = ScopeWalk(scope, ExportPolicy(since_filter="updated_after"), None)
    future = dt.datetime(9999, 12, 30, tzinfo=dt.UTC)
    past = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    page = ReviewPage({}, [_review("a", past), _review("b", future)], None, None)
    fresh, skipped, stop = walk.select(page)
    assert [r.id for r in fresh] == ["a", "b"] and skipped == 0 and not stop
    assert walk.record(page, fresh, stop)
    assert scope.hwm is not None
    assert scope.hwm <= dt.datetime.now(dt.UTC) + CLOCK_SKEW
    assert scope.hwm < future


def test_an_ordinary_mark_is_the_newest_change() -> None:
    scope = ScopeState()
    walk = ScopeWalk(scope, ExportPolicy(since_filter="updated_after"), None)
    newest = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    page = ReviewPage({}, [_review("a", newest - dt.timedelta(days=1)), _review("b", newest)], None, None)
    fresh, _, stop = walk.select(page)
    walk.record(page, fresh, stop)
    assert scope.hwm == newest
