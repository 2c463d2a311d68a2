from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.review_write import ReviewWrite


T = TypeVar("T", bound="ReviewWriteRequest")


@_attrs_define
class ReviewWriteRequest:
    """Body of a create or update request.

    Attributes:
        review (ReviewWrite): Review data for creating or updating a review.
    """

    review: ReviewWrite
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        review = self.review.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "review": review,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_write import ReviewWrite  # noqa: PLC0415

        d = dict(src_dict)
        review = ReviewWrite.from_dict(d.pop("review"))

        review_write_request = cls(
            review=review,
        )

        review_write_request.additional_properties = d
        return review_write_request

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
