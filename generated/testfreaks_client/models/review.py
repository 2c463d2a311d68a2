from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_type import ReviewType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_questions import CustomQuestions
    from ..models.image import Image
    from ..models.review_properties import ReviewProperties
    from ..models.review_reply import ReviewReply


T = TypeVar("T", bound="Review")


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
        from ..models.custom_questions import CustomQuestions  # noqa: PLC0415
        from ..models.review_properties import ReviewProperties  # noqa: PLC0415

        accepted: bool | None | Unset
        if isinstance(self.accepted, Unset):
            accepted = UNSET
        else:
            accepted = self.accepted

        accepted_at: None | str | Unset
        if isinstance(self.accepted_at, Unset):
            accepted_at = UNSET
        else:
            accepted_at = self.accepted_at

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        author_email: None | str | Unset
        if isinstance(self.author_email, Unset):
            author_email = UNSET
        else:
            author_email = self.author_email

        cons: list[str] | None | Unset
        if isinstance(self.cons, Unset):
            cons = UNSET
        elif isinstance(self.cons, list):
            cons = self.cons

        else:
            cons = self.cons

        custom_questions: dict[str, Any] | None | Unset
        if isinstance(self.custom_questions, Unset):
            custom_questions = UNSET
        elif isinstance(self.custom_questions, CustomQuestions):
            custom_questions = self.custom_questions.to_dict()
        else:
            custom_questions = self.custom_questions

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        extract: None | str | Unset
        if isinstance(self.extract, Unset):
            extract = UNSET
        else:
            extract = self.extract

        family_ids: list[str] | None | Unset
        if isinstance(self.family_ids, Unset):
            family_ids = UNSET
        elif isinstance(self.family_ids, list):
            family_ids = self.family_ids

        else:
            family_ids = self.family_ids

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        images: list[dict[str, Any]] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = []
            for images_type_0_item_data in self.images:
                images_type_0_item = images_type_0_item_data.to_dict()
                images.append(images_type_0_item)

        else:
            images = self.images

        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        portal_url: None | str | Unset
        if isinstance(self.portal_url, Unset):
            portal_url = UNSET
        else:
            portal_url = self.portal_url

        product: None | str | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        else:
            product = self.product

        product_ids: list[str] | None | Unset
        if isinstance(self.product_ids, Unset):
            product_ids = UNSET
        elif isinstance(self.product_ids, list):
            product_ids = self.product_ids

        else:
            product_ids = self.product_ids

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, ReviewProperties):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        pros: list[str] | None | Unset
        if isinstance(self.pros, Unset):
            pros = UNSET
        elif isinstance(self.pros, list):
            pros = self.pros

        else:
            pros = self.pros

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

        score: int | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        score_max: int | None | Unset
        if isinstance(self.score_max, Unset):
            score_max = UNSET
        else:
            score_max = self.score_max

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ReviewType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        verified_buyer: bool | None | Unset
        if isinstance(self.verified_buyer, Unset):
            verified_buyer = UNSET
        else:
            verified_buyer = self.verified_buyer

        verified_email: bool | None | Unset
        if isinstance(self.verified_email, Unset):
            verified_email = UNSET
        else:
            verified_email = self.verified_email

        votes_down: int | None | Unset
        if isinstance(self.votes_down, Unset):
            votes_down = UNSET
        else:
            votes_down = self.votes_down

        votes_up: int | None | Unset
        if isinstance(self.votes_up, Unset):
            votes_up = UNSET
        else:
            votes_up = self.votes_up

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if accepted_at is not UNSET:
            field_dict["accepted_at"] = accepted_at
        if author is not UNSET:
            field_dict["author"] = author
        if author_email is not UNSET:
            field_dict["author_email"] = author_email
        if cons is not UNSET:
            field_dict["cons"] = cons
        if custom_questions is not UNSET:
            field_dict["custom_questions"] = custom_questions
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if date is not UNSET:
            field_dict["date"] = date
        if extract is not UNSET:
            field_dict["extract"] = extract
        if family_ids is not UNSET:
            field_dict["family_ids"] = family_ids
        if id is not UNSET:
            field_dict["id"] = id
        if images is not UNSET:
            field_dict["images"] = images
        if lang is not UNSET:
            field_dict["lang"] = lang
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if portal_url is not UNSET:
            field_dict["portal_url"] = portal_url
        if product is not UNSET:
            field_dict["product"] = product
        if product_ids is not UNSET:
            field_dict["product_ids"] = product_ids
        if properties is not UNSET:
            field_dict["properties"] = properties
        if pros is not UNSET:
            field_dict["pros"] = pros
        if responses is not UNSET:
            field_dict["responses"] = responses
        if score is not UNSET:
            field_dict["score"] = score
        if score_max is not UNSET:
            field_dict["score_max"] = score_max
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if verified_buyer is not UNSET:
            field_dict["verified_buyer"] = verified_buyer
        if verified_email is not UNSET:
            field_dict["verified_email"] = verified_email
        if votes_down is not UNSET:
            field_dict["votes_down"] = votes_down
        if votes_up is not UNSET:
            field_dict["votes_up"] = votes_up

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_questions import CustomQuestions  # noqa: PLC0415
        from ..models.image import Image  # noqa: PLC0415
        from ..models.review_properties import ReviewProperties  # noqa: PLC0415
        from ..models.review_reply import ReviewReply  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_accepted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        accepted = _parse_accepted(d.pop("accepted", UNSET))

        def _parse_accepted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accepted_at = _parse_accepted_at(d.pop("accepted_at", UNSET))

        def _parse_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_author_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author_email = _parse_author_email(d.pop("author_email", UNSET))

        def _parse_cons(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cons_type_0 = cast(list[str], data)

                return cons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cons = _parse_cons(d.pop("cons", UNSET))

        def _parse_custom_questions(data: object) -> CustomQuestions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_questions_type_0 = CustomQuestions.from_dict(data)

                return custom_questions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomQuestions | None | Unset, data)

        custom_questions = _parse_custom_questions(d.pop("custom_questions", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_extract(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extract = _parse_extract(d.pop("extract", UNSET))

        def _parse_family_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                family_ids_type_0 = cast(list[str], data)

                return family_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        family_ids = _parse_family_ids(d.pop("family_ids", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_images(data: object) -> list[Image] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                images_type_0 = []
                _images_type_0 = data
                for images_type_0_item_data in _images_type_0:
                    images_type_0_item = Image.from_dict(images_type_0_item_data)

                    images_type_0.append(images_type_0_item)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Image] | None | Unset, data)

        images = _parse_images(d.pop("images", UNSET))

        def _parse_lang(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lang = _parse_lang(d.pop("lang", UNSET))

        def _parse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        def _parse_portal_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        portal_url = _parse_portal_url(d.pop("portal_url", UNSET))

        def _parse_product(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product = _parse_product(d.pop("product", UNSET))

        def _parse_product_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_ids_type_0 = cast(list[str], data)

                return product_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        product_ids = _parse_product_ids(d.pop("product_ids", UNSET))

        def _parse_properties(data: object) -> None | ReviewProperties | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = ReviewProperties.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewProperties | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        def _parse_pros(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pros_type_0 = cast(list[str], data)

                return pros_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        pros = _parse_pros(d.pop("pros", UNSET))

        def _parse_responses(data: object) -> list[ReviewReply] | None | Unset:
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
                    responses_type_0_item = ReviewReply.from_dict(responses_type_0_item_data)

                    responses_type_0.append(responses_type_0_item)

                return responses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReviewReply] | None | Unset, data)

        responses = _parse_responses(d.pop("responses", UNSET))

        def _parse_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_score_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        score_max = _parse_score_max(d.pop("score_max", UNSET))

        def _parse_type_(data: object) -> None | ReviewType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ReviewType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_verified_buyer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        verified_buyer = _parse_verified_buyer(d.pop("verified_buyer", UNSET))

        def _parse_verified_email(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        verified_email = _parse_verified_email(d.pop("verified_email", UNSET))

        def _parse_votes_down(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        votes_down = _parse_votes_down(d.pop("votes_down", UNSET))

        def _parse_votes_up(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        votes_up = _parse_votes_up(d.pop("votes_up", UNSET))

        review = cls(
            accepted=accepted,
            accepted_at=accepted_at,
            author=author,
            author_email=author_email,
            cons=cons,
            custom_questions=custom_questions,
            customer_id=customer_id,
            date=date,
            extract=extract,
            family_ids=family_ids,
            id=id,
            images=images,
            lang=lang,
            order_id=order_id,
            portal_url=portal_url,
            product=product,
            product_ids=product_ids,
            properties=properties,
            pros=pros,
            responses=responses,
            score=score,
            score_max=score_max,
            type_=type_,
            updated_at=updated_at,
            verified_buyer=verified_buyer,
            verified_email=verified_email,
            votes_down=votes_down,
            votes_up=votes_up,
        )

        review.additional_properties = d
        return review

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
