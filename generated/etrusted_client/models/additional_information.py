from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_information_original_review import (
        AdditionalInformationOriginalReview,
    )
    from ..models.attachments import Attachments
    from ..models.veto import Veto


T = TypeVar("T", bound="AdditionalInformation")


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
        from ..models.additional_information_original_review import (
            AdditionalInformationOriginalReview,  # noqa: PLC0415
        )
        from ..models.attachments import Attachments  # noqa: PLC0415
        from ..models.veto import Veto  # noqa: PLC0415

        attachments: dict[str, Any] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, Attachments):
            attachments = self.attachments.to_dict()
        else:
            attachments = self.attachments

        original_review: dict[str, Any] | None | Unset
        if isinstance(self.original_review, Unset):
            original_review = UNSET
        elif isinstance(self.original_review, AdditionalInformationOriginalReview):
            original_review = self.original_review.to_dict()
        else:
            original_review = self.original_review

        veto: dict[str, Any] | None | Unset
        if isinstance(self.veto, Unset):
            veto = UNSET
        elif isinstance(self.veto, Veto):
            veto = self.veto.to_dict()
        else:
            veto = self.veto

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if original_review is not UNSET:
            field_dict["originalReview"] = original_review
        if veto is not UNSET:
            field_dict["veto"] = veto

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_information_original_review import (
            AdditionalInformationOriginalReview,  # noqa: PLC0415
        )
        from ..models.attachments import Attachments  # noqa: PLC0415
        from ..models.veto import Veto  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_attachments(data: object) -> Attachments | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attachments_type_0 = Attachments.from_dict(data)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Attachments | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_original_review(data: object) -> AdditionalInformationOriginalReview | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                original_review_type_0 = AdditionalInformationOriginalReview.from_dict(data)

                return original_review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdditionalInformationOriginalReview | None | Unset, data)

        original_review = _parse_original_review(d.pop("originalReview", UNSET))

        def _parse_veto(data: object) -> None | Unset | Veto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                veto_type_0 = Veto.from_dict(data)

                return veto_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Veto, data)

        veto = _parse_veto(d.pop("veto", UNSET))

        additional_information = cls(
            attachments=attachments,
            original_review=original_review,
            veto=veto,
        )

        additional_information.additional_properties = d
        return additional_information

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
