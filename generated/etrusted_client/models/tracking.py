from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tracking_medium import TrackingMedium
from ..models.tracking_source import TrackingSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tracking")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "client",
        "medium",
        "source",
    }
)


@_attrs_define
class Tracking:
    """Where and through which medium the review was collected.

    Attributes:
        client (None | str | Unset): The collecting client as eTrusted records it (free text).
        medium (None | TrackingMedium | Unset): Through which medium the review was collected (see TrackingMedium).
        source (None | TrackingSource | Unset): Where the review was collected (see TrackingSource).
    """

    client: None | str | Unset = UNSET
    medium: None | TrackingMedium | Unset = UNSET
    source: None | TrackingSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.client
        if value is not UNSET:
            field_dict["client"] = value
        value = self.medium
        if value is not UNSET:
            field_dict["medium"] = value.value if isinstance(value, TrackingMedium) else value
        value = self.source
        if value is not UNSET:
            field_dict["source"] = value.value if isinstance(value, TrackingSource) else value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.client = src_dict.get("client", UNSET)
        value = src_dict.get("medium", UNSET)
        if isinstance(value, str):
            try:
                value = _TrackingMedium_BY_VALUE.get(value) or TrackingMedium(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.medium = value
        value = src_dict.get("source", UNSET)
        if isinstance(value, str):
            try:
                value = _TrackingSource_BY_VALUE.get(value) or TrackingSource(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.source = value
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


# Tracking as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
TrackingJSON = TypedDict(
    "TrackingJSON",
    {
        "client": "str | None",
        "medium": "str | None",
        "source": "str | None",
    },
    total=False,
)


class TrackingView:
    """Typed read access to the JSON of one Tracking, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: TrackingJSON) -> None:
        self._json = json

    @property
    def client(self) -> str | None:
        return self._json.get("client")

    @property
    def medium(self) -> str | None:
        return self._json.get("medium")

    @property
    def source(self) -> str | None:
        return self._json.get("source")


# value -> member of each open enum read above: its fast path (unknown values go through the class).
_TrackingMedium_BY_VALUE = TrackingMedium._value2member_map_
_TrackingSource_BY_VALUE = TrackingSource._value2member_map_
