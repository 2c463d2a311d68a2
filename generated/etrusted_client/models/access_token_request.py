from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_token_request_audience import AccessTokenRequestAudience
from ..models.access_token_request_grant_type import AccessTokenRequestGrantType

T = TypeVar("T", bound="AccessTokenRequest")


@_attrs_define
class AccessTokenRequest:
    """Form fields of an OAuth2 client-credentials token request.

    Attributes:
        audience (AccessTokenRequestAudience): The API the token is for, always `https://api.etrusted.com`.
        client_id (str): The client ID issued by eTrusted.
        client_secret (str): The client secret issued by eTrusted.
        grant_type (AccessTokenRequestGrantType): Always `client_credentials`.
    """

    audience: AccessTokenRequestAudience
    client_id: str
    client_secret: str
    grant_type: AccessTokenRequestGrantType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audience = self.audience.value

        client_id = self.client_id

        client_secret = self.client_secret

        grant_type = self.grant_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audience": audience,
                "client_id": client_id,
                "client_secret": client_secret,
                "grant_type": grant_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audience = AccessTokenRequestAudience(d.pop("audience"))

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        grant_type = AccessTokenRequestGrantType(d.pop("grant_type"))

        access_token_request = cls(
            audience=audience,
            client_id=client_id,
            client_secret=client_secret,
            grant_type=grant_type,
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
