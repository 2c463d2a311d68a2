from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feedback_type import FeedbackType
from ..models.review_state import ReviewState
from ..models.review_type import ReviewType
from ..models.verification_type import VerificationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerReview")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "_object",
        "accountRef",
        "additionalInformation",
        "channelRef",
        "comment",
        "createdAt",
        "customer",
        "editedAt",
        "event",
        "feedbackType",
        "hasAttachments",
        "id",
        "inviteRef",
        "metadata",
        "originalReview",
        "product",
        "questionnaire",
        "rating",
        "reply",
        "state",
        "submittedAt",
        "surveyData",
        "title",
        "tracking",
        "transaction",
        "type",
        "updatedAt",
        "verificationType",
    }
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.field_object_
        if value is not UNSET:
            field_dict["_object"] = value
        value = self.account_ref
        if value is not UNSET:
            field_dict["accountRef"] = value
        value = self.additional_information
        if value is not UNSET:
            field_dict["additionalInformation"] = value.to_dict() if isinstance(value, AdditionalInformation) else value
        value = self.channel_ref
        if value is not UNSET:
            field_dict["channelRef"] = value
        value = self.comment
        if value is not UNSET:
            field_dict["comment"] = value
        value = self.created_at
        if value is not UNSET:
            field_dict["createdAt"] = value
        value = self.customer
        if value is not UNSET:
            field_dict["customer"] = value.to_dict() if isinstance(value, Customer) else value
        value = self.edited_at
        if value is not UNSET:
            field_dict["editedAt"] = value
        value = self.event
        if value is not UNSET:
            field_dict["event"] = value.to_dict() if isinstance(value, ReviewEvent) else value
        value = self.feedback_type
        if value is not UNSET:
            field_dict["feedbackType"] = (
                value.value
                if isinstance(value, FeedbackType)
                else (value.to_dict() if isinstance(value, CustomerReviewFeedbackTypeType1) else value)
            )
        value = self.has_attachments
        if value is not UNSET:
            field_dict["hasAttachments"] = value
        value = self.id
        if value is not UNSET:
            field_dict["id"] = value
        value = self.invite_ref
        if value is not UNSET:
            field_dict["inviteRef"] = value
        value = self.metadata
        if value is not UNSET:
            field_dict["metadata"] = value.to_dict() if isinstance(value, CustomerReviewMetadata) else value
        value = self.original_review
        if value is not UNSET:
            field_dict["originalReview"] = value.to_dict() if isinstance(value, OriginalReview) else value
        value = self.product
        if value is not UNSET:
            field_dict["product"] = value.to_dict() if isinstance(value, Product) else value
        value = self.questionnaire
        if value is not UNSET:
            field_dict["questionnaire"] = value.to_dict() if isinstance(value, Questionnaire) else value
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
                else (value.to_dict() if isinstance(value, CustomerReviewStateType1) else value)
            )
        value = self.submitted_at
        if value is not UNSET:
            field_dict["submittedAt"] = value
        value = self.survey_data
        if value is not UNSET:
            field_dict["surveyData"] = value.to_dict() if isinstance(value, SurveyData) else value
        value = self.title
        if value is not UNSET:
            field_dict["title"] = value
        value = self.tracking
        if value is not UNSET:
            field_dict["tracking"] = value.to_dict() if isinstance(value, Tracking) else value
        value = self.transaction
        if value is not UNSET:
            field_dict["transaction"] = value.to_dict() if isinstance(value, Transaction) else value
        value = self.type_
        if value is not UNSET:
            field_dict["type"] = (
                value.value
                if isinstance(value, ReviewType)
                else (value.to_dict() if isinstance(value, CustomerReviewTypeType1) else value)
            )
        value = self.updated_at
        if value is not UNSET:
            field_dict["updatedAt"] = value
        value = self.verification_type
        if value is not UNSET:
            field_dict["verificationType"] = (
                value.value
                if isinstance(value, VerificationType)
                else (value.to_dict() if isinstance(value, CustomerReviewVerificationTypeType1) else value)
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.field_object_ = src_dict.get("_object", UNSET)
        obj.account_ref = src_dict.get("accountRef", UNSET)
        value = src_dict.get("additionalInformation", UNSET)
        if isinstance(value, dict):
            try:
                value = AdditionalInformation.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.additional_information = value
        obj.channel_ref = src_dict.get("channelRef", UNSET)
        obj.comment = src_dict.get("comment", UNSET)
        obj.created_at = src_dict.get("createdAt", UNSET)
        value = src_dict.get("customer", UNSET)
        if isinstance(value, dict):
            try:
                value = Customer.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.customer = value
        obj.edited_at = src_dict.get("editedAt", UNSET)
        value = src_dict.get("event", UNSET)
        if isinstance(value, dict):
            try:
                value = ReviewEvent.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.event = value
        value = src_dict.get("feedbackType", UNSET)
        if isinstance(value, str):
            try:
                value = _FeedbackType_BY_VALUE.get(value) or FeedbackType(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback
        elif isinstance(value, dict):
            try:
                value = CustomerReviewFeedbackTypeType1.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.feedback_type = value
        obj.has_attachments = src_dict.get("hasAttachments", UNSET)
        obj.id = src_dict.get("id", UNSET)
        obj.invite_ref = src_dict.get("inviteRef", UNSET)
        value = src_dict.get("metadata", UNSET)
        if isinstance(value, dict):
            try:
                value = CustomerReviewMetadata.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.metadata = value
        value = src_dict.get("originalReview", UNSET)
        if isinstance(value, dict):
            try:
                value = OriginalReview.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.original_review = value
        value = src_dict.get("product", UNSET)
        if isinstance(value, dict):
            try:
                value = Product.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.product = value
        value = src_dict.get("questionnaire", UNSET)
        if isinstance(value, dict):
            try:
                value = Questionnaire.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.questionnaire = value
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
                value = CustomerReviewStateType1.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.state = value
        obj.submitted_at = src_dict.get("submittedAt", UNSET)
        value = src_dict.get("surveyData", UNSET)
        if isinstance(value, dict):
            try:
                value = SurveyData.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.survey_data = value
        obj.title = src_dict.get("title", UNSET)
        value = src_dict.get("tracking", UNSET)
        if isinstance(value, dict):
            try:
                value = Tracking.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.tracking = value
        value = src_dict.get("transaction", UNSET)
        if isinstance(value, dict):
            try:
                value = Transaction.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.transaction = value
        value = src_dict.get("type", UNSET)
        if isinstance(value, str):
            try:
                value = _ReviewType_BY_VALUE.get(value) or ReviewType(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback
        elif isinstance(value, dict):
            try:
                value = CustomerReviewTypeType1.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.type_ = value
        obj.updated_at = src_dict.get("updatedAt", UNSET)
        value = src_dict.get("verificationType", UNSET)
        if isinstance(value, str):
            try:
                value = _VerificationType_BY_VALUE.get(value) or VerificationType(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback
        elif isinstance(value, dict):
            try:
                value = CustomerReviewVerificationTypeType1.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.verification_type = value
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
from ..models.additional_information import AdditionalInformation  # noqa: E402
from ..models.customer import Customer  # noqa: E402
from ..models.customer_review_feedback_type_type_1 import (
    CustomerReviewFeedbackTypeType1,  # noqa: E402
)
from ..models.customer_review_metadata import CustomerReviewMetadata  # noqa: E402
from ..models.customer_review_reply import CustomerReviewReply  # noqa: E402
from ..models.customer_review_state_type_1 import CustomerReviewStateType1  # noqa: E402
from ..models.customer_review_type_type_1 import CustomerReviewTypeType1  # noqa: E402
from ..models.customer_review_verification_type_type_1 import (
    CustomerReviewVerificationTypeType1,  # noqa: E402
)
from ..models.original_review import OriginalReview  # noqa: E402
from ..models.product import Product  # noqa: E402
from ..models.questionnaire import Questionnaire  # noqa: E402
from ..models.review_event import ReviewEvent  # noqa: E402
from ..models.survey_data import SurveyData  # noqa: E402
from ..models.tracking import Tracking  # noqa: E402
from ..models.transaction import Transaction  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = CustomerReview.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# CustomerReview as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
CustomerReviewJSON = TypedDict(
    "CustomerReviewJSON",
    {
        "_object": "str | None",
        "accountRef": "str | None",
        "additionalInformation": "AdditionalInformationJSON | None",
        "channelRef": "str | None",
        "comment": "str | None",
        "createdAt": "str | None",
        "customer": "CustomerJSON | None",
        "editedAt": "str | None",
        "event": "ReviewEventJSON | None",
        "feedbackType": "str | CustomerReviewFeedbackTypeType1JSON | None",
        "hasAttachments": "bool | None",
        "id": "str | None",
        "inviteRef": "str | None",
        "metadata": "CustomerReviewMetadataJSON | None",
        "originalReview": "OriginalReviewJSON | None",
        "product": "ProductJSON | None",
        "questionnaire": "QuestionnaireJSON | None",
        "rating": "float | None",
        "reply": "CustomerReviewReplyJSON | None",
        "state": "str | CustomerReviewStateType1JSON | None",
        "submittedAt": "str | None",
        "surveyData": "SurveyDataJSON | None",
        "title": "str | None",
        "tracking": "TrackingJSON | None",
        "transaction": "TransactionJSON | None",
        "type": "str | CustomerReviewTypeType1JSON | None",
        "updatedAt": "str | None",
        "verificationType": "str | CustomerReviewVerificationTypeType1JSON | None",
    },
    total=False,
)


class CustomerReviewView:
    """Typed read access to the JSON of one CustomerReview, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: CustomerReviewJSON) -> None:
        self._json = json

    @property
    def field_object_(self) -> str | None:
        return self._json.get("_object")

    @property
    def account_ref(self) -> str | None:
        return self._json.get("accountRef")

    @property
    def additional_information(self) -> AdditionalInformationView | None:
        value = self._json.get("additionalInformation")
        return AdditionalInformationView(value) if isinstance(value, dict) else None

    @property
    def channel_ref(self) -> str | None:
        return self._json.get("channelRef")

    @property
    def comment(self) -> str | None:
        return self._json.get("comment")

    @property
    def created_at(self) -> str | None:
        return self._json.get("createdAt")

    @property
    def customer(self) -> CustomerView | None:
        value = self._json.get("customer")
        return CustomerView(value) if isinstance(value, dict) else None

    @property
    def edited_at(self) -> str | None:
        return self._json.get("editedAt")

    @property
    def event(self) -> ReviewEventView | None:
        value = self._json.get("event")
        return ReviewEventView(value) if isinstance(value, dict) else None

    @property
    def feedback_type(self) -> str | CustomerReviewFeedbackTypeType1JSON | None:
        return self._json.get("feedbackType")

    @property
    def has_attachments(self) -> bool | None:
        return self._json.get("hasAttachments")

    @property
    def id(self) -> str | None:
        return self._json.get("id")

    @property
    def invite_ref(self) -> str | None:
        return self._json.get("inviteRef")

    @property
    def metadata(self) -> CustomerReviewMetadataView | None:
        value = self._json.get("metadata")
        return CustomerReviewMetadataView(value) if isinstance(value, dict) else None

    @property
    def original_review(self) -> OriginalReviewView | None:
        value = self._json.get("originalReview")
        return OriginalReviewView(value) if isinstance(value, dict) else None

    @property
    def product(self) -> ProductView | None:
        value = self._json.get("product")
        return ProductView(value) if isinstance(value, dict) else None

    @property
    def questionnaire(self) -> QuestionnaireView | None:
        value = self._json.get("questionnaire")
        return QuestionnaireView(value) if isinstance(value, dict) else None

    @property
    def rating(self) -> float | None:
        return self._json.get("rating")

    @property
    def reply(self) -> CustomerReviewReplyView | None:
        value = self._json.get("reply")
        return CustomerReviewReplyView(value) if isinstance(value, dict) else None

    @property
    def state(self) -> str | CustomerReviewStateType1JSON | None:
        return self._json.get("state")

    @property
    def submitted_at(self) -> str | None:
        return self._json.get("submittedAt")

    @property
    def survey_data(self) -> SurveyDataView | None:
        value = self._json.get("surveyData")
        return SurveyDataView(value) if isinstance(value, dict) else None

    @property
    def title(self) -> str | None:
        return self._json.get("title")

    @property
    def tracking(self) -> TrackingView | None:
        value = self._json.get("tracking")
        return TrackingView(value) if isinstance(value, dict) else None

    @property
    def transaction(self) -> TransactionView | None:
        value = self._json.get("transaction")
        return TransactionView(value) if isinstance(value, dict) else None

    @property
    def type_(self) -> str | CustomerReviewTypeType1JSON | None:
        return self._json.get("type")

    @property
    def updated_at(self) -> str | None:
        return self._json.get("updatedAt")

    @property
    def verification_type(self) -> str | CustomerReviewVerificationTypeType1JSON | None:
        return self._json.get("verificationType")


from ..models.additional_information import (  # noqa: E402
    AdditionalInformationJSON,
    AdditionalInformationView,
)
from ..models.customer import CustomerJSON, CustomerView  # noqa: E402
from ..models.customer_review_feedback_type_type_1 import (  # noqa: E402
    CustomerReviewFeedbackTypeType1JSON,
)
from ..models.customer_review_metadata import (  # noqa: E402
    CustomerReviewMetadataJSON,
    CustomerReviewMetadataView,
)
from ..models.customer_review_reply import (  # noqa: E402
    CustomerReviewReplyJSON,
    CustomerReviewReplyView,
)
from ..models.customer_review_state_type_1 import (  # noqa: E402
    CustomerReviewStateType1JSON,
)
from ..models.customer_review_type_type_1 import (  # noqa: E402
    CustomerReviewTypeType1JSON,
)
from ..models.customer_review_verification_type_type_1 import (  # noqa: E402
    CustomerReviewVerificationTypeType1JSON,
)
from ..models.original_review import OriginalReviewJSON, OriginalReviewView  # noqa: E402
from ..models.product import ProductJSON, ProductView  # noqa: E402
from ..models.questionnaire import QuestionnaireJSON, QuestionnaireView  # noqa: E402
from ..models.review_event import ReviewEventJSON, ReviewEventView  # noqa: E402
from ..models.survey_data import SurveyDataJSON, SurveyDataView  # noqa: E402
from ..models.tracking import TrackingJSON, TrackingView  # noqa: E402
from ..models.transaction import TransactionJSON, TransactionView  # noqa: E402

# value -> member of each open enum read above: its fast path (unknown values go through the class).
_FeedbackType_BY_VALUE = FeedbackType._value2member_map_
_ReviewState_BY_VALUE = ReviewState._value2member_map_
_ReviewType_BY_VALUE = ReviewType._value2member_map_
_VerificationType_BY_VALUE = VerificationType._value2member_map_
