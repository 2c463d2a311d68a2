from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportData")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "createdAt",
        "publicComment",
        "reason",
        "reasons",
        "reviewVisibility",
        "source",
    }
)


@_attrs_define
class ReportData:
    """Why and how a review was reported.

    Attributes:
        created_at (None | str | Unset):
        public_comment (None | str | Unset):
        reason (None | str | Unset):
        reasons (list[str] | None | Unset):
        review_visibility (None | str | Unset):
        source (None | str | Unset):
    """

    created_at: None | str | Unset = UNSET
    public_comment: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    reasons: list[str] | None | Unset = UNSET
    review_visibility: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.created_at
        if value is not UNSET:
            field_dict["createdAt"] = value
        value = self.public_comment
        if value is not UNSET:
            field_dict["publicComment"] = value
        value = self.reason
        if value is not UNSET:
            field_dict["reason"] = value
        value = self.reasons
        if value is not UNSET:
            field_dict["reasons"] = value
        value = self.review_visibility
        if value is not UNSET:
            field_dict["reviewVisibility"] = value
        value = self.source
        if value is not UNSET:
            field_dict["source"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.created_at = src_dict.get("createdAt", UNSET)
        obj.public_comment = src_dict.get("publicComment", UNSET)
        obj.reason = src_dict.get("reason", UNSET)
        obj.reasons = src_dict.get("reasons", UNSET)
        obj.review_visibility = src_dict.get("reviewVisibility", UNSET)
        obj.source = src_dict.get("source", UNSET)
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


# ReportData as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
ReportDataJSON = TypedDict(
    "ReportDataJSON",
    {
        "createdAt": "str | None",
        "publicComment": "str | None",
        "reason": "str | None",
        "reasons": "list[str] | None",
        "reviewVisibility": "str | None",
        "source": "str | None",
    },
    total=False,
)


class ReportDataView:
    """Typed read access to the JSON of one ReportData, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: ReportDataJSON) -> None:
        self._json = json

    @property
    def created_at(self) -> str | None:
        return self._json.get("createdAt")

    @property
    def public_comment(self) -> str | None:
        return self._json.get("publicComment")

    @property
    def reason(self) -> str | None:
        return self._json.get("reason")

    @property
    def reasons(self) -> list[str] | None:
        return self._json.get("reasons")

    @property
    def review_visibility(self) -> str | None:
        return self._json.get("reviewVisibility")

    @property
    def source(self) -> str | None:
        return self._json.get("source")
