from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_questions import CustomQuestions
    from ..models.image_write import ImageWrite
    from ..models.review_order import ReviewOrder


T = TypeVar("T", bound="ReviewWrite")


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
        author = self.author

        score = self.score

        accepted: bool | None | Unset
        if isinstance(self.accepted, Unset):
            accepted = UNSET
        else:
            accepted = self.accepted

        cons: list[str] | Unset = UNSET
        if not isinstance(self.cons, Unset):
            cons = self.cons

        custom_questions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_questions, Unset):
            custom_questions = self.custom_questions.to_dict()

        date = self.date

        external_id = self.external_id

        extract = self.extract

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        pros: list[str] | Unset = UNSET
        if not isinstance(self.pros, Unset):
            pros = self.pros

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author": author,
                "score": score,
            }
        )
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if cons is not UNSET:
            field_dict["cons"] = cons
        if custom_questions is not UNSET:
            field_dict["custom_questions"] = custom_questions
        if date is not UNSET:
            field_dict["date"] = date
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if extract is not UNSET:
            field_dict["extract"] = extract
        if images is not UNSET:
            field_dict["images"] = images
        if order is not UNSET:
            field_dict["order"] = order
        if pros is not UNSET:
            field_dict["pros"] = pros

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_questions import CustomQuestions  # noqa: PLC0415
        from ..models.image_write import ImageWrite  # noqa: PLC0415
        from ..models.review_order import ReviewOrder  # noqa: PLC0415

        d = dict(src_dict)
        author = d.pop("author")

        score = d.pop("score")

        def _parse_accepted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        accepted = _parse_accepted(d.pop("accepted", UNSET))

        cons = cast(list[str], d.pop("cons", UNSET))

        _custom_questions = d.pop("custom_questions", UNSET)
        custom_questions: CustomQuestions | Unset
        if isinstance(_custom_questions, Unset):
            custom_questions = UNSET
        else:
            custom_questions = CustomQuestions.from_dict(_custom_questions)

        date = d.pop("date", UNSET)

        external_id = d.pop("external_id", UNSET)

        extract = d.pop("extract", UNSET)

        _images = d.pop("images", UNSET)
        images: list[ImageWrite] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = ImageWrite.from_dict(images_item_data)

                images.append(images_item)

        _order = d.pop("order", UNSET)
        order: ReviewOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = ReviewOrder.from_dict(_order)

        pros = cast(list[str], d.pop("pros", UNSET))

        review_write = cls(
            author=author,
            score=score,
            accepted=accepted,
            cons=cons,
            custom_questions=custom_questions,
            date=date,
            external_id=external_id,
            extract=extract,
            images=images,
            order=order,
            pros=pros,
        )

        review_write.additional_properties = d
        return review_write

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
