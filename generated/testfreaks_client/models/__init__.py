"""Contains all the data models used in inputs/outputs"""

from .custom_questions import CustomQuestions
from .delete_result import DeleteResult
from .error import Error
from .image import Image
from .image_write import ImageWrite
from .moderation_status import ModerationStatus
from .review import Review
from .review_envelope import ReviewEnvelope
from .review_list import ReviewList
from .review_list_links import ReviewListLinks
from .review_order import ReviewOrder
from .review_order_customer import ReviewOrderCustomer
from .review_order_item import ReviewOrderItem
from .review_properties import ReviewProperties
from .review_reply import ReviewReply
from .review_type import ReviewType
from .review_write import ReviewWrite
from .review_write_request import ReviewWriteRequest

__all__ = (
    "CustomQuestions",
    "DeleteResult",
    "Error",
    "Image",
    "ImageWrite",
    "ModerationStatus",
    "Review",
    "ReviewEnvelope",
    "ReviewList",
    "ReviewListLinks",
    "ReviewOrder",
    "ReviewOrderCustomer",
    "ReviewOrderItem",
    "ReviewProperties",
    "ReviewReply",
    "ReviewType",
    "ReviewWrite",
    "ReviewWriteRequest",
)
