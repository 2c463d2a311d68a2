from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Image")


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
        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        icon_height: int | None | Unset
        if isinstance(self.icon_height, Unset):
            icon_height = UNSET
        else:
            icon_height = self.icon_height

        icon_width: int | None | Unset
        if isinstance(self.icon_width, Unset):
            icon_width = UNSET
        else:
            icon_width = self.icon_width

        large: None | str | Unset
        if isinstance(self.large, Unset):
            large = UNSET
        else:
            large = self.large

        large_height: int | None | Unset
        if isinstance(self.large_height, Unset):
            large_height = UNSET
        else:
            large_height = self.large_height

        large_width: int | None | Unset
        if isinstance(self.large_width, Unset):
            large_width = UNSET
        else:
            large_width = self.large_width

        medium: None | str | Unset
        if isinstance(self.medium, Unset):
            medium = UNSET
        else:
            medium = self.medium

        medium_height: int | None | Unset
        if isinstance(self.medium_height, Unset):
            medium_height = UNSET
        else:
            medium_height = self.medium_height

        medium_width: int | None | Unset
        if isinstance(self.medium_width, Unset):
            medium_width = UNSET
        else:
            medium_width = self.medium_width

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if height is not UNSET:
            field_dict["height"] = height
        if icon is not UNSET:
            field_dict["icon"] = icon
        if icon_height is not UNSET:
            field_dict["icon_height"] = icon_height
        if icon_width is not UNSET:
            field_dict["icon_width"] = icon_width
        if large is not UNSET:
            field_dict["large"] = large
        if large_height is not UNSET:
            field_dict["large_height"] = large_height
        if large_width is not UNSET:
            field_dict["large_width"] = large_width
        if medium is not UNSET:
            field_dict["medium"] = medium
        if medium_height is not UNSET:
            field_dict["medium_height"] = medium_height
        if medium_width is not UNSET:
            field_dict["medium_width"] = medium_width
        if token is not UNSET:
            field_dict["token"] = token
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_format_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        height = _parse_height(d.pop("height", UNSET))

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        def _parse_icon_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        icon_height = _parse_icon_height(d.pop("icon_height", UNSET))

        def _parse_icon_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        icon_width = _parse_icon_width(d.pop("icon_width", UNSET))

        def _parse_large(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        large = _parse_large(d.pop("large", UNSET))

        def _parse_large_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        large_height = _parse_large_height(d.pop("large_height", UNSET))

        def _parse_large_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        large_width = _parse_large_width(d.pop("large_width", UNSET))

        def _parse_medium(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        medium = _parse_medium(d.pop("medium", UNSET))

        def _parse_medium_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        medium_height = _parse_medium_height(d.pop("medium_height", UNSET))

        def _parse_medium_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        medium_width = _parse_medium_width(d.pop("medium_width", UNSET))

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        def _parse_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        width = _parse_width(d.pop("width", UNSET))

        image = cls(
            format_=format_,
            height=height,
            icon=icon,
            icon_height=icon_height,
            icon_width=icon_width,
            large=large,
            large_height=large_height,
            large_width=large_width,
            medium=medium,
            medium_height=medium_height,
            medium_width=medium_width,
            token=token,
            width=width,
        )

        image.additional_properties = d
        return image

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
