from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_veto_request_reason import ReviewVetoRequestReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewVetoRequest")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "comment",
        "reason",
        "channelName",
        "vetoReporterEmail",
    }
)


@_attrs_define
class ReviewVetoRequest:
    """A veto against a customer review.

    Attributes:
        comment (str): Why the review should be checked; any extra information for the review team.
        reason (ReviewVetoRequestReason): The reason for the veto.
        channel_name (str | Unset): Name of the channel the review belongs to.
        veto_reporter_email (str | Unset): Email address of the person reporting the veto.
    """

    comment: str
    reason: ReviewVetoRequestReason
    channel_name: str | Unset = UNSET
    veto_reporter_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.comment
        field_dict["comment"] = value
        value = self.reason
        field_dict["reason"] = value.value if isinstance(value, ReviewVetoRequestReason) else value
        value = self.channel_name
        if value is not UNSET:
            field_dict["channelName"] = value
        value = self.veto_reporter_email
        if value is not UNSET:
            field_dict["vetoReporterEmail"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.comment = src_dict["comment"]
        value = src_dict["reason"]
        value = _ReviewVetoRequestReason_BY_VALUE.get(value) or ReviewVetoRequestReason(value)

        obj.reason = value
        obj.channel_name = src_dict.get("channelName", UNSET)
        obj.veto_reporter_email = src_dict.get("vetoReporterEmail", UNSET)
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


# ReviewVetoRequest as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
ReviewVetoRequestJSON = TypedDict(
    "ReviewVetoRequestJSON",
    {
        "comment": "Required[str]",
        "reason": "Required[str]",
        "channelName": "str",
        "vetoReporterEmail": "str",
    },
    total=False,
)


class ReviewVetoRequestView:
    """Typed read access to the JSON of one ReviewVetoRequest, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: ReviewVetoRequestJSON) -> None:
        self._json = json

    @property
    def comment(self) -> str | None:
        return self._json.get("comment")

    @property
    def reason(self) -> str | None:
        return self._json.get("reason")

    @property
    def channel_name(self) -> str | None:
        return self._json.get("channelName")

    @property
    def veto_reporter_email(self) -> str | None:
        return self._json.get("vetoReporterEmail")


# value -> member of each open enum read above: its fast path (unknown values go through the class).
_ReviewVetoRequestReason_BY_VALUE = ReviewVetoRequestReason._value2member_map_
