from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewOrder")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "customer",
        "id",
        "item",
    }
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.customer
        if value is not UNSET:
            field_dict["customer"] = value.to_dict() if isinstance(value, ReviewOrderCustomer) else value
        value = self.id
        if value is not UNSET:
            field_dict["id"] = value
        value = self.item
        if value is not UNSET:
            field_dict["item"] = value.to_dict() if isinstance(value, ReviewOrderItem) else value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        value = src_dict.get("customer", UNSET)
        if value is not UNSET:
            value = ReviewOrderCustomer.from_dict(value)

        obj.customer = value
        obj.id = src_dict.get("id", UNSET)
        value = src_dict.get("item", UNSET)
        if value is not UNSET:
            value = ReviewOrderItem.from_dict(value)

        obj.item = value
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
from ..models.review_order_customer import ReviewOrderCustomer  # noqa: E402
from ..models.review_order_item import ReviewOrderItem  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = ReviewOrder.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# ReviewOrder as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
ReviewOrderJSON = TypedDict(
    "ReviewOrderJSON",
    {
        "customer": "ReviewOrderCustomerJSON",
        "id": "str",
        "item": "ReviewOrderItemJSON",
    },
    total=False,
)


class ReviewOrderView:
    """Typed read access to the JSON of one ReviewOrder, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: ReviewOrderJSON) -> None:
        self._json = json

    @property
    def customer(self) -> ReviewOrderCustomerView | None:
        value = self._json.get("customer")
        return ReviewOrderCustomerView(value) if isinstance(value, dict) else None

    @property
    def id(self) -> str | None:
        return self._json.get("id")

    @property
    def item(self) -> ReviewOrderItemView | None:
        value = self._json.get("item")
        return ReviewOrderItemView(value) if isinstance(value, dict) else None


from ..models.review_order_customer import (  # noqa: E402
    ReviewOrderCustomerJSON,
    ReviewOrderCustomerView,
)
from ..models.review_order_item import ReviewOrderItemJSON, ReviewOrderItemView  # noqa: E402
