from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Consumer")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "displayLocation",
        "displayName",
        "id",
        "links",
        "numberOfReviews",
    }
)


@_attrs_define
class Consumer:
    """The consumer who wrote the review.

    Attributes:
        display_location (None | str | Unset): Where the consumer says they are.
        display_name (None | str | Unset): The consumer's public name.
        id (None | str | Unset): The consumer's id.
        links (list[Link] | None | Unset):
        number_of_reviews (int | None | Unset): How many reviews the consumer wrote.
    """

    display_location: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    links: list[Link] | None | Unset = UNSET
    number_of_reviews: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.display_location
        if value is not UNSET:
            field_dict["displayLocation"] = value
        value = self.display_name
        if value is not UNSET:
            field_dict["displayName"] = value
        value = self.id
        if value is not UNSET:
            field_dict["id"] = value
        value = self.links
        if value is not UNSET:
            field_dict["links"] = (
                (
                    [(item0.to_dict() if isinstance(item0, Link) else item0) for item0 in value]
                    if isinstance(value, list)
                    else value
                )
                if isinstance(value, list)
                else value
            )
        value = self.number_of_reviews
        if value is not UNSET:
            field_dict["numberOfReviews"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.display_location = src_dict.get("displayLocation", UNSET)
        obj.display_name = src_dict.get("displayName", UNSET)
        obj.id = src_dict.get("id", UNSET)
        value = src_dict.get("links", UNSET)
        if isinstance(value, list):
            try:
                value = list(map(Link.from_dict, value))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.links = value
        obj.number_of_reviews = src_dict.get("numberOfReviews", UNSET)
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
from ..models.link import Link  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = Consumer.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# Consumer as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
ConsumerJSON = TypedDict(
    "ConsumerJSON",
    {
        "displayLocation": "str | None",
        "displayName": "str | None",
        "id": "str | None",
        "links": "list[LinkJSON] | None",
        "numberOfReviews": "int | None",
    },
    total=False,
)


class ConsumerView:
    """Typed read access to the JSON of one Consumer, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: ConsumerJSON) -> None:
        self._json = json

    @property
    def display_location(self) -> str | None:
        return self._json.get("displayLocation")

    @property
    def display_name(self) -> str | None:
        return self._json.get("displayName")

    @property
    def id(self) -> str | None:
        return self._json.get("id")

    @property
    def links(self) -> list[LinkJSON] | None:
        return self._json.get("links")

    @property
    def number_of_reviews(self) -> int | None:
        return self._json.get("numberOfReviews")


from ..models.link import LinkJSON  # noqa: E402
