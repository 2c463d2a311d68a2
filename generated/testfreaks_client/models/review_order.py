from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_order_customer import ReviewOrderCustomer
    from ..models.review_order_item import ReviewOrderItem


T = TypeVar("T", bound="ReviewOrder")


@_attrs_define
class ReviewOrder:
    """The order the review is about, in the format of the v1/orders API but with a single order item.

    Attributes:
        customer (ReviewOrderCustomer | Unset): The customer who placed the order.
        id (str | Unset): Order ID.
        item (ReviewOrderItem | Unset): The ordered product that is reviewed.
    """

    customer: ReviewOrderCustomer | Unset = UNSET
    id: str | Unset = UNSET
    item: ReviewOrderItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        id = self.id

        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if id is not UNSET:
            field_dict["id"] = id
        if item is not UNSET:
            field_dict["item"] = item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_order_customer import ReviewOrderCustomer  # noqa: PLC0415
        from ..models.review_order_item import ReviewOrderItem  # noqa: PLC0415

        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: ReviewOrderCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = ReviewOrderCustomer.from_dict(_customer)

        id = d.pop("id", UNSET)

        _item = d.pop("item", UNSET)
        item: ReviewOrderItem | Unset
        if isinstance(_item, Unset):
            item = UNSET
        else:
            item = ReviewOrderItem.from_dict(_item)

        review_order = cls(
            customer=customer,
            id=id,
            item=item,
        )

        review_order.additional_properties = d
        return review_order

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
