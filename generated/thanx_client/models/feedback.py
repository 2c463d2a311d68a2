from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feedback_state import FeedbackState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase import Purchase


T = TypeVar("T", bound="Feedback")


@_attrs_define
class Feedback:
    """The feedback a user gave (or may still give) on one purchase: NPS rating, written review
    and the merchant's response, with the times each step happened.

        Attributes:
            expires_at (None | str | Unset): After this time the user can no longer rate or review the purchase.
            id (None | str | Unset): ID of the feedback record.
            location_id (None | str | Unset): ID of the merchant location of the purchase.
            merchant_id (None | str | Unset): ID of the merchant.
            purchase (None | Purchase | Unset): The purchase the feedback is about.
            purchased_at (None | str | Unset): Time of the purchase the feedback is about (see also
                `purchase.purchased_at`).
            rated_at (None | str | Unset): When the user left the rating.
            rating (int | None | Unset): Net Promoter Score the user gave, 1 to 10; null until the user rates.
            responded_at (None | str | Unset): When the merchant responded.
            response (None | str | Unset): The merchant's written response to the review.
            review (None | str | Unset): The user's written review.
            reviewed_at (None | str | Unset): When the user left the written review.
            state (FeedbackState | None | Unset): Where the feedback stands:
                `unviewed` - the user can leave feedback on a purchase but has not been shown the prompt yet;
                `viewed` - the user saw the prompt but has left neither rating nor review;
                `expired` - the user left neither rating nor review before the feedback expired;
                `rated` - the user left a Net Promoter Score;
                `reviewed` - the user left a written review;
                `responded` - the merchant responded to the user's feedback.
            user_id (None | str | Unset): ID of the user the feedback belongs to.
            viewed_at (None | str | Unset): When the user was shown the feedback prompt.
    """

    expires_at: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    location_id: None | str | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    purchase: None | Purchase | Unset = UNSET
    purchased_at: None | str | Unset = UNSET
    rated_at: None | str | Unset = UNSET
    rating: int | None | Unset = UNSET
    responded_at: None | str | Unset = UNSET
    response: None | str | Unset = UNSET
    review: None | str | Unset = UNSET
    reviewed_at: None | str | Unset = UNSET
    state: FeedbackState | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    viewed_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.purchase import Purchase  # noqa: PLC0415

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        location_id: None | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        merchant_id: None | str | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        else:
            merchant_id = self.merchant_id

        purchase: dict[str, Any] | None | Unset
        if isinstance(self.purchase, Unset):
            purchase = UNSET
        elif isinstance(self.purchase, Purchase):
            purchase = self.purchase.to_dict()
        else:
            purchase = self.purchase

        purchased_at: None | str | Unset
        if isinstance(self.purchased_at, Unset):
            purchased_at = UNSET
        else:
            purchased_at = self.purchased_at

        rated_at: None | str | Unset
        if isinstance(self.rated_at, Unset):
            rated_at = UNSET
        else:
            rated_at = self.rated_at

        rating: int | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        responded_at: None | str | Unset
        if isinstance(self.responded_at, Unset):
            responded_at = UNSET
        else:
            responded_at = self.responded_at

        response: None | str | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        else:
            response = self.response

        review: None | str | Unset
        if isinstance(self.review, Unset):
            review = UNSET
        else:
            review = self.review

        reviewed_at: None | str | Unset
        if isinstance(self.reviewed_at, Unset):
            reviewed_at = UNSET
        else:
            reviewed_at = self.reviewed_at

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, FeedbackState):
            state = self.state.value
        else:
            state = self.state

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        viewed_at: None | str | Unset
        if isinstance(self.viewed_at, Unset):
            viewed_at = UNSET
        else:
            viewed_at = self.viewed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if id is not UNSET:
            field_dict["id"] = id
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if purchase is not UNSET:
            field_dict["purchase"] = purchase
        if purchased_at is not UNSET:
            field_dict["purchased_at"] = purchased_at
        if rated_at is not UNSET:
            field_dict["rated_at"] = rated_at
        if rating is not UNSET:
            field_dict["rating"] = rating
        if responded_at is not UNSET:
            field_dict["responded_at"] = responded_at
        if response is not UNSET:
            field_dict["response"] = response
        if review is not UNSET:
            field_dict["review"] = review
        if reviewed_at is not UNSET:
            field_dict["reviewed_at"] = reviewed_at
        if state is not UNSET:
            field_dict["state"] = state
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if viewed_at is not UNSET:
            field_dict["viewed_at"] = viewed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase import Purchase  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_expires_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_location_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_id = _parse_location_id(d.pop("location_id", UNSET))

        def _parse_merchant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        merchant_id = _parse_merchant_id(d.pop("merchant_id", UNSET))

        def _parse_purchase(data: object) -> None | Purchase | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purchase_type_0 = Purchase.from_dict(data)

                return purchase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Purchase | Unset, data)

        purchase = _parse_purchase(d.pop("purchase", UNSET))

        def _parse_purchased_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchased_at = _parse_purchased_at(d.pop("purchased_at", UNSET))

        def _parse_rated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rated_at = _parse_rated_at(d.pop("rated_at", UNSET))

        def _parse_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        def _parse_responded_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        responded_at = _parse_responded_at(d.pop("responded_at", UNSET))

        def _parse_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        def _parse_review(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        review = _parse_review(d.pop("review", UNSET))

        def _parse_reviewed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at", UNSET))

        def _parse_state(data: object) -> FeedbackState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = FeedbackState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeedbackState | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_viewed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        viewed_at = _parse_viewed_at(d.pop("viewed_at", UNSET))

        feedback = cls(
            expires_at=expires_at,
            id=id,
            location_id=location_id,
            merchant_id=merchant_id,
            purchase=purchase,
            purchased_at=purchased_at,
            rated_at=rated_at,
            rating=rating,
            responded_at=responded_at,
            response=response,
            review=review,
            reviewed_at=reviewed_at,
            state=state,
            user_id=user_id,
            viewed_at=viewed_at,
        )

        feedback.additional_properties = d
        return feedback

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
