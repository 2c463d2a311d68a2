from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewsCount")


@_attrs_define
class ReviewsCount:
    """How many reviews match the filters, and which channels were counted.

    Attributes:
        account_id (None | str | Unset): ID of the account.
        channel_list (list[str] | None | Unset): IDs of the channels whose reviews were counted.
        total_elements (int | None | str | Unset): Number of matching reviews (a string of digits in eTrusted's own
            example).
    """

    account_id: None | str | Unset = UNSET
    channel_list: list[str] | None | Unset = UNSET
    total_elements: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        channel_list: list[str] | None | Unset
        if isinstance(self.channel_list, Unset):
            channel_list = UNSET
        elif isinstance(self.channel_list, list):
            channel_list = self.channel_list

        else:
            channel_list = self.channel_list

        total_elements: int | None | str | Unset
        if isinstance(self.total_elements, Unset):
            total_elements = UNSET
        else:
            total_elements = self.total_elements

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if channel_list is not UNSET:
            field_dict["channelList"] = channel_list
        if total_elements is not UNSET:
            field_dict["totalElements"] = total_elements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("accountId", UNSET))

        def _parse_channel_list(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                channel_list_type_0 = cast(list[str], data)

                return channel_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        channel_list = _parse_channel_list(d.pop("channelList", UNSET))

        def _parse_total_elements(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        total_elements = _parse_total_elements(d.pop("totalElements", UNSET))

        reviews_count = cls(
            account_id=account_id,
            channel_list=channel_list,
            total_elements=total_elements,
        )

        reviews_count.additional_properties = d
        return reviews_count

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
