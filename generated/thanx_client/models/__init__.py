"""Contains all the data models used in inputs/outputs, and the JSON shape of each model"""

from .error import Error, ErrorJSON
from .error_detail import ErrorDetail, ErrorDetailJSON
from .error_detail_code import ErrorDetailCode
from .feedback import Feedback, FeedbackJSON
from .feedback_envelope import FeedbackEnvelope, FeedbackEnvelopeJSON
from .feedback_list import FeedbackList, FeedbackListJSON
from .feedback_response import FeedbackResponse, FeedbackResponseJSON
from .feedback_response_request import (
    FeedbackResponseRequest,
    FeedbackResponseRequestJSON,
)
from .feedback_state import FeedbackState
from .feedback_state_filter import FeedbackStateFilter
from .list_feedbacks_accept_version import ListFeedbacksAcceptVersion
from .pagination import Pagination, PaginationJSON
from .purchase import Purchase, PurchaseJSON
from .purchase_order import PurchaseOrder, PurchaseOrderJSON
from .respond_to_feedback_accept_version import RespondToFeedbackAcceptVersion

__all__ = (
    "Error",
    "ErrorDetail",
    "ErrorDetailCode",
    "ErrorDetailJSON",
    "ErrorJSON",
    "Feedback",
    "FeedbackEnvelope",
    "FeedbackEnvelopeJSON",
    "FeedbackJSON",
    "FeedbackList",
    "FeedbackListJSON",
    "FeedbackResponse",
    "FeedbackResponseJSON",
    "FeedbackResponseRequest",
    "FeedbackResponseRequestJSON",
    "FeedbackState",
    "FeedbackStateFilter",
    "ListFeedbacksAcceptVersion",
    "Pagination",
    "PaginationJSON",
    "Purchase",
    "PurchaseJSON",
    "PurchaseOrder",
    "PurchaseOrderJSON",
    "RespondToFeedbackAcceptVersion",
)
