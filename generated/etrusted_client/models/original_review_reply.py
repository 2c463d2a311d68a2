from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OriginalReviewReply")


@_attrs_define
class OriginalReviewReply:
    """The channel owner's reply as it was on the original review.

    Attributes:
        reply_comment (None | str | Unset): Text of the reply.
        reply_created_at (None | str | Unset): When the reply was first stored.
        reply_updated_at (None | str | Unset): When the reply was last updated.
    """

    reply_comment: None | str | Unset = UNSET
    reply_created_at: None | str | Unset = UNSET
    reply_updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reply_comment: None | str | Unset
        if isinstance(self.reply_comment, Unset):
            reply_comment = UNSET
        else:
            reply_comment = self.reply_comment

        reply_created_at: None | str | Unset
        if isinstance(self.reply_created_at, Unset):
            reply_created_at = UNSET
        else:
            reply_created_at = self.reply_created_at

        reply_updated_at: None | str | Unset
        if isinstance(self.reply_updated_at, Unset):
            reply_updated_at = UNSET
        else:
            reply_updated_at = self.reply_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reply_comment is not UNSET:
            field_dict["replyComment"] = reply_comment
        if reply_created_at is not UNSET:
            field_dict["replyCreatedAt"] = reply_created_at
        if reply_updated_at is not UNSET:
            field_dict["replyUpdatedAt"] = reply_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_reply_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_comment = _parse_reply_comment(d.pop("replyComment", UNSET))

        def _parse_reply_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_created_at = _parse_reply_created_at(d.pop("replyCreatedAt", UNSET))

        def _parse_reply_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_updated_at = _parse_reply_updated_at(d.pop("replyUpdatedAt", UNSET))

        original_review_reply = cls(
            reply_comment=reply_comment,
            reply_created_at=reply_created_at,
            reply_updated_at=reply_updated_at,
        )

        original_review_reply.additional_properties = d
        return original_review_reply

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
