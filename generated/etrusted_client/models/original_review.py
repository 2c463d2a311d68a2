from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.original_review_reply import OriginalReviewReply


T = TypeVar("T", bound="OriginalReview")


@_attrs_define
class OriginalReview:
    """The initial, unedited review. It does not change when the consumer edits the review.

    Attributes:
        comment (None | str | Unset): Original review text (up to 4000 characters).
        rating (float | None | Unset): Original star rating, 1 to 5.
        reply (None | OriginalReviewReply | Unset): The channel owner's original reply.
        title (None | str | Unset): Original headline.
    """

    comment: None | str | Unset = UNSET
    rating: float | None | Unset = UNSET
    reply: None | OriginalReviewReply | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.original_review_reply import OriginalReviewReply  # noqa: PLC0415

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        rating: float | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        reply: dict[str, Any] | None | Unset
        if isinstance(self.reply, Unset):
            reply = UNSET
        elif isinstance(self.reply, OriginalReviewReply):
            reply = self.reply.to_dict()
        else:
            reply = self.reply

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if rating is not UNSET:
            field_dict["rating"] = rating
        if reply is not UNSET:
            field_dict["reply"] = reply
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.original_review_reply import OriginalReviewReply  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_rating(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        def _parse_reply(data: object) -> None | OriginalReviewReply | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reply_type_0 = OriginalReviewReply.from_dict(data)

                return reply_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OriginalReviewReply | Unset, data)

        reply = _parse_reply(d.pop("reply", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        original_review = cls(
            comment=comment,
            rating=rating,
            reply=reply,
            title=title,
        )

        original_review.additional_properties = d
        return original_review

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
