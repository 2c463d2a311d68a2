"""Walk (the incremental rules export and the dlt source share), fed pages by hand: a record stamped in
the far future is delivered, but the mark never moves past the walk's start plus the clock skew;
newest-first walks take their mark from their first page and stop only where their pages prove it."""

from __future__ import annotations

import datetime as dt

from reviewbridge import Review
from reviewbridge._client import ReviewPage
from reviewbridge._export import Entries, ScopeState, State, Walk
from reviewbridge._export._stamps import CLOCK_SKEW
from reviewbridge._providers import ExportPolicy


def scope_walk(scope: ScopeState, policy: ExportPolicy, since: dt.datetime | None) -> Walk:
    """A walk of one scope whose entry is ``scope`` (as the dlt source holds one)."""
    return Walk(Entries(lambda key: scope), "testfreaks", "testfreaks:client_id=unit", {}, policy, since)


def _review(review_id: str, updated_at: dt.datetime) -> Review:
    return Review(provider="testfreaks", id=review_id, rating=5, rating_max=5, updated_at=updated_at)


def test_a_future_stamp_is_delivered_but_never_becomes_the_mark() -> None:
    scope = ScopeState()
    walk = scope_walk(scope, ExportPolicy(since_filter="updated_after"), None)
    future = dt.datetime(9999, 12, 30, tzinfo=dt.UTC)
    past = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    page = ReviewPage({}, [_review("a", past), _review("b", future)], None, None)
    selection = walk.select(page)
    assert [r.id for r in selection.reviews] == ["a", "b"] and selection.skipped == 0 and not selection.stop
    assert walk.record(page, selection)
    assert scope.hwm is not None
    assert scope.hwm <= dt.datetime.now(dt.UTC) + CLOCK_SKEW
    assert scope.hwm < future


def test_an_ordinary_mark_is_the_newest_change() -> None:
    scope = ScopeState()
    walk = scope_walk(scope, ExportPolicy(since_filter="updated_after"), None)
    newest = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    page = ReviewPage({}, [_review("a", newest - dt.timedelta(days=1)), _review("b", newest)], None, None)
    walk.record(page, walk.select(page))
    assert scope.hwm == newest


def _created_order_pages() -> tuple[ReviewPage, ReviewPage, dt.datetime]:
    """Two pages of a list ordered by creation, newest first: the second holds an old review edited after
    everything on the first page was written."""
    newest = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    first = ReviewPage({}, [_review("new", newest), _review("older", newest - dt.timedelta(days=1))], {"page": 2}, None)
    edited = _review("old-but-edited", newest + dt.timedelta(hours=3))
    second = ReviewPage({}, [edited, _review("oldest", newest - dt.timedelta(days=9))], None, None)
    return first, second, newest


def test_a_newest_first_walk_takes_its_mark_from_its_first_page() -> None:
    # A review written while the walk was on its second page is above the first one, unseen; the edit
    # seen on the second page must not move the mark past it.
    scope = ScopeState()
    walk = scope_walk(scope, ExportPolicy(newest_first=True), None)
    first, second, newest = _created_order_pages()
    for page in (first, second):
        done = walk.record(page, walk.select(page))
    assert done and scope.hwm == newest


def test_a_resumed_newest_first_walk_keeps_the_mark_of_its_first_page() -> None:
    scope = ScopeState()
    first, second, newest = _created_order_pages()
    walk = scope_walk(scope, ExportPolicy(newest_first=True), None)
    walk.record(first, walk.select(first))
    resumed = scope_walk(scope, ExportPolicy(newest_first=True), None)  # a new process, after a kill
    assert resumed.record(second, resumed.select(second))
    assert scope.hwm == newest


def test_export_marks_of_a_newest_first_walk_come_from_its_first_page() -> None:
    state = State(path=None)
    first, second, newest = _created_order_pages()
    # "shop": a made-up provider; the walk reads nothing of a provider but the policy it is given.
    walk = Walk(state, "shop", "shop:unit", {}, ExportPolicy(newest_first=True), None)
    for page in (first, second):
        walk.record(page, walk.select(page))
    assert state.scopes["shop:unit"].hwm == newest


def _walk_pages(walk: Walk, pages: list[list[Review]]) -> tuple[list[str], int]:
    """Feed ``pages`` (the last one the documented end) until the walk says it is complete: (the ids
    delivered, how many pages were read)."""
    delivered: list[str] = []
    for number, reviews in enumerate(pages, 1):
        page = ReviewPage({}, reviews, None if number == len(pages) else {"after": reviews[-1].id}, None)
        selection = walk.select(page)
        delivered += [r.id for r in selection.reviews]
        if walk.record(page, selection):
            return delivered, number
    raise AssertionError("the walk did not end")


MARK = dt.datetime(2024, 3, 1, 12, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)


def test_newest_first_stops_once_two_pages_show_the_mark_passed() -> None:
    scope = ScopeState(hwm=MARK)
    walk = scope_walk(scope, ExportPolicy(newest_first=True), None)
    pages = [[_review("new", MARK + HOUR)], [_review(f"o{i}", MARK - i * HOUR) for i in (1, 2)]]
    pages += [[_review(f"o{i}", MARK - i * HOUR)] for i in range(3, 9)]
    delivered, read = _walk_pages(walk, pages)
    assert delivered == ["new"] and read == 3  # not the eight pages to the end
    assert scope.hwm == MARK + HOUR


def test_newest_first_a_page_out_of_order_hides_no_review_behind_it() -> None:
    """A page wholly older than the start, then a newer review: the walk reads on to the end (no stamp
    proves an end once the order failed), so the review is delivered and the mark is the newest change."""
    scope = ScopeState(hwm=MARK)
    walk = scope_walk(scope, ExportPolicy(newest_first=True), None)
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


def _written(review_id: str, created_at: dt.datetime, updated_at: dt.datetime | None = None) -> Review:
    return Review(
        provider="shop", id=review_id, rating=5, rating_max=5, created_at=created_at,
        updated_at=updated_at or created_at,
    )  # fmt: skip


def test_a_list_in_creation_order_stops_on_creation_times_though_older_reviews_were_edited() -> None:
    # Edits out of the list's order (an old review edited after newer ones were written) would, read as
    # the order, keep the walk going to the end on every run.
    scope = ScopeState(hwm=MARK)
    walk = scope_walk(scope, ExportPolicy(newest_first=True, ordered_by="created_at"), None)
    pages = [
        [_written("new", MARK + HOUR)],
        [_written("o1", MARK - HOUR, MARK + 2 * HOUR), _written("o2", MARK - 2 * HOUR)],
    ]
    pages += [[_written(f"o{i}", MARK - i * HOUR, MARK + 3 * HOUR)] for i in range(3, 9)]
    delivered, read = _walk_pages(walk, pages)
    assert delivered == ["new"] and read == 3
    assert scope.hwm == MARK + HOUR  # the first page's newest change


def test_content_ids_that_left_the_window_are_forgotten_by_the_shared_walk() -> None:
    """The dlt source's rules for ids derived from the content: each walk is one listing of a moving
    window; the scope keeps the ids of about one window, and delivers each review once."""
    scope, delivered = ScopeState(), []
    policy = ExportPolicy(ids_are_versions=True)
    for day in range(30):
        window = [_review(f"rv-{d}", MARK + d * 24 * HOUR) for d in range(max(0, day - 4), day + 1)]
        walk = scope_walk(scope, policy, None)
        page = ReviewPage({}, window, None, None)
        selection = walk.select(page)
        delivered += [r.id for r in selection.reviews]
        assert walk.record(page, selection)
    assert len(delivered) == len(set(delivered)) == 30
    assert len(scope.seen) == 5
