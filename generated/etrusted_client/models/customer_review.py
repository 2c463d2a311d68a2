from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feedback_type import FeedbackType
from ..models.review_state import ReviewState
from ..models.review_type import ReviewType
from ..models.verification_type import VerificationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_information import AdditionalInformation
    from ..models.customer import Customer
    from ..models.customer_review_feedback_type_type_1 import (
        CustomerReviewFeedbackTypeType1,
    )
    from ..models.customer_review_metadata import CustomerReviewMetadata
    from ..models.customer_review_reply import CustomerReviewReply
    from ..models.customer_review_state_type_1 import CustomerReviewStateType1
    from ..models.customer_review_type_type_1 import CustomerReviewTypeType1
    from ..models.customer_review_verification_type_type_1 import (
        CustomerReviewVerificationTypeType1,
    )
    from ..models.original_review import OriginalReview
    from ..models.product import Product
    from ..models.questionnaire import Questionnaire
    from ..models.review_event import ReviewEvent
    from ..models.survey_data import SurveyData
    from ..models.tracking import Tracking
    from ..models.transaction import Transaction


T = TypeVar("T", bound="CustomerReview")


@_attrs_define
class CustomerReview:
    """A customer review of a channel or of one of its products.

    Attributes:
        field_object_ (None | str | Unset): Object type of this record, `CustomerReview`.
        account_ref (None | str | Unset): ID of the account the review belongs to.
        additional_information (AdditionalInformation | None | Unset): The extra blocks requested with the
            `additionalInformation` query parameter.
        channel_ref (None | str | Unset): ID of the channel the review belongs to.
        comment (None | str | Unset): Text of the review.
        created_at (None | str | Unset): When the review was first stored. For imported reviews this is later than
            `submittedAt`.
        customer (Customer | None | Unset): The customer who wrote the review.
        edited_at (None | str | Unset): When the consumer last edited the review in the Trusted Shops consumer area.
            Absent
            when the review was never edited.
        event (None | ReviewEvent | Unset): The event the review is associated with.
        feedback_type (CustomerReviewFeedbackTypeType1 | FeedbackType | None | Unset): REVIEW or STATEMENT (see
            FeedbackType).
        has_attachments (bool | None | Unset): Whether files (such as images) are attached to the review.
        id (None | str | Unset): The customer review ID.
        invite_ref (None | str | Unset): ID of the invite that led to the review.
        metadata (CustomerReviewMetadata | None | Unset): User-defined data attached to the review.
        original_review (None | OriginalReview | Unset): The review as first written, before any edit by the consumer.
        product (None | Product | Unset): The reviewed product (product reviews).
        questionnaire (None | Questionnaire | Unset): The questionnaire used to collect the review.
        rating (float | None | Unset): The star rating, 1.0 to 5.0; null when the reviewer gave none.
        reply (CustomerReviewReply | None | Unset): The channel owner's reply; null or absent when there is none.
        state (CustomerReviewStateType1 | None | ReviewState | Unset): State of the review when the request was
            processed (see ReviewState).
        submitted_at (None | str | Unset): When the reviewer submitted the review.
        survey_data (None | SurveyData | Unset): Answers to additional questions of the eTrusted questionnaire.
        title (None | str | Unset): Headline of the review.
        tracking (None | Tracking | Unset): Where and through which medium the review was collected.
        transaction (None | Transaction | Unset): The transaction (e.g. order) the review is about.
        type_ (CustomerReviewTypeType1 | None | ReviewType | Unset): Service or product review (see ReviewType).
        updated_at (None | str | Unset): When the review was last modified.
        verification_type (CustomerReviewVerificationTypeType1 | None | Unset | VerificationType): Whether the review is
            verified (see VerificationType).
    """

    field_object_: None | str | Unset = UNSET
    account_ref: None | str | Unset = UNSET
    additional_information: AdditionalInformation | None | Unset = UNSET
    channel_ref: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    edited_at: None | str | Unset = UNSET
    event: None | ReviewEvent | Unset = UNSET
    feedback_type: CustomerReviewFeedbackTypeType1 | FeedbackType | None | Unset = UNSET
    has_attachments: bool | None | Unset = UNSET
    id: None | str | Unset = UNSET
    invite_ref: None | str | Unset = UNSET
    metadata: CustomerReviewMetadata | None | Unset = UNSET
    original_review: None | OriginalReview | Unset = UNSET
    product: None | Product | Unset = UNSET
    questionnaire: None | Questionnaire | Unset = UNSET
    rating: float | None | Unset = UNSET
    reply: CustomerReviewReply | None | Unset = UNSET
    state: CustomerReviewStateType1 | None | ReviewState | Unset = UNSET
    submitted_at: None | str | Unset = UNSET
    survey_data: None | SurveyData | Unset = UNSET
    title: None | str | Unset = UNSET
    tracking: None | Tracking | Unset = UNSET
    transaction: None | Transaction | Unset = UNSET
    type_: CustomerReviewTypeType1 | None | ReviewType | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    verification_type: CustomerReviewVerificationTypeType1 | None | Unset | VerificationType = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.additional_information import AdditionalInformation  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.customer_review_feedback_type_type_1 import (
            CustomerReviewFeedbackTypeType1,  # noqa: PLC0415
        )
        from ..models.customer_review_metadata import CustomerReviewMetadata  # noqa: PLC0415
        from ..models.customer_review_reply import CustomerReviewReply  # noqa: PLC0415
        from ..models.customer_review_state_type_1 import CustomerReviewStateType1  # noqa: PLC0415
        from ..models.customer_review_type_type_1 import CustomerReviewTypeType1  # noqa: PLC0415
        from ..models.customer_review_verification_type_type_1 import (
            CustomerReviewVerificationTypeType1,  # noqa: PLC0415
        )
        from ..models.original_review import OriginalReview  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.questionnaire import Questionnaire  # noqa: PLC0415
        from ..models.review_event import ReviewEvent  # noqa: PLC0415
        from ..models.survey_data import SurveyData  # noqa: PLC0415
        from ..models.tracking import Tracking  # noqa: PLC0415
        from ..models.transaction import Transaction  # noqa: PLC0415

        field_object_: None | str | Unset
        if isinstance(self.field_object_, Unset):
            field_object_ = UNSET
        else:
            field_object_ = self.field_object_

        account_ref: None | str | Unset
        if isinstance(self.account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = self.account_ref

        additional_information: dict[str, Any] | None | Unset
        if isinstance(self.additional_information, Unset):
            additional_information = UNSET
        elif isinstance(self.additional_information, AdditionalInformation):
            additional_information = self.additional_information.to_dict()
        else:
            additional_information = self.additional_information

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

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

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

        event: dict[str, Any] | None | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, ReviewEvent):
            event = self.event.to_dict()
        else:
            event = self.event

        feedback_type: dict[str, Any] | None | str | Unset
        if isinstance(self.feedback_type, Unset):
            feedback_type = UNSET
        elif isinstance(self.feedback_type, FeedbackType):
            feedback_type = self.feedback_type.value
        elif isinstance(self.feedback_type, CustomerReviewFeedbackTypeType1):
            feedback_type = self.feedback_type.to_dict()
        else:
            feedback_type = self.feedback_type

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

        invite_ref: None | str | Unset
        if isinstance(self.invite_ref, Unset):
            invite_ref = UNSET
        else:
            invite_ref = self.invite_ref

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CustomerReviewMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        original_review: dict[str, Any] | None | Unset
        if isinstance(self.original_review, Unset):
            original_review = UNSET
        elif isinstance(self.original_review, OriginalReview):
            original_review = self.original_review.to_dict()
        else:
            original_review = self.original_review

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, Product):
            product = self.product.to_dict()
        else:
            product = self.product

        questionnaire: dict[str, Any] | None | Unset
        if isinstance(self.questionnaire, Unset):
            questionnaire = UNSET
        elif isinstance(self.questionnaire, Questionnaire):
            questionnaire = self.questionnaire.to_dict()
        else:
            questionnaire = self.questionnaire

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
        elif isinstance(self.state, CustomerReviewStateType1):
            state = self.state.to_dict()
        else:
            state = self.state

        submitted_at: None | str | Unset
        if isinstance(self.submitted_at, Unset):
            submitted_at = UNSET
        else:
            submitted_at = self.submitted_at

        survey_data: dict[str, Any] | None | Unset
        if isinstance(self.survey_data, Unset):
            survey_data = UNSET
        elif isinstance(self.survey_data, SurveyData):
            survey_data = self.survey_data.to_dict()
        else:
            survey_data = self.survey_data

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        tracking: dict[str, Any] | None | Unset
        if isinstance(self.tracking, Unset):
            tracking = UNSET
        elif isinstance(self.tracking, Tracking):
            tracking = self.tracking.to_dict()
        else:
            tracking = self.tracking

        transaction: dict[str, Any] | None | Unset
        if isinstance(self.transaction, Unset):
            transaction = UNSET
        elif isinstance(self.transaction, Transaction):
            transaction = self.transaction.to_dict()
        else:
            transaction = self.transaction

        type_: dict[str, Any] | None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ReviewType):
            type_ = self.type_.value
        elif isinstance(self.type_, CustomerReviewTypeType1):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        verification_type: dict[str, Any] | None | str | Unset
        if isinstance(self.verification_type, Unset):
            verification_type = UNSET
        elif isinstance(self.verification_type, VerificationType):
            verification_type = self.verification_type.value
        elif isinstance(self.verification_type, CustomerReviewVerificationTypeType1):
            verification_type = self.verification_type.to_dict()
        else:
            verification_type = self.verification_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_object_ is not UNSET:
            field_dict["_object"] = field_object_
        if account_ref is not UNSET:
            field_dict["accountRef"] = account_ref
        if additional_information is not UNSET:
            field_dict["additionalInformation"] = additional_information
        if channel_ref is not UNSET:
            field_dict["channelRef"] = channel_ref
        if comment is not UNSET:
            field_dict["comment"] = comment
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if customer is not UNSET:
            field_dict["customer"] = customer
        if edited_at is not UNSET:
            field_dict["editedAt"] = edited_at
        if event is not UNSET:
            field_dict["event"] = event
        if feedback_type is not UNSET:
            field_dict["feedbackType"] = feedback_type
        if has_attachments is not UNSET:
            field_dict["hasAttachments"] = has_attachments
        if id is not UNSET:
            field_dict["id"] = id
        if invite_ref is not UNSET:
            field_dict["inviteRef"] = invite_ref
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if original_review is not UNSET:
            field_dict["originalReview"] = original_review
        if product is not UNSET:
            field_dict["product"] = product
        if questionnaire is not UNSET:
            field_dict["questionnaire"] = questionnaire
        if rating is not UNSET:
            field_dict["rating"] = rating
        if reply is not UNSET:
            field_dict["reply"] = reply
        if state is not UNSET:
            field_dict["state"] = state
        if submitted_at is not UNSET:
            field_dict["submittedAt"] = submitted_at
        if survey_data is not UNSET:
            field_dict["surveyData"] = survey_data
        if title is not UNSET:
            field_dict["title"] = title
        if tracking is not UNSET:
            field_dict["tracking"] = tracking
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if verification_type is not UNSET:
            field_dict["verificationType"] = verification_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_information import AdditionalInformation  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.customer_review_feedback_type_type_1 import (
            CustomerReviewFeedbackTypeType1,  # noqa: PLC0415
        )
        from ..models.customer_review_metadata import CustomerReviewMetadata  # noqa: PLC0415
        from ..models.customer_review_reply import CustomerReviewReply  # noqa: PLC0415
        from ..models.customer_review_state_type_1 import CustomerReviewStateType1  # noqa: PLC0415
        from ..models.customer_review_type_type_1 import CustomerReviewTypeType1  # noqa: PLC0415
        from ..models.customer_review_verification_type_type_1 import (
            CustomerReviewVerificationTypeType1,  # noqa: PLC0415
        )
        from ..models.original_review import OriginalReview  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.questionnaire import Questionnaire  # noqa: PLC0415
        from ..models.review_event import ReviewEvent  # noqa: PLC0415
        from ..models.survey_data import SurveyData  # noqa: PLC0415
        from ..models.tracking import Tracking  # noqa: PLC0415
        from ..models.transaction import Transaction  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_field_object_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_object_ = _parse_field_object_(d.pop("_object", UNSET))

        def _parse_account_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_ref = _parse_account_ref(d.pop("accountRef", UNSET))

        def _parse_additional_information(data: object) -> AdditionalInformation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_information_type_0 = AdditionalInformation.from_dict(data)

                return additional_information_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdditionalInformation | None | Unset, data)

        additional_information = _parse_additional_information(d.pop("additionalInformation", UNSET))

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

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

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

        def _parse_event(data: object) -> None | ReviewEvent | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_0 = ReviewEvent.from_dict(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewEvent | Unset, data)

        event = _parse_event(d.pop("event", UNSET))

        def _parse_feedback_type(data: object) -> CustomerReviewFeedbackTypeType1 | FeedbackType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                feedback_type_type_0 = FeedbackType(data)

                return feedback_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                feedback_type_type_1 = CustomerReviewFeedbackTypeType1.from_dict(data)

                return feedback_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerReviewFeedbackTypeType1 | FeedbackType | None | Unset, data)

        feedback_type = _parse_feedback_type(d.pop("feedbackType", UNSET))

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

        def _parse_invite_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invite_ref = _parse_invite_ref(d.pop("inviteRef", UNSET))

        def _parse_metadata(data: object) -> CustomerReviewMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CustomerReviewMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerReviewMetadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_original_review(data: object) -> None | OriginalReview | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                original_review_type_0 = OriginalReview.from_dict(data)

                return original_review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OriginalReview | Unset, data)

        original_review = _parse_original_review(d.pop("originalReview", UNSET))

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

        def _parse_questionnaire(data: object) -> None | Questionnaire | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                questionnaire_type_0 = Questionnaire.from_dict(data)

                return questionnaire_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Questionnaire | Unset, data)

        questionnaire = _parse_questionnaire(d.pop("questionnaire", UNSET))

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

        def _parse_state(data: object) -> CustomerReviewStateType1 | None | ReviewState | Unset:
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
                state_type_1 = CustomerReviewStateType1.from_dict(data)

                return state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerReviewStateType1 | None | ReviewState | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_submitted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        submitted_at = _parse_submitted_at(d.pop("submittedAt", UNSET))

        def _parse_survey_data(data: object) -> None | SurveyData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                survey_data_type_0 = SurveyData.from_dict(data)

                return survey_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SurveyData | Unset, data)

        survey_data = _parse_survey_data(d.pop("surveyData", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_tracking(data: object) -> None | Tracking | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tracking_type_0 = Tracking.from_dict(data)

                return tracking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Tracking | Unset, data)

        tracking = _parse_tracking(d.pop("tracking", UNSET))

        def _parse_transaction(data: object) -> None | Transaction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transaction_type_0 = Transaction.from_dict(data)

                return transaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Transaction | Unset, data)

        transaction = _parse_transaction(d.pop("transaction", UNSET))

        def _parse_type_(data: object) -> CustomerReviewTypeType1 | None | ReviewType | Unset:
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_1 = CustomerReviewTypeType1.from_dict(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerReviewTypeType1 | None | ReviewType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        def _parse_verification_type(
            data: object,
        ) -> CustomerReviewVerificationTypeType1 | None | Unset | VerificationType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verification_type_type_0 = VerificationType(data)

                return verification_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verification_type_type_1 = CustomerReviewVerificationTypeType1.from_dict(data)

                return verification_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerReviewVerificationTypeType1 | None | Unset | VerificationType, data)

        verification_type = _parse_verification_type(d.pop("verificationType", UNSET))

        customer_review = cls(
            field_object_=field_object_,
            account_ref=account_ref,
            additional_information=additional_information,
            channel_ref=channel_ref,
            comment=comment,
            created_at=created_at,
            customer=customer,
            edited_at=edited_at,
            event=event,
            feedback_type=feedback_type,
            has_attachments=has_attachments,
            id=id,
            invite_ref=invite_ref,
            metadata=metadata,
            original_review=original_review,
            product=product,
            questionnaire=questionnaire,
            rating=rating,
            reply=reply,
            state=state,
            submitted_at=submitted_at,
            survey_data=survey_data,
            title=title,
            tracking=tracking,
            transaction=transaction,
            type_=type_,
            updated_at=updated_at,
            verification_type=verification_type,
        )

        customer_review.additional_properties = d
        return customer_review

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
