"""A paging descriptor's ``empty_omitted``: an answer without its items member holds no records (APIs that
leave empty lists out, as JSON mappings of protocol buffers do), and it is the end when it points to no next
page; without the flag such an answer stays a broken page, never the end."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from reviewbridge._json import ShapeError
from reviewbridge._pagination import SuspectPage, check_page
from reviewbridge._strategies import strategy_for


def _strategy(empty_omitted: bool, items: tuple[str, ...] = ("reviews",)) -> Any:
    descriptor = SimpleNamespace(
        style="page_token",
        items=items,
        cursor=("nextPageToken",),
        cursor_parameter=SimpleNamespace(name="pageToken", python_name="page_token"),
        empty_omitted=empty_omitted,
    )
    return strategy_for(descriptor, path="/reviews", base_url=httpx.URL("https://api.example.test"))


def test_an_answer_without_the_list_is_an_empty_last_page_when_the_api_omits_empty_lists() -> None:
    strategy = _strategy(empty_omitted=True)
    body = {"averageRating": 0, "totalReviewCount": 0}
    assert list(strategy.items(body)) == []
    assert strategy.next_args(body, {}) is None
    check_page(strategy, body, {})  # the documented end: no SuspectPage


def test_an_answer_without_the_list_that_points_on_is_still_suspect() -> None:
    strategy = _strategy(empty_omitted=True)
    with pytest.raises(SuspectPage, match="points to a next page"):
        check_page(strategy, {"nextPageToken": "t2"}, {})


def test_a_list_that_is_there_is_read_as_always() -> None:
    strategy = _strategy(empty_omitted=True, items=("page", "reviews"))
    assert list(strategy.items({"page": {"reviews": [{"id": 1}]}})) == [{"id": 1}]
    assert list(strategy.items({"page": {}})) == []
    with pytest.raises(ShapeError):
        strategy.items({"page": {"reviews": "no list"}})
    with pytest.raises(ShapeError):
        strategy.items(["not an object"])


def test_without_the_flag_an_answer_without_the_list_is_a_broken_page() -> None:
    strategy = _strategy(empty_omitted=False)
    with pytest.raises(ShapeError):
        strategy.items({"totalReviewCount": 0})
    with pytest.raises(SuspectPage):
        check_page(strategy, {"totalReviewCount": 0}, {})
