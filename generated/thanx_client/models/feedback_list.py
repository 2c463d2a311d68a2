from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feedback import Feedback
    from ..models.pagination import Pagination


T = TypeVar("T", bound="FeedbackList")


@_attrs_define
class FeedbackList:
    """One page of feedback records.

    Attributes:
        feedbacks (list[Feedback] | None | Unset):
        pagination (None | Pagination | Unset):
    """

    feedbacks: list[Feedback] | None | Unset = UNSET
    pagination: None | Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pagination import Pagination  # noqa: PLC0415

        feedbacks: list[dict[str, Any]] | None | Unset
        if isinstance(self.feedbacks, Unset):
            feedbacks = UNSET
        elif isinstance(self.feedbacks, list):
            feedbacks = []
            for feedbacks_type_0_item_data in self.feedbacks:
                feedbacks_type_0_item = feedbacks_type_0_item_data.to_dict()
                feedbacks.append(feedbacks_type_0_item)

        else:
            feedbacks = self.feedbacks

        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feedbacks is not UNSET:
            field_dict["feedbacks"] = feedbacks
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feedback import Feedback  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_feedbacks(data: object) -> list[Feedback] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                feedbacks_type_0 = []
                _feedbacks_type_0 = data
                for feedbacks_type_0_item_data in _feedbacks_type_0:
                    feedbacks_type_0_item = Feedback.from_dict(feedbacks_type_0_item_data)

                    feedbacks_type_0.append(feedbacks_type_0_item)

                return feedbacks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Feedback] | None | Unset, data)

        feedbacks = _parse_feedbacks(d.pop("feedbacks", UNSET))

        def _parse_pagination(data: object) -> None | Pagination | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pagination_type_0 = Pagination.from_dict(data)

                return pagination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Pagination | Unset, data)

        pagination = _parse_pagination(d.pop("pagination", UNSET))

        feedback_list = cls(
            feedbacks=feedbacks,
            pagination=pagination,
        )

        feedback_list.additional_properties = d
        return feedback_list

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
