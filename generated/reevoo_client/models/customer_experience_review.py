from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerExperienceReview")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "branch_attribution",
        "confirmed_purchaser_text",
        "customer_ref",
        "delivery_date",
        "fast_responses",
        "nps_score",
        "order_ref",
        "publish_date",
        "purchase_date",
        "responses",
        "reviewer",
    }
)


@_attrs_define
class CustomerExperienceReview:
    """A published review of the shopping experience with a retailer, as it appears in a list
    (no `id`).

        Attributes:
            branch_attribution (BranchAttribution | None | str | Unset): Branch the review is attributed to, if any. Shape
                not documented.
            confirmed_purchaser_text (None | str | Unset): Label shown when the reviewer is a confirmed purchaser, e.g.
                "Confirmed purchaser".
            customer_ref (None | str | Unset): The retailer's own reference of the customer.
            delivery_date (None | str | Unset): Date the order was delivered (YYYY-MM-DD).
            fast_responses (list[FastResponse] | None | Unset): Replies the retailer posted to the review.
            nps_score (int | None | Unset): Net Promoter Score the reviewer gave, 0 to 10.
            order_ref (None | str | Unset): The retailer's own reference of the order.
            publish_date (None | str | Unset): Date the review was published (YYYY-MM-DD).
            purchase_date (None | str | Unset): Date of the purchase the review is about (YYYY-MM-DD).
            responses (list[QuestionResponse] | None | Unset): The reviewer's answers to the review questions, one entry per
                question, identified by
                `display_key`.
            reviewer (None | Reviewer | Unset):
    """

    branch_attribution: BranchAttribution | None | str | Unset = UNSET
    confirmed_purchaser_text: None | str | Unset = UNSET
    customer_ref: None | str | Unset = UNSET
    delivery_date: None | str | Unset = UNSET
    fast_responses: list[FastResponse] | None | Unset = UNSET
    nps_score: int | None | Unset = UNSET
    order_ref: None | str | Unset = UNSET
    publish_date: None | str | Unset = UNSET
    purchase_date: None | str | Unset = UNSET
    responses: list[QuestionResponse] | None | Unset = UNSET
    reviewer: None | Reviewer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.branch_attribution
        if value is not UNSET:
            field_dict["branch_attribution"] = value.to_dict() if isinstance(value, BranchAttribution) else value
        value = self.confirmed_purchaser_text
        if value is not UNSET:
            field_dict["confirmed_purchaser_text"] = value
        value = self.customer_ref
        if value is not UNSET:
            field_dict["customer_ref"] = value
        value = self.delivery_date
        if value is not UNSET:
            field_dict["delivery_date"] = value
        value = self.fast_responses
        if value is not UNSET:
            field_dict["fast_responses"] = (
                (
                    [(item0.to_dict() if isinstance(item0, FastResponse) else item0) for item0 in value]
                    if isinstance(value, list)
                    else value
                )
                if isinstance(value, list)
                else value
            )
        value = self.nps_score
        if value is not UNSET:
            field_dict["nps_score"] = value
        value = self.order_ref
        if value is not UNSET:
            field_dict["order_ref"] = value
        value = self.publish_date
        if value is not UNSET:
            field_dict["publish_date"] = value
        value = self.purchase_date
        if value is not UNSET:
            field_dict["purchase_date"] = value
        value = self.responses
        if value is not UNSET:
            field_dict["responses"] = (
                (
                    [(item0.to_dict() if isinstance(item0, QuestionResponse) else item0) for item0 in value]
                    if isinstance(value, list)
                    else value
                )
                if isinstance(value, list)
                else value
            )
        value = self.reviewer
        if value is not UNSET:
            field_dict["reviewer"] = value.to_dict() if isinstance(value, Reviewer) else value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        value = src_dict.get("branch_attribution", UNSET)
        if isinstance(value, dict):
            try:
                value = BranchAttribution.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.branch_attribution = value
        obj.confirmed_purchaser_text = src_dict.get("confirmed_purchaser_text", UNSET)
        obj.customer_ref = src_dict.get("customer_ref", UNSET)
        obj.delivery_date = src_dict.get("delivery_date", UNSET)
        value = src_dict.get("fast_responses", UNSET)
        if isinstance(value, list):
            try:
                value = list(map(FastResponse.from_dict, value))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.fast_responses = value
        obj.nps_score = src_dict.get("nps_score", UNSET)
        obj.order_ref = src_dict.get("order_ref", UNSET)
        obj.publish_date = src_dict.get("publish_date", UNSET)
        obj.purchase_date = src_dict.get("purchase_date", UNSET)
        value = src_dict.get("responses", UNSET)
        if isinstance(value, list):
            try:
                value = list(map(QuestionResponse.from_dict, value))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.responses = value
        value = src_dict.get("reviewer", UNSET)
        if isinstance(value, dict):
            try:
                value = Reviewer.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.reviewer = value
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
from ..models.branch_attribution import BranchAttribution  # noqa: E402
from ..models.fast_response import FastResponse  # noqa: E402
from ..models.question_response import QuestionResponse  # noqa: E402
from ..models.reviewer import Reviewer  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = CustomerExperienceReview.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# CustomerExperienceReview as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
CustomerExperienceReviewJSON = TypedDict(
    "CustomerExperienceReviewJSON",
    {
        "branch_attribution": "BranchAttributionJSON | str | None",
        "confirmed_purchaser_text": "str | None",
        "customer_ref": "str | None",
        "delivery_date": "str | None",
        "fast_responses": "list[FastResponseJSON] | None",
        "nps_score": "int | None",
        "order_ref": "str | None",
        "publish_date": "str | None",
        "purchase_date": "str | None",
        "responses": "list[QuestionResponseJSON] | None",
        "reviewer": "ReviewerJSON | None",
    },
    total=False,
)


class CustomerExperienceReviewView:
    """Typed read access to the JSON of one CustomerExperienceReview, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: CustomerExperienceReviewJSON) -> None:
        self._json = json

    @property
    def branch_attribution(self) -> BranchAttributionJSON | str | None:
        return self._json.get("branch_attribution")

    @property
    def confirmed_purchaser_text(self) -> str | None:
        return self._json.get("confirmed_purchaser_text")

    @property
    def customer_ref(self) -> str | None:
        return self._json.get("customer_ref")

    @property
    def delivery_date(self) -> str | None:
        return self._json.get("delivery_date")

    @property
    def fast_responses(self) -> list[FastResponseJSON] | None:
        return self._json.get("fast_responses")

    @property
    def nps_score(self) -> int | None:
        return self._json.get("nps_score")

    @property
    def order_ref(self) -> str | None:
        return self._json.get("order_ref")

    @property
    def publish_date(self) -> str | None:
        return self._json.get("publish_date")

    @property
    def purchase_date(self) -> str | None:
        return self._json.get("purchase_date")

    @property
    def responses(self) -> list[QuestionResponseJSON] | None:
        return self._json.get("responses")

    @property
    def reviewer(self) -> ReviewerView | None:
        value = self._json.get("reviewer")
        return ReviewerView(value) if isinstance(value, dict) else None


from ..models.branch_attribution import BranchAttributionJSON  # noqa: E402
from ..models.fast_response import FastResponseJSON  # noqa: E402
from ..models.question_response import QuestionResponseJSON  # noqa: E402
from ..models.reviewer import ReviewerJSON, ReviewerView  # noqa: E402
