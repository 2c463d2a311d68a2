"""Contains all the data models used in inputs/outputs, and the JSON shape of each model"""

from .error import Error, ErrorJSON
from .error_detail import ErrorDetail, ErrorDetailJSON
from .error_detail_code import ErrorDetailCode
from .feedback import Feedback, FeedbackJSON
from .feedback_list import FeedbackList, FeedbackListJSON
from .feedback_state import FeedbackState
from .feedback_state_filter import FeedbackStateFilter
from .list_feedbacks_accept_version import ListFeedbacksAcceptVersion
from .pagination import Pagination, PaginationJSON
from .purchase import Purchase, PurchaseJSON
from .purchase_order import PurchaseOrder, PurchaseOrderJSON

__all__ = (
    "Error",
    "ErrorDetail",
    "ErrorDetailCode",
    "ErrorDetailJSON",
    "ErrorJSON",
    "Feedback",
    "FeedbackJSON",
    "FeedbackList",
    "FeedbackListJSON",
    "FeedbackState",
    "FeedbackStateFilter",
    "ListFeedbacksAcceptVersion",
    "Pagination",
    "PaginationJSON",
    "Purchase",
    "PurchaseJSON",
    "PurchaseOrder",
    "PurchaseOrderJSON",
)
