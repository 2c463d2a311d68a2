from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_type import ReviewType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Review")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "accepted",
        "accepted_at",
        "author",
        "author_email",
        "cons",
        "custom_questions",
        "customer_id",
        "date",
        "extract",
        "family_ids",
        "id",
        "images",
        "lang",
        "order_id",
        "portal_url",
        "product",
        "product_ids",
        "properties",
        "pros",
        "responses",
        "score",
        "score_max",
        "type",
        "updated_at",
        "verified_buyer",
        "verified_email",
        "votes_down",
        "votes_up",
    }
)


@_attrs_define
class Review:
    """A review as the API returns it, including unpublished ones and non-public data.

    Attributes:
        accepted (bool | None | Unset): Moderation result; true approved, false rejected, null not moderated yet.
        accepted_at (None | str | Unset): When the review was approved; null while it is not.
        author (None | str | Unset): Public author name.
        author_email (None | str | Unset): The author's e-mail address (not public).
        cons (list[str] | None | Unset): Negative points, one per item.
        custom_questions (CustomQuestions | None | Unset):
        customer_id (None | str | Unset): ID of the customer who wrote the review; null when unknown.
        date (None | str | Unset): Review date.
        extract (None | str | Unset): The review text.
        family_ids (list[str] | None | Unset): Product family IDs the review belongs to.
        id (None | str | Unset): The review's ID.
        images (list[Image] | None | Unset): Images attached to the review.
        lang (None | str | Unset): Language code of the review text (e.g. `en`).
        order_id (None | str | Unset): ID of the order the review was collected for; null when there is none.
        portal_url (None | str | Unset): Link to the review in the TestFreaks portal.
        product (None | str | Unset): Name of the reviewed product.
        product_ids (list[str] | None | Unset): Product IDs (SKUs) the review belongs to.
        properties (None | ReviewProperties | Unset):
        pros (list[str] | None | Unset): Positive points, one per item (a list, unlike the combined text of the public
            Display API, so that it matches the POST/PUT format).
        responses (list[ReviewReply] | None | Unset): Replies to the review. Their structure is not documented.
        score (int | None | Unset): The review's score, from 1 to `score_max`.
        score_max (int | None | Unset): Highest possible score (5).
        type_ (None | ReviewType | Unset): Kind of review (`customer` for reviews written by shoppers).
        updated_at (None | str | Unset): When the review was last changed.
        verified_buyer (bool | None | Unset): Whether the author is a verified buyer.
        verified_email (bool | None | Unset): Whether the author's e-mail address has been verified.
        votes_down (int | None | Unset): Number of "not helpful" votes.
        votes_up (int | None | Unset): Number of "helpful" votes.
    """

    accepted: bool | None | Unset = UNSET
    accepted_at: None | str | Unset = UNSET
    author: None | str | Unset = UNSET
    author_email: None | str | Unset = UNSET
    cons: list[str] | None | Unset = UNSET
    custom_questions: CustomQuestions | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    date: None | str | Unset = UNSET
    extract: None | str | Unset = UNSET
    family_ids: list[str] | None | Unset = UNSET
    id: None | str | Unset = UNSET
    images: list[Image] | None | Unset = UNSET
    lang: None | str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    portal_url: None | str | Unset = UNSET
    product: None | str | Unset = UNSET
    product_ids: list[str] | None | Unset = UNSET
    properties: None | ReviewProperties | Unset = UNSET
    pros: list[str] | None | Unset = UNSET
    responses: list[ReviewReply] | None | Unset = UNSET
    score: int | None | Unset = UNSET
    score_max: int | None | Unset = UNSET
    type_: None | ReviewType | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    verified_buyer: bool | None | Unset = UNSET
    verified_email: bool | None | Unset = UNSET
    votes_down: int | None | Unset = UNSET
    votes_up: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.accepted
        if value is not UNSET:
            field_dict["accepted"] = value
        value = self.accepted_at
        if value is not UNSET:
            field_dict["accepted_at"] = value
        value = self.author
        if value is not UNSET:
            field_dict["author"] = value
        value = self.author_email
        if value is not UNSET:
            field_dict["author_email"] = value
        value = self.cons
        if value is not UNSET:
            field_dict["cons"] = value
        value = self.custom_questions
        if value is not UNSET:
            field_dict["custom_questions"] = value.to_dict() if isinstance(value, CustomQuestions) else value
        value = self.customer_id
        if value is not UNSET:
            field_dict["customer_id"] = value
        value = self.date
        if value is not UNSET:
            field_dict["date"] = value
        value = self.extract
        if value is not UNSET:
            field_dict["extract"] = value
        value = self.family_ids
        if value is not UNSET:
            field_dict["family_ids"] = value
        value = self.id
        if value is not UNSET:
            field_dict["id"] = value
        value = self.images
        if value is not UNSET:
            field_dict["images"] = (
                (
                    [(item0.to_dict() if isinstance(item0, Image) else item0) for item0 in value]
                    if isinstance(value, list)
                    else value
                )
                if isinstance(value, list)
                else value
            )
        value = self.lang
        if value is not UNSET:
            field_dict["lang"] = value
        value = self.order_id
        if value is not UNSET:
            field_dict["order_id"] = value
        value = self.portal_url
        if value is not UNSET:
            field_dict["portal_url"] = value
        value = self.product
        if value is not UNSET:
            field_dict["product"] = value
        value = self.product_ids
        if value is not UNSET:
            field_dict["product_ids"] = value
        value = self.properties
        if value is not UNSET:
            field_dict["properties"] = value.to_dict() if isinstance(value, ReviewProperties) else value
        value = self.pros
        if value is not UNSET:
            field_dict["pros"] = value
        value = self.responses
        if value is not UNSET:
            field_dict["responses"] = (
                (
                    [(item0.to_dict() if isinstance(item0, ReviewReply) else item0) for item0 in value]
                    if isinstance(value, list)
                    else value
                )
                if isinstance(value, list)
                else value
            )
        value = self.score
        if value is not UNSET:
            field_dict["score"] = value
        value = self.score_max
        if value is not UNSET:
            field_dict["score_max"] = value
        value = self.type_
        if value is not UNSET:
            field_dict["type"] = value.value if isinstance(value, ReviewType) else value
        value = self.updated_at
        if value is not UNSET:
            field_dict["updated_at"] = value
        value = self.verified_buyer
        if value is not UNSET:
            field_dict["verified_buyer"] = value
        value = self.verified_email
        if value is not UNSET:
            field_dict["verified_email"] = value
        value = self.votes_down
        if value is not UNSET:
            field_dict["votes_down"] = value
        value = self.votes_up
        if value is not UNSET:
            field_dict["votes_up"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.accepted = src_dict.get("accepted", UNSET)
        obj.accepted_at = src_dict.get("accepted_at", UNSET)
        obj.author = src_dict.get("author", UNSET)
        obj.author_email = src_dict.get("author_email", UNSET)
        obj.cons = src_dict.get("cons", UNSET)
        value = src_dict.get("custom_questions", UNSET)
        if isinstance(value, dict):
            try:
                value = CustomQuestions.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.custom_questions = value
        obj.customer_id = src_dict.get("customer_id", UNSET)
        obj.date = src_dict.get("date", UNSET)
        obj.extract = src_dict.get("extract", UNSET)
        obj.family_ids = src_dict.get("family_ids", UNSET)
        obj.id = src_dict.get("id", UNSET)
        value = src_dict.get("images", UNSET)
        if isinstance(value, list):
            try:
                value = list(map(Image.from_dict, value))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.images = value
        obj.lang = src_dict.get("lang", UNSET)
        obj.order_id = src_dict.get("order_id", UNSET)
        obj.portal_url = src_dict.get("portal_url", UNSET)
        obj.product = src_dict.get("product", UNSET)
        obj.product_ids = src_dict.get("product_ids", UNSET)
        value = src_dict.get("properties", UNSET)
        if isinstance(value, dict):
            try:
                value = ReviewProperties.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.properties = value
        obj.pros = src_dict.get("pros", UNSET)
        value = src_dict.get("responses", UNSET)
        if isinstance(value, list):
            try:
                value = list(map(ReviewReply.from_dict, value))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.responses = value
        obj.score = src_dict.get("score", UNSET)
        obj.score_max = src_dict.get("score_max", UNSET)
        value = src_dict.get("type", UNSET)
        if isinstance(value, str):
            try:
                value = _ReviewType_BY_VALUE.get(value) or ReviewType(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.type_ = value
        obj.updated_at = src_dict.get("updated_at", UNSET)
        obj.verified_buyer = src_dict.get("verified_buyer", UNSET)
        obj.verified_email = src_dict.get("verified_email", UNSET)
        obj.votes_down = src_dict.get("votes_down", UNSET)
        obj.votes_up = src_dict.get("votes_up", UNSET)
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
from ..models.custom_questions import CustomQuestions  # noqa: E402
from ..models.image import Image  # noqa: E402
from ..models.review_properties import ReviewProperties  # noqa: E402
from ..models.review_reply import ReviewReply  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = Review.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# Review as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
ReviewJSON = TypedDict(
    "ReviewJSON",
    {
        "accepted": "bool | None",
        "accepted_at": "str | None",
        "author": "str | None",
        "author_email": "str | None",
        "cons": "list[str] | None",
        "custom_questions": "CustomQuestionsJSON | None",
        "customer_id": "str | None",
        "date": "str | None",
        "extract": "str | None",
        "family_ids": "list[str] | None",
        "id": "str | None",
        "images": "list[ImageJSON] | None",
        "lang": "str | None",
        "order_id": "str | None",
        "portal_url": "str | None",
        "product": "str | None",
        "product_ids": "list[str] | None",
        "properties": "ReviewPropertiesJSON | None",
        "pros": "list[str] | None",
        "responses": "list[ReviewReplyJSON] | None",
        "score": "int | None",
        "score_max": "int | None",
        "type": "str | None",
        "updated_at": "str | None",
        "verified_buyer": "bool | None",
        "verified_email": "bool | None",
        "votes_down": "int | None",
        "votes_up": "int | None",
    },
    total=False,
)


class ReviewView:
    """Typed read access to the JSON of one Review, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: ReviewJSON) -> None:
        self._json = json

    @property
    def accepted(self) -> bool | None:
        return self._json.get("accepted")

    @property
    def accepted_at(self) -> str | None:
        return self._json.get("accepted_at")

    @property
    def author(self) -> str | None:
        return self._json.get("author")

    @property
    def author_email(self) -> str | None:
        return self._json.get("author_email")

    @property
    def cons(self) -> list[str] | None:
        return self._json.get("cons")

    @property
    def custom_questions(self) -> CustomQuestionsView | None:
        value = self._json.get("custom_questions")
        return CustomQuestionsView(value) if isinstance(value, dict) else None

    @property
    def customer_id(self) -> str | None:
        return self._json.get("customer_id")

    @property
    def date(self) -> str | None:
        return self._json.get("date")

    @property
    def extract(self) -> str | None:
        return self._json.get("extract")

    @property
    def family_ids(self) -> list[str] | None:
        return self._json.get("family_ids")

    @property
    def id(self) -> str | None:
        return self._json.get("id")

    @property
    def images(self) -> list[ImageJSON] | None:
        return self._json.get("images")

    @property
    def lang(self) -> str | None:
        return self._json.get("lang")

    @property
    def order_id(self) -> str | None:
        return self._json.get("order_id")

    @property
    def portal_url(self) -> str | None:
        return self._json.get("portal_url")

    @property
    def product(self) -> str | None:
        return self._json.get("product")

    @property
    def product_ids(self) -> list[str] | None:
        return self._json.get("product_ids")

    @property
    def properties(self) -> ReviewPropertiesView | None:
        value = self._json.get("properties")
        return ReviewPropertiesView(value) if isinstance(value, dict) else None

    @property
    def pros(self) -> list[str] | None:
        return self._json.get("pros")

    @property
    def responses(self) -> list[ReviewReplyJSON] | None:
        return self._json.get("responses")

    @property
    def score(self) -> int | None:
        return self._json.get("score")

    @property
    def score_max(self) -> int | None:
        return self._json.get("score_max")

    @property
    def type_(self) -> str | None:
        return self._json.get("type")

    @property
    def updated_at(self) -> str | None:
        return self._json.get("updated_at")

    @property
    def verified_buyer(self) -> bool | None:
        return self._json.get("verified_buyer")

    @property
    def verified_email(self) -> bool | None:
        return self._json.get("verified_email")

    @property
    def votes_down(self) -> int | None:
        return self._json.get("votes_down")

    @property
    def votes_up(self) -> int | None:
        return self._json.get("votes_up")


from ..models.custom_questions import CustomQuestionsJSON, CustomQuestionsView  # noqa: E402
from ..models.image import ImageJSON  # noqa: E402
from ..models.review_properties import ReviewPropertiesJSON, ReviewPropertiesView  # noqa: E402
from ..models.review_reply import ReviewReplyJSON  # noqa: E402

# value -> member of each open enum read above: its fast path (unknown values go through the class).
_ReviewType_BY_VALUE = ReviewType._value2member_map_
