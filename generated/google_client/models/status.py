from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_status import StatusStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Status")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "code",
        "details",
        "message",
        "status",
    }
)


@_attrs_define
class Status:
    """What went wrong (google.rpc.Status).

    Attributes:
        code (int | None | Unset): The HTTP status code.
        details (list[ErrorDetail] | None | Unset): Machine-readable details, each naming its type in `@type`.
        message (None | str | Unset): A developer-facing explanation.
        status (None | StatusStatus | Unset): The canonical code, e.g. `PERMISSION_DENIED`.
    """

    code: int | None | Unset = UNSET
    details: list[ErrorDetail] | None | Unset = UNSET
    message: None | str | Unset = UNSET
    status: None | StatusStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.code
        if value is not UNSET:
            field_dict["code"] = value
        value = self.details
        if value is not UNSET:
            field_dict["details"] = (
                (
                    [(item0.to_dict() if isinstance(item0, ErrorDetail) else item0) for item0 in value]
                    if isinstance(value, list)
                    else value
                )
                if isinstance(value, list)
                else value
            )
        value = self.message
        if value is not UNSET:
            field_dict["message"] = value
        value = self.status
        if value is not UNSET:
            field_dict["status"] = value.value if isinstance(value, StatusStatus) else value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.code = src_dict.get("code", UNSET)
        value = src_dict.get("details", UNSET)
        if isinstance(value, list):
            try:
                value = list(map(ErrorDetail.from_dict, value))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.details = value
        obj.message = src_dict.get("message", UNSET)
        value = src_dict.get("status", UNSET)
        if isinstance(value, str):
            try:
                value = _StatusStatus_BY_VALUE.get(value) or StatusStatus(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.status = value
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


# Imported here, once this class exists, so that models referring to each other can import.
from ..models.error_detail import ErrorDetail  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = Status.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# Status as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
StatusJSON = TypedDict(
    "StatusJSON",
    {
        "code": "int | None",
        "details": "list[ErrorDetailJSON] | None",
        "message": "str | None",
        "status": "str | None",
    },
    total=False,
)


class StatusView:
    """Typed read access to the JSON of one Status, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: StatusJSON) -> None:
        self._json = json

    @property
    def code(self) -> int | None:
        return self._json.get("code")

    @property
    def details(self) -> list[ErrorDetailJSON] | None:
        return self._json.get("details")

    @property
    def message(self) -> str | None:
        return self._json.get("message")

    @property
    def status(self) -> str | None:
        return self._json.get("status")


from ..models.error_detail import ErrorDetailJSON  # noqa: E402

# value -> member of each open enum read above: its fast path (unknown values go through the class).
_StatusStatus_BY_VALUE = StatusStatus._value2member_map_
