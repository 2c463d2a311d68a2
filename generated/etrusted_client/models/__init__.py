"""Contains all the data models used in inputs/outputs"""

from .access_token import AccessToken
from .access_token_request import AccessTokenRequest
from .access_token_request_audience import AccessTokenRequestAudience
from .access_token_request_grant_type import AccessTokenRequestGrantType
from .additional_information import AdditionalInformation
from .additional_information_filter import AdditionalInformationFilter
from .additional_information_original_review import AdditionalInformationOriginalReview
from .attachment_image import AttachmentImage
from .attachments import Attachments
from .customer import Customer
from .customer_review import CustomerReview
from .customer_review_feedback_type_type_1 import CustomerReviewFeedbackTypeType1
from .customer_review_list import CustomerReviewList
from .customer_review_metadata import CustomerReviewMetadata
from .customer_review_order_by import CustomerReviewOrderBy
from .customer_review_reply import CustomerReviewReply
from .customer_review_state_type_1 import CustomerReviewStateType1
from .customer_review_type_type_1 import CustomerReviewTypeType1
from .customer_review_verification_type_type_1 import (
    CustomerReviewVerificationTypeType1,
)
from .feedback_type import FeedbackType
from .minimal_review import MinimalReview
from .minimal_review_list import MinimalReviewList
from .minimal_review_state_type_1 import MinimalReviewStateType1
from .o_auth_error import OAuthError
from .o_auth_error_error import OAuthErrorError
from .original_review import OriginalReview
from .original_review_reply import OriginalReviewReply
from .paging import Paging
from .paging_cursor import PagingCursor
from .paging_links import PagingLinks
from .product import Product
from .questionnaire import Questionnaire
from .review_event import ReviewEvent
from .review_reply_request import ReviewReplyRequest
from .review_state import ReviewState
from .review_status_filter import ReviewStatusFilter
from .review_type import ReviewType
from .review_type_filter import ReviewTypeFilter
from .review_veto_request import ReviewVetoRequest
from .review_veto_response import ReviewVetoResponse
from .reviews_additional_information import ReviewsAdditionalInformation
from .reviews_count import ReviewsCount
from .reviews_order_by import ReviewsOrderBy
from .reviews_status_filter import ReviewsStatusFilter
from .reviews_type_filter import ReviewsTypeFilter
from .survey_data import SurveyData
from .tracking import Tracking
from .tracking_medium import TrackingMedium
from .tracking_source import TrackingSource
from .transaction import Transaction
from .verification_type import VerificationType
from .veto import Veto
from .veto_reason import VetoReason

__all__ = (
    "AccessToken",
    "AccessTokenRequest",
    "AccessTokenRequestAudience",
    "AccessTokenRequestGrantType",
    "AdditionalInformation",
    "AdditionalInformationFilter",
    "AdditionalInformationOriginalReview",
    "AttachmentImage",
    "Attachments",
    "Customer",
    "CustomerReview",
    "CustomerReviewFeedbackTypeType1",
    "CustomerReviewList",
    "CustomerReviewMetadata",
    "CustomerReviewOrderBy",
    "CustomerReviewReply",
    "CustomerReviewStateType1",
    "CustomerReviewTypeType1",
    "CustomerReviewVerificationTypeType1",
    "FeedbackType",
    "MinimalReview",
    "MinimalReviewList",
    "MinimalReviewStateType1",
    "OAuthError",
    "OAuthErrorError",
    "OriginalReview",
    "OriginalReviewReply",
    "Paging",
    "PagingCursor",
    "PagingLinks",
    "Product",
    "Questionnaire",
    "ReviewEvent",
    "ReviewReplyRequest",
    "ReviewsAdditionalInformation",
    "ReviewsCount",
    "ReviewsOrderBy",
    "ReviewsStatusFilter",
    "ReviewState",
    "ReviewStatusFilter",
    "ReviewsTypeFilter",
    "ReviewType",
    "ReviewTypeFilter",
    "ReviewVetoRequest",
    "ReviewVetoResponse",
    "SurveyData",
    "Tracking",
    "TrackingMedium",
    "TrackingSource",
    "Transaction",
    "VerificationType",
    "Veto",
    "VetoReason",
)
