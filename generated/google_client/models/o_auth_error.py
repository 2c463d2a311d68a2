from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_error_error import OAuthErrorError
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthError")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "error",
        "error_description",
    }
)


@_attrs_define
class OAuthError:
    """OAuth 2.0 error answer of the token endpoint (RFC 6749, section 5.2).

    Attributes:
        error (None | OAuthErrorError | Unset): The error code; `invalid_grant` means the refresh token no longer works.
        error_description (None | str | Unset): A human-readable explanation.
    """

    error: None | OAuthErrorError | Unset = UNSET
    error_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.error
        if value is not UNSET:
            field_dict["error"] = value.value if isinstance(value, OAuthErrorError) else value
        value = self.error_description
        if value is not UNSET:
            field_dict["error_description"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        value = src_dict.get("error", UNSET)
        if isinstance(value, str):
            try:
                value = _OAuthErrorError_BY_VALUE.get(value) or OAuthErrorError(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.error = value
        obj.error_description = src_dict.get("error_description", UNSET)
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


# OAuthError as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
OAuthErrorJSON = TypedDict(
    "OAuthErrorJSON",
    {
        "error": "str | None",
        "error_description": "str | None",
    },
    total=False,
)


class OAuthErrorView:
    """Typed read access to the JSON of one OAuthError, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: OAuthErrorJSON) -> None:
        self._json = json

    @property
    def error(self) -> str | None:
        return self._json.get("error")

    @property
    def error_description(self) -> str | None:
        return self._json.get("error_description")


# value -> member of each open enum read above: its fast path (unknown values go through the class).
_OAuthErrorError_BY_VALUE = OAuthErrorError._value2member_map_
