from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_order import ReviewOrder
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchGetReviewsRequest")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "locationNames",
        "ignoreRatingOnlyReviews",
        "orderBy",
        "pageSize",
        "pageToken",
    }
)


@_attrs_define
class BatchGetReviewsRequest:
    """The locations to read the reviews of, and how.

    Attributes:
        location_names (list[str]): Location resource names, `accounts/{accountId}/locations/{locationId}`, at most 50.
        ignore_rating_only_reviews (bool | Unset): Leave out reviews without a comment (deprecated by Google).
        order_by (ReviewOrder | Unset): An order of a location's reviews.
        page_size (int | Unset): How many reviews a page holds; 50 by default. Default: 50.
        page_token (str | Unset): The `nextPageToken` of the previous page.
    """

    location_names: list[str]
    ignore_rating_only_reviews: bool | Unset = UNSET
    order_by: ReviewOrder | Unset = UNSET
    page_size: int | Unset = 50
    page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.location_names
        field_dict["locationNames"] = value
        value = self.ignore_rating_only_reviews
        if value is not UNSET:
            field_dict["ignoreRatingOnlyReviews"] = value
        value = self.order_by
        if value is not UNSET:
            field_dict["orderBy"] = value.value if isinstance(value, ReviewOrder) else value
        value = self.page_size
        if value is not UNSET:
            field_dict["pageSize"] = value
        value = self.page_token
        if value is not UNSET:
            field_dict["pageToken"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.location_names = src_dict["locationNames"]
        obj.ignore_rating_only_reviews = src_dict.get("ignoreRatingOnlyReviews", UNSET)
        value = src_dict.get("orderBy", UNSET)
        if value is not UNSET:
            value = _ReviewOrder_BY_VALUE.get(value) or ReviewOrder(value)

        obj.order_by = value
        obj.page_size = src_dict.get("pageSize", UNSET)
        obj.page_token = src_dict.get("pageToken", UNSET)
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


# BatchGetReviewsRequest as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
BatchGetReviewsRequestJSON = TypedDict(
    "BatchGetReviewsRequestJSON",
    {
        "locationNames": "Required[list[str]]",
        "ignoreRatingOnlyReviews": "bool",
        "orderBy": "str",
        "pageSize": "int",
        "pageToken": "str",
    },
    total=False,
)


class BatchGetReviewsRequestView:
    """Typed read access to the JSON of one BatchGetReviewsRequest, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: BatchGetReviewsRequestJSON) -> None:
        self._json = json

    @property
    def location_names(self) -> list[str] | None:
        return self._json.get("locationNames")

    @property
    def ignore_rating_only_reviews(self) -> bool | None:
        return self._json.get("ignoreRatingOnlyReviews")

    @property
    def order_by(self) -> str | None:
        return self._json.get("orderBy")

    @property
    def page_size(self) -> int | None:
        return self._json.get("pageSize")

    @property
    def page_token(self) -> str | None:
        return self._json.get("pageToken")


# value -> member of each open enum read above: its fast path (unknown values go through the class).
_ReviewOrder_BY_VALUE = ReviewOrder._value2member_map_
