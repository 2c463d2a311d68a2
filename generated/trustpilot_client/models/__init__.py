"""Contains all the data models used in inputs/outputs, the JSON shape of each model and typed views of it"""

import importlib
from typing import TYPE_CHECKING

__all__ = (
    "AccessToken",
    "AccessTokenJSON",
    "AccessTokenRequest",
    "AccessTokenRequestGrantType",
    "AccessTokenRequestJSON",
    "AccessTokenRequestView",
    "AccessTokenView",
    "BusinessUnit",
    "BusinessUnitHistoryEntry",
    "BusinessUnitHistoryEntryJSON",
    "BusinessUnitHistoryEntryView",
    "BusinessUnitJSON",
    "BusinessUnitName",
    "BusinessUnitNameJSON",
    "BusinessUnitNameView",
    "BusinessUnitScore",
    "BusinessUnitScoreJSON",
    "BusinessUnitScoreView",
    "BusinessUnitView",
    "CompanyReply",
    "CompanyReplyJSON",
    "CompanyReplyView",
    "Consumer",
    "ConsumerJSON",
    "ConsumerResponse",
    "ConsumerResponseJSON",
    "ConsumerResponseView",
    "ConsumerView",
    "Error",
    "ErrorJSON",
    "ErrorView",
    "FindReviewer",
    "FindReviewerJSON",
    "FindReviewerRequest",
    "FindReviewerRequestJSON",
    "FindReviewerRequestView",
    "FindReviewerView",
    "Invitation",
    "InvitationJSON",
    "InvitationView",
    "Link",
    "LinkJSON",
    "LinkView",
    "Location",
    "LocationJSON",
    "LocationView",
    "PrivateReview",
    "PrivateReviewJSON",
    "PrivateReviewList",
    "PrivateReviewListJSON",
    "PrivateReviewListView",
    "PrivateReviewView",
    "ReplyRequest",
    "ReplyRequestJSON",
    "ReplyRequestView",
    "ReportData",
    "ReportDataJSON",
    "ReportDataView",
    "ReviewBusinessUnit",
    "ReviewBusinessUnitJSON",
    "ReviewBusinessUnitView",
    "ReviewCounts",
    "ReviewCountsJSON",
    "ReviewCountsView",
    "ReviewOrder",
    "Tag",
    "TagJSON",
    "TagView",
)

#: the module of each name above
_MODULE_OF = {
    "AccessToken": "access_token",
    "AccessTokenJSON": "access_token",
    "AccessTokenRequest": "access_token_request",
    "AccessTokenRequestGrantType": "access_token_request_grant_type",
    "AccessTokenRequestJSON": "access_token_request",
    "AccessTokenRequestView": "access_token_request",
    "AccessTokenView": "access_token",
    "BusinessUnit": "business_unit",
    "BusinessUnitHistoryEntry": "business_unit_history_entry",
    "BusinessUnitHistoryEntryJSON": "business_unit_history_entry",
    "BusinessUnitHistoryEntryView": "business_unit_history_entry",
    "BusinessUnitJSON": "business_unit",
    "BusinessUnitName": "business_unit_name",
    "BusinessUnitNameJSON": "business_unit_name",
    "BusinessUnitNameView": "business_unit_name",
    "BusinessUnitScore": "business_unit_score",
    "BusinessUnitScoreJSON": "business_unit_score",
    "BusinessUnitScoreView": "business_unit_score",
    "BusinessUnitView": "business_unit",
    "CompanyReply": "company_reply",
    "CompanyReplyJSON": "company_reply",
    "CompanyReplyView": "company_reply",
    "Consumer": "consumer",
    "ConsumerJSON": "consumer",
    "ConsumerResponse": "consumer_response",
    "ConsumerResponseJSON": "consumer_response",
    "ConsumerResponseView": "consumer_response",
    "ConsumerView": "consumer",
    "Error": "error",
    "ErrorJSON": "error",
    "ErrorView": "error",
    "FindReviewer": "find_reviewer",
    "FindReviewerJSON": "find_reviewer",
    "FindReviewerRequest": "find_reviewer_request",
    "FindReviewerRequestJSON": "find_reviewer_request",
    "FindReviewerRequestView": "find_reviewer_request",
    "FindReviewerView": "find_reviewer",
    "Invitation": "invitation",
    "InvitationJSON": "invitation",
    "InvitationView": "invitation",
    "Link": "link",
    "LinkJSON": "link",
    "LinkView": "link",
    "Location": "location",
    "LocationJSON": "location",
    "LocationView": "location",
    "PrivateReview": "private_review",
    "PrivateReviewJSON": "private_review",
    "PrivateReviewList": "private_review_list",
    "PrivateReviewListJSON": "private_review_list",
    "PrivateReviewListView": "private_review_list",
    "PrivateReviewView": "private_review",
    "ReplyRequest": "reply_request",
    "ReplyRequestJSON": "reply_request",
    "ReplyRequestView": "reply_request",
    "ReportData": "report_data",
    "ReportDataJSON": "report_data",
    "ReportDataView": "report_data",
    "ReviewBusinessUnit": "review_business_unit",
    "ReviewBusinessUnitJSON": "review_business_unit",
    "ReviewBusinessUnitView": "review_business_unit",
    "ReviewCounts": "review_counts",
    "ReviewCountsJSON": "review_counts",
    "ReviewCountsView": "review_counts",
    "ReviewOrder": "review_order",
    "Tag": "tag",
    "TagJSON": "tag",
    "TagView": "tag",
}
_MODULES = frozenset(_MODULE_OF.values())

if TYPE_CHECKING:
    from .access_token import AccessToken, AccessTokenJSON, AccessTokenView
    from .access_token_request import (
        AccessTokenRequest,
        AccessTokenRequestJSON,
        AccessTokenRequestView,
    )
    from .access_token_request_grant_type import AccessTokenRequestGrantType
    from .business_unit import BusinessUnit, BusinessUnitJSON, BusinessUnitView
    from .business_unit_history_entry import (
        BusinessUnitHistoryEntry,
        BusinessUnitHistoryEntryJSON,
        BusinessUnitHistoryEntryView,
    )
    from .business_unit_name import (
        BusinessUnitName,
        BusinessUnitNameJSON,
        BusinessUnitNameView,
    )
    from .business_unit_score import (
        BusinessUnitScore,
        BusinessUnitScoreJSON,
        BusinessUnitScoreView,
    )
    from .company_reply import CompanyReply, CompanyReplyJSON, CompanyReplyView
    from .consumer import Consumer, ConsumerJSON, ConsumerView
    from .consumer_response import (
        ConsumerResponse,
        ConsumerResponseJSON,
        ConsumerResponseView,
    )
    from .error import Error, ErrorJSON, ErrorView
    from .find_reviewer import FindReviewer, FindReviewerJSON, FindReviewerView
    from .find_reviewer_request import (
        FindReviewerRequest,
        FindReviewerRequestJSON,
        FindReviewerRequestView,
    )
    from .invitation import Invitation, InvitationJSON, InvitationView
    from .link import Link, LinkJSON, LinkView
    from .location import Location, LocationJSON, LocationView
    from .private_review import PrivateReview, PrivateReviewJSON, PrivateReviewView
    from .private_review_list import (
        PrivateReviewList,
        PrivateReviewListJSON,
        PrivateReviewListView,
    )
    from .reply_request import ReplyRequest, ReplyRequestJSON, ReplyRequestView
    from .report_data import ReportData, ReportDataJSON, ReportDataView
    from .review_business_unit import (
        ReviewBusinessUnit,
        ReviewBusinessUnitJSON,
        ReviewBusinessUnitView,
    )
    from .review_counts import ReviewCounts, ReviewCountsJSON, ReviewCountsView
    from .review_order import ReviewOrder
    from .tag import Tag, TagJSON, TagView
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
