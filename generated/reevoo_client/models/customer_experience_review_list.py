from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_experience_review import CustomerExperienceReview


T = TypeVar("T", bound="CustomerExperienceReviewList")


@_attrs_define
class CustomerExperienceReviewList:
    """All customer experience reviews of the organisation that match the request. There is no
    pagination: the whole result comes in this one object.

        Attributes:
            customer_experience_reviews (list[CustomerExperienceReview] | None | Unset):
    """

    customer_experience_reviews: list[CustomerExperienceReview] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_experience_reviews: list[dict[str, Any]] | None | Unset
        if isinstance(self.customer_experience_reviews, Unset):
            customer_experience_reviews = UNSET
        elif isinstance(self.customer_experience_reviews, list):
            customer_experience_reviews = []
            for customer_experience_reviews_type_0_item_data in self.customer_experience_reviews:
                customer_experience_reviews_type_0_item = customer_experience_reviews_type_0_item_data.to_dict()
                customer_experience_reviews.append(customer_experience_reviews_type_0_item)

        else:
            customer_experience_reviews = self.customer_experience_reviews

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_experience_reviews is not UNSET:
            field_dict["customer_experience_reviews"] = customer_experience_reviews

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_experience_review import CustomerExperienceReview  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_customer_experience_reviews(data: object) -> list[CustomerExperienceReview] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                customer_experience_reviews_type_0 = []
                _customer_experience_reviews_type_0 = data
                for customer_experience_reviews_type_0_item_data in _customer_experience_reviews_type_0:
                    customer_experience_reviews_type_0_item = CustomerExperienceReview.from_dict(
                        customer_experience_reviews_type_0_item_data
                    )

                    customer_experience_reviews_type_0.append(customer_experience_reviews_type_0_item)

                return customer_experience_reviews_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomerExperienceReview] | None | Unset, data)

        customer_experience_reviews = _parse_customer_experience_reviews(d.pop("customer_experience_reviews", UNSET))

        customer_experience_review_list = cls(
            customer_experience_reviews=customer_experience_reviews,
        )

        customer_experience_review_list.additional_properties = d
        return customer_experience_review_list

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
