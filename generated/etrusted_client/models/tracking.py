from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tracking_medium import TrackingMedium
from ..models.tracking_source import TrackingSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tracking")


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
        client: None | str | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        else:
            client = self.client

        medium: None | str | Unset
        if isinstance(self.medium, Unset):
            medium = UNSET
        elif isinstance(self.medium, TrackingMedium):
            medium = self.medium.value
        else:
            medium = self.medium

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, TrackingSource):
            source = self.source.value
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client is not UNSET:
            field_dict["client"] = client
        if medium is not UNSET:
            field_dict["medium"] = medium
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_client(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client = _parse_client(d.pop("client", UNSET))

        def _parse_medium(data: object) -> None | TrackingMedium | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                medium_type_0 = TrackingMedium(data)

                return medium_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrackingMedium | Unset, data)

        medium = _parse_medium(d.pop("medium", UNSET))

        def _parse_source(data: object) -> None | TrackingSource | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = TrackingSource(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrackingSource | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        tracking = cls(
            client=client,
            medium=medium,
            source=source,
        )

        tracking.additional_properties = d
        return tracking

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
