from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_token_request_grant_type import AccessTokenRequestGrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessTokenRequest")


@_attrs_define
class AccessTokenRequest:
    """Form fields of an OAuth2 client-credentials token request.

    Attributes:
        client_id (str): The client ID issued by eTrusted.
        client_secret (str): The client secret issued by eTrusted.
        grant_type (AccessTokenRequestGrantType): Always `client_credentials`.
        audience (str | Unset): The API the token is for. Default: 'https://api.etrusted.com'.
    """

    client_id: str
    client_secret: str
    grant_type: AccessTokenRequestGrantType
    audience: str | Unset = "https://api.etrusted.com"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        grant_type = self.grant_type.value

        audience = self.audience

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "grant_type": grant_type,
            }
        )
        if audience is not UNSET:
            field_dict["audience"] = audience

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        grant_type = AccessTokenRequestGrantType(d.pop("grant_type"))

        audience = d.pop("audience", UNSET)

        access_token_request = cls(
            client_id=client_id,
            client_secret=client_secret,
            grant_type=grant_type,
            audience=audience,
        )

        access_token_request.additional_properties = d
        return access_token_request

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
