from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_attribution import BranchAttribution
    from ..models.fast_response import FastResponse
    from ..models.question_response import QuestionResponse
    from ..models.reviewer import Reviewer


T = TypeVar("T", bound="CustomerExperienceReviewDetail")


@_attrs_define
class CustomerExperienceReviewDetail:
    """A single customer experience review, usually with its identifier.

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
        id (int | None | str | Unset): Identifier of the review.
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
    id: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.branch_attribution import BranchAttribution  # noqa: PLC0415
        from ..models.reviewer import Reviewer  # noqa: PLC0415

        branch_attribution: dict[str, Any] | None | str | Unset
        if isinstance(self.branch_attribution, Unset):
            branch_attribution = UNSET
        elif isinstance(self.branch_attribution, BranchAttribution):
            branch_attribution = self.branch_attribution.to_dict()
        else:
            branch_attribution = self.branch_attribution

        confirmed_purchaser_text: None | str | Unset
        if isinstance(self.confirmed_purchaser_text, Unset):
            confirmed_purchaser_text = UNSET
        else:
            confirmed_purchaser_text = self.confirmed_purchaser_text

        customer_ref: None | str | Unset
        if isinstance(self.customer_ref, Unset):
            customer_ref = UNSET
        else:
            customer_ref = self.customer_ref

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        else:
            delivery_date = self.delivery_date

        fast_responses: list[dict[str, Any]] | None | Unset
        if isinstance(self.fast_responses, Unset):
            fast_responses = UNSET
        elif isinstance(self.fast_responses, list):
            fast_responses = []
            for fast_responses_type_0_item_data in self.fast_responses:
                fast_responses_type_0_item = fast_responses_type_0_item_data.to_dict()
                fast_responses.append(fast_responses_type_0_item)

        else:
            fast_responses = self.fast_responses

        nps_score: int | None | Unset
        if isinstance(self.nps_score, Unset):
            nps_score = UNSET
        else:
            nps_score = self.nps_score

        order_ref: None | str | Unset
        if isinstance(self.order_ref, Unset):
            order_ref = UNSET
        else:
            order_ref = self.order_ref

        publish_date: None | str | Unset
        if isinstance(self.publish_date, Unset):
            publish_date = UNSET
        else:
            publish_date = self.publish_date

        purchase_date: None | str | Unset
        if isinstance(self.purchase_date, Unset):
            purchase_date = UNSET
        else:
            purchase_date = self.purchase_date

        responses: list[dict[str, Any]] | None | Unset
        if isinstance(self.responses, Unset):
            responses = UNSET
        elif isinstance(self.responses, list):
            responses = []
            for responses_type_0_item_data in self.responses:
                responses_type_0_item = responses_type_0_item_data.to_dict()
                responses.append(responses_type_0_item)

        else:
            responses = self.responses

        reviewer: dict[str, Any] | None | Unset
        if isinstance(self.reviewer, Unset):
            reviewer = UNSET
        elif isinstance(self.reviewer, Reviewer):
            reviewer = self.reviewer.to_dict()
        else:
            reviewer = self.reviewer

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch_attribution is not UNSET:
            field_dict["branch_attribution"] = branch_attribution
        if confirmed_purchaser_text is not UNSET:
            field_dict["confirmed_purchaser_text"] = confirmed_purchaser_text
        if customer_ref is not UNSET:
            field_dict["customer_ref"] = customer_ref
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        if fast_responses is not UNSET:
            field_dict["fast_responses"] = fast_responses
        if nps_score is not UNSET:
            field_dict["nps_score"] = nps_score
        if order_ref is not UNSET:
            field_dict["order_ref"] = order_ref
        if publish_date is not UNSET:
            field_dict["publish_date"] = publish_date
        if purchase_date is not UNSET:
            field_dict["purchase_date"] = purchase_date
        if responses is not UNSET:
            field_dict["responses"] = responses
        if reviewer is not UNSET:
            field_dict["reviewer"] = reviewer
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.branch_attribution import BranchAttribution  # noqa: PLC0415
        from ..models.fast_response import FastResponse  # noqa: PLC0415
        from ..models.question_response import QuestionResponse  # noqa: PLC0415
        from ..models.reviewer import Reviewer  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_branch_attribution(data: object) -> BranchAttribution | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                branch_attribution_type_0 = BranchAttribution.from_dict(data)

                return branch_attribution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BranchAttribution | None | str | Unset, data)

        branch_attribution = _parse_branch_attribution(d.pop("branch_attribution", UNSET))

        def _parse_confirmed_purchaser_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        confirmed_purchaser_text = _parse_confirmed_purchaser_text(d.pop("confirmed_purchaser_text", UNSET))

        def _parse_customer_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_ref = _parse_customer_ref(d.pop("customer_ref", UNSET))

        def _parse_delivery_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_date = _parse_delivery_date(d.pop("delivery_date", UNSET))

        def _parse_fast_responses(data: object) -> list[FastResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fast_responses_type_0 = []
                _fast_responses_type_0 = data
                for fast_responses_type_0_item_data in _fast_responses_type_0:
                    fast_responses_type_0_item = FastResponse.from_dict(fast_responses_type_0_item_data)

                    fast_responses_type_0.append(fast_responses_type_0_item)

                return fast_responses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FastResponse] | None | Unset, data)

        fast_responses = _parse_fast_responses(d.pop("fast_responses", UNSET))

        def _parse_nps_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nps_score = _parse_nps_score(d.pop("nps_score", UNSET))

        def _parse_order_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_ref = _parse_order_ref(d.pop("order_ref", UNSET))

        def _parse_publish_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publish_date = _parse_publish_date(d.pop("publish_date", UNSET))

        def _parse_purchase_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_date = _parse_purchase_date(d.pop("purchase_date", UNSET))

        def _parse_responses(data: object) -> list[QuestionResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                responses_type_0 = []
                _responses_type_0 = data
                for responses_type_0_item_data in _responses_type_0:
                    responses_type_0_item = QuestionResponse.from_dict(responses_type_0_item_data)

                    responses_type_0.append(responses_type_0_item)

                return responses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QuestionResponse] | None | Unset, data)

        responses = _parse_responses(d.pop("responses", UNSET))

        def _parse_reviewer(data: object) -> None | Reviewer | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reviewer_type_0 = Reviewer.from_dict(data)

                return reviewer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Reviewer | Unset, data)

        reviewer = _parse_reviewer(d.pop("reviewer", UNSET))

        def _parse_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        customer_experience_review_detail = cls(
            branch_attribution=branch_attribution,
            confirmed_purchaser_text=confirmed_purchaser_text,
            customer_ref=customer_ref,
            delivery_date=delivery_date,
            fast_responses=fast_responses,
            nps_score=nps_score,
            order_ref=order_ref,
            publish_date=publish_date,
            purchase_date=purchase_date,
            responses=responses,
            reviewer=reviewer,
            id=id,
        )

        customer_experience_review_detail.additional_properties = d
        return customer_experience_review_detail

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
