from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.veto_reason import VetoReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewVetoRequest")


@_attrs_define
class ReviewVetoRequest:
    """A veto against a review.

    Attributes:
        comment (str): Why the review should be checked; any extra information for the review team.
        reason (VetoReason): Why a review was vetoed.
        channel_name (str | Unset): Name of the channel the review belongs to (deprecated by eTrusted).
        veto_reporter_email (str | Unset): Email address of the person reporting the veto.
    """

    comment: str
    reason: VetoReason
    channel_name: str | Unset = UNSET
    veto_reporter_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        reason = self.reason.value

        channel_name = self.channel_name

        veto_reporter_email = self.veto_reporter_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comment": comment,
                "reason": reason,
            }
        )
        if channel_name is not UNSET:
            field_dict["channelName"] = channel_name
        if veto_reporter_email is not UNSET:
            field_dict["vetoReporterEmail"] = veto_reporter_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment")

        reason = VetoReason(d.pop("reason"))

        channel_name = d.pop("channelName", UNSET)

        veto_reporter_email = d.pop("vetoReporterEmail", UNSET)

        review_veto_request = cls(
            comment=comment,
            reason=reason,
            channel_name=channel_name,
            veto_reporter_email=veto_reporter_email,
        )

        review_veto_request.additional_properties = d
        return review_veto_request

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
