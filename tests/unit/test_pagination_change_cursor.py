"""ChangeCursor: anchor each request on the last change seen when pages come in change order, else
page numbers; never a cursor that goes backwards; the documented end ends the walk."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reviewbridge._pagination import ChangeCursor, iterate_pages

T0 = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
Page = dict[str, Any]


def _at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def _strategy() -> ChangeCursor[Page]:
    return ChangeCursor(
        items_of=lambda page: page["items"],
        total_pages_of=lambda page: page["total_pages"],
        changed_at=lambda item: item["changed"],
        cursor_arg="updated_after",
        page_arg="page",
    )


def _page(stamps: list[dt.datetime | None], total_pages: int = 5) -> Page:
    return {"items": [{"changed": s} for s in stamps], "total_pages": total_pages}


def test_in_order_page_anchors_on_its_last_change_less_the_tie_window() -> None:
    following = _strategy().next_args(_page([_at(1), _at(2), _at(10)]), {"merchant_id": "m"})
    assert following == {"merchant_id": "m", "updated_after": _at(9), "page": 1}


def test_out_of_order_page_falls_back_to_page_numbers() -> None:
    args = {"page": 2, "updated_after": _at(0)}
    assert _strategy().next_args(_page([_at(5), _at(3)]), args) == {"page": 3, "updated_after": _at(0)}


def test_a_record_without_a_change_time_falls_back_to_page_numbers() -> None:
    assert _strategy().next_args(_page([_at(1), None]), {}) == {"page": 2}


def test_a_cursor_that_would_not_move_forward_turns_the_page_instead() -> None:
    # A whole page changed within the same second: anchoring again would fetch the same page forever.
    args = {"updated_after": _at(9), "page": 1}
    assert _strategy().next_args(_page([_at(10), _at(10)]), args) == {"updated_after": _at(9), "page": 2}


def test_last_page_ends_the_walk() -> None:
    assert _strategy().next_args(_page([_at(1)], total_pages=3), {"page": 3}) is None
    assert _strategy().next_args(_page([_at(1)], total_pages=1), {}) is None


def test_walk_sees_a_record_that_changes_mid_walk_and_misses_none() -> None:
    """A server listing oldest change first, three per page; a record on page 1 changes after page 1
    is read. Page numbers would shift every later record back by one and skip one; the change cursor
    sees every record, the changed one twice (repeats are the caller's to drop)."""
    records = {f"r{i}": _at(i * 10) for i in range(9)}
    requests: list[dict[str, Any]] = []

    def fetch(args: dict[str, Any]) -> Page:
        requests.append(dict(args))
        if len(requests) == 2:
            records["r1"] = _at(1000)  # changes after the first page was read
        floor = args.get("updated_after")
        ordered = sorted((stamp, rid) for rid, stamp in records.items() if floor is None or stamp >= floor)
        per_page, number = 3, int(args.get("page") or 1)
        chunk = ordered[(number - 1) * per_page : number * per_page]
        total = max(1, -(-len(ordered) // per_page))
        return {"items": [{"id": rid, "changed": stamp} for stamp, rid in chunk], "total_pages": total}

    seen = [item["id"] for page, _ in iterate_pages(fetch, _strategy(), {}) for item in page["items"]]
    assert set(seen) == set(records)
    assert len(requests) < 20
