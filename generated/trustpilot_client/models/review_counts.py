from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewCounts")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "fiveStars",
        "fourStars",
        "oneStar",
        "threeStars",
        "total",
        "twoStars",
        "usedForTrustScoreCalculation",
    }
)


@_attrs_define
class ReviewCounts:
    """How many reviews a business unit has, in all and by stars.

    Attributes:
        five_stars (int | None | Unset):
        four_stars (int | None | Unset):
        one_star (int | None | Unset):
        three_stars (int | None | Unset):
        total (int | None | Unset):
        two_stars (int | None | Unset):
        used_for_trust_score_calculation (int | None | Unset):
    """

    five_stars: int | None | Unset = UNSET
    four_stars: int | None | Unset = UNSET
    one_star: int | None | Unset = UNSET
    three_stars: int | None | Unset = UNSET
    total: int | None | Unset = UNSET
    two_stars: int | None | Unset = UNSET
    used_for_trust_score_calculation: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.five_stars
        if value is not UNSET:
            field_dict["fiveStars"] = value
        value = self.four_stars
        if value is not UNSET:
            field_dict["fourStars"] = value
        value = self.one_star
        if value is not UNSET:
            field_dict["oneStar"] = value
        value = self.three_stars
        if value is not UNSET:
            field_dict["threeStars"] = value
        value = self.total
        if value is not UNSET:
            field_dict["total"] = value
        value = self.two_stars
        if value is not UNSET:
            field_dict["twoStars"] = value
        value = self.used_for_trust_score_calculation
        if value is not UNSET:
            field_dict["usedForTrustScoreCalculation"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.five_stars = src_dict.get("fiveStars", UNSET)
        obj.four_stars = src_dict.get("fourStars", UNSET)
        obj.one_star = src_dict.get("oneStar", UNSET)
        obj.three_stars = src_dict.get("threeStars", UNSET)
        obj.total = src_dict.get("total", UNSET)
        obj.two_stars = src_dict.get("twoStars", UNSET)
        obj.used_for_trust_score_calculation = src_dict.get("usedForTrustScoreCalculation", UNSET)
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


# ReviewCounts as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
ReviewCountsJSON = TypedDict(
    "ReviewCountsJSON",
    {
        "fiveStars": "int | None",
        "fourStars": "int | None",
        "oneStar": "int | None",
        "threeStars": "int | None",
        "total": "int | None",
        "twoStars": "int | None",
        "usedForTrustScoreCalculation": "int | None",
    },
    total=False,
)


class ReviewCountsView:
    """Typed read access to the JSON of one ReviewCounts, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: ReviewCountsJSON) -> None:
        self._json = json

    @property
    def five_stars(self) -> int | None:
        return self._json.get("fiveStars")

    @property
    def four_stars(self) -> int | None:
        return self._json.get("fourStars")

    @property
    def one_star(self) -> int | None:
        return self._json.get("oneStar")

    @property
    def three_stars(self) -> int | None:
        return self._json.get("threeStars")

    @property
    def total(self) -> int | None:
        return self._json.get("total")

    @property
    def two_stars(self) -> int | None:
        return self._json.get("twoStars")

    @property
    def used_for_trust_score_calculation(self) -> int | None:
        return self._json.get("usedForTrustScoreCalculation")
