from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageWrite")


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
        format_ = self.format_

        height = self.height

        token = self.token

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if height is not UNSET:
            field_dict["height"] = height
        if token is not UNSET:
            field_dict["token"] = token
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        format_ = d.pop("format", UNSET)

        height = d.pop("height", UNSET)

        token = d.pop("token", UNSET)

        width = d.pop("width", UNSET)

        image_write = cls(
            format_=format_,
            height=height,
            token=token,
            width=width,
        )

        image_write.additional_properties = d
        return image_write

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
