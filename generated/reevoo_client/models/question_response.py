from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.question_response_display_key import QuestionResponseDisplayKey
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionResponse")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "answer",
        "display_key",
    }
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.answer
        if value is not UNSET:
            field_dict["answer"] = value
        value = self.display_key
        if value is not UNSET:
            field_dict["display_key"] = value.value if isinstance(value, QuestionResponseDisplayKey) else value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.answer = src_dict.get("answer", UNSET)
        value = src_dict.get("display_key", UNSET)
        if isinstance(value, str):
            try:
                value = _QuestionResponseDisplayKey_BY_VALUE.get(value) or QuestionResponseDisplayKey(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.display_key = value
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


# QuestionResponse as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
QuestionResponseJSON = TypedDict(
    "QuestionResponseJSON",
    {
        "answer": "str | bool | None",
        "display_key": "str | None",
    },
    total=False,
)


class QuestionResponseView:
    """Typed read access to the JSON of one QuestionResponse, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: QuestionResponseJSON) -> None:
        self._json = json

    @property
    def answer(self) -> str | bool | None:
        return self._json.get("answer")

    @property
    def display_key(self) -> str | None:
        return self._json.get("display_key")


# value -> member of each open enum read above: its fast path (unknown values go through the class).
_QuestionResponseDisplayKey_BY_VALUE = QuestionResponseDisplayKey._value2member_map_
