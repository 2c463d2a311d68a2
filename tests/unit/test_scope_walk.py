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


def _walk_pages(walk: ScopeWalk, pages: list[list[Review]]) -> tuple[list[str], int]:
    """Feed ``pages`` (the last one the documented end) until the walk says it is complete: (the ids
    delivered, how many pages were read)."""
    delivered: list[str] = []
    for number, reviews in enumerate(pages, 1):
        page = ReviewPage({}, reviews, None if number == len(pages) else {"after": reviews[-1].id}, None)
        fresh, _, stop = walk.select(page)
        delivered += [r.id for r in fresh]
        if walk.record(page, fresh, stop):
            return delivered, number
    raise AssertionError("the walk did not end")


MARK = dt.datetime(2024, 3, 1, 12, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)


def test_newest_first_stops_once_two_pages_show_the_mark_passed() -> None:
    scope = ScopeState(hwm=MARK)
    walk = ScopeWalk(scope, ExportPolicy(newest_first=True), None)
    pages = [[_review("new", MARK + HOUR)], [_review(f"o{i}", MARK - i * HOUR) for i in (1, 2)]]
    pages += [[_review(f"o{i}", MARK - i * HOUR)] for i in range(3, 9)]
    delivered, read = _walk_pages(walk, pages)
    assert delivered == ["new"] and read == 3  # not the eight pages to the end
    assert scope.hwm == MARK + HOUR


def test_newest_first_a_page_out_of_order_hides_no_review_behind_it() -> None:
    """A page wholly older than the start, then a newer review: the walk reads on to the end (no stamp
    proves an end once the order failed), so the review is delivered and the mark is the newest change."""
    scope = ScopeState(hwm=MARK)
    walk = ScopeWalk(scope, ExportPolicy(newest_first=True), None)
    pages = [
        [_review("newest", MARK + 2 * HOUR), _review("o0", MARK)],
        [_review("o1", MARK - HOUR), _review("o2", MARK - 2 * HOUR)],  # out of place: wholly older
        [_review("hidden", MARK + HOUR), _review("o3", MARK - 3 * HOUR)],
        [_review("o4", MARK - 4 * HOUR)],
        [_review("o5", MARK - 5 * HOUR)],
        [_review("o6", MARK - 6 * HOUR)],
    ]
    delivered, read = _walk_pages(walk, pages)
    assert delivered == ["newest", "o0", "hidden"] and read == len(pages)
    assert scope.hwm == MARK + 2 * HOUR


def test_content_ids_that_left_the_window_are_forgotten_by_the_shared_walk() -> None:
    """The dlt source's rules for ids derived from the content: each walk is one listing of a moving
    window; the scope keeps the ids of about one window, and delivers each review once."""
    scope, delivered = ScopeState(), []
    policy = ExportPolicy(ids_are_versions=True)
    for day in range(30):
        window = [_review(f"rv-{d}", MARK + d * 24 * HOUR) for d in range(max(0, day - 4), day + 1)]
        walk = ScopeWalk(scope, policy, None)
        page = ReviewPage({}, window, None, None)
        fresh, _, stop = walk.select(page)
        delivered += [r.id for r in fresh]
        assert walk.record(page, fresh, stop)
    assert len(delivered) == len(set(delivered)) == 30
    assert len(scope.seen) == 5
