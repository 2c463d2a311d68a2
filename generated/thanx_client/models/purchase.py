from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order import PurchaseOrder


T = TypeVar("T", bound="Purchase")


@_attrs_define
class Purchase:
    """The purchase a feedback record is about.

    Attributes:
        amount (float | None | Unset): Amount of the purchase.
        id (None | str | Unset): ID of the purchase.
        order (None | PurchaseOrder | Unset): The order behind the purchase at the ordering provider, if any.
        purchased_at (None | str | Unset): Time of the purchase.
    """

    amount: float | None | Unset = UNSET
    id: None | str | Unset = UNSET
    order: None | PurchaseOrder | Unset = UNSET
    purchased_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, PurchaseOrder):
            order = self.order.to_dict()
        else:
            order = self.order

        purchased_at: None | str | Unset
        if isinstance(self.purchased_at, Unset):
            purchased_at = UNSET
        else:
            purchased_at = self.purchased_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if id is not UNSET:
            field_dict["id"] = id
        if order is not UNSET:
            field_dict["order"] = order
        if purchased_at is not UNSET:
            field_dict["purchased_at"] = purchased_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_order(data: object) -> None | PurchaseOrder | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_type_0 = PurchaseOrder.from_dict(data)

                return order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PurchaseOrder | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        def _parse_purchased_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchased_at = _parse_purchased_at(d.pop("purchased_at", UNSET))

        purchase = cls(
            amount=amount,
            id=id,
            order=order,
            purchased_at=purchased_at,
        )

        purchase.additional_properties = d
        return purchase

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
