from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdditionalInformation")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "attachments",
        "originalReview",
        "veto",
    }
)


@_attrs_define
class AdditionalInformation:
    """Extra blocks stored with the review; only the ones requested with the
    `additionalInformation` query parameter are present.

        Attributes:
            attachments (Attachments | None | Unset): Files attached to the review (`ATTACHMENTS`).
            original_review (AdditionalInformationOriginalReview | None | Unset): The review as first written, if the
                consumer edited it (`ORIGINAL_REVIEW`).
            veto (None | Unset | Veto): The channel owner's veto against this review (`VETO`).
    """

    attachments: Attachments | None | Unset = UNSET
    original_review: AdditionalInformationOriginalReview | None | Unset = UNSET
    veto: None | Unset | Veto = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.attachments
        if value is not UNSET:
            field_dict["attachments"] = value.to_dict() if isinstance(value, Attachments) else value
        value = self.original_review
        if value is not UNSET:
            field_dict["originalReview"] = (
                value.to_dict() if isinstance(value, AdditionalInformationOriginalReview) else value
            )
        value = self.veto
        if value is not UNSET:
            field_dict["veto"] = value.to_dict() if isinstance(value, Veto) else value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        value = src_dict.get("attachments", UNSET)
        if isinstance(value, dict):
            try:
                value = Attachments.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.attachments = value
        value = src_dict.get("originalReview", UNSET)
        if isinstance(value, dict):
            try:
                value = AdditionalInformationOriginalReview.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.original_review = value
        value = src_dict.get("veto", UNSET)
        if isinstance(value, dict):
            try:
                value = Veto.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.veto = value
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


# Imported here, once this class exists, so that models referring to each other can import.
from ..models.additional_information_original_review import (
    AdditionalInformationOriginalReview,  # noqa: E402
)
from ..models.attachments import Attachments  # noqa: E402
from ..models.veto import Veto  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = AdditionalInformation.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# AdditionalInformation as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
AdditionalInformationJSON = TypedDict(
    "AdditionalInformationJSON",
    {
        "attachments": "AttachmentsJSON | None",
        "originalReview": "AdditionalInformationOriginalReviewJSON | None",
        "veto": "VetoJSON | None",
    },
    total=False,
)


class AdditionalInformationView:
    """Typed read access to the JSON of one AdditionalInformation, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: AdditionalInformationJSON) -> None:
        self._json = json

    @property
    def attachments(self) -> AttachmentsView | None:
        value = self._json.get("attachments")
        return AttachmentsView(value) if isinstance(value, dict) else None

    @property
    def original_review(self) -> AdditionalInformationOriginalReviewView | None:
        value = self._json.get("originalReview")
        return AdditionalInformationOriginalReviewView(value) if isinstance(value, dict) else None

    @property
    def veto(self) -> VetoView | None:
        value = self._json.get("veto")
        return VetoView(value) if isinstance(value, dict) else None


from ..models.additional_information_original_review import (  # noqa: E402
    AdditionalInformationOriginalReviewJSON,
    AdditionalInformationOriginalReviewView,
)
from ..models.attachments import AttachmentsJSON, AttachmentsView  # noqa: E402
from ..models.veto import VetoJSON, VetoView  # noqa: E402
