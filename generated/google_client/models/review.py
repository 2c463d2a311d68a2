from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.star_rating import StarRating
from ..types import UNSET, Unset

T = TypeVar("T", bound="Review")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "comment",
        "createTime",
        "name",
        "reviewId",
        "reviewMediaItems",
        "reviewReply",
        "reviewer",
        "starRating",
        "updateTime",
    }
)


@_attrs_define
class Review:
    """A customer's review of a location, with the owner's reply.

    Attributes:
        comment (None | str | Unset): The review's text, as sent (a translation by Google and the original, when Google
            adds one).
        create_time (None | str | Unset):
        name (None | str | Unset): The resource name, `accounts/{accountId}/locations/{locationId}/reviews/{reviewId}`.
        review_id (None | str | Unset): The encrypted unique identifier of the review.
        review_media_items (list[ReviewMediaItem] | None | Unset): Photos and videos of the review (added 2026-04-20;
            members not documented here).
        review_reply (None | ReviewReply | Unset):
        reviewer (None | Reviewer | Unset):
        star_rating (None | StarRating | Unset):
        update_time (None | str | Unset):
    """

    comment: None | str | Unset = UNSET
    create_time: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    review_id: None | str | Unset = UNSET
    review_media_items: list[ReviewMediaItem] | None | Unset = UNSET
    review_reply: None | ReviewReply | Unset = UNSET
    reviewer: None | Reviewer | Unset = UNSET
    star_rating: None | StarRating | Unset = UNSET
    update_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.comment
        if value is not UNSET:
            field_dict["comment"] = value
        value = self.create_time
        if value is not UNSET:
            field_dict["createTime"] = value
        value = self.name
        if value is not UNSET:
            field_dict["name"] = value
        value = self.review_id
        if value is not UNSET:
            field_dict["reviewId"] = value
        value = self.review_media_items
        if value is not UNSET:
            field_dict["reviewMediaItems"] = (
                (
                    [(item0.to_dict() if isinstance(item0, ReviewMediaItem) else item0) for item0 in value]
                    if isinstance(value, list)
                    else value
                )
                if isinstance(value, list)
                else value
            )
        value = self.review_reply
        if value is not UNSET:
            field_dict["reviewReply"] = value.to_dict() if isinstance(value, ReviewReply) else value
        value = self.reviewer
        if value is not UNSET:
            field_dict["reviewer"] = value.to_dict() if isinstance(value, Reviewer) else value
        value = self.star_rating
        if value is not UNSET:
            field_dict["starRating"] = value.value if isinstance(value, StarRating) else value
        value = self.update_time
        if value is not UNSET:
            field_dict["updateTime"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.comment = src_dict.get("comment", UNSET)
        obj.create_time = src_dict.get("createTime", UNSET)
        obj.name = src_dict.get("name", UNSET)
        obj.review_id = src_dict.get("reviewId", UNSET)
        value = src_dict.get("reviewMediaItems", UNSET)
        if isinstance(value, list):
            try:
                value = list(map(ReviewMediaItem.from_dict, value))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.review_media_items = value
        value = src_dict.get("reviewReply", UNSET)
        if isinstance(value, dict):
            try:
                value = ReviewReply.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.review_reply = value
        value = src_dict.get("reviewer", UNSET)
        if isinstance(value, dict):
            try:
                value = Reviewer.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.reviewer = value
        value = src_dict.get("starRating", UNSET)
        if isinstance(value, str):
            try:
                value = _StarRating_BY_VALUE.get(value) or StarRating(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.star_rating = value
        obj.update_time = src_dict.get("updateTime", UNSET)
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
from ..models.review_media_item import ReviewMediaItem  # noqa: E402
from ..models.review_reply import ReviewReply  # noqa: E402
from ..models.reviewer import Reviewer  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = Review.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# Review as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
ReviewJSON = TypedDict(
    "ReviewJSON",
    {
        "comment": "str | None",
        "createTime": "str | None",
        "name": "str | None",
        "reviewId": "str | None",
        "reviewMediaItems": "list[ReviewMediaItemJSON] | None",
        "reviewReply": "ReviewReplyJSON | None",
        "reviewer": "ReviewerJSON | None",
        "starRating": "str | None",
        "updateTime": "str | None",
    },
    total=False,
)


class ReviewView:
    """Typed read access to the JSON of one Review, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: ReviewJSON) -> None:
        self._json = json

    @property
    def comment(self) -> str | None:
        return self._json.get("comment")

    @property
    def create_time(self) -> str | None:
        return self._json.get("createTime")

    @property
    def name(self) -> str | None:
        return self._json.get("name")

    @property
    def review_id(self) -> str | None:
        return self._json.get("reviewId")

    @property
    def review_media_items(self) -> list[ReviewMediaItemJSON] | None:
        return self._json.get("reviewMediaItems")

    @property
    def review_reply(self) -> ReviewReplyView | None:
        value = self._json.get("reviewReply")
        return ReviewReplyView(value) if isinstance(value, dict) else None

    @property
    def reviewer(self) -> ReviewerView | None:
        value = self._json.get("reviewer")
        return ReviewerView(value) if isinstance(value, dict) else None

    @property
    def star_rating(self) -> str | None:
        return self._json.get("starRating")

    @property
    def update_time(self) -> str | None:
        return self._json.get("updateTime")


from ..models.review_media_item import ReviewMediaItemJSON  # noqa: E402
from ..models.review_reply import ReviewReplyJSON, ReviewReplyView  # noqa: E402
from ..models.reviewer import ReviewerJSON, ReviewerView  # noqa: E402

# value -> member of each open enum read above: its fast path (unknown values go through the class).
_StarRating_BY_VALUE = StarRating._value2member_map_
