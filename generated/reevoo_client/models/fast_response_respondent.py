from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FastResponseRespondent")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "custom_name",
        "display_name",
        "first_name",
        "job_title",
        "surname",
    }
)


@_attrs_define
class FastResponseRespondent:
    """The member of staff who wrote the reply; any field may be null.

    Attributes:
        custom_name (None | str | Unset): Name chosen for display instead of the real name.
        display_name (None | str | Unset): The name shown next to the reply.
        first_name (None | str | Unset):
        job_title (None | str | Unset):
        surname (None | str | Unset):
    """

    custom_name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    job_title: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.custom_name
        if value is not UNSET:
            field_dict["custom_name"] = value
        value = self.display_name
        if value is not UNSET:
            field_dict["display_name"] = value
        value = self.first_name
        if value is not UNSET:
            field_dict["first_name"] = value
        value = self.job_title
        if value is not UNSET:
            field_dict["job_title"] = value
        value = self.surname
        if value is not UNSET:
            field_dict["surname"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.custom_name = src_dict.get("custom_name", UNSET)
        obj.display_name = src_dict.get("display_name", UNSET)
        obj.first_name = src_dict.get("first_name", UNSET)
        obj.job_title = src_dict.get("job_title", UNSET)
        obj.surname = src_dict.get("surname", UNSET)
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


# FastResponseRespondent as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
FastResponseRespondentJSON = TypedDict(
    "FastResponseRespondentJSON",
    {
        "custom_name": "str | None",
        "display_name": "str | None",
        "first_name": "str | None",
        "job_title": "str | None",
        "surname": "str | None",
    },
    total=False,
)


class FastResponseRespondentView:
    """Typed read access to the JSON of one FastResponseRespondent, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: FastResponseRespondentJSON) -> None:
        self._json = json

    @property
    def custom_name(self) -> str | None:
        return self._json.get("custom_name")

    @property
    def display_name(self) -> str | None:
        return self._json.get("display_name")

    @property
    def first_name(self) -> str | None:
        return self._json.get("first_name")

    @property
    def job_title(self) -> str | None:
        return self._json.get("job_title")

    @property
    def surname(self) -> str | None:
        return self._json.get("surname")
