from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paging_cursor import PagingCursor
    from ..models.paging_links import PagingLinks


T = TypeVar("T", bound="Paging")


@_attrs_define
class Paging:
    """Where this page sits in the result and how to reach its neighbours.

    Attributes:
        count (int | None | Unset): Number of reviews on this page; lower than the requested `count` on the last page.
        cursor (None | PagingCursor | Unset):
        links (None | PagingLinks | Unset):
    """

    count: int | None | Unset = UNSET
    cursor: None | PagingCursor | Unset = UNSET
    links: None | PagingLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.paging_cursor import PagingCursor  # noqa: PLC0415
        from ..models.paging_links import PagingLinks  # noqa: PLC0415

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        cursor: dict[str, Any] | None | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        elif isinstance(self.cursor, PagingCursor):
            cursor = self.cursor.to_dict()
        else:
            cursor = self.cursor

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, PagingLinks):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.paging_cursor import PagingCursor  # noqa: PLC0415
        from ..models.paging_links import PagingLinks  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_cursor(data: object) -> None | PagingCursor | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cursor_type_0 = PagingCursor.from_dict(data)

                return cursor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PagingCursor | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))

        def _parse_links(data: object) -> None | PagingLinks | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = PagingLinks.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PagingLinks | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        paging = cls(
            count=count,
            cursor=cursor,
            links=links,
        )

        paging.additional_properties = d
        return paging

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
