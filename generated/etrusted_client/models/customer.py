from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Customer")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "email",
        "firstName",
        "fullName",
        "lastName",
        "mobile",
    }
)


@_attrs_define
class Customer:
    """The customer who wrote the review.

    Attributes:
        email (None | str | Unset): Email address.
        first_name (None | str | Unset): First name.
        full_name (None | str | Unset): Full name.
        last_name (None | str | Unset): Last name.
        mobile (None | str | Unset): Mobile phone number.
    """

    email: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.email
        if value is not UNSET:
            field_dict["email"] = value
        value = self.first_name
        if value is not UNSET:
            field_dict["firstName"] = value
        value = self.full_name
        if value is not UNSET:
            field_dict["fullName"] = value
        value = self.last_name
        if value is not UNSET:
            field_dict["lastName"] = value
        value = self.mobile
        if value is not UNSET:
            field_dict["mobile"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.email = src_dict.get("email", UNSET)
        obj.first_name = src_dict.get("firstName", UNSET)
        obj.full_name = src_dict.get("fullName", UNSET)
        obj.last_name = src_dict.get("lastName", UNSET)
        obj.mobile = src_dict.get("mobile", UNSET)
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


# Customer as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
CustomerJSON = TypedDict(
    "CustomerJSON",
    {
        "email": "str | None",
        "firstName": "str | None",
        "fullName": "str | None",
        "lastName": "str | None",
        "mobile": "str | None",
    },
    total=False,
)


class CustomerView:
    """Typed read access to the JSON of one Customer, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: CustomerJSON) -> None:
        self._json = json

    @property
    def email(self) -> str | None:
        return self._json.get("email")

    @property
    def first_name(self) -> str | None:
        return self._json.get("firstName")

    @property
    def full_name(self) -> str | None:
        return self._json.get("fullName")

    @property
    def last_name(self) -> str | None:
        return self._json.get("lastName")

    @property
    def mobile(self) -> str | None:
        return self._json.get("mobile")
