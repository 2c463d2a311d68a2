from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewWrite")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "author",
        "score",
        "accepted",
        "cons",
        "custom_questions",
        "date",
        "external_id",
        "extract",
        "images",
        "order",
        "pros",
    }
)


@_attrs_define
class ReviewWrite:
    """Review data for creating or updating a review.

    Attributes:
        author (str): Public author name.
        score (int): Review score, 1 to 5.
        accepted (bool | None | Unset): Overrides manual moderation: true approves the review, false rejects it, null
            resets the moderation status to the default for a new review (the system decides).
        cons (list[str] | Unset): Negative points, one per item.
        custom_questions (CustomQuestions | Unset): Answers to the client's custom questions, keyed by question name
            (e.g. `{"fit": "small"}`). Which questions exist depends on the client's setup.
        date (str | Unset): Review date, for importing existing reviews.
        external_id (str | Unset): Your own ID for the review. If a review with this external ID already exists, it is
            updated instead of a new review being created.
        extract (str | Unset): The review text.
        images (list[ImageWrite] | Unset): Images, each one the result of an upload to the image API.
        order (ReviewOrder | Unset): The order the review is about, in the format of the v1/orders API but with a single
            order item.
        pros (list[str] | Unset): Positive points, one per item.
    """

    author: str
    score: int
    accepted: bool | None | Unset = UNSET
    cons: list[str] | Unset = UNSET
    custom_questions: CustomQuestions | Unset = UNSET
    date: str | Unset = UNSET
    external_id: str | Unset = UNSET
    extract: str | Unset = UNSET
    images: list[ImageWrite] | Unset = UNSET
    order: ReviewOrder | Unset = UNSET
    pros: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.author
        field_dict["author"] = value
        value = self.score
        field_dict["score"] = value
        value = self.accepted
        if value is not UNSET:
            field_dict["accepted"] = value
        value = self.cons
        if value is not UNSET:
            field_dict["cons"] = value
        value = self.custom_questions
        if value is not UNSET:
            field_dict["custom_questions"] = value.to_dict() if isinstance(value, CustomQuestions) else value
        value = self.date
        if value is not UNSET:
            field_dict["date"] = value
        value = self.external_id
        if value is not UNSET:
            field_dict["external_id"] = value
        value = self.extract
        if value is not UNSET:
            field_dict["extract"] = value
        value = self.images
        if value is not UNSET:
            field_dict["images"] = (
                [(item0.to_dict() if isinstance(item0, ImageWrite) else item0) for item0 in value]
                if isinstance(value, list)
                else value
            )
        value = self.order
        if value is not UNSET:
            field_dict["order"] = value.to_dict() if isinstance(value, ReviewOrder) else value
        value = self.pros
        if value is not UNSET:
            field_dict["pros"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.author = src_dict["author"]
        obj.score = src_dict["score"]
        obj.accepted = src_dict.get("accepted", UNSET)
        obj.cons = src_dict.get("cons", UNSET)
        value = src_dict.get("custom_questions", UNSET)
        if value is not UNSET:
            value = CustomQuestions.from_dict(value)

        obj.custom_questions = value
        obj.date = src_dict.get("date", UNSET)
        obj.external_id = src_dict.get("external_id", UNSET)
        obj.extract = src_dict.get("extract", UNSET)
        value = src_dict.get("images", UNSET)
        if value is not UNSET:
            value = list(map(ImageWrite.from_dict, value))

        obj.images = value
        value = src_dict.get("order", UNSET)
        if value is not UNSET:
            value = ReviewOrder.from_dict(value)

        obj.order = value
        obj.pros = src_dict.get("pros", UNSET)
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
from ..models.image_write import ImageWrite  # noqa: E402
from ..models.review_order import ReviewOrder  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = ReviewWrite.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# ReviewWrite as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
ReviewWriteJSON = TypedDict(
    "ReviewWriteJSON",
    {
        "author": "Required[str]",
        "score": "Required[int]",
        "accepted": "bool | None",
        "cons": "list[str]",
        "custom_questions": "CustomQuestionsJSON",
        "date": "str",
        "external_id": "str",
        "extract": "str",
        "images": "list[ImageWriteJSON]",
        "order": "ReviewOrderJSON",
        "pros": "list[str]",
    },
    total=False,
)


class ReviewWriteView:
    """Typed read access to the JSON of one ReviewWrite, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: ReviewWriteJSON) -> None:
        self._json = json

    @property
    def author(self) -> str | None:
        return self._json.get("author")

    @property
    def score(self) -> int | None:
        return self._json.get("score")

    @property
    def accepted(self) -> bool | None:
        return self._json.get("accepted")

    @property
    def cons(self) -> list[str] | None:
        return self._json.get("cons")

    @property
    def custom_questions(self) -> CustomQuestionsView | None:
        value = self._json.get("custom_questions")
        return CustomQuestionsView(value) if isinstance(value, dict) else None

    @property
    def date(self) -> str | None:
        return self._json.get("date")

    @property
    def external_id(self) -> str | None:
        return self._json.get("external_id")

    @property
    def extract(self) -> str | None:
        return self._json.get("extract")

    @property
    def images(self) -> list[ImageWriteJSON] | None:
        return self._json.get("images")

    @property
    def order(self) -> ReviewOrderView | None:
        value = self._json.get("order")
        return ReviewOrderView(value) if isinstance(value, dict) else None

    @property
    def pros(self) -> list[str] | None:
        return self._json.get("pros")


from ..models.custom_questions import CustomQuestionsJSON, CustomQuestionsView  # noqa: E402
from ..models.image_write import ImageWriteJSON  # noqa: E402
from ..models.review_order import ReviewOrderJSON, ReviewOrderView  # noqa: E402
