"""Contains all the data models used in inputs/outputs, the JSON shape of each model and typed views of it"""

from .error import Error, ErrorJSON, ErrorView
from .error_detail import ErrorDetail, ErrorDetailJSON, ErrorDetailView
from .error_detail_code import ErrorDetailCode
from .feedback import Feedback, FeedbackJSON, FeedbackView
from .feedback_list import FeedbackList, FeedbackListJSON, FeedbackListView
from .feedback_state import FeedbackState
from .feedback_state_filter import FeedbackStateFilter
from .list_feedbacks_accept_version import ListFeedbacksAcceptVersion
from .pagination import Pagination, PaginationJSON, PaginationView
from .purchase import Purchase, PurchaseJSON, PurchaseView
from .purchase_order import PurchaseOrder, PurchaseOrderJSON, PurchaseOrderView

__all__ = (
    "Error",
    "ErrorDetail",
    "ErrorDetailCode",
    "ErrorDetailJSON",
    "ErrorDetailView",
    "ErrorJSON",
    "ErrorView",
    "Feedback",
    "FeedbackJSON",
    "FeedbackList",
    "FeedbackListJSON",
    "FeedbackListView",
    "FeedbackState",
    "FeedbackStateFilter",
    "FeedbackView",
    "ListFeedbacksAcceptVersion",
    "Pagination",
    "PaginationJSON",
    "PaginationView",
    "Purchase",
    "PurchaseJSON",
    "PurchaseOrder",
    "PurchaseOrderJSON",
    "PurchaseOrderView",
    "PurchaseView",
)
