from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Image")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "format",
        "height",
        "icon",
        "icon_height",
        "icon_width",
        "large",
        "large_height",
        "large_width",
        "medium",
        "medium_height",
        "medium_width",
        "token",
        "width",
    }
)


@_attrs_define
class Image:
    """An image attached to a review: the original upload (token, format, size) plus the rendered sizes provided by the
    image API.

        Attributes:
            format_ (None | str | Unset): Image format (e.g. `jpeg`).
            height (int | None | Unset): Height of the original image, in pixels.
            icon (None | str | Unset): URL of the icon-sized rendition.
            icon_height (int | None | Unset):
            icon_width (int | None | Unset):
            large (None | str | Unset): URL of the large rendition.
            large_height (int | None | Unset):
            large_width (int | None | Unset):
            medium (None | str | Unset): URL of the medium-sized rendition.
            medium_height (int | None | Unset):
            medium_width (int | None | Unset):
            token (None | str | Unset): Image token from the image API.
            width (int | None | Unset): Width of the original image, in pixels.
    """

    format_: None | str | Unset = UNSET
    height: int | None | Unset = UNSET
    icon: None | str | Unset = UNSET
    icon_height: int | None | Unset = UNSET
    icon_width: int | None | Unset = UNSET
    large: None | str | Unset = UNSET
    large_height: int | None | Unset = UNSET
    large_width: int | None | Unset = UNSET
    medium: None | str | Unset = UNSET
    medium_height: int | None | Unset = UNSET
    medium_width: int | None | Unset = UNSET
    token: None | str | Unset = UNSET
    width: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.format_
        if value is not UNSET:
            field_dict["format"] = value
        value = self.height
        if value is not UNSET:
            field_dict["height"] = value
        value = self.icon
        if value is not UNSET:
            field_dict["icon"] = value
        value = self.icon_height
        if value is not UNSET:
            field_dict["icon_height"] = value
        value = self.icon_width
        if value is not UNSET:
            field_dict["icon_width"] = value
        value = self.large
        if value is not UNSET:
            field_dict["large"] = value
        value = self.large_height
        if value is not UNSET:
            field_dict["large_height"] = value
        value = self.large_width
        if value is not UNSET:
            field_dict["large_width"] = value
        value = self.medium
        if value is not UNSET:
            field_dict["medium"] = value
        value = self.medium_height
        if value is not UNSET:
            field_dict["medium_height"] = value
        value = self.medium_width
        if value is not UNSET:
            field_dict["medium_width"] = value
        value = self.token
        if value is not UNSET:
            field_dict["token"] = value
        value = self.width
        if value is not UNSET:
            field_dict["width"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.format_ = src_dict.get("format", UNSET)
        obj.height = src_dict.get("height", UNSET)
        obj.icon = src_dict.get("icon", UNSET)
        obj.icon_height = src_dict.get("icon_height", UNSET)
        obj.icon_width = src_dict.get("icon_width", UNSET)
        obj.large = src_dict.get("large", UNSET)
        obj.large_height = src_dict.get("large_height", UNSET)
        obj.large_width = src_dict.get("large_width", UNSET)
        obj.medium = src_dict.get("medium", UNSET)
        obj.medium_height = src_dict.get("medium_height", UNSET)
        obj.medium_width = src_dict.get("medium_width", UNSET)
        obj.token = src_dict.get("token", UNSET)
        obj.width = src_dict.get("width", UNSET)
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


# Image as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
ImageJSON = TypedDict(
    "ImageJSON",
    {
        "format": "str | None",
        "height": "int | None",
        "icon": "str | None",
        "icon_height": "int | None",
        "icon_width": "int | None",
        "large": "str | None",
        "large_height": "int | None",
        "large_width": "int | None",
        "medium": "str | None",
        "medium_height": "int | None",
        "medium_width": "int | None",
        "token": "str | None",
        "width": "int | None",
    },
    total=False,
)


class ImageView:
    """Typed read access to the JSON of one Image, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: ImageJSON) -> None:
        self._json = json

    @property
    def format_(self) -> str | None:
        return self._json.get("format")

    @property
    def height(self) -> int | None:
        return self._json.get("height")

    @property
    def icon(self) -> str | None:
        return self._json.get("icon")

    @property
    def icon_height(self) -> int | None:
        return self._json.get("icon_height")

    @property
    def icon_width(self) -> int | None:
        return self._json.get("icon_width")

    @property
    def large(self) -> str | None:
        return self._json.get("large")

    @property
    def large_height(self) -> int | None:
        return self._json.get("large_height")

    @property
    def large_width(self) -> int | None:
        return self._json.get("large_width")

    @property
    def medium(self) -> str | None:
        return self._json.get("medium")

    @property
    def medium_height(self) -> int | None:
        return self._json.get("medium_height")

    @property
    def medium_width(self) -> int | None:
        return self._json.get("medium_width")

    @property
    def token(self) -> str | None:
        return self._json.get("token")

    @property
    def width(self) -> int | None:
        return self._json.get("width")
