"""Contains all the data models used in inputs/outputs, the JSON shape of each model and typed views of it"""

import importlib
from typing import TYPE_CHECKING

__all__ = (
    "AccessToken",
    "AccessTokenJSON",
    "AccessTokenView",
    "Account",
    "AccountJSON",
    "AccountList",
    "AccountListJSON",
    "AccountListView",
    "AccountPermissionLevel",
    "AccountRole",
    "AccountType",
    "AccountView",
    "BatchGetReviewsRequest",
    "BatchGetReviewsRequestJSON",
    "BatchGetReviewsRequestView",
    "BatchGetReviewsResponse",
    "BatchGetReviewsResponseJSON",
    "BatchGetReviewsResponseView",
    "Error",
    "ErrorDetail",
    "ErrorDetailJSON",
    "ErrorDetailView",
    "ErrorJSON",
    "ErrorView",
    "Location",
    "LocationJSON",
    "LocationList",
    "LocationListJSON",
    "LocationListView",
    "LocationReview",
    "LocationReviewJSON",
    "LocationReviewView",
    "LocationView",
    "OAuthError",
    "OAuthErrorError",
    "OAuthErrorJSON",
    "OAuthErrorView",
    "OrganizationInfo",
    "OrganizationInfoJSON",
    "OrganizationInfoView",
    "RefreshTokenRequest",
    "RefreshTokenRequestGrantType",
    "RefreshTokenRequestJSON",
    "RefreshTokenRequestView",
    "Review",
    "ReviewJSON",
    "ReviewList",
    "ReviewListJSON",
    "ReviewListView",
    "ReviewMediaItem",
    "ReviewMediaItemJSON",
    "ReviewMediaItemView",
    "ReviewOrder",
    "ReviewReply",
    "ReviewReplyJSON",
    "ReviewReplyView",
    "ReviewReplyWrite",
    "ReviewReplyWriteJSON",
    "ReviewReplyWriteView",
    "ReviewView",
    "Reviewer",
    "ReviewerJSON",
    "ReviewerView",
    "StarRating",
    "Status",
    "StatusJSON",
    "StatusStatus",
    "StatusView",
)

#: the module of each name above
_MODULE_OF = {
    "AccessToken": "access_token",
    "AccessTokenJSON": "access_token",
    "AccessTokenView": "access_token",
    "Account": "account",
    "AccountJSON": "account",
    "AccountList": "account_list",
    "AccountListJSON": "account_list",
    "AccountListView": "account_list",
    "AccountPermissionLevel": "account_permission_level",
    "AccountRole": "account_role",
    "AccountType": "account_type",
    "AccountView": "account",
    "BatchGetReviewsRequest": "batch_get_reviews_request",
    "BatchGetReviewsRequestJSON": "batch_get_reviews_request",
    "BatchGetReviewsRequestView": "batch_get_reviews_request",
    "BatchGetReviewsResponse": "batch_get_reviews_response",
    "BatchGetReviewsResponseJSON": "batch_get_reviews_response",
    "BatchGetReviewsResponseView": "batch_get_reviews_response",
    "Error": "error",
    "ErrorDetail": "error_detail",
    "ErrorDetailJSON": "error_detail",
    "ErrorDetailView": "error_detail",
    "ErrorJSON": "error",
    "ErrorView": "error",
    "Location": "location",
    "LocationJSON": "location",
    "LocationList": "location_list",
    "LocationListJSON": "location_list",
    "LocationListView": "location_list",
    "LocationReview": "location_review",
    "LocationReviewJSON": "location_review",
    "LocationReviewView": "location_review",
    "LocationView": "location",
    "OAuthError": "o_auth_error",
    "OAuthErrorError": "o_auth_error_error",
    "OAuthErrorJSON": "o_auth_error",
    "OAuthErrorView": "o_auth_error",
    "OrganizationInfo": "organization_info",
    "OrganizationInfoJSON": "organization_info",
    "OrganizationInfoView": "organization_info",
    "RefreshTokenRequest": "refresh_token_request",
    "RefreshTokenRequestGrantType": "refresh_token_request_grant_type",
    "RefreshTokenRequestJSON": "refresh_token_request",
    "RefreshTokenRequestView": "refresh_token_request",
    "Review": "review",
    "ReviewJSON": "review",
    "ReviewList": "review_list",
    "ReviewListJSON": "review_list",
    "ReviewListView": "review_list",
    "ReviewMediaItem": "review_media_item",
    "ReviewMediaItemJSON": "review_media_item",
    "ReviewMediaItemView": "review_media_item",
    "ReviewOrder": "review_order",
    "ReviewReply": "review_reply",
    "ReviewReplyJSON": "review_reply",
    "ReviewReplyView": "review_reply",
    "ReviewReplyWrite": "review_reply_write",
    "ReviewReplyWriteJSON": "review_reply_write",
    "ReviewReplyWriteView": "review_reply_write",
    "ReviewView": "review",
    "Reviewer": "reviewer",
    "ReviewerJSON": "reviewer",
    "ReviewerView": "reviewer",
    "StarRating": "star_rating",
    "Status": "status",
    "StatusJSON": "status",
    "StatusStatus": "status_status",
    "StatusView": "status",
}
_MODULES = frozenset(_MODULE_OF.values())

if TYPE_CHECKING:
    from .access_token import AccessToken, AccessTokenJSON, AccessTokenView
    from .account import Account, AccountJSON, AccountView
    from .account_list import AccountList, AccountListJSON, AccountListView
    from .account_permission_level import AccountPermissionLevel
    from .account_role import AccountRole
    from .account_type import AccountType
    from .batch_get_reviews_request import (
        BatchGetReviewsRequest,
        BatchGetReviewsRequestJSON,
        BatchGetReviewsRequestView,
    )
    from .batch_get_reviews_response import (
        BatchGetReviewsResponse,
        BatchGetReviewsResponseJSON,
        BatchGetReviewsResponseView,
    )
    from .error import Error, ErrorJSON, ErrorView
    from .error_detail import ErrorDetail, ErrorDetailJSON, ErrorDetailView
    from .location import Location, LocationJSON, LocationView
    from .location_list import LocationList, LocationListJSON, LocationListView
    from .location_review import LocationReview, LocationReviewJSON, LocationReviewView
    from .o_auth_error import OAuthError, OAuthErrorJSON, OAuthErrorView
    from .o_auth_error_error import OAuthErrorError
    from .organization_info import (
        OrganizationInfo,
        OrganizationInfoJSON,
        OrganizationInfoView,
    )
    from .refresh_token_request import (
        RefreshTokenRequest,
        RefreshTokenRequestJSON,
        RefreshTokenRequestView,
    )
    from .refresh_token_request_grant_type import RefreshTokenRequestGrantType
    from .review import Review, ReviewJSON, ReviewView
    from .review_list import ReviewList, ReviewListJSON, ReviewListView
    from .review_media_item import (
        ReviewMediaItem,
        ReviewMediaItemJSON,
        ReviewMediaItemView,
    )
    from .review_order import ReviewOrder
    from .review_reply import ReviewReply, ReviewReplyJSON, ReviewReplyView
    from .review_reply_write import (
        ReviewReplyWrite,
        ReviewReplyWriteJSON,
        ReviewReplyWriteView,
    )
    from .reviewer import Reviewer, ReviewerJSON, ReviewerView
    from .star_rating import StarRating
    from .status import Status, StatusJSON, StatusView
    from .status_status import StatusStatus
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
