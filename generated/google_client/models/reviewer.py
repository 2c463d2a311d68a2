from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Reviewer")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "displayName",
        "isAnonymous",
        "profilePhotoUrl",
    }
)


@_attrs_define
class Reviewer:
    """Who wrote a review.

    Attributes:
        display_name (None | str | Unset): The reviewer's name; the real name only when the reviewer is not anonymous.
        is_anonymous (bool | None | Unset): Whether the reviewer chose to stay anonymous.
        profile_photo_url (None | str | Unset): The reviewer's photo; only when the reviewer is not anonymous.
    """

    display_name: None | str | Unset = UNSET
    is_anonymous: bool | None | Unset = UNSET
    profile_photo_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.display_name
        if value is not UNSET:
            field_dict["displayName"] = value
        value = self.is_anonymous
        if value is not UNSET:
            field_dict["isAnonymous"] = value
        value = self.profile_photo_url
        if value is not UNSET:
            field_dict["profilePhotoUrl"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.display_name = src_dict.get("displayName", UNSET)
        obj.is_anonymous = src_dict.get("isAnonymous", UNSET)
        obj.profile_photo_url = src_dict.get("profilePhotoUrl", UNSET)
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


# Reviewer as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
ReviewerJSON = TypedDict(
    "ReviewerJSON",
    {
        "displayName": "str | None",
        "isAnonymous": "bool | None",
        "profilePhotoUrl": "str | None",
    },
    total=False,
)


class ReviewerView:
    """Typed read access to the JSON of one Reviewer, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: ReviewerJSON) -> None:
        self._json = json

    @property
    def display_name(self) -> str | None:
        return self._json.get("displayName")

    @property
    def is_anonymous(self) -> bool | None:
        return self._json.get("isAnonymous")

    @property
    def profile_photo_url(self) -> str | None:
        return self._json.get("profilePhotoUrl")
