from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_token_request_grant_type import AccessTokenRequestGrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessTokenRequest")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "grant_type",
        "password",
        "refresh_token",
        "username",
    }
)


@_attrs_define
class AccessTokenRequest:
    """Form fields of a token request.

    Attributes:
        grant_type (AccessTokenRequestGrantType): `client_credentials`, `refresh_token` (with `refresh_token`), or
            `password` (deprecated; with `username` and `password`).
        password (str | Unset): The business user's password, for the deprecated `password` grant.
        refresh_token (str | Unset): The refresh token, for the `refresh_token` grant.
        username (str | Unset): The business user's login e-mail, for the deprecated `password` grant.
    """

    grant_type: AccessTokenRequestGrantType
    password: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.grant_type
        field_dict["grant_type"] = value.value if isinstance(value, AccessTokenRequestGrantType) else value
        value = self.password
        if value is not UNSET:
            field_dict["password"] = value
        value = self.refresh_token
        if value is not UNSET:
            field_dict["refresh_token"] = value
        value = self.username
        if value is not UNSET:
            field_dict["username"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        value = src_dict["grant_type"]
        value = _AccessTokenRequestGrantType_BY_VALUE.get(value) or AccessTokenRequestGrantType(value)

        obj.grant_type = value
        obj.password = src_dict.get("password", UNSET)
        obj.refresh_token = src_dict.get("refresh_token", UNSET)
        obj.username = src_dict.get("username", UNSET)
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


# AccessTokenRequest as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
AccessTokenRequestJSON = TypedDict(
    "AccessTokenRequestJSON",
    {
        "grant_type": "Required[str]",
        "password": "str",
        "refresh_token": "str",
        "username": "str",
    },
    total=False,
)


class AccessTokenRequestView:
    """Typed read access to the JSON of one AccessTokenRequest, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: AccessTokenRequestJSON) -> None:
        self._json = json

    @property
    def grant_type(self) -> str | None:
        return self._json.get("grant_type")

    @property
    def password(self) -> str | None:
        return self._json.get("password")

    @property
    def refresh_token(self) -> str | None:
        return self._json.get("refresh_token")

    @property
    def username(self) -> str | None:
        return self._json.get("username")


# value -> member of each open enum read above: its fast path (unknown values go through the class).
_AccessTokenRequestGrantType_BY_VALUE = AccessTokenRequestGrantType._value2member_map_
