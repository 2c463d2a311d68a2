"""What every provider's mapping tests share (``tests/unit/test_<p>_mapping.py``): each maps a record to
every unified field of its Review, from the docs' payloads.

The fixtures give every field its own value (no two string fields alike, no two timestamps alike), so a
value landing in the wrong field fails a test: the adapters build reviews positionally (``new_review``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

import pytest
import reviewbridge as rb
from reviewbridge._review import FIELDS

from tests.conftest import bare_variant, load_spec, resolve_ref, response_schema

NOT_TEXT: list[Any] = [None, 5, True, [], {}, ""]
NOT_NUMBER: list[Any] = [None, "5", True, [], {}]
NOT_LIST: list[Any] = [None, 5, "abc", {"a": "b"}, True]
NOT_OBJECT: list[Any] = [None, 5, "abc", ["a"], True]

Unusable = dict[str, tuple[list[Any], dict[str, object]]]


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, us: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, second, us, tzinfo=dt.UTC)


def fields(review: rb.Review) -> dict[str, object]:
    return {name: getattr(review, name) for name in FIELDS}


class MappingTests:
    """The mapping tests every provider runs: a provider's ``TestMapping(MappingTests)`` gives its mapper,
    its docs' item (and that item filled, a distinct value in every member a unified field is read from)
    and what each maps to."""

    provider: ClassVar[str]
    #: the list operation's path and the member of its answer that holds the items
    list_path: ClassVar[str]
    list_member: ClassVar[str]
    #: what the docs' item maps to, field by field
    docs_review: ClassVar[rb.Review]
    #: what the filled item maps to: every field its own value
    filled_review: ClassVar[rb.Review]
    #: member -> (the values that are no use there, the fields that change: to what)
    unusable: ClassVar[Unusable]
    #: the provider's item has one date (created and updated alike)
    one_date: ClassVar[bool] = False
    #: the provider's item has pros and cons
    pros_and_cons: ClassVar[bool] = False

    def map(self, item: dict[str, Any]) -> rb.Review:
        raise NotImplementedError

    def docs_item(self) -> dict[str, Any]:
        raise NotImplementedError

    def filled(self) -> dict[str, Any]:
        raise NotImplementedError

    def bare(self) -> dict[str, Any]:
        """The docs' item cut to its ``required`` members, nullable ones null."""
        spec = load_spec(self.provider)
        envelope = response_schema(spec, self.list_path)
        items: dict[str, Any] = resolve_ref(spec, resolve_ref(spec, envelope["properties"][self.list_member])["items"])
        bare: dict[str, Any] = bare_variant(spec, items, self.docs_item())
        return bare

    def derived_id(self, item: dict[str, Any]) -> str | None:
        """The id derived from the content, where the provider derives it (None: the item's own)."""
        return None

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        if "member" in metafunc.fixturenames:
            metafunc.parametrize("member", list(self.unusable))

    def test_the_docs_item_maps_to_every_field(self) -> None:
        item = self.docs_item()
        review = self.map(item)
        assert fields(review) == fields(self.docs_review)
        assert review.raw_json == item

    def test_a_record_with_only_what_the_spec_promises_maps(self) -> None:
        """The facade relies on nothing the spec leaves optional: the docs' item cut to its ``required``
        members, nullable ones null, still maps, and every field read from a member it lacks is empty."""
        bare = self.bare()
        review = self.map(bare)
        assert review.raw_json == bare
        assert review.provider == self.provider
        assert review.id

    def test_every_field_gets_its_own_member(self) -> None:
        item = self.filled()
        review = self.map(item)
        assert fields(review) == fields(self.filled_review)
        assert review == self.filled_review
        assert review.raw_json == item

    def test_the_filled_fixtures_tell_every_field_apart(self) -> None:
        # A self-check of the fixtures: a swap of two fields can only go unnoticed between equal values.
        found = fields(self.filled_review)
        texts = [v for v in found.values() if isinstance(v, str)]
        stamps = [v for v in found.values() if isinstance(v, dt.datetime)]
        numbers = [v for v in found.values() if isinstance(v, (int, float))]
        assert len(set(texts)) == len(texts)
        assert len(set(numbers)) == len(numbers)
        if not self.one_date:
            assert len(set(stamps)) == len(stamps) == 2
        if self.pros_and_cons:
            assert found["pros"] and found["cons"] and found["pros"] != found["cons"]

    def test_an_unusable_member_empties_its_field_and_stays_in_the_raw_json(self, member: str) -> None:
        values, changes = self.unusable[member]
        for value in [*values, "missing"]:
            item = self.filled()
            if value == "missing":
                del item[member]
            else:
                item[member] = value
            review = self.map(item)
            expected = {**fields(self.filled_review), **changes}
            derived = self.derived_id(item)
            if derived is not None:
                expected["id"] = derived
            assert fields(review) == expected, value
            assert review.raw_json == item
