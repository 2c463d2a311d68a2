from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentImage")


@_attrs_define
class AttachmentImage:
    """One image attached to the review.

    Attributes:
        extensions (None | str | Unset): File extension of the image, e.g. `png`.
        id (None | str | Unset): The attachment ID.
        path_large (None | str | Unset): Path of the large version.
        path_original (None | str | Unset): Path of the original image.
        path_thumbnail (None | str | Unset): Path of the thumbnail version.
        url_original (None | str | Unset): Full URL of the original image.
    """

    extensions: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    path_large: None | str | Unset = UNSET
    path_original: None | str | Unset = UNSET
    path_thumbnail: None | str | Unset = UNSET
    url_original: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extensions: None | str | Unset
        if isinstance(self.extensions, Unset):
            extensions = UNSET
        else:
            extensions = self.extensions

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        path_large: None | str | Unset
        if isinstance(self.path_large, Unset):
            path_large = UNSET
        else:
            path_large = self.path_large

        path_original: None | str | Unset
        if isinstance(self.path_original, Unset):
            path_original = UNSET
        else:
            path_original = self.path_original

        path_thumbnail: None | str | Unset
        if isinstance(self.path_thumbnail, Unset):
            path_thumbnail = UNSET
        else:
            path_thumbnail = self.path_thumbnail

        url_original: None | str | Unset
        if isinstance(self.url_original, Unset):
            url_original = UNSET
        else:
            url_original = self.url_original

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if id is not UNSET:
            field_dict["id"] = id
        if path_large is not UNSET:
            field_dict["pathLarge"] = path_large
        if path_original is not UNSET:
            field_dict["pathOriginal"] = path_original
        if path_thumbnail is not UNSET:
            field_dict["pathThumbnail"] = path_thumbnail
        if url_original is not UNSET:
            field_dict["urlOriginal"] = url_original

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_extensions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extensions = _parse_extensions(d.pop("extensions", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_path_large(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path_large = _parse_path_large(d.pop("pathLarge", UNSET))

        def _parse_path_original(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path_original = _parse_path_original(d.pop("pathOriginal", UNSET))

        def _parse_path_thumbnail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path_thumbnail = _parse_path_thumbnail(d.pop("pathThumbnail", UNSET))

        def _parse_url_original(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url_original = _parse_url_original(d.pop("urlOriginal", UNSET))

        attachment_image = cls(
            extensions=extensions,
            id=id,
            path_large=path_large,
            path_original=path_original,
            path_thumbnail=path_thumbnail,
            url_original=url_original,
        )

        attachment_image.additional_properties = d
        return attachment_image

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
