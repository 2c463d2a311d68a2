from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_state import ReviewState
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimalReview")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "channelRef",
        "comment",
        "customer",
        "editedAt",
        "hasAttachments",
        "id",
        "product",
        "rating",
        "reply",
        "state",
        "submittedAt",
        "title",
    }
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.channel_ref
        if value is not UNSET:
            field_dict["channelRef"] = value
        value = self.comment
        if value is not UNSET:
            field_dict["comment"] = value
        value = self.customer
        if value is not UNSET:
            field_dict["customer"] = value.to_dict() if isinstance(value, Customer) else value
        value = self.edited_at
        if value is not UNSET:
            field_dict["editedAt"] = value
        value = self.has_attachments
        if value is not UNSET:
            field_dict["hasAttachments"] = value
        value = self.id
        if value is not UNSET:
            field_dict["id"] = value
        value = self.product
        if value is not UNSET:
            field_dict["product"] = value.to_dict() if isinstance(value, Product) else value
        value = self.rating
        if value is not UNSET:
            field_dict["rating"] = value
        value = self.reply
        if value is not UNSET:
            field_dict["reply"] = value.to_dict() if isinstance(value, CustomerReviewReply) else value
        value = self.state
        if value is not UNSET:
            field_dict["state"] = (
                value.value
                if isinstance(value, ReviewState)
                else (value.to_dict() if isinstance(value, MinimalReviewStateType1) else value)
            )
        value = self.submitted_at
        if value is not UNSET:
            field_dict["submittedAt"] = value
        value = self.title
        if value is not UNSET:
            field_dict["title"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.channel_ref = src_dict.get("channelRef", UNSET)
        obj.comment = src_dict.get("comment", UNSET)
        value = src_dict.get("customer", UNSET)
        if isinstance(value, dict):
            try:
                value = Customer.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.customer = value
        obj.edited_at = src_dict.get("editedAt", UNSET)
        obj.has_attachments = src_dict.get("hasAttachments", UNSET)
        obj.id = src_dict.get("id", UNSET)
        value = src_dict.get("product", UNSET)
        if isinstance(value, dict):
            try:
                value = Product.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.product = value
        obj.rating = src_dict.get("rating", UNSET)
        value = src_dict.get("reply", UNSET)
        if isinstance(value, dict):
            try:
                value = CustomerReviewReply.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.reply = value
        value = src_dict.get("state", UNSET)
        if isinstance(value, str):
            try:
                value = _ReviewState_BY_VALUE.get(value) or ReviewState(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback
        elif isinstance(value, dict):
            try:
                value = MinimalReviewStateType1.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.state = value
        obj.submitted_at = src_dict.get("submittedAt", UNSET)
        obj.title = src_dict.get("title", UNSET)
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
from ..models.customer import Customer  # noqa: E402
from ..models.customer_review_reply import CustomerReviewReply  # noqa: E402
from ..models.minimal_review_state_type_1 import MinimalReviewStateType1  # noqa: E402
from ..models.product import Product  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = MinimalReview.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# MinimalReview as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
MinimalReviewJSON = TypedDict(
    "MinimalReviewJSON",
    {
        "channelRef": "str | None",
        "comment": "str | None",
        "customer": "CustomerJSON | None",
        "editedAt": "str | None",
        "hasAttachments": "bool | None",
        "id": "str | None",
        "product": "ProductJSON | None",
        "rating": "float | None",
        "reply": "CustomerReviewReplyJSON | None",
        "state": "str | MinimalReviewStateType1JSON | None",
        "submittedAt": "str | None",
        "title": "str | None",
    },
    total=False,
)


class MinimalReviewView:
    """Typed read access to the JSON of one MinimalReview, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: MinimalReviewJSON) -> None:
        self._json = json

    @property
    def channel_ref(self) -> str | None:
        return self._json.get("channelRef")

    @property
    def comment(self) -> str | None:
        return self._json.get("comment")

    @property
    def customer(self) -> CustomerView | None:
        value = self._json.get("customer")
        return CustomerView(value) if isinstance(value, dict) else None

    @property
    def edited_at(self) -> str | None:
        return self._json.get("editedAt")

    @property
    def has_attachments(self) -> bool | None:
        return self._json.get("hasAttachments")

    @property
    def id(self) -> str | None:
        return self._json.get("id")

    @property
    def product(self) -> ProductView | None:
        value = self._json.get("product")
        return ProductView(value) if isinstance(value, dict) else None

    @property
    def rating(self) -> float | None:
        return self._json.get("rating")

    @property
    def reply(self) -> CustomerReviewReplyView | None:
        value = self._json.get("reply")
        return CustomerReviewReplyView(value) if isinstance(value, dict) else None

    @property
    def state(self) -> str | MinimalReviewStateType1JSON | None:
        return self._json.get("state")

    @property
    def submitted_at(self) -> str | None:
        return self._json.get("submittedAt")

    @property
    def title(self) -> str | None:
        return self._json.get("title")


from ..models.customer import CustomerJSON, CustomerView  # noqa: E402
from ..models.customer_review_reply import (  # noqa: E402
    CustomerReviewReplyJSON,
    CustomerReviewReplyView,
)
from ..models.minimal_review_state_type_1 import (  # noqa: E402
    MinimalReviewStateType1JSON,
)
from ..models.product import ProductJSON, ProductView  # noqa: E402

# value -> member of each open enum read above: its fast path (unknown values go through the class).
_ReviewState_BY_VALUE = ReviewState._value2member_map_
