from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_permission_level import AccountPermissionLevel
from ..models.account_role import AccountRole
from ..models.account_type import AccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "accountName",
        "accountNumber",
        "name",
        "organizationInfo",
        "permissionLevel",
        "primaryOwner",
        "role",
        "type",
        "verificationState",
        "vettedState",
    }
)


@_attrs_define
class Account:
    """A Business Profile account (a person's, a location group, a user group, an organization).

    Attributes:
        account_name (None | str | Unset): The account's name.
        account_number (None | str | Unset): The account's reference number.
        name (None | str | Unset): The resource name, `accounts/{accountId}`.
        organization_info (None | OrganizationInfo | Unset):
        permission_level (AccountPermissionLevel | None | Unset): The authorised user's permission level on the account.
        primary_owner (None | str | Unset): The account's primary owner (input only; not sent back).
        role (AccountRole | None | Unset): The authorised user's role on the account.
        type_ (AccountType | None | Unset): The kind of account.
        verification_state (None | str | Unset): Whether the account is verified.
        vetted_state (None | str | Unset): Whether the account is vetted.
    """

    account_name: None | str | Unset = UNSET
    account_number: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    organization_info: None | OrganizationInfo | Unset = UNSET
    permission_level: AccountPermissionLevel | None | Unset = UNSET
    primary_owner: None | str | Unset = UNSET
    role: AccountRole | None | Unset = UNSET
    type_: AccountType | None | Unset = UNSET
    verification_state: None | str | Unset = UNSET
    vetted_state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.account_name
        if value is not UNSET:
            field_dict["accountName"] = value
        value = self.account_number
        if value is not UNSET:
            field_dict["accountNumber"] = value
        value = self.name
        if value is not UNSET:
            field_dict["name"] = value
        value = self.organization_info
        if value is not UNSET:
            field_dict["organizationInfo"] = value.to_dict() if isinstance(value, OrganizationInfo) else value
        value = self.permission_level
        if value is not UNSET:
            field_dict["permissionLevel"] = value.value if isinstance(value, AccountPermissionLevel) else value
        value = self.primary_owner
        if value is not UNSET:
            field_dict["primaryOwner"] = value
        value = self.role
        if value is not UNSET:
            field_dict["role"] = value.value if isinstance(value, AccountRole) else value
        value = self.type_
        if value is not UNSET:
            field_dict["type"] = value.value if isinstance(value, AccountType) else value
        value = self.verification_state
        if value is not UNSET:
            field_dict["verificationState"] = value
        value = self.vetted_state
        if value is not UNSET:
            field_dict["vettedState"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.account_name = src_dict.get("accountName", UNSET)
        obj.account_number = src_dict.get("accountNumber", UNSET)
        obj.name = src_dict.get("name", UNSET)
        value = src_dict.get("organizationInfo", UNSET)
        if isinstance(value, dict):
            try:
                value = OrganizationInfo.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.organization_info = value
        value = src_dict.get("permissionLevel", UNSET)
        if isinstance(value, str):
            try:
                value = _AccountPermissionLevel_BY_VALUE.get(value) or AccountPermissionLevel(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.permission_level = value
        obj.primary_owner = src_dict.get("primaryOwner", UNSET)
        value = src_dict.get("role", UNSET)
        if isinstance(value, str):
            try:
                value = _AccountRole_BY_VALUE.get(value) or AccountRole(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.role = value
        value = src_dict.get("type", UNSET)
        if isinstance(value, str):
            try:
                value = _AccountType_BY_VALUE.get(value) or AccountType(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.type_ = value
        obj.verification_state = src_dict.get("verificationState", UNSET)
        obj.vetted_state = src_dict.get("vettedState", UNSET)
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
from ..models.organization_info import OrganizationInfo  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = Account.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# Account as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
AccountJSON = TypedDict(
    "AccountJSON",
    {
        "accountName": "str | None",
        "accountNumber": "str | None",
        "name": "str | None",
        "organizationInfo": "OrganizationInfoJSON | None",
        "permissionLevel": "str | None",
        "primaryOwner": "str | None",
        "role": "str | None",
        "type": "str | None",
        "verificationState": "str | None",
        "vettedState": "str | None",
    },
    total=False,
)


class AccountView:
    """Typed read access to the JSON of one Account, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: AccountJSON) -> None:
        self._json = json

    @property
    def account_name(self) -> str | None:
        return self._json.get("accountName")

    @property
    def account_number(self) -> str | None:
        return self._json.get("accountNumber")

    @property
    def name(self) -> str | None:
        return self._json.get("name")

    @property
    def organization_info(self) -> OrganizationInfoView | None:
        value = self._json.get("organizationInfo")
        return OrganizationInfoView(value) if isinstance(value, dict) else None

    @property
    def permission_level(self) -> str | None:
        return self._json.get("permissionLevel")

    @property
    def primary_owner(self) -> str | None:
        return self._json.get("primaryOwner")

    @property
    def role(self) -> str | None:
        return self._json.get("role")

    @property
    def type_(self) -> str | None:
        return self._json.get("type")

    @property
    def verification_state(self) -> str | None:
        return self._json.get("verificationState")

    @property
    def vetted_state(self) -> str | None:
        return self._json.get("vettedState")


from ..models.organization_info import OrganizationInfoJSON, OrganizationInfoView  # noqa: E402

# value -> member of each open enum read above: its fast path (unknown values go through the class).
_AccountPermissionLevel_BY_VALUE = AccountPermissionLevel._value2member_map_
_AccountRole_BY_VALUE = AccountRole._value2member_map_
_AccountType_BY_VALUE = AccountType._value2member_map_
