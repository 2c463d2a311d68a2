from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Reviewer")


@_attrs_define
class Reviewer:
    """The person who wrote the review, as shown publicly.

    Attributes:
        facebook_avatar_url (None | str | Unset): URL of the reviewer's Facebook avatar, if they linked one.
        first_name (None | str | Unset): Reviewer's first name.
        location (None | str | Unset): Where the reviewer lives, free text (e.g. "Catford, London").
        segment (None | str | Unset): Customer segment the reviewer chose (e.g. "Home user").
    """

    facebook_avatar_url: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    segment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facebook_avatar_url: None | str | Unset
        if isinstance(self.facebook_avatar_url, Unset):
            facebook_avatar_url = UNSET
        else:
            facebook_avatar_url = self.facebook_avatar_url

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        segment: None | str | Unset
        if isinstance(self.segment, Unset):
            segment = UNSET
        else:
            segment = self.segment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if facebook_avatar_url is not UNSET:
            field_dict["facebook_avatar_url"] = facebook_avatar_url
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if location is not UNSET:
            field_dict["location"] = location
        if segment is not UNSET:
            field_dict["segment"] = segment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_facebook_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        facebook_avatar_url = _parse_facebook_avatar_url(d.pop("facebook_avatar_url", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_segment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        segment = _parse_segment(d.pop("segment", UNSET))

        reviewer = cls(
            facebook_avatar_url=facebook_avatar_url,
            first_name=first_name,
            location=location,
            segment=segment,
        )

        reviewer.additional_properties = d
        return reviewer

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
