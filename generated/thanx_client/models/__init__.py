"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .error_detail import ErrorDetail
from .error_detail_code import ErrorDetailCode
from .feedback import Feedback
from .feedback_envelope import FeedbackEnvelope
from .feedback_list import FeedbackList
from .feedback_response import FeedbackResponse
from .feedback_response_request import FeedbackResponseRequest
from .feedback_state import FeedbackState
from .feedback_state_filter import FeedbackStateFilter
from .list_feedbacks_accept_version import ListFeedbacksAcceptVersion
from .pagination import Pagination
from .purchase import Purchase
from .purchase_order import PurchaseOrder
from .respond_to_feedback_accept_version import RespondToFeedbackAcceptVersion

__all__ = (
    "Error",
    "ErrorDetail",
    "ErrorDetailCode",
    "Feedback",
    "FeedbackEnvelope",
    "FeedbackList",
    "FeedbackResponse",
    "FeedbackResponseRequest",
    "FeedbackState",
    "FeedbackStateFilter",
    "ListFeedbacksAcceptVersion",
    "Pagination",
    "Purchase",
    "PurchaseOrder",
    "RespondToFeedbackAcceptVersion",
)
