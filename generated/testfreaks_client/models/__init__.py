"""Contains all the data models used in inputs/outputs, and the JSON shape of each model"""

from .custom_questions import CustomQuestions, CustomQuestionsJSON
from .delete_result import DeleteResult, DeleteResultJSON
from .error import Error, ErrorJSON
from .image import Image, ImageJSON
from .image_write import ImageWrite, ImageWriteJSON
from .moderation_status import ModerationStatus
from .review import Review, ReviewJSON
from .review_envelope import ReviewEnvelope, ReviewEnvelopeJSON
from .review_list import ReviewList, ReviewListJSON
from .review_list_links import ReviewListLinks, ReviewListLinksJSON
from .review_order import ReviewOrder, ReviewOrderJSON
from .review_order_customer import ReviewOrderCustomer, ReviewOrderCustomerJSON
from .review_order_item import ReviewOrderItem, ReviewOrderItemJSON
from .review_properties import ReviewProperties, ReviewPropertiesJSON
from .review_reply import ReviewReply, ReviewReplyJSON
from .review_type import ReviewType
from .review_write import ReviewWrite, ReviewWriteJSON
from .review_write_request import ReviewWriteRequest, ReviewWriteRequestJSON

__all__ = (
    "CustomQuestions",
    "CustomQuestionsJSON",
    "DeleteResult",
    "DeleteResultJSON",
    "Error",
    "ErrorJSON",
    "Image",
    "ImageJSON",
    "ImageWrite",
    "ImageWriteJSON",
    "ModerationStatus",
    "Review",
    "ReviewEnvelope",
    "ReviewEnvelopeJSON",
    "ReviewJSON",
    "ReviewList",
    "ReviewListJSON",
    "ReviewListLinks",
    "ReviewListLinksJSON",
    "ReviewOrder",
    "ReviewOrderCustomer",
    "ReviewOrderCustomerJSON",
    "ReviewOrderItem",
    "ReviewOrderItemJSON",
    "ReviewOrderJSON",
    "ReviewProperties",
    "ReviewPropertiesJSON",
    "ReviewReply",
    "ReviewReplyJSON",
    "ReviewType",
    "ReviewWrite",
    "ReviewWriteJSON",
    "ReviewWriteRequest",
    "ReviewWriteRequestJSON",
)
