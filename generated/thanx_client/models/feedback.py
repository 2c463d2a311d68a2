from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feedback_state import FeedbackState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Feedback")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "expires_at",
        "id",
        "location_id",
        "merchant_id",
        "purchase",
        "purchased_at",
        "rated_at",
        "rating",
        "responded_at",
        "response",
        "review",
        "reviewed_at",
        "state",
        "user_id",
        "viewed_at",
    }
)


@_attrs_define
class Feedback:
    """The feedback a user gave (or may still give) on one purchase: NPS rating, written review
    and the merchant's response, with the times each step happened.

        Attributes:
            expires_at (None | str | Unset): After this time the user can no longer rate or review the purchase.
            id (None | str | Unset): ID of the feedback record.
            location_id (None | str | Unset): ID of the merchant location of the purchase; null when none is recorded.
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.expires_at
        if value is not UNSET:
            field_dict["expires_at"] = value
        value = self.id
        if value is not UNSET:
            field_dict["id"] = value
        value = self.location_id
        if value is not UNSET:
            field_dict["location_id"] = value
        value = self.merchant_id
        if value is not UNSET:
            field_dict["merchant_id"] = value
        value = self.purchase
        if value is not UNSET:
            field_dict["purchase"] = value.to_dict() if isinstance(value, Purchase) else value
        value = self.purchased_at
        if value is not UNSET:
            field_dict["purchased_at"] = value
        value = self.rated_at
        if value is not UNSET:
            field_dict["rated_at"] = value
        value = self.rating
        if value is not UNSET:
            field_dict["rating"] = value
        value = self.responded_at
        if value is not UNSET:
            field_dict["responded_at"] = value
        value = self.response
        if value is not UNSET:
            field_dict["response"] = value
        value = self.review
        if value is not UNSET:
            field_dict["review"] = value
        value = self.reviewed_at
        if value is not UNSET:
            field_dict["reviewed_at"] = value
        value = self.state
        if value is not UNSET:
            field_dict["state"] = value.value if isinstance(value, FeedbackState) else value
        value = self.user_id
        if value is not UNSET:
            field_dict["user_id"] = value
        value = self.viewed_at
        if value is not UNSET:
            field_dict["viewed_at"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.expires_at = src_dict.get("expires_at", UNSET)
        obj.id = src_dict.get("id", UNSET)
        obj.location_id = src_dict.get("location_id", UNSET)
        obj.merchant_id = src_dict.get("merchant_id", UNSET)
        value = src_dict.get("purchase", UNSET)
        if isinstance(value, dict):
            try:
                value = Purchase.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.purchase = value
        obj.purchased_at = src_dict.get("purchased_at", UNSET)
        obj.rated_at = src_dict.get("rated_at", UNSET)
        obj.rating = src_dict.get("rating", UNSET)
        obj.responded_at = src_dict.get("responded_at", UNSET)
        obj.response = src_dict.get("response", UNSET)
        obj.review = src_dict.get("review", UNSET)
        obj.reviewed_at = src_dict.get("reviewed_at", UNSET)
        value = src_dict.get("state", UNSET)
        if isinstance(value, str):
            try:
                value = _FeedbackState_BY_VALUE.get(value) or FeedbackState(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.state = value
        obj.user_id = src_dict.get("user_id", UNSET)
        obj.viewed_at = src_dict.get("viewed_at", UNSET)
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
from ..models.purchase import Purchase  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = Feedback.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# Feedback as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
FeedbackJSON = TypedDict(
    "FeedbackJSON",
    {
        "expires_at": "str | None",
        "id": "str | None",
        "location_id": "str | None",
        "merchant_id": "str | None",
        "purchase": "PurchaseJSON | None",
        "purchased_at": "str | None",
        "rated_at": "str | None",
        "rating": "int | None",
        "responded_at": "str | None",
        "response": "str | None",
        "review": "str | None",
        "reviewed_at": "str | None",
        "state": "str | None",
        "user_id": "str | None",
        "viewed_at": "str | None",
    },
    total=False,
)


class FeedbackView:
    """Typed read access to the JSON of one Feedback, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: FeedbackJSON) -> None:
        self._json = json

    @property
    def expires_at(self) -> str | None:
        return self._json.get("expires_at")

    @property
    def id(self) -> str | None:
        return self._json.get("id")

    @property
    def location_id(self) -> str | None:
        return self._json.get("location_id")

    @property
    def merchant_id(self) -> str | None:
        return self._json.get("merchant_id")

    @property
    def purchase(self) -> PurchaseView | None:
        value = self._json.get("purchase")
        return PurchaseView(value) if isinstance(value, dict) else None

    @property
    def purchased_at(self) -> str | None:
        return self._json.get("purchased_at")

    @property
    def rated_at(self) -> str | None:
        return self._json.get("rated_at")

    @property
    def rating(self) -> int | None:
        return self._json.get("rating")

    @property
    def responded_at(self) -> str | None:
        return self._json.get("responded_at")

    @property
    def response(self) -> str | None:
        return self._json.get("response")

    @property
    def review(self) -> str | None:
        return self._json.get("review")

    @property
    def reviewed_at(self) -> str | None:
        return self._json.get("reviewed_at")

    @property
    def state(self) -> str | None:
        return self._json.get("state")

    @property
    def user_id(self) -> str | None:
        return self._json.get("user_id")

    @property
    def viewed_at(self) -> str | None:
        return self._json.get("viewed_at")


from ..models.purchase import PurchaseJSON, PurchaseView  # noqa: E402

# value -> member of each open enum read above: its fast path (unknown values go through the class).
_FeedbackState_BY_VALUE = FeedbackState._value2member_map_
