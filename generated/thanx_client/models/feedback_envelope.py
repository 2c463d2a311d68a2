from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feedback import Feedback


T = TypeVar("T", bound="FeedbackEnvelope")


@_attrs_define
class FeedbackEnvelope:
    """One feedback record.

    Attributes:
        feedback (Feedback | None | Unset):
    """

    feedback: Feedback | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.feedback import Feedback  # noqa: PLC0415

        feedback: dict[str, Any] | None | Unset
        if isinstance(self.feedback, Unset):
            feedback = UNSET
        elif isinstance(self.feedback, Feedback):
            feedback = self.feedback.to_dict()
        else:
            feedback = self.feedback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feedback is not UNSET:
            field_dict["feedback"] = feedback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feedback import Feedback  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_feedback(data: object) -> Feedback | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                feedback_type_0 = Feedback.from_dict(data)

                return feedback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Feedback | None | Unset, data)

        feedback = _parse_feedback(d.pop("feedback", UNSET))

        feedback_envelope = cls(
            feedback=feedback,
        )

        feedback_envelope.additional_properties = d
        return feedback_envelope

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
