from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "correlationId",
        "details",
        "errorCode",
        "message",
    }
)


@_attrs_define
class Error:
    """An error answer.

    Attributes:
        correlation_id (None | str | Unset): Id of the request in Trustpilot's logs.
        details (None | str | Unset): More about the error, often empty.
        error_code (int | None | Unset): Trustpilot's numeric error code.
        message (None | str | Unset): What went wrong.
    """

    correlation_id: None | str | Unset = UNSET
    details: None | str | Unset = UNSET
    error_code: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.correlation_id
        if value is not UNSET:
            field_dict["correlationId"] = value
        value = self.details
        if value is not UNSET:
            field_dict["details"] = value
        value = self.error_code
        if value is not UNSET:
            field_dict["errorCode"] = value
        value = self.message
        if value is not UNSET:
            field_dict["message"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.correlation_id = src_dict.get("correlationId", UNSET)
        obj.details = src_dict.get("details", UNSET)
        obj.error_code = src_dict.get("errorCode", UNSET)
        obj.message = src_dict.get("message", UNSET)
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


# Error as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
ErrorJSON = TypedDict(
    "ErrorJSON",
    {
        "correlationId": "str | None",
        "details": "str | None",
        "errorCode": "int | None",
        "message": "str | None",
    },
    total=False,
)


class ErrorView:
    """Typed read access to the JSON of one Error, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: ErrorJSON) -> None:
        self._json = json

    @property
    def correlation_id(self) -> str | None:
        return self._json.get("correlationId")

    @property
    def details(self) -> str | None:
        return self._json.get("details")

    @property
    def error_code(self) -> int | None:
        return self._json.get("errorCode")

    @property
    def message(self) -> str | None:
        return self._json.get("message")
