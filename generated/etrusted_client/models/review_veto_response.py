from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.veto_reason import VetoReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewVetoResponse")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "comment",
        "createdAt",
        "id",
        "reason",
        "ticketId",
        "updatedAt",
    }
)


@_attrs_define
class ReviewVetoResponse:
    """The saved veto.

    Attributes:
        comment (None | str | Unset): Comment of the ticket opened for the veto.
        created_at (None | str | Unset): When the veto was created.
        id (None | str | Unset): The veto ID.
        reason (None | Unset | VetoReason):
        ticket_id (None | str | Unset): ID of the Trusted Shops ticket opened for the veto (six digits).
        updated_at (None | str | Unset): When the veto was last modified.
    """

    comment: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    reason: None | Unset | VetoReason = UNSET
    ticket_id: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.comment
        if value is not UNSET:
            field_dict["comment"] = value
        value = self.created_at
        if value is not UNSET:
            field_dict["createdAt"] = value
        value = self.id
        if value is not UNSET:
            field_dict["id"] = value
        value = self.reason
        if value is not UNSET:
            field_dict["reason"] = value.value if isinstance(value, VetoReason) else value
        value = self.ticket_id
        if value is not UNSET:
            field_dict["ticketId"] = value
        value = self.updated_at
        if value is not UNSET:
            field_dict["updatedAt"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.comment = src_dict.get("comment", UNSET)
        obj.created_at = src_dict.get("createdAt", UNSET)
        obj.id = src_dict.get("id", UNSET)
        value = src_dict.get("reason", UNSET)
        if isinstance(value, str):
            try:
                value = _VetoReason_BY_VALUE.get(value) or VetoReason(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.reason = value
        obj.ticket_id = src_dict.get("ticketId", UNSET)
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


# ReviewVetoResponse as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
ReviewVetoResponseJSON = TypedDict(
    "ReviewVetoResponseJSON",
    {
        "comment": "str | None",
        "createdAt": "str | None",
        "id": "str | None",
        "reason": "str | None",
        "ticketId": "str | None",
        "updatedAt": "str | None",
    },
    total=False,
)


class ReviewVetoResponseView:
    """Typed read access to the JSON of one ReviewVetoResponse, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: ReviewVetoResponseJSON) -> None:
        self._json = json

    @property
    def comment(self) -> str | None:
        return self._json.get("comment")

    @property
    def created_at(self) -> str | None:
        return self._json.get("createdAt")

    @property
    def id(self) -> str | None:
        return self._json.get("id")

    @property
    def reason(self) -> str | None:
        return self._json.get("reason")

    @property
    def ticket_id(self) -> str | None:
        return self._json.get("ticketId")

    @property
    def updated_at(self) -> str | None:
        return self._json.get("updatedAt")


# value -> member of each open enum read above: its fast path (unknown values go through the class).
_VetoReason_BY_VALUE = VetoReason._value2member_map_
