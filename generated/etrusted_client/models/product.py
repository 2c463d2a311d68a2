from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Product")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "brand",
        "gtin",
        "id",
        "imageUrl",
        "mpn",
        "name",
        "sku",
        "url",
    }
)


@_attrs_define
class Product:
    """The product a product review is about.

    Attributes:
        brand (None | str | Unset): The product's brand.
        gtin (int | None | str | Unset): Global trade item number (EAN, ISBN, ...); a string or a number.
        id (None | str | Unset): The product ID.
        image_url (None | str | Unset): Link to a product image (shown to the customer when reviewing).
        mpn (None | str | Unset): Manufacturer part number.
        name (None | str | Unset): Product name, e.g. `Specialbrand T-Shirt White M`.
        sku (None | str | Unset): Stock keeping unit, the shop's own article number.
        url (None | str | Unset): Link to the product page in the shop or catalog.
    """

    brand: None | str | Unset = UNSET
    gtin: int | None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    mpn: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    sku: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.brand
        if value is not UNSET:
            field_dict["brand"] = value
        value = self.gtin
        if value is not UNSET:
            field_dict["gtin"] = value
        value = self.id
        if value is not UNSET:
            field_dict["id"] = value
        value = self.image_url
        if value is not UNSET:
            field_dict["imageUrl"] = value
        value = self.mpn
        if value is not UNSET:
            field_dict["mpn"] = value
        value = self.name
        if value is not UNSET:
            field_dict["name"] = value
        value = self.sku
        if value is not UNSET:
            field_dict["sku"] = value
        value = self.url
        if value is not UNSET:
            field_dict["url"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.brand = src_dict.get("brand", UNSET)
        obj.gtin = src_dict.get("gtin", UNSET)
        obj.id = src_dict.get("id", UNSET)
        obj.image_url = src_dict.get("imageUrl", UNSET)
        obj.mpn = src_dict.get("mpn", UNSET)
        obj.name = src_dict.get("name", UNSET)
        obj.sku = src_dict.get("sku", UNSET)
        obj.url = src_dict.get("url", UNSET)
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


# Product as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
ProductJSON = TypedDict(
    "ProductJSON",
    {
        "brand": "str | None",
        "gtin": "str | int | None",
        "id": "str | None",
        "imageUrl": "str | None",
        "mpn": "str | None",
        "name": "str | None",
        "sku": "str | None",
        "url": "str | None",
    },
    total=False,
)


class ProductView:
    """Typed read access to the JSON of one Product, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: ProductJSON) -> None:
        self._json = json

    @property
    def brand(self) -> str | None:
        return self._json.get("brand")

    @property
    def gtin(self) -> str | int | None:
        return self._json.get("gtin")

    @property
    def id(self) -> str | None:
        return self._json.get("id")

    @property
    def image_url(self) -> str | None:
        return self._json.get("imageUrl")

    @property
    def mpn(self) -> str | None:
        return self._json.get("mpn")

    @property
    def name(self) -> str | None:
        return self._json.get("name")

    @property
    def sku(self) -> str | None:
        return self._json.get("sku")

    @property
    def url(self) -> str | None:
        return self._json.get("url")
