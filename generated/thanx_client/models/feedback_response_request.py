from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.feedback_response import FeedbackResponse


T = TypeVar("T", bound="FeedbackResponseRequest")


@_attrs_define
class FeedbackResponseRequest:
    """Body of `respondToFeedback`.

    Attributes:
        feedback (FeedbackResponse): The merchant's response to a feedback.
    """

    feedback: FeedbackResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedback = self.feedback.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feedback": feedback,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feedback_response import FeedbackResponse  # noqa: PLC0415

        d = dict(src_dict)
        feedback = FeedbackResponse.from_dict(d.pop("feedback"))

        feedback_response_request = cls(
            feedback=feedback,
        )

        feedback_response_request.additional_properties = d
        return feedback_response_request

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
