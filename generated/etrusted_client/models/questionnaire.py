from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Questionnaire")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "id",
        "locale",
        "templateRef",
    }
)


@_attrs_define
class Questionnaire:
    """The questionnaire used to collect the review.

    Attributes:
        id (None | str | Unset): The questionnaire ID.
        locale (None | str | Unset): The questionnaire locale, e.g. `en_GB`.
        template_ref (None | str | Unset): ID of the questionnaire template.
    """

    id: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    template_ref: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = value
        value = self.locale
        if value is not UNSET:
            field_dict["locale"] = value
        value = self.template_ref
        if value is not UNSET:
            field_dict["templateRef"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.id = src_dict.get("id", UNSET)
        obj.locale = src_dict.get("locale", UNSET)
        obj.template_ref = src_dict.get("templateRef", UNSET)
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


# Questionnaire as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
QuestionnaireJSON = TypedDict(
    "QuestionnaireJSON",
    {
        "id": "str | None",
        "locale": "str | None",
        "templateRef": "str | None",
    },
    total=False,
)


class QuestionnaireView:
    """Typed read access to the JSON of one Questionnaire, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: QuestionnaireJSON) -> None:
        self._json = json

    @property
    def id(self) -> str | None:
        return self._json.get("id")

    @property
    def locale(self) -> str | None:
        return self._json.get("locale")

    @property
    def template_ref(self) -> str | None:
        return self._json.get("templateRef")
