from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_review import CustomerReview
    from ..models.paging import Paging


T = TypeVar("T", bound="CustomerReviewList")


@_attrs_define
class CustomerReviewList:
    """One page of reviews.

    Attributes:
        items (list[CustomerReview] | None | Unset): The reviews of this page.
        paging (None | Paging | Unset):
        total_elements (int | None | Unset): Deprecated; always 0. Count reviews with `getReviewsCount` instead.
    """

    items: list[CustomerReview] | None | Unset = UNSET
    paging: None | Paging | Unset = UNSET
    total_elements: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.paging import Paging  # noqa: PLC0415

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        paging: dict[str, Any] | None | Unset
        if isinstance(self.paging, Unset):
            paging = UNSET
        elif isinstance(self.paging, Paging):
            paging = self.paging.to_dict()
        else:
            paging = self.paging

        total_elements: int | None | Unset
        if isinstance(self.total_elements, Unset):
            total_elements = UNSET
        else:
            total_elements = self.total_elements

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if paging is not UNSET:
            field_dict["paging"] = paging
        if total_elements is not UNSET:
            field_dict["totalElements"] = total_elements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_review import CustomerReview  # noqa: PLC0415
        from ..models.paging import Paging  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_items(data: object) -> list[CustomerReview] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = CustomerReview.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomerReview] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        def _parse_paging(data: object) -> None | Paging | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paging_type_0 = Paging.from_dict(data)

                return paging_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Paging | Unset, data)

        paging = _parse_paging(d.pop("paging", UNSET))

        def _parse_total_elements(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_elements = _parse_total_elements(d.pop("totalElements", UNSET))

        customer_review_list = cls(
            items=items,
            paging=paging,
            total_elements=total_elements,
        )

        customer_review_list.additional_properties = d
        return customer_review_list

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
