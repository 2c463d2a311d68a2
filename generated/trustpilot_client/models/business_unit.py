from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinessUnit")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "badFit",
        "country",
        "displayName",
        "id",
        "links",
        "name",
        "numberOfReviews",
        "score",
        "status",
        "websiteUrl",
    }
)


@_attrs_define
class BusinessUnit:
    """A business unit as the public API shows it.

    Attributes:
        bad_fit (bool | None | Unset):
        country (None | str | Unset):
        display_name (None | str | Unset):
        id (None | str | Unset): The business unit's id (what the private operations take as `businessUnitId`).
        links (list[Link] | None | Unset):
        name (BusinessUnitName | None | Unset):
        number_of_reviews (None | ReviewCounts | Unset):
        score (BusinessUnitScore | None | Unset):
        status (None | str | Unset):
        website_url (None | str | Unset):
    """

    bad_fit: bool | None | Unset = UNSET
    country: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    links: list[Link] | None | Unset = UNSET
    name: BusinessUnitName | None | Unset = UNSET
    number_of_reviews: None | ReviewCounts | Unset = UNSET
    score: BusinessUnitScore | None | Unset = UNSET
    status: None | str | Unset = UNSET
    website_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.bad_fit
        if value is not UNSET:
            field_dict["badFit"] = value
        value = self.country
        if value is not UNSET:
            field_dict["country"] = value
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
        value = self.name
        if value is not UNSET:
            field_dict["name"] = value.to_dict() if isinstance(value, BusinessUnitName) else value
        value = self.number_of_reviews
        if value is not UNSET:
            field_dict["numberOfReviews"] = value.to_dict() if isinstance(value, ReviewCounts) else value
        value = self.score
        if value is not UNSET:
            field_dict["score"] = value.to_dict() if isinstance(value, BusinessUnitScore) else value
        value = self.status
        if value is not UNSET:
            field_dict["status"] = value
        value = self.website_url
        if value is not UNSET:
            field_dict["websiteUrl"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.bad_fit = src_dict.get("badFit", UNSET)
        obj.country = src_dict.get("country", UNSET)
        obj.display_name = src_dict.get("displayName", UNSET)
        obj.id = src_dict.get("id", UNSET)
        value = src_dict.get("links", UNSET)
        if isinstance(value, list):
            try:
                value = list(map(Link.from_dict, value))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.links = value
        value = src_dict.get("name", UNSET)
        if isinstance(value, dict):
            try:
                value = BusinessUnitName.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.name = value
        value = src_dict.get("numberOfReviews", UNSET)
        if isinstance(value, dict):
            try:
                value = ReviewCounts.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.number_of_reviews = value
        value = src_dict.get("score", UNSET)
        if isinstance(value, dict):
            try:
                value = BusinessUnitScore.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.score = value
        obj.status = src_dict.get("status", UNSET)
        obj.website_url = src_dict.get("websiteUrl", UNSET)
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
from ..models.business_unit_name import BusinessUnitName  # noqa: E402
from ..models.business_unit_score import BusinessUnitScore  # noqa: E402
from ..models.link import Link  # noqa: E402
from ..models.review_counts import ReviewCounts  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = BusinessUnit.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# BusinessUnit as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
BusinessUnitJSON = TypedDict(
    "BusinessUnitJSON",
    {
        "badFit": "bool | None",
        "country": "str | None",
        "displayName": "str | None",
        "id": "str | None",
        "links": "list[LinkJSON] | None",
        "name": "BusinessUnitNameJSON | None",
        "numberOfReviews": "ReviewCountsJSON | None",
        "score": "BusinessUnitScoreJSON | None",
        "status": "str | None",
        "websiteUrl": "str | None",
    },
    total=False,
)


class BusinessUnitView:
    """Typed read access to the JSON of one BusinessUnit, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: BusinessUnitJSON) -> None:
        self._json = json

    @property
    def bad_fit(self) -> bool | None:
        return self._json.get("badFit")

    @property
    def country(self) -> str | None:
        return self._json.get("country")

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
    def name(self) -> BusinessUnitNameView | None:
        value = self._json.get("name")
        return BusinessUnitNameView(value) if isinstance(value, dict) else None

    @property
    def number_of_reviews(self) -> ReviewCountsView | None:
        value = self._json.get("numberOfReviews")
        return ReviewCountsView(value) if isinstance(value, dict) else None

    @property
    def score(self) -> BusinessUnitScoreView | None:
        value = self._json.get("score")
        return BusinessUnitScoreView(value) if isinstance(value, dict) else None

    @property
    def status(self) -> str | None:
        return self._json.get("status")

    @property
    def website_url(self) -> str | None:
        return self._json.get("websiteUrl")


from ..models.business_unit_name import BusinessUnitNameJSON, BusinessUnitNameView  # noqa: E402
from ..models.business_unit_score import BusinessUnitScoreJSON, BusinessUnitScoreView  # noqa: E402
from ..models.link import LinkJSON  # noqa: E402
from ..models.review_counts import ReviewCountsJSON, ReviewCountsView  # noqa: E402
