"""Contains all the data models used in inputs/outputs, and the JSON shape of each model"""

from .access_token import AccessToken, AccessTokenJSON
from .access_token_request import AccessTokenRequest, AccessTokenRequestJSON
from .access_token_request_grant_type import AccessTokenRequestGrantType
from .additional_information import AdditionalInformation, AdditionalInformationJSON
from .additional_information_filter import AdditionalInformationFilter
from .additional_information_original_review import (
    AdditionalInformationOriginalReview,
    AdditionalInformationOriginalReviewJSON,
)
from .attachment_image import AttachmentImage, AttachmentImageJSON
from .attachments import Attachments, AttachmentsJSON
from .customer import Customer, CustomerJSON
from .customer_review import CustomerReview, CustomerReviewJSON
from .customer_review_feedback_type_type_1 import (
    CustomerReviewFeedbackTypeType1,
    CustomerReviewFeedbackTypeType1JSON,
)
from .customer_review_list import CustomerReviewList, CustomerReviewListJSON
from .customer_review_metadata import CustomerReviewMetadata, CustomerReviewMetadataJSON
from .customer_review_order_by import CustomerReviewOrderBy
from .customer_review_reply import CustomerReviewReply, CustomerReviewReplyJSON
from .customer_review_state_type_1 import (
    CustomerReviewStateType1,
    CustomerReviewStateType1JSON,
)
from .customer_review_type_type_1 import (
    CustomerReviewTypeType1,
    CustomerReviewTypeType1JSON,
)
from .customer_review_verification_type_type_1 import (
    CustomerReviewVerificationTypeType1,
    CustomerReviewVerificationTypeType1JSON,
)
from .feedback_type import FeedbackType
from .o_auth_error import OAuthError, OAuthErrorJSON
from .o_auth_error_error import OAuthErrorError
from .original_review import OriginalReview, OriginalReviewJSON
from .original_review_reply import OriginalReviewReply, OriginalReviewReplyJSON
from .paging import Paging, PagingJSON
from .paging_cursor import PagingCursor, PagingCursorJSON
from .paging_links import PagingLinks, PagingLinksJSON
from .product import Product, ProductJSON
from .questionnaire import Questionnaire, QuestionnaireJSON
from .review_event import ReviewEvent, ReviewEventJSON
from .review_state import ReviewState
from .review_status_filter import ReviewStatusFilter
from .review_type import ReviewType
from .review_type_filter import ReviewTypeFilter
from .review_veto_request import ReviewVetoRequest, ReviewVetoRequestJSON
from .review_veto_request_reason import ReviewVetoRequestReason
from .review_veto_response import ReviewVetoResponse, ReviewVetoResponseJSON
from .survey_data import SurveyData, SurveyDataJSON
from .transaction import Transaction, TransactionJSON
from .verification_type import VerificationType
from .veto import Veto, VetoJSON
from .veto_reason import VetoReason

__all__ = (
    "AccessToken",
    "AccessTokenJSON",
    "AccessTokenRequest",
    "AccessTokenRequestGrantType",
    "AccessTokenRequestJSON",
    "AdditionalInformation",
    "AdditionalInformationFilter",
    "AdditionalInformationJSON",
    "AdditionalInformationOriginalReview",
    "AdditionalInformationOriginalReviewJSON",
    "AttachmentImage",
    "AttachmentImageJSON",
    "Attachments",
    "AttachmentsJSON",
    "Customer",
    "CustomerJSON",
    "CustomerReview",
    "CustomerReviewFeedbackTypeType1",
    "CustomerReviewFeedbackTypeType1JSON",
    "CustomerReviewJSON",
    "CustomerReviewList",
    "CustomerReviewListJSON",
    "CustomerReviewMetadata",
    "CustomerReviewMetadataJSON",
    "CustomerReviewOrderBy",
    "CustomerReviewReply",
    "CustomerReviewReplyJSON",
    "CustomerReviewStateType1",
    "CustomerReviewStateType1JSON",
    "CustomerReviewTypeType1",
    "CustomerReviewTypeType1JSON",
    "CustomerReviewVerificationTypeType1",
    "CustomerReviewVerificationTypeType1JSON",
    "FeedbackType",
    "OAuthError",
    "OAuthErrorError",
    "OAuthErrorJSON",
    "OriginalReview",
    "OriginalReviewJSON",
    "OriginalReviewReply",
    "OriginalReviewReplyJSON",
    "Paging",
    "PagingCursor",
    "PagingCursorJSON",
    "PagingJSON",
    "PagingLinks",
    "PagingLinksJSON",
    "Product",
    "ProductJSON",
    "Questionnaire",
    "QuestionnaireJSON",
    "ReviewEvent",
    "ReviewEventJSON",
    "ReviewState",
    "ReviewStatusFilter",
    "ReviewType",
    "ReviewTypeFilter",
    "ReviewVetoRequest",
    "ReviewVetoRequestJSON",
    "ReviewVetoRequestReason",
    "ReviewVetoResponse",
    "ReviewVetoResponseJSON",
    "SurveyData",
    "SurveyDataJSON",
    "Transaction",
    "TransactionJSON",
    "VerificationType",
    "Veto",
    "VetoJSON",
    "VetoReason",
)
