from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdditionalInformationOriginalReview")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "comment",
        "rating",
        "reply",
        "title",
    }
)


@_attrs_define
class AdditionalInformationOriginalReview:
    """The review as it was before the consumer edited it (returned inside
    `additionalInformation` when `ORIGINAL_REVIEW` is requested).

        Attributes:
            comment (None | str | Unset): Text before the changes.
            rating (float | None | Unset): Star rating before the changes, 1.0 to 5.0.
            reply (CustomerReviewReply | None | Unset): The channel owner's reply as it was then.
            title (None | str | Unset): Headline before the changes.
    """

    comment: None | str | Unset = UNSET
    rating: float | None | Unset = UNSET
    reply: CustomerReviewReply | None | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.comment
        if value is not UNSET:
            field_dict["comment"] = value
        value = self.rating
        if value is not UNSET:
            field_dict["rating"] = value
        value = self.reply
        if value is not UNSET:
            field_dict["reply"] = value.to_dict() if isinstance(value, CustomerReviewReply) else value
        value = self.title
        if value is not UNSET:
            field_dict["title"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.comment = src_dict.get("comment", UNSET)
        obj.rating = src_dict.get("rating", UNSET)
        value = src_dict.get("reply", UNSET)
        if isinstance(value, dict):
            try:
                value = CustomerReviewReply.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.reply = value
        obj.title = src_dict.get("title", UNSET)
        if not _DECLARED.issuperset(src_dict):
            obj.additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED}
        return obj

    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name

        def __getattr__(self, name: str) -> Any:
            # from_dict leaves additional_properties unset when there is no unknown member (most
            # records): the empty dict is made on first use instead of once per record.
            if name != "additional_properties":
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self)
            self.additional_properties = {}
            return self.additional_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported here, once this class exists, so that models referring to each other can import.
from ..models.customer_review_reply import CustomerReviewReply  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = AdditionalInformationOriginalReview.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# AdditionalInformationOriginalReview as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
AdditionalInformationOriginalReviewJSON = TypedDict(
    "AdditionalInformationOriginalReviewJSON",
    {
        "comment": "str | None",
        "rating": "float | None",
        "reply": "CustomerReviewReplyJSON | None",
        "title": "str | None",
    },
    total=False,
)


class AdditionalInformationOriginalReviewView:
    """Typed read access to the JSON of one AdditionalInformationOriginalReview, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: AdditionalInformationOriginalReviewJSON) -> None:
        self._json = json

    @property
    def comment(self) -> str | None:
        return self._json.get("comment")

    @property
    def rating(self) -> float | None:
        return self._json.get("rating")

    @property
    def reply(self) -> CustomerReviewReplyView | None:
        value = self._json.get("reply")
        return CustomerReviewReplyView(value) if isinstance(value, dict) else None

    @property
    def title(self) -> str | None:
        return self._json.get("title")


from ..models.customer_review_reply import (  # noqa: E402
    CustomerReviewReplyJSON,
    CustomerReviewReplyView,
)
