"""Contains all the data models used in inputs/outputs, the JSON shape of each model and typed views of it"""

import importlib
from typing import TYPE_CHECKING

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

#: the module of each name above
_MODULE_OF = {
    "CustomQuestions": "custom_questions",
    "CustomQuestionsJSON": "custom_questions",
    "CustomQuestionsView": "custom_questions",
    "DeleteResult": "delete_result",
    "DeleteResultJSON": "delete_result",
    "DeleteResultView": "delete_result",
    "Error": "error",
    "ErrorJSON": "error",
    "ErrorView": "error",
    "Image": "image",
    "ImageJSON": "image",
    "ImageView": "image",
    "ImageWrite": "image_write",
    "ImageWriteJSON": "image_write",
    "ImageWriteView": "image_write",
    "ModerationStatus": "moderation_status",
    "Review": "review",
    "ReviewEnvelope": "review_envelope",
    "ReviewEnvelopeJSON": "review_envelope",
    "ReviewEnvelopeView": "review_envelope",
    "ReviewJSON": "review",
    "ReviewList": "review_list",
    "ReviewListJSON": "review_list",
    "ReviewListLinks": "review_list_links",
    "ReviewListLinksJSON": "review_list_links",
    "ReviewListLinksView": "review_list_links",
    "ReviewListView": "review_list",
    "ReviewOrder": "review_order",
    "ReviewOrderCustomer": "review_order_customer",
    "ReviewOrderCustomerJSON": "review_order_customer",
    "ReviewOrderCustomerView": "review_order_customer",
    "ReviewOrderItem": "review_order_item",
    "ReviewOrderItemJSON": "review_order_item",
    "ReviewOrderItemView": "review_order_item",
    "ReviewOrderJSON": "review_order",
    "ReviewOrderView": "review_order",
    "ReviewProperties": "review_properties",
    "ReviewPropertiesJSON": "review_properties",
    "ReviewPropertiesView": "review_properties",
    "ReviewReply": "review_reply",
    "ReviewReplyJSON": "review_reply",
    "ReviewReplyView": "review_reply",
    "ReviewType": "review_type",
    "ReviewView": "review",
    "ReviewWrite": "review_write",
    "ReviewWriteJSON": "review_write",
    "ReviewWriteRequest": "review_write_request",
    "ReviewWriteRequestJSON": "review_write_request",
    "ReviewWriteRequestView": "review_write_request",
    "ReviewWriteView": "review_write",
}
_MODULES = frozenset(_MODULE_OF.values())

if TYPE_CHECKING:
    from .custom_questions import (
        CustomQuestions,
        CustomQuestionsJSON,
        CustomQuestionsView,
    )
    from .delete_result import DeleteResult, DeleteResultJSON, DeleteResultView
    from .error import Error, ErrorJSON, ErrorView
    from .image import Image, ImageJSON, ImageView
    from .image_write import ImageWrite, ImageWriteJSON, ImageWriteView
    from .moderation_status import ModerationStatus
    from .review import Review, ReviewJSON, ReviewView
    from .review_envelope import ReviewEnvelope, ReviewEnvelopeJSON, ReviewEnvelopeView
    from .review_list import ReviewList, ReviewListJSON, ReviewListView
    from .review_list_links import (
        ReviewListLinks,
        ReviewListLinksJSON,
        ReviewListLinksView,
    )
    from .review_order import ReviewOrder, ReviewOrderJSON, ReviewOrderView
    from .review_order_customer import (
        ReviewOrderCustomer,
        ReviewOrderCustomerJSON,
        ReviewOrderCustomerView,
    )
    from .review_order_item import (
        ReviewOrderItem,
        ReviewOrderItemJSON,
        ReviewOrderItemView,
    )
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
