from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountList")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "accounts",
        "nextPageToken",
    }
)


@_attrs_define
class AccountList:
    """One page of accounts.

    Attributes:
        accounts (list[Account] | None | Unset): The accounts of the page (absent when there are none).
        next_page_token (None | str | Unset): The token of the next page; absent on the last page.
    """

    accounts: list[Account] | None | Unset = UNSET
    next_page_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.accounts
        if value is not UNSET:
            field_dict["accounts"] = (
                (
                    [(item0.to_dict() if isinstance(item0, Account) else item0) for item0 in value]
                    if isinstance(value, list)
                    else value
                )
                if isinstance(value, list)
                else value
            )
        value = self.next_page_token
        if value is not UNSET:
            field_dict["nextPageToken"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        value = src_dict.get("accounts", UNSET)
        if isinstance(value, list):
            try:
                value = list(map(Account.from_dict, value))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.accounts = value
        obj.next_page_token = src_dict.get("nextPageToken", UNSET)
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
from ..models.account import Account  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = AccountList.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# AccountList as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
AccountListJSON = TypedDict(
    "AccountListJSON",
    {
        "accounts": "list[AccountJSON] | None",
        "nextPageToken": "str | None",
    },
    total=False,
)


class AccountListView:
    """Typed read access to the JSON of one AccountList, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: AccountListJSON) -> None:
        self._json = json

    @property
    def accounts(self) -> list[AccountJSON] | None:
        return self._json.get("accounts")

    @property
    def next_page_token(self) -> str | None:
        return self._json.get("nextPageToken")


from ..models.account import AccountJSON  # noqa: E402
