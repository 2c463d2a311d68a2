"""Contains all the data models used in inputs/outputs, the JSON shape of each model and typed views of it"""

import importlib
from typing import TYPE_CHECKING

__all__ = (
    "Error",
    "ErrorDetail",
    "ErrorDetailCode",
    "ErrorDetailJSON",
    "ErrorDetailView",
    "ErrorJSON",
    "ErrorView",
    "Feedback",
    "FeedbackEnvelope",
    "FeedbackEnvelopeJSON",
    "FeedbackEnvelopeView",
    "FeedbackJSON",
    "FeedbackList",
    "FeedbackListJSON",
    "FeedbackListView",
    "FeedbackResponse",
    "FeedbackResponseJSON",
    "FeedbackResponseRequest",
    "FeedbackResponseRequestJSON",
    "FeedbackResponseRequestView",
    "FeedbackResponseView",
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
    "RespondToFeedbackAcceptVersion",
)

#: the module of each name above
_MODULE_OF = {
    "Error": "error",
    "ErrorDetail": "error_detail",
    "ErrorDetailCode": "error_detail_code",
    "ErrorDetailJSON": "error_detail",
    "ErrorDetailView": "error_detail",
    "ErrorJSON": "error",
    "ErrorView": "error",
    "Feedback": "feedback",
    "FeedbackEnvelope": "feedback_envelope",
    "FeedbackEnvelopeJSON": "feedback_envelope",
    "FeedbackEnvelopeView": "feedback_envelope",
    "FeedbackJSON": "feedback",
    "FeedbackList": "feedback_list",
    "FeedbackListJSON": "feedback_list",
    "FeedbackListView": "feedback_list",
    "FeedbackResponse": "feedback_response",
    "FeedbackResponseJSON": "feedback_response",
    "FeedbackResponseRequest": "feedback_response_request",
    "FeedbackResponseRequestJSON": "feedback_response_request",
    "FeedbackResponseRequestView": "feedback_response_request",
    "FeedbackResponseView": "feedback_response",
    "FeedbackState": "feedback_state",
    "FeedbackStateFilter": "feedback_state_filter",
    "FeedbackView": "feedback",
    "ListFeedbacksAcceptVersion": "list_feedbacks_accept_version",
    "Pagination": "pagination",
    "PaginationJSON": "pagination",
    "PaginationView": "pagination",
    "Purchase": "purchase",
    "PurchaseJSON": "purchase",
    "PurchaseOrder": "purchase_order",
    "PurchaseOrderJSON": "purchase_order",
    "PurchaseOrderView": "purchase_order",
    "PurchaseView": "purchase",
    "RespondToFeedbackAcceptVersion": "respond_to_feedback_accept_version",
}
_MODULES = frozenset(_MODULE_OF.values())

if TYPE_CHECKING:
    from .error import Error, ErrorJSON, ErrorView
    from .error_detail import ErrorDetail, ErrorDetailJSON, ErrorDetailView
    from .error_detail_code import ErrorDetailCode
    from .feedback import Feedback, FeedbackJSON, FeedbackView
    from .feedback_envelope import (
        FeedbackEnvelope,
        FeedbackEnvelopeJSON,
        FeedbackEnvelopeView,
    )
    from .feedback_list import FeedbackList, FeedbackListJSON, FeedbackListView
    from .feedback_response import (
        FeedbackResponse,
        FeedbackResponseJSON,
        FeedbackResponseView,
    )
    from .feedback_response_request import (
        FeedbackResponseRequest,
        FeedbackResponseRequestJSON,
        FeedbackResponseRequestView,
    )
    from .feedback_state import FeedbackState
    from .feedback_state_filter import FeedbackStateFilter
    from .list_feedbacks_accept_version import ListFeedbacksAcceptVersion
    from .pagination import Pagination, PaginationJSON, PaginationView
    from .purchase import Purchase, PurchaseJSON, PurchaseView
    from .purchase_order import PurchaseOrder, PurchaseOrderJSON, PurchaseOrderView
    from .respond_to_feedback_accept_version import RespondToFeedbackAcceptVersion
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
