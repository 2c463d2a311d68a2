from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Purchase")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "amount",
        "id",
        "order",
        "purchased_at",
    }
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.amount
        if value is not UNSET:
            field_dict["amount"] = value
        value = self.id
        if value is not UNSET:
            field_dict["id"] = value
        value = self.order
        if value is not UNSET:
            field_dict["order"] = value.to_dict() if isinstance(value, PurchaseOrder) else value
        value = self.purchased_at
        if value is not UNSET:
            field_dict["purchased_at"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.amount = src_dict.get("amount", UNSET)
        obj.id = src_dict.get("id", UNSET)
        value = src_dict.get("order", UNSET)
        if isinstance(value, dict):
            try:
                value = PurchaseOrder.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.order = value
        obj.purchased_at = src_dict.get("purchased_at", UNSET)
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
from ..models.purchase_order import PurchaseOrder  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = Purchase.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# Purchase as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
PurchaseJSON = TypedDict(
    "PurchaseJSON",
    {
        "amount": "float | None",
        "id": "str | None",
        "order": "PurchaseOrderJSON | None",
        "purchased_at": "str | None",
    },
    total=False,
)


class PurchaseView:
    """Typed read access to the JSON of one Purchase, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: PurchaseJSON) -> None:
        self._json = json

    @property
    def amount(self) -> float | None:
        return self._json.get("amount")

    @property
    def id(self) -> str | None:
        return self._json.get("id")

    @property
    def order(self) -> PurchaseOrderView | None:
        value = self._json.get("order")
        return PurchaseOrderView(value) if isinstance(value, dict) else None

    @property
    def purchased_at(self) -> str | None:
        return self._json.get("purchased_at")


from ..models.purchase_order import PurchaseOrderJSON, PurchaseOrderView  # noqa: E402
