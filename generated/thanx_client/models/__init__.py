"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .error_detail import ErrorDetail
from .error_detail_code import ErrorDetailCode
from .feedback import Feedback
from .feedback_list import FeedbackList
from .feedback_state import FeedbackState
from .feedback_state_filter import FeedbackStateFilter
from .list_feedbacks_accept_version import ListFeedbacksAcceptVersion
from .pagination import Pagination
from .purchase import Purchase
from .purchase_order import PurchaseOrder

__all__ = (
    "Error",
    "ErrorDetail",
    "ErrorDetailCode",
    "Feedback",
    "FeedbackList",
    "FeedbackState",
    "FeedbackStateFilter",
    "ListFeedbacksAcceptVersion",
    "Pagination",
    "Purchase",
    "PurchaseOrder",
)
