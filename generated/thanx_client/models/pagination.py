from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "current_page",
        "per_page",
        "total_pages",
    }
)


@_attrs_define
class Pagination:
    """Where this page sits in the whole result.

    Attributes:
        current_page (int | None | Unset): Number of this page, starting at 1.
        per_page (int | None | Unset): Maximum number of records per page.
        total_pages (int | None | Unset): Number of pages in the whole result.
    """

    current_page: int | None | Unset = UNSET
    per_page: int | None | Unset = UNSET
    total_pages: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.current_page
        if value is not UNSET:
            field_dict["current_page"] = value
        value = self.per_page
        if value is not UNSET:
            field_dict["per_page"] = value
        value = self.total_pages
        if value is not UNSET:
            field_dict["total_pages"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.current_page = src_dict.get("current_page", UNSET)
        obj.per_page = src_dict.get("per_page", UNSET)
        obj.total_pages = src_dict.get("total_pages", UNSET)
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


# Pagination as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
PaginationJSON = TypedDict(
    "PaginationJSON",
    {
        "current_page": "int | None",
        "per_page": "int | None",
        "total_pages": "int | None",
    },
    total=False,
)


class PaginationView:
    """Typed read access to the JSON of one Pagination, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: PaginationJSON) -> None:
        self._json = json

    @property
    def current_page(self) -> int | None:
        return self._json.get("current_page")

    @property
    def per_page(self) -> int | None:
        return self._json.get("per_page")

    @property
    def total_pages(self) -> int | None:
        return self._json.get("total_pages")
