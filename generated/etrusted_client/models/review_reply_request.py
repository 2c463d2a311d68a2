from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewReplyRequest")


@_attrs_define
class ReviewReplyRequest:
    """The channel owner's reply to a review. Saving a reply replaces the earlier one.

    Attributes:
        comment (str): Text of the reply.
        send_notification (bool | Unset): Whether eTrusted notifies the reviewer about the reply. Default: False.
    """

    comment: str
    send_notification: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        send_notification = self.send_notification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comment": comment,
            }
        )
        if send_notification is not UNSET:
            field_dict["sendNotification"] = send_notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment")

        send_notification = d.pop("sendNotification", UNSET)

        review_reply_request = cls(
            comment=comment,
            send_notification=send_notification,
        )

        review_reply_request.additional_properties = d
        return review_reply_request

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
