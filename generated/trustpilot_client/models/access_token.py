from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessToken")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "access_token",
        "expires_in",
        "issued_at",
        "refresh_token",
    }
)


@_attrs_define
class AccessToken:
    """A business-user access token.

    Attributes:
        access_token (None | str | Unset): The token to send as `Authorization: Bearer {access_token}`.
        expires_in (None | str | Unset): Lifetime of the token in seconds, as a string (`"359999"`, about 100 hours).
        issued_at (None | str | Unset): When the token was issued, in milliseconds since 1970 (as Trustpilot's Node
            client reads it).
        refresh_token (None | str | Unset): A refresh token (30 days), for the password and refresh-token grants only.
    """

    access_token: None | str | Unset = UNSET
    expires_in: None | str | Unset = UNSET
    issued_at: None | str | Unset = UNSET
    refresh_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.access_token
        if value is not UNSET:
            field_dict["access_token"] = value
        value = self.expires_in
        if value is not UNSET:
            field_dict["expires_in"] = value
        value = self.issued_at
        if value is not UNSET:
            field_dict["issued_at"] = value
        value = self.refresh_token
        if value is not UNSET:
            field_dict["refresh_token"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.access_token = src_dict.get("access_token", UNSET)
        obj.expires_in = src_dict.get("expires_in", UNSET)
        obj.issued_at = src_dict.get("issued_at", UNSET)
        obj.refresh_token = src_dict.get("refresh_token", UNSET)
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


# AccessToken as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
AccessTokenJSON = TypedDict(
    "AccessTokenJSON",
    {
        "access_token": "str | None",
        "expires_in": "str | None",
        "issued_at": "str | None",
        "refresh_token": "str | None",
    },
    total=False,
)


class AccessTokenView:
    """Typed read access to the JSON of one AccessToken, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: AccessTokenJSON) -> None:
        self._json = json

    @property
    def access_token(self) -> str | None:
        return self._json.get("access_token")

    @property
    def expires_in(self) -> str | None:
        return self._json.get("expires_in")

    @property
    def issued_at(self) -> str | None:
        return self._json.get("issued_at")

    @property
    def refresh_token(self) -> str | None:
        return self._json.get("refresh_token")
