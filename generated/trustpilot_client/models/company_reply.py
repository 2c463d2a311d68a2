from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyReply")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "authorBusinessUserId",
        "authorBusinessUserName",
        "createdAt",
        "text",
        "updatedAt",
    }
)


@_attrs_define
class CompanyReply:
    """The company's reply to a review.

    Attributes:
        author_business_user_id (None | str | Unset): The business user who wrote the reply ([3P] Pipedream).
        author_business_user_name (None | str | Unset): That business user's name ([3P] Pipedream).
        created_at (None | str | Unset): When the reply was first posted.
        text (None | str | Unset): The reply's text.
        updated_at (None | str | Unset): When the reply was last changed.
    """

    author_business_user_id: None | str | Unset = UNSET
    author_business_user_name: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.author_business_user_id
        if value is not UNSET:
            field_dict["authorBusinessUserId"] = value
        value = self.author_business_user_name
        if value is not UNSET:
            field_dict["authorBusinessUserName"] = value
        value = self.created_at
        if value is not UNSET:
            field_dict["createdAt"] = value
        value = self.text
        if value is not UNSET:
            field_dict["text"] = value
        value = self.updated_at
        if value is not UNSET:
            field_dict["updatedAt"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.author_business_user_id = src_dict.get("authorBusinessUserId", UNSET)
        obj.author_business_user_name = src_dict.get("authorBusinessUserName", UNSET)
        obj.created_at = src_dict.get("createdAt", UNSET)
        obj.text = src_dict.get("text", UNSET)
        obj.updated_at = src_dict.get("updatedAt", UNSET)
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


# CompanyReply as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
CompanyReplyJSON = TypedDict(
    "CompanyReplyJSON",
    {
        "authorBusinessUserId": "str | None",
        "authorBusinessUserName": "str | None",
        "createdAt": "str | None",
        "text": "str | None",
        "updatedAt": "str | None",
    },
    total=False,
)


class CompanyReplyView:
    """Typed read access to the JSON of one CompanyReply, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: CompanyReplyJSON) -> None:
        self._json = json

    @property
    def author_business_user_id(self) -> str | None:
        return self._json.get("authorBusinessUserId")

    @property
    def author_business_user_name(self) -> str | None:
        return self._json.get("authorBusinessUserName")

    @property
    def created_at(self) -> str | None:
        return self._json.get("createdAt")

    @property
    def text(self) -> str | None:
        return self._json.get("text")

    @property
    def updated_at(self) -> str | None:
        return self._json.get("updatedAt")
