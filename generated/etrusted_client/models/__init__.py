"""Contains all the data models used in inputs/outputs, the JSON shape of each model and typed views of it"""

import importlib
from typing import TYPE_CHECKING

__all__ = (
    "AccessToken",
    "AccessTokenJSON",
    "AccessTokenRequest",
    "AccessTokenRequestAudience",
    "AccessTokenRequestGrantType",
    "AccessTokenRequestJSON",
    "AccessTokenRequestView",
    "AccessTokenView",
    "AdditionalInformation",
    "AdditionalInformationFilter",
    "AdditionalInformationJSON",
    "AdditionalInformationOriginalReview",
    "AdditionalInformationOriginalReviewJSON",
    "AdditionalInformationOriginalReviewView",
    "AdditionalInformationView",
    "AttachmentImage",
    "AttachmentImageJSON",
    "AttachmentImageView",
    "Attachments",
    "AttachmentsJSON",
    "AttachmentsView",
    "Customer",
    "CustomerJSON",
    "CustomerReview",
    "CustomerReviewFeedbackTypeType1",
    "CustomerReviewFeedbackTypeType1JSON",
    "CustomerReviewFeedbackTypeType1View",
    "CustomerReviewJSON",
    "CustomerReviewList",
    "CustomerReviewListJSON",
    "CustomerReviewListView",
    "CustomerReviewMetadata",
    "CustomerReviewMetadataJSON",
    "CustomerReviewMetadataView",
    "CustomerReviewOrderBy",
    "CustomerReviewReply",
    "CustomerReviewReplyJSON",
    "CustomerReviewReplyView",
    "CustomerReviewStateType1",
    "CustomerReviewStateType1JSON",
    "CustomerReviewStateType1View",
    "CustomerReviewTypeType1",
    "CustomerReviewTypeType1JSON",
    "CustomerReviewTypeType1View",
    "CustomerReviewVerificationTypeType1",
    "CustomerReviewVerificationTypeType1JSON",
    "CustomerReviewVerificationTypeType1View",
    "CustomerReviewView",
    "CustomerView",
    "FeedbackType",
    "MinimalReview",
    "MinimalReviewJSON",
    "MinimalReviewList",
    "MinimalReviewListJSON",
    "MinimalReviewListView",
    "MinimalReviewStateType1",
    "MinimalReviewStateType1JSON",
    "MinimalReviewStateType1View",
    "MinimalReviewView",
    "OAuthError",
    "OAuthErrorError",
    "OAuthErrorJSON",
    "OAuthErrorView",
    "OriginalReview",
    "OriginalReviewJSON",
    "OriginalReviewReply",
    "OriginalReviewReplyJSON",
    "OriginalReviewReplyView",
    "OriginalReviewView",
    "Paging",
    "PagingCursor",
    "PagingCursorJSON",
    "PagingCursorView",
    "PagingJSON",
    "PagingLinks",
    "PagingLinksJSON",
    "PagingLinksView",
    "PagingView",
    "Product",
    "ProductJSON",
    "ProductView",
    "Questionnaire",
    "QuestionnaireJSON",
    "QuestionnaireView",
    "ReviewEvent",
    "ReviewEventJSON",
    "ReviewEventView",
    "ReviewReplyRequest",
    "ReviewReplyRequestJSON",
    "ReviewReplyRequestView",
    "ReviewState",
    "ReviewStatusFilter",
    "ReviewType",
    "ReviewTypeFilter",
    "ReviewVetoRequest",
    "ReviewVetoRequestJSON",
    "ReviewVetoRequestView",
    "ReviewVetoResponse",
    "ReviewVetoResponseJSON",
    "ReviewVetoResponseView",
    "ReviewsAdditionalInformation",
    "ReviewsCount",
    "ReviewsCountJSON",
    "ReviewsCountView",
    "ReviewsOrderBy",
    "ReviewsStatusFilter",
    "ReviewsTypeFilter",
    "SurveyData",
    "SurveyDataJSON",
    "SurveyDataView",
    "Tracking",
    "TrackingJSON",
    "TrackingMedium",
    "TrackingSource",
    "TrackingView",
    "Transaction",
    "TransactionJSON",
    "TransactionView",
    "VerificationType",
    "Veto",
    "VetoJSON",
    "VetoReason",
    "VetoView",
)

#: the module of each name above
_MODULE_OF = {
    "AccessToken": "access_token",
    "AccessTokenJSON": "access_token",
    "AccessTokenRequest": "access_token_request",
    "AccessTokenRequestAudience": "access_token_request_audience",
    "AccessTokenRequestGrantType": "access_token_request_grant_type",
    "AccessTokenRequestJSON": "access_token_request",
    "AccessTokenRequestView": "access_token_request",
    "AccessTokenView": "access_token",
    "AdditionalInformation": "additional_information",
    "AdditionalInformationFilter": "additional_information_filter",
    "AdditionalInformationJSON": "additional_information",
    "AdditionalInformationOriginalReview": "additional_information_original_review",
    "AdditionalInformationOriginalReviewJSON": "additional_information_original_review",
    "AdditionalInformationOriginalReviewView": "additional_information_original_review",
    "AdditionalInformationView": "additional_information",
    "AttachmentImage": "attachment_image",
    "AttachmentImageJSON": "attachment_image",
    "AttachmentImageView": "attachment_image",
    "Attachments": "attachments",
    "AttachmentsJSON": "attachments",
    "AttachmentsView": "attachments",
    "Customer": "customer",
    "CustomerJSON": "customer",
    "CustomerReview": "customer_review",
    "CustomerReviewFeedbackTypeType1": "customer_review_feedback_type_type_1",
    "CustomerReviewFeedbackTypeType1JSON": "customer_review_feedback_type_type_1",
    "CustomerReviewFeedbackTypeType1View": "customer_review_feedback_type_type_1",
    "CustomerReviewJSON": "customer_review",
    "CustomerReviewList": "customer_review_list",
    "CustomerReviewListJSON": "customer_review_list",
    "CustomerReviewListView": "customer_review_list",
    "CustomerReviewMetadata": "customer_review_metadata",
    "CustomerReviewMetadataJSON": "customer_review_metadata",
    "CustomerReviewMetadataView": "customer_review_metadata",
    "CustomerReviewOrderBy": "customer_review_order_by",
    "CustomerReviewReply": "customer_review_reply",
    "CustomerReviewReplyJSON": "customer_review_reply",
    "CustomerReviewReplyView": "customer_review_reply",
    "CustomerReviewStateType1": "customer_review_state_type_1",
    "CustomerReviewStateType1JSON": "customer_review_state_type_1",
    "CustomerReviewStateType1View": "customer_review_state_type_1",
    "CustomerReviewTypeType1": "customer_review_type_type_1",
    "CustomerReviewTypeType1JSON": "customer_review_type_type_1",
    "CustomerReviewTypeType1View": "customer_review_type_type_1",
    "CustomerReviewVerificationTypeType1": "customer_review_verification_type_type_1",
    "CustomerReviewVerificationTypeType1JSON": "customer_review_verification_type_type_1",
    "CustomerReviewVerificationTypeType1View": "customer_review_verification_type_type_1",
    "CustomerReviewView": "customer_review",
    "CustomerView": "customer",
    "FeedbackType": "feedback_type",
    "MinimalReview": "minimal_review",
    "MinimalReviewJSON": "minimal_review",
    "MinimalReviewList": "minimal_review_list",
    "MinimalReviewListJSON": "minimal_review_list",
    "MinimalReviewListView": "minimal_review_list",
    "MinimalReviewStateType1": "minimal_review_state_type_1",
    "MinimalReviewStateType1JSON": "minimal_review_state_type_1",
    "MinimalReviewStateType1View": "minimal_review_state_type_1",
    "MinimalReviewView": "minimal_review",
    "OAuthError": "o_auth_error",
    "OAuthErrorError": "o_auth_error_error",
    "OAuthErrorJSON": "o_auth_error",
    "OAuthErrorView": "o_auth_error",
    "OriginalReview": "original_review",
    "OriginalReviewJSON": "original_review",
    "OriginalReviewReply": "original_review_reply",
    "OriginalReviewReplyJSON": "original_review_reply",
    "OriginalReviewReplyView": "original_review_reply",
    "OriginalReviewView": "original_review",
    "Paging": "paging",
    "PagingCursor": "paging_cursor",
    "PagingCursorJSON": "paging_cursor",
    "PagingCursorView": "paging_cursor",
    "PagingJSON": "paging",
    "PagingLinks": "paging_links",
    "PagingLinksJSON": "paging_links",
    "PagingLinksView": "paging_links",
    "PagingView": "paging",
    "Product": "product",
    "ProductJSON": "product",
    "ProductView": "product",
    "Questionnaire": "questionnaire",
    "QuestionnaireJSON": "questionnaire",
    "QuestionnaireView": "questionnaire",
    "ReviewEvent": "review_event",
    "ReviewEventJSON": "review_event",
    "ReviewEventView": "review_event",
    "ReviewReplyRequest": "review_reply_request",
    "ReviewReplyRequestJSON": "review_reply_request",
    "ReviewReplyRequestView": "review_reply_request",
    "ReviewState": "review_state",
    "ReviewStatusFilter": "review_status_filter",
    "ReviewType": "review_type",
    "ReviewTypeFilter": "review_type_filter",
    "ReviewVetoRequest": "review_veto_request",
    "ReviewVetoRequestJSON": "review_veto_request",
    "ReviewVetoRequestView": "review_veto_request",
    "ReviewVetoResponse": "review_veto_response",
    "ReviewVetoResponseJSON": "review_veto_response",
    "ReviewVetoResponseView": "review_veto_response",
    "ReviewsAdditionalInformation": "reviews_additional_information",
    "ReviewsCount": "reviews_count",
    "ReviewsCountJSON": "reviews_count",
    "ReviewsCountView": "reviews_count",
    "ReviewsOrderBy": "reviews_order_by",
    "ReviewsStatusFilter": "reviews_status_filter",
    "ReviewsTypeFilter": "reviews_type_filter",
    "SurveyData": "survey_data",
    "SurveyDataJSON": "survey_data",
    "SurveyDataView": "survey_data",
    "Tracking": "tracking",
    "TrackingJSON": "tracking",
    "TrackingMedium": "tracking_medium",
    "TrackingSource": "tracking_source",
    "TrackingView": "tracking",
    "Transaction": "transaction",
    "TransactionJSON": "transaction",
    "TransactionView": "transaction",
    "VerificationType": "verification_type",
    "Veto": "veto",
    "VetoJSON": "veto",
    "VetoReason": "veto_reason",
    "VetoView": "veto",
}
_MODULES = frozenset(_MODULE_OF.values())

if TYPE_CHECKING:
    from .access_token import AccessToken, AccessTokenJSON, AccessTokenView
    from .access_token_request import (
        AccessTokenRequest,
        AccessTokenRequestJSON,
        AccessTokenRequestView,
    )
    from .access_token_request_audience import AccessTokenRequestAudience
    from .access_token_request_grant_type import AccessTokenRequestGrantType
    from .additional_information import (
        AdditionalInformation,
        AdditionalInformationJSON,
        AdditionalInformationView,
    )
    from .additional_information_filter import AdditionalInformationFilter
    from .additional_information_original_review import (
        AdditionalInformationOriginalReview,
        AdditionalInformationOriginalReviewJSON,
        AdditionalInformationOriginalReviewView,
    )
    from .attachment_image import (
        AttachmentImage,
        AttachmentImageJSON,
        AttachmentImageView,
    )
    from .attachments import Attachments, AttachmentsJSON, AttachmentsView
    from .customer import Customer, CustomerJSON, CustomerView
    from .customer_review import CustomerReview, CustomerReviewJSON, CustomerReviewView
    from .customer_review_feedback_type_type_1 import (
        CustomerReviewFeedbackTypeType1,
        CustomerReviewFeedbackTypeType1JSON,
        CustomerReviewFeedbackTypeType1View,
    )
    from .customer_review_list import (
        CustomerReviewList,
        CustomerReviewListJSON,
        CustomerReviewListView,
    )
    from .customer_review_metadata import (
        CustomerReviewMetadata,
        CustomerReviewMetadataJSON,
        CustomerReviewMetadataView,
    )
    from .customer_review_order_by import CustomerReviewOrderBy
    from .customer_review_reply import (
        CustomerReviewReply,
        CustomerReviewReplyJSON,
        CustomerReviewReplyView,
    )
    from .customer_review_state_type_1 import (
        CustomerReviewStateType1,
        CustomerReviewStateType1JSON,
        CustomerReviewStateType1View,
    )
    from .customer_review_type_type_1 import (
        CustomerReviewTypeType1,
        CustomerReviewTypeType1JSON,
        CustomerReviewTypeType1View,
    )
    from .customer_review_verification_type_type_1 import (
        CustomerReviewVerificationTypeType1,
        CustomerReviewVerificationTypeType1JSON,
        CustomerReviewVerificationTypeType1View,
    )
    from .feedback_type import FeedbackType
    from .minimal_review import MinimalReview, MinimalReviewJSON, MinimalReviewView
    from .minimal_review_list import (
        MinimalReviewList,
        MinimalReviewListJSON,
        MinimalReviewListView,
    )
    from .minimal_review_state_type_1 import (
        MinimalReviewStateType1,
        MinimalReviewStateType1JSON,
        MinimalReviewStateType1View,
    )
    from .o_auth_error import OAuthError, OAuthErrorJSON, OAuthErrorView
    from .o_auth_error_error import OAuthErrorError
    from .original_review import OriginalReview, OriginalReviewJSON, OriginalReviewView
    from .original_review_reply import (
        OriginalReviewReply,
        OriginalReviewReplyJSON,
        OriginalReviewReplyView,
    )
    from .paging import Paging, PagingJSON, PagingView
    from .paging_cursor import PagingCursor, PagingCursorJSON, PagingCursorView
    from .paging_links import PagingLinks, PagingLinksJSON, PagingLinksView
    from .product import Product, ProductJSON, ProductView
    from .questionnaire import Questionnaire, QuestionnaireJSON, QuestionnaireView
    from .review_event import ReviewEvent, ReviewEventJSON, ReviewEventView
    from .review_reply_request import (
        ReviewReplyRequest,
        ReviewReplyRequestJSON,
        ReviewReplyRequestView,
    )
    from .review_state import ReviewState
    from .review_status_filter import ReviewStatusFilter
    from .review_type import ReviewType
    from .review_type_filter import ReviewTypeFilter
    from .review_veto_request import (
        ReviewVetoRequest,
        ReviewVetoRequestJSON,
        ReviewVetoRequestView,
    )
    from .review_veto_response import (
        ReviewVetoResponse,
        ReviewVetoResponseJSON,
        ReviewVetoResponseView,
    )
    from .reviews_additional_information import ReviewsAdditionalInformation
    from .reviews_count import ReviewsCount, ReviewsCountJSON, ReviewsCountView
    from .reviews_order_by import ReviewsOrderBy
    from .reviews_status_filter import ReviewsStatusFilter
    from .reviews_type_filter import ReviewsTypeFilter
    from .survey_data import SurveyData, SurveyDataJSON, SurveyDataView
    from .tracking import Tracking, TrackingJSON, TrackingView
    from .tracking_medium import TrackingMedium
    from .tracking_source import TrackingSource
    from .transaction import Transaction, TransactionJSON, TransactionView
    from .verification_type import VerificationType
    from .veto import Veto, VetoJSON, VetoView
    from .veto_reason import VetoReason
else:

    def __getattr__(name: str) -> object:
        # Hidden from type checkers: to them an unknown name stays an error, not an ``object``.
        if name in _MODULES:  # a model's module, as the eager package had them all loaded
            return importlib.import_module(f"{__name__}.{name}")
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value  # later reads find it without calling this function
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
