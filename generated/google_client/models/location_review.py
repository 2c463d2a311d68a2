from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationReview")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "name",
        "review",
    }
)


@_attrs_define
class LocationReview:
    """A review and the location it belongs to.

    Attributes:
        name (None | str | Unset): The location's resource name.
        review (None | Review | Unset):
    """

    name: None | str | Unset = UNSET
    review: None | Review | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.name
        if value is not UNSET:
            field_dict["name"] = value
        value = self.review
        if value is not UNSET:
            field_dict["review"] = value.to_dict() if isinstance(value, Review) else value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.name = src_dict.get("name", UNSET)
        value = src_dict.get("review", UNSET)
        if isinstance(value, dict):
            try:
                value = Review.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.review = value
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
from ..models.review import Review  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = LocationReview.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# LocationReview as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
LocationReviewJSON = TypedDict(
    "LocationReviewJSON",
    {
        "name": "str | None",
        "review": "ReviewJSON | None",
    },
    total=False,
)


class LocationReviewView:
    """Typed read access to the JSON of one LocationReview, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: LocationReviewJSON) -> None:
        self._json = json

    @property
    def name(self) -> str | None:
        return self._json.get("name")

    @property
    def review(self) -> ReviewView | None:
        value = self._json.get("review")
        return ReviewView(value) if isinstance(value, dict) else None


from ..models.review import ReviewJSON, ReviewView  # noqa: E402
