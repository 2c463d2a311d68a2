from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageWrite")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "format",
        "height",
        "token",
        "width",
    }
)


@_attrs_define
class ImageWrite:
    """An image to attach, as returned by the image API's upload.

    Attributes:
        format_ (str | Unset): Image format (e.g. `jpeg`).
        height (int | Unset): Height of the original image, in pixels.
        token (str | Unset): Image token.
        width (int | Unset): Width of the original image, in pixels.
    """

    format_: str | Unset = UNSET
    height: int | Unset = UNSET
    token: str | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.format_
        if value is not UNSET:
            field_dict["format"] = value
        value = self.height
        if value is not UNSET:
            field_dict["height"] = value
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


# ImageWrite as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
ImageWriteJSON = TypedDict(
    "ImageWriteJSON",
    {
        "format": "str",
        "height": "int",
        "token": "str",
        "width": "int",
    },
    total=False,
)


class ImageWriteView:
    """Typed read access to the JSON of one ImageWrite, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: ImageWriteJSON) -> None:
        self._json = json

    @property
    def format_(self) -> str | None:
        return self._json.get("format")

    @property
    def height(self) -> int | None:
        return self._json.get("height")

    @property
    def token(self) -> str | None:
        return self._json.get("token")

    @property
    def width(self) -> int | None:
        return self._json.get("width")
