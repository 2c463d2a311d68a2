from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Transaction")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "date",
        "reference",
    }
)


@_attrs_define
class Transaction:
    """The transaction the review is associated with.

    Attributes:
        date (None | str | Unset): When the transaction took place.
        reference (None | str | Unset): The transaction reference, e.g. an order number such as `ORDER-12345`.
    """

    date: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.date
        if value is not UNSET:
            field_dict["date"] = value
        value = self.reference
        if value is not UNSET:
            field_dict["reference"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.date = src_dict.get("date", UNSET)
        obj.reference = src_dict.get("reference", UNSET)
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


# Transaction as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
TransactionJSON = TypedDict(
    "TransactionJSON",
    {
        "date": "str | None",
        "reference": "str | None",
    },
    total=False,
)


class TransactionView:
    """Typed read access to the JSON of one Transaction, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: TransactionJSON) -> None:
        self._json = json

    @property
    def date(self) -> str | None:
        return self._json.get("date")

    @property
    def reference(self) -> str | None:
        return self._json.get("reference")
