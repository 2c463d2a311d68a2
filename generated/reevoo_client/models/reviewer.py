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
        "facebook_avatar_url",
        "first_name",
        "location",
        "segment",
    }
)


@_attrs_define
class Reviewer:
    """The person who wrote the review, as shown publicly.

    Attributes:
        facebook_avatar_url (None | str | Unset): URL of the reviewer's Facebook avatar, if they linked one.
        first_name (None | str | Unset): Reviewer's first name.
        location (None | str | Unset): Where the reviewer lives, free text (e.g. "Catford, London").
        segment (None | str | Unset): Customer segment the reviewer chose (e.g. "Home user").
    """

    facebook_avatar_url: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    segment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.facebook_avatar_url
        if value is not UNSET:
            field_dict["facebook_avatar_url"] = value
        value = self.first_name
        if value is not UNSET:
            field_dict["first_name"] = value
        value = self.location
        if value is not UNSET:
            field_dict["location"] = value
        value = self.segment
        if value is not UNSET:
            field_dict["segment"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.facebook_avatar_url = src_dict.get("facebook_avatar_url", UNSET)
        obj.first_name = src_dict.get("first_name", UNSET)
        obj.location = src_dict.get("location", UNSET)
        obj.segment = src_dict.get("segment", UNSET)
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
        "facebook_avatar_url": "str | None",
        "first_name": "str | None",
        "location": "str | None",
        "segment": "str | None",
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
    def facebook_avatar_url(self) -> str | None:
        return self._json.get("facebook_avatar_url")

    @property
    def first_name(self) -> str | None:
        return self._json.get("first_name")

    @property
    def location(self) -> str | None:
        return self._json.get("location")

    @property
    def segment(self) -> str | None:
        return self._json.get("segment")
