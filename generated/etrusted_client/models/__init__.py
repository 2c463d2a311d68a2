"""Contains all the data models used in inputs/outputs, the JSON shape of each model and typed views of it"""

from .access_token import AccessToken, AccessTokenJSON, AccessTokenView
from .access_token_request import (
    AccessTokenRequest,
    AccessTokenRequestJSON,
    AccessTokenRequestView,
)
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
from .attachment_image import AttachmentImage, AttachmentImageJSON, AttachmentImageView
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
from .review_state import ReviewState
from .review_status_filter import ReviewStatusFilter
from .review_type import ReviewType
from .review_type_filter import ReviewTypeFilter
from .review_veto_request import (
    ReviewVetoRequest,
    ReviewVetoRequestJSON,
    ReviewVetoRequestView,
)
from .review_veto_request_reason import ReviewVetoRequestReason
from .review_veto_response import (
    ReviewVetoResponse,
    ReviewVetoResponseJSON,
    ReviewVetoResponseView,
)
from .survey_data import SurveyData, SurveyDataJSON, SurveyDataView
from .transaction import Transaction, TransactionJSON, TransactionView
from .verification_type import VerificationType
from .veto import Veto, VetoJSON, VetoView
from .veto_reason import VetoReason

__all__ = (
    "AccessToken",
    "AccessTokenJSON",
    "AccessTokenRequest",
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
    "ReviewState",
    "ReviewStatusFilter",
    "ReviewType",
    "ReviewTypeFilter",
    "ReviewVetoRequest",
    "ReviewVetoRequestJSON",
    "ReviewVetoRequestReason",
    "ReviewVetoRequestView",
    "ReviewVetoResponse",
    "ReviewVetoResponseJSON",
    "ReviewVetoResponseView",
    "SurveyData",
    "SurveyDataJSON",
    "SurveyDataView",
    "Transaction",
    "TransactionJSON",
    "TransactionView",
    "VerificationType",
    "Veto",
    "VetoJSON",
    "VetoReason",
    "VetoView",
)
