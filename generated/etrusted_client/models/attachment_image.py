from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentImage")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "extensions",
        "id",
        "pathLarge",
        "pathOriginal",
        "pathThumbnail",
        "urlOriginal",
    }
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.extensions
        if value is not UNSET:
            field_dict["extensions"] = value
        value = self.id
        if value is not UNSET:
            field_dict["id"] = value
        value = self.path_large
        if value is not UNSET:
            field_dict["pathLarge"] = value
        value = self.path_original
        if value is not UNSET:
            field_dict["pathOriginal"] = value
        value = self.path_thumbnail
        if value is not UNSET:
            field_dict["pathThumbnail"] = value
        value = self.url_original
        if value is not UNSET:
            field_dict["urlOriginal"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.extensions = src_dict.get("extensions", UNSET)
        obj.id = src_dict.get("id", UNSET)
        obj.path_large = src_dict.get("pathLarge", UNSET)
        obj.path_original = src_dict.get("pathOriginal", UNSET)
        obj.path_thumbnail = src_dict.get("pathThumbnail", UNSET)
        obj.url_original = src_dict.get("urlOriginal", UNSET)
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


# AttachmentImage as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
AttachmentImageJSON = TypedDict(
    "AttachmentImageJSON",
    {
        "extensions": "str | None",
        "id": "str | None",
        "pathLarge": "str | None",
        "pathOriginal": "str | None",
        "pathThumbnail": "str | None",
        "urlOriginal": "str | None",
    },
    total=False,
)


class AttachmentImageView:
    """Typed read access to the JSON of one AttachmentImage, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: AttachmentImageJSON) -> None:
        self._json = json

    @property
    def extensions(self) -> str | None:
        return self._json.get("extensions")

    @property
    def id(self) -> str | None:
        return self._json.get("id")

    @property
    def path_large(self) -> str | None:
        return self._json.get("pathLarge")

    @property
    def path_original(self) -> str | None:
        return self._json.get("pathOriginal")

    @property
    def path_thumbnail(self) -> str | None:
        return self._json.get("pathThumbnail")

    @property
    def url_original(self) -> str | None:
        return self._json.get("urlOriginal")
