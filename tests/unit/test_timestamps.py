"""The facade's one ISO 8601 parser: the forms the providers document, its range, and that it is the only one."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import reviewbridge
from reviewbridge._timestamps import EARLIEST, LATEST_MARK, OutOfRange, parse_iso8601

PACKAGE = Path(reviewbridge.__file__).parent
UTC = dt.UTC


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-05-23", dt.datetime(2016, 5, 23, tzinfo=UTC)),  # a date alone
        ("2021-10-01T13:00:00Z", dt.datetime(2021, 10, 1, 13, tzinfo=UTC)),
        ("2018-02-01T17:10:42.733Z", dt.datetime(2018, 2, 1, 17, 10, 42, 733000, tzinfo=UTC)),
        ("2014-10-02T15:01:23.045123456Z", dt.datetime(2014, 10, 2, 15, 1, 23, 45123, tzinfo=UTC)),  # 9 digits
        ("2013-09-07T13:37:00", dt.datetime(2013, 9, 7, 13, 37, tzinfo=UTC)),  # no zone: UTC
        (
            "2024-05-01T10:00:00+05:30",
            dt.datetime(2024, 5, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
        ),
    ],
)
def test_the_forms_the_providers_document(text: str, expected: dt.datetime) -> None:
    parsed = parse_iso8601(text)
    assert parsed == expected and parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("text", ["not a date", "2024-13-01", "", "yesterday"])
def test_unreadable(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_iso8601(text)
    assert not isinstance(info.value, OutOfRange)


@pytest.mark.parametrize("text", ["0001-01-01T00:00:00+05:00", "0001-01-01", "9999-12-31T23:59:59-05:00"])
def test_out_of_datetimes_range(text: str) -> None:
    with pytest.raises(OutOfRange):
        parse_iso8601(text)


def test_the_marks_range_leaves_a_day_either_way() -> None:
    assert parse_iso8601("9999-12-31T12:00:00Z") == dt.datetime(9999, 12, 31, 12, tzinfo=UTC)
    with pytest.raises(OutOfRange):
        parse_iso8601("9999-12-31T12:00:00Z", latest=LATEST_MARK)
    for edge in (EARLIEST, LATEST_MARK):
        assert parse_iso8601(edge.isoformat(), latest=LATEST_MARK) == edge
        edge - dt.timedelta(days=1)
        edge + dt.timedelta(days=1)


def test_it_is_the_facades_only_parser() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "_timestamps.py"
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if re.search(r"fromisoformat|strptime|isoparse", line)
    ]
    assert found == []
