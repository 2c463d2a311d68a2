from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.question_response_display_key import QuestionResponseDisplayKey
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionResponse")


@_attrs_define
class QuestionResponse:
    """The reviewer's answer to one review question.

    Attributes:
        answer (bool | None | str | Unset): Free text for the text questions, a boolean for yes/no questions, null when
            the
            reviewer skipped the question.
        display_key (None | QuestionResponseDisplayKey | Unset): Which question was answered.
    """

    answer: bool | None | str | Unset = UNSET
    display_key: None | QuestionResponseDisplayKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answer: bool | None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        else:
            answer = self.answer

        display_key: None | str | Unset
        if isinstance(self.display_key, Unset):
            display_key = UNSET
        elif isinstance(self.display_key, QuestionResponseDisplayKey):
            display_key = self.display_key.value
        else:
            display_key = self.display_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if answer is not UNSET:
            field_dict["answer"] = answer
        if display_key is not UNSET:
            field_dict["display_key"] = display_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_answer(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        answer = _parse_answer(d.pop("answer", UNSET))

        def _parse_display_key(data: object) -> None | QuestionResponseDisplayKey | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                display_key_type_0 = QuestionResponseDisplayKey(data)

                return display_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuestionResponseDisplayKey | Unset, data)

        display_key = _parse_display_key(d.pop("display_key", UNSET))

        question_response = cls(
            answer=answer,
            display_key=display_key,
        )

        question_response.additional_properties = d
        return question_response

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
