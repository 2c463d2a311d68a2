from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Location")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "name",
        "storeCode",
        "title",
    }
)


@_attrs_define
class Location:
    """A business location (only the fields named in `readMask`).

    Attributes:
        name (None | str | Unset): The resource name, `locations/{locationId}`.
        store_code (None | str | Unset): The business's own id of this location.
        title (None | str | Unset): The business's name at this location.
    """

    name: None | str | Unset = UNSET
    store_code: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.name
        if value is not UNSET:
            field_dict["name"] = value
        value = self.store_code
        if value is not UNSET:
            field_dict["storeCode"] = value
        value = self.title
        if value is not UNSET:
            field_dict["title"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.name = src_dict.get("name", UNSET)
        obj.store_code = src_dict.get("storeCode", UNSET)
        obj.title = src_dict.get("title", UNSET)
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


# Location as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
LocationJSON = TypedDict(
    "LocationJSON",
    {
        "name": "str | None",
        "storeCode": "str | None",
        "title": "str | None",
    },
    total=False,
)


class LocationView:
    """Typed read access to the JSON of one Location, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: LocationJSON) -> None:
        self._json = json

    @property
    def name(self) -> str | None:
        return self._json.get("name")

    @property
    def store_code(self) -> str | None:
        return self._json.get("storeCode")

    @property
    def title(self) -> str | None:
        return self._json.get("title")
