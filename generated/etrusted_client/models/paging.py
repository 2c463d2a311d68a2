from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Paging")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "count",
        "cursor",
        "links",
    }
)


@_attrs_define
class Paging:
    """Where this page sits in the result and how to reach its neighbours.

    Attributes:
        count (int | None | Unset): Number of reviews on this page; lower than the requested `count` on the last page.
        cursor (None | PagingCursor | Unset):
        links (None | PagingLinks | Unset):
    """

    count: int | None | Unset = UNSET
    cursor: None | PagingCursor | Unset = UNSET
    links: None | PagingLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.count
        if value is not UNSET:
            field_dict["count"] = value
        value = self.cursor
        if value is not UNSET:
            field_dict["cursor"] = value.to_dict() if isinstance(value, PagingCursor) else value
        value = self.links
        if value is not UNSET:
            field_dict["links"] = value.to_dict() if isinstance(value, PagingLinks) else value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.count = src_dict.get("count", UNSET)
        value = src_dict.get("cursor", UNSET)
        if isinstance(value, dict):
            try:
                value = PagingCursor.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.cursor = value
        value = src_dict.get("links", UNSET)
        if isinstance(value, dict):
            try:
                value = PagingLinks.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.links = value
        if not _DECLARED.issuperset(src_dict):
            obj.additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED}
        return obj

    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name

        def __getattr__(self, name: str) -> Any:
            # from_dict leaves additional_properties unset when there is no unknown member (most
            # records): the empty dict is made on first use instead of once per record.
            if name != "additional_properties":
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self)
            self.additional_properties = {}
            return self.additional_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported here, once this class exists, so that models referring to each other can import.
from ..models.paging_cursor import PagingCursor  # noqa: E402
from ..models.paging_links import PagingLinks  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = Paging.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# Paging as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
PagingJSON = TypedDict(
    "PagingJSON",
    {
        "count": "int | None",
        "cursor": "PagingCursorJSON | None",
        "links": "PagingLinksJSON | None",
    },
    total=False,
)


class PagingView:
    """Typed read access to the JSON of one Paging, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: PagingJSON) -> None:
        self._json = json

    @property
    def count(self) -> int | None:
        return self._json.get("count")

    @property
    def cursor(self) -> PagingCursorView | None:
        value = self._json.get("cursor")
        return PagingCursorView(value) if isinstance(value, dict) else None

    @property
    def links(self) -> PagingLinksView | None:
        value = self._json.get("links")
        return PagingLinksView(value) if isinstance(value, dict) else None


from ..models.paging_cursor import PagingCursorJSON, PagingCursorView  # noqa: E402
from ..models.paging_links import PagingLinksJSON, PagingLinksView  # noqa: E402
