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
        "id_token",
        "refresh_token",
        "scope",
        "token_type",
    }
)


@_attrs_define
class AccessToken:
    """An access token.

    Attributes:
        access_token (None | str | Unset): The token to send as `Authorization: Bearer {access_token}`.
        expires_in (int | None | Unset): Remaining lifetime of the token, in seconds.
        id_token (None | str | Unset): An identity token (only with identity scopes).
        refresh_token (None | str | Unset): A new refresh token (normally absent on a refresh).
        scope (None | str | Unset): The scopes the token carries, space-delimited.
        token_type (None | str | Unset): Always `Bearer`.
    """

    access_token: None | str | Unset = UNSET
    expires_in: int | None | Unset = UNSET
    id_token: None | str | Unset = UNSET
    refresh_token: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    token_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.access_token
        if value is not UNSET:
            field_dict["access_token"] = value
        value = self.expires_in
        if value is not UNSET:
            field_dict["expires_in"] = value
        value = self.id_token
        if value is not UNSET:
            field_dict["id_token"] = value
        value = self.refresh_token
        if value is not UNSET:
            field_dict["refresh_token"] = value
        value = self.scope
        if value is not UNSET:
            field_dict["scope"] = value
        value = self.token_type
        if value is not UNSET:
            field_dict["token_type"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.access_token = src_dict.get("access_token", UNSET)
        obj.expires_in = src_dict.get("expires_in", UNSET)
        obj.id_token = src_dict.get("id_token", UNSET)
        obj.refresh_token = src_dict.get("refresh_token", UNSET)
        obj.scope = src_dict.get("scope", UNSET)
        obj.token_type = src_dict.get("token_type", UNSET)
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
        "expires_in": "int | None",
        "id_token": "str | None",
        "refresh_token": "str | None",
        "scope": "str | None",
        "token_type": "str | None",
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
    def expires_in(self) -> int | None:
        return self._json.get("expires_in")

    @property
    def id_token(self) -> str | None:
        return self._json.get("id_token")

    @property
    def refresh_token(self) -> str | None:
        return self._json.get("refresh_token")

    @property
    def scope(self) -> str | None:
        return self._json.get("scope")

    @property
    def token_type(self) -> str | None:
        return self._json.get("token_type")
