"""Contains all the data models used in inputs/outputs, the JSON shape of each model and typed views of it"""

from .custom_questions import CustomQuestions, CustomQuestionsJSON, CustomQuestionsView
from .delete_result import DeleteResult, DeleteResultJSON, DeleteResultView
from .error import Error, ErrorJSON, ErrorView
from .image import Image, ImageJSON, ImageView
from .image_write import ImageWrite, ImageWriteJSON, ImageWriteView
from .moderation_status import ModerationStatus
from .review import Review, ReviewJSON, ReviewView
from .review_envelope import ReviewEnvelope, ReviewEnvelopeJSON, ReviewEnvelopeView
from .review_list import ReviewList, ReviewListJSON, ReviewListView
from .review_list_links import ReviewListLinks, ReviewListLinksJSON, ReviewListLinksView
from .review_order import ReviewOrder, ReviewOrderJSON, ReviewOrderView
from .review_order_customer import (
    ReviewOrderCustomer,
    ReviewOrderCustomerJSON,
    ReviewOrderCustomerView,
)
from .review_order_item import ReviewOrderItem, ReviewOrderItemJSON, ReviewOrderItemView
from .review_properties import (
    ReviewProperties,
    ReviewPropertiesJSON,
    ReviewPropertiesView,
)
from .review_reply import ReviewReply, ReviewReplyJSON, ReviewReplyView
from .review_type import ReviewType
from .review_write import ReviewWrite, ReviewWriteJSON, ReviewWriteView
from .review_write_request import (
    ReviewWriteRequest,
    ReviewWriteRequestJSON,
    ReviewWriteRequestView,
)

__all__ = (
    "CustomQuestions",
    "CustomQuestionsJSON",
    "CustomQuestionsView",
    "DeleteResult",
    "DeleteResultJSON",
    "DeleteResultView",
    "Error",
    "ErrorJSON",
    "ErrorView",
    "Image",
    "ImageJSON",
    "ImageView",
    "ImageWrite",
    "ImageWriteJSON",
    "ImageWriteView",
    "ModerationStatus",
    "Review",
    "ReviewEnvelope",
    "ReviewEnvelopeJSON",
    "ReviewEnvelopeView",
    "ReviewJSON",
    "ReviewList",
    "ReviewListJSON",
    "ReviewListLinks",
    "ReviewListLinksJSON",
    "ReviewListLinksView",
    "ReviewListView",
    "ReviewOrder",
    "ReviewOrderCustomer",
    "ReviewOrderCustomerJSON",
    "ReviewOrderCustomerView",
    "ReviewOrderItem",
    "ReviewOrderItemJSON",
    "ReviewOrderItemView",
    "ReviewOrderJSON",
    "ReviewOrderView",
    "ReviewProperties",
    "ReviewPropertiesJSON",
    "ReviewPropertiesView",
    "ReviewReply",
    "ReviewReplyJSON",
    "ReviewReplyView",
    "ReviewType",
    "ReviewView",
    "ReviewWrite",
    "ReviewWriteJSON",
    "ReviewWriteRequest",
    "ReviewWriteRequestJSON",
    "ReviewWriteRequestView",
    "ReviewWriteView",
)
