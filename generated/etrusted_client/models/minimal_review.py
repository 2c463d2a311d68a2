from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_state import ReviewState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.customer_review_reply import CustomerReviewReply
    from ..models.minimal_review_state_type_1 import MinimalReviewStateType1
    from ..models.product import Product


T = TypeVar("T", bound="MinimalReview")


@_attrs_define
class MinimalReview:
    """A review with fewer members (as listed by `getMinimalReviews`).

    Attributes:
        channel_ref (None | str | Unset): ID of the channel the review belongs to.
        comment (None | str | Unset): Text of the review.
        customer (Customer | None | Unset): The customer who wrote the review.
        edited_at (None | str | Unset): When the consumer last edited the review. Absent when the review was never
            edited.
        has_attachments (bool | None | Unset): Whether files (such as images) are attached to the review.
        id (None | str | Unset): The review ID.
        product (None | Product | Unset): The reviewed product (product reviews).
        rating (float | None | Unset): The star rating, 1.0 to 5.0; null when the reviewer gave none.
        reply (CustomerReviewReply | None | Unset): The channel owner's reply; null or absent when there is none.
        state (MinimalReviewStateType1 | None | ReviewState | Unset): State of the review when the request was processed
            (see ReviewState).
        submitted_at (None | str | Unset): When the reviewer submitted the review.
        title (None | str | Unset): Headline of the review.
    """

    channel_ref: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    edited_at: None | str | Unset = UNSET
    has_attachments: bool | None | Unset = UNSET
    id: None | str | Unset = UNSET
    product: None | Product | Unset = UNSET
    rating: float | None | Unset = UNSET
    reply: CustomerReviewReply | None | Unset = UNSET
    state: MinimalReviewStateType1 | None | ReviewState | Unset = UNSET
    submitted_at: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.customer_review_reply import CustomerReviewReply  # noqa: PLC0415
        from ..models.minimal_review_state_type_1 import MinimalReviewStateType1  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415

        channel_ref: None | str | Unset
        if isinstance(self.channel_ref, Unset):
            channel_ref = UNSET
        else:
            channel_ref = self.channel_ref

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        edited_at: None | str | Unset
        if isinstance(self.edited_at, Unset):
            edited_at = UNSET
        else:
            edited_at = self.edited_at

        has_attachments: bool | None | Unset
        if isinstance(self.has_attachments, Unset):
            has_attachments = UNSET
        else:
            has_attachments = self.has_attachments

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, Product):
            product = self.product.to_dict()
        else:
            product = self.product

        rating: float | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        reply: dict[str, Any] | None | Unset
        if isinstance(self.reply, Unset):
            reply = UNSET
        elif isinstance(self.reply, CustomerReviewReply):
            reply = self.reply.to_dict()
        else:
            reply = self.reply

        state: dict[str, Any] | None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ReviewState):
            state = self.state.value
        elif isinstance(self.state, MinimalReviewStateType1):
            state = self.state.to_dict()
        else:
            state = self.state

        submitted_at: None | str | Unset
        if isinstance(self.submitted_at, Unset):
            submitted_at = UNSET
        else:
            submitted_at = self.submitted_at

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_ref is not UNSET:
            field_dict["channelRef"] = channel_ref
        if comment is not UNSET:
            field_dict["comment"] = comment
        if customer is not UNSET:
            field_dict["customer"] = customer
        if edited_at is not UNSET:
            field_dict["editedAt"] = edited_at
        if has_attachments is not UNSET:
            field_dict["hasAttachments"] = has_attachments
        if id is not UNSET:
            field_dict["id"] = id
        if product is not UNSET:
            field_dict["product"] = product
        if rating is not UNSET:
            field_dict["rating"] = rating
        if reply is not UNSET:
            field_dict["reply"] = reply
        if state is not UNSET:
            field_dict["state"] = state
        if submitted_at is not UNSET:
            field_dict["submittedAt"] = submitted_at
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.customer_review_reply import CustomerReviewReply  # noqa: PLC0415
        from ..models.minimal_review_state_type_1 import MinimalReviewStateType1  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_channel_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel_ref = _parse_channel_ref(d.pop("channelRef", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_customer(data: object) -> Customer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = Customer.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_edited_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        edited_at = _parse_edited_at(d.pop("editedAt", UNSET))

        def _parse_has_attachments(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_attachments = _parse_has_attachments(d.pop("hasAttachments", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_product(data: object) -> None | Product | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = Product.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Product | Unset, data)

        product = _parse_product(d.pop("product", UNSET))

        def _parse_rating(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        def _parse_reply(data: object) -> CustomerReviewReply | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reply_type_0 = CustomerReviewReply.from_dict(data)

                return reply_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerReviewReply | None | Unset, data)

        reply = _parse_reply(d.pop("reply", UNSET))

        def _parse_state(data: object) -> MinimalReviewStateType1 | None | ReviewState | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = ReviewState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_1 = MinimalReviewStateType1.from_dict(data)

                return state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MinimalReviewStateType1 | None | ReviewState | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_submitted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        submitted_at = _parse_submitted_at(d.pop("submittedAt", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        minimal_review = cls(
            channel_ref=channel_ref,
            comment=comment,
            customer=customer,
            edited_at=edited_at,
            has_attachments=has_attachments,
            id=id,
            product=product,
            rating=rating,
            reply=reply,
            state=state,
            submitted_at=submitted_at,
            title=title,
        )

        minimal_review.additional_properties = d
        return minimal_review

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
