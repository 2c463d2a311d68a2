"""Pagination: every item exactly once, in order; loops and foreign links refused; documented ends."""

from __future__ import annotations

import httpx
import pytest
import reviewbridge as rb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reviewbridge import _pagination

from tests.unit._support import (
    BASE,
    paged_testfreaks,
    tf_client,
    tf_item,
    tf_page,
)


def test_testfreaks_foreign_next_link_refused_and_not_followed() -> None:
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        return httpx.Response(200, json=tf_page([tf_item(1)], "https://evil.example/v1/reviews?after=2"))

    with pytest.raises(rb.PaginationError):
        list(tf_client(handler).reviews())
    assert hosts == ["127.0.0.1"]


@pytest.mark.parametrize("link", ["http://127.0.0.1:8080/v1/reviews?after=2", "/v1/other?after=2"])
def test_testfreaks_other_port_or_path_refused(link: str) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json=tf_page([tf_item(1)], link))

    with pytest.raises(rb.PaginationError):
        list(tf_client(handler).reviews())
    assert len(calls) == 1


def test_testfreaks_loop_refused() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json=tf_page([tf_item(len(calls))], f"{BASE}/v1/reviews?after=same"))

    with pytest.raises(rb.PaginationError):
        list(tf_client(handler).reviews())
    assert len(calls) == 2


def test_empty_page_with_a_next_link_is_fetched_again_then_an_error() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json=tf_page([], f"{BASE}/v1/reviews?after={len(calls)}"))

    with pytest.raises(rb.ResponseParseError, match="empty page still points to a next page"):
        list(tf_client(handler).reviews())
    assert len(calls) == 4  # the first answer and max_retries=3 more; never taken as the end


PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(total=st.integers(0, 60), size=st.integers(1, 10))
def test_property_testfreaks_each_item_once(total: int, size: int) -> None:
    handler, _ = paged_testfreaks(total, size)
    assert [r.id for r in tf_client(handler).reviews()] == [f"tf{i:06d}" for i in range(total)]


# -- walks that move without progress (issue 22, item 3) ------------------------------------------


def _cursor_walk() -> _pagination._Walk[dict[str, object]]:
    strategy: _pagination.Cursor[dict[str, object]] = _pagination.Cursor(
        items_of=lambda page: page["items"],  # type: ignore[arg-type,return-value]
        cursor_of=lambda page: page["next"],  # type: ignore[arg-type,return-value]
        cursor_arg="after",
    )
    return _pagination._Walk(strategy, {})


def test_what_a_walk_remembers_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pagination, "REMEMBERED_RECORDS", 50)
    monkeypatch.setattr(_pagination, "REMEMBERED_ARGS", 20)
    walk = _cursor_walk()
    for i in range(1000):
        walk.advance({"items": [{"id": i}, {"id": -i}], "next": f"c{i}"})
    assert len(walk.seen) <= 20
    assert len(walk.progress.records) <= 50


def test_pages_without_progress_count_only_in_a_row() -> None:
    walk = _cursor_walk()
    same = [{"id": 1, "rating": 5}]
    walk.advance({"items": same, "next": "c0"})
    for round_ in range(3):  # STALL_PAGES - 1 repeats, then one new version: never an error
        for i in range(_pagination.STALL_PAGES - 1):
            walk.advance({"items": same, "next": f"r{round_}-{i}"})
        same = [{"id": 1, "rating": 4 - round_}]  # the same review, changed: a new version is progress
        walk.advance({"items": same, "next": f"n{round_}"})
    for i in range(_pagination.STALL_PAGES - 1):
        walk.advance({"items": same, "next": f"s{i}"})
    with pytest.raises(rb.PaginationError, match=f"{_pagination.STALL_PAGES} pages in a row"):
        walk.advance({"items": same, "next": "last"})


@settings(max_examples=200, deadline=None)
@given(
    batches=st.lists(st.lists(st.one_of(st.none(), st.integers(0, 12)), max_size=8), max_size=8),
    size=st.integers(1, 5),
)
def test_a_page_of_fingerprints_is_remembered_as_one_by_one(batches: list[list[int | None]], size: int) -> None:
    # add_all (the one loop a walk runs per page) against add per value, evictions included; None is new.
    batched, single = _pagination._Recent(size), _pagination._Recent(size)
    for batch in batches:
        fresh = [value is None or single.add(value) for value in batch]
        assert batched.add_all(batch) == any(fresh)
        assert (batched._order, batched._members) == (single._order, single._members)


def test_fingerprints_of_a_page_are_each_records() -> None:
    # Read in one comprehension, or one by one when a record cannot be written out (then it is None: new).
    page: list[dict[str, object]] = [{"id": 1, "rating": 4.5}, {"id": 2, "text": "ok"}, {"id": 3}]
    assert _pagination._fingerprints(page) == [_pagination._fingerprint(record) for record in page]
    page.append({"id": 2**70})
    fingerprints = _pagination._fingerprints(page)
    assert fingerprints[:3] == [_pagination._fingerprint(record) for record in page[:3]]
    assert fingerprints[3] is None and None not in fingerprints[:3]
