from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refresh_token_request_grant_type import RefreshTokenRequestGrantType

T = TypeVar("T", bound="RefreshTokenRequest")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "client_id",
        "client_secret",
        "grant_type",
        "refresh_token",
    }
)


@_attrs_define
class RefreshTokenRequest:
    """Form fields of a refresh-token grant.

    Attributes:
        client_id (str): The OAuth client id of the application.
        client_secret (str): The OAuth client secret of the application.
        grant_type (RefreshTokenRequestGrantType): Always `refresh_token`.
        refresh_token (str): The refresh token the user granted.
    """

    client_id: str
    client_secret: str
    grant_type: RefreshTokenRequestGrantType
    refresh_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.client_id
        field_dict["client_id"] = value
        value = self.client_secret
        field_dict["client_secret"] = value
        value = self.grant_type
        field_dict["grant_type"] = value.value if isinstance(value, RefreshTokenRequestGrantType) else value
        value = self.refresh_token
        field_dict["refresh_token"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.client_id = src_dict["client_id"]
        obj.client_secret = src_dict["client_secret"]
        value = src_dict["grant_type"]
        value = _RefreshTokenRequestGrantType_BY_VALUE.get(value) or RefreshTokenRequestGrantType(value)

        obj.grant_type = value
        obj.refresh_token = src_dict["refresh_token"]
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


# RefreshTokenRequest as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
RefreshTokenRequestJSON = TypedDict(
    "RefreshTokenRequestJSON",
    {
        "client_id": "Required[str]",
        "client_secret": "Required[str]",
        "grant_type": "Required[str]",
        "refresh_token": "Required[str]",
    },
    total=False,
)


class RefreshTokenRequestView:
    """Typed read access to the JSON of one RefreshTokenRequest, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: RefreshTokenRequestJSON) -> None:
        self._json = json

    @property
    def client_id(self) -> str | None:
        return self._json.get("client_id")

    @property
    def client_secret(self) -> str | None:
        return self._json.get("client_secret")

    @property
    def grant_type(self) -> str | None:
        return self._json.get("grant_type")

    @property
    def refresh_token(self) -> str | None:
        return self._json.get("refresh_token")


# value -> member of each open enum read above: its fast path (unknown values go through the class).
_RefreshTokenRequestGrantType_BY_VALUE = RefreshTokenRequestGrantType._value2member_map_
