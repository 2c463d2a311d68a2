"""What a provider module tells the rest of reviewbridge about itself: one ``ProviderInfo`` each.

The export engine, the command line, the config reader and the state store iterate over these
(``reviewbridge._providers.REGISTRY``) and hold no provider names of their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .._client import AnyAsyncClient, AnySyncClient, ReviewPage
from .._review import Review

#: A page of any provider's listing, as ``reviewbridge check`` reads the first one.
AnyPage = ReviewPage[Any, Any, Any]

#: How an option is given: one string, several strings (a repeatable flag, or a TOML list), a
#: true/false flag, or a positive whole number (page sizes: config files only).
OptionKind = Literal["text", "texts", "flag", "count"]


@dataclass(frozen=True)
class Credential:
    """A credential: the client constructor's argument and the environment variable it defaults to."""

    argument: str
    env: str
    description: str


@dataclass(frozen=True)
class ScopeOption:
    """A scope or filter of the list operation, as a command-line flag and a config-file key."""

    key: str  # the facade's filter name, also the config-file key
    help: str
    kind: OptionKind = "text"
    required: bool = False
    cli: bool = True  # False: config files only (page sizes)
    #: a flag option that stands in for this one when it is required (``--all-channels`` for the channels)
    unless: str | None = None
    #: the command-line flag when it is not the key's (``--business-unit`` for ``business_unit_id``)
    cli_flag: str | None = None
    #: each value is a scope of its own (a walk and a mark each): the flag may be repeated and a config
    #: file may give a list, for an option the list operation takes one value of (a business unit)
    scope_per_value: bool = False

    @property
    def flag(self) -> str:
        return self.cli_flag or "--" + self.key.replace("_", "-")


@dataclass(frozen=True)
class ExportPolicy:
    """How an export walks a provider so that every review version is written exactly once.

    ``defaults``: filters an export sends unless told otherwise (everything, not the API's default
    selection). ``order``: filters that fix the walk order. ``since_filter``: the list filter asking
    the server for records changed after a time, if the API has one. ``newest_first``: the walk lists
    the newest change first, so it stops below the incremental mark once its pages show it (two pages
    running wholly older, every stamp read in order; see ``StopLine``).
    ``ordered_by``: the Review stamp a newest-first walk's list is in order of, which ends it
    (``updated_at``; ``created_at`` where the API sorts by creation only). ``ids_are_versions``: ids
    are derived from the record's content, so an id already exported is that version already exported.
    ``partition``: the scope key whose values (a set of them, or every one when the scope leaves it out)
    are walked in one walk, while the state keeps a mark per value; ``partition_of`` names the value a
    review belongs to (None when it does not say).
    """

    defaults: Mapping[str, object] = field(default_factory=dict)
    order: Mapping[str, object] = field(default_factory=dict)
    since_filter: str | None = None
    newest_first: bool = False
    ordered_by: Literal["updated_at", "created_at"] = "updated_at"
    ids_are_versions: bool = False
    partition: str | None = None
    partition_of: Callable[[Review], str | None] | None = None

    def filters(self, since: dt.datetime | None) -> dict[str, object]:
        """The filters an export adds to the user's for a walk from ``since``."""
        extra: dict[str, object] = dict(self.order)
        if since is not None and self.since_filter is not None:
            extra[self.since_filter] = since
        return extra


@dataclass(frozen=True)
class WalkSize:
    """How long a walk is, as its API tells: ``count`` pages, or reviews, in all (a progress display's total)."""

    count: int
    unit: Literal["pages", "reviews"]


@dataclass(frozen=True)
class ReplySupport:
    """How ``reviewbridge reply`` answers one review of this provider."""

    #: for ``reviewbridge providers``: the operation, and what a timeout does to the write
    summary: str
    #: sends ``text`` as the reply to review ``review_id`` with a client of this provider, given the values
    #: of ``options``; one line saying what was stored
    send: Callable[[AnySyncClient, str, str, Mapping[str, object]], str]
    #: this provider's options of ``reviewbridge reply``
    options: tuple[ScopeOption, ...] = ()


@dataclass(frozen=True)
class ProviderInfo:
    """Every fact about one provider that code outside its module needs."""

    name: str
    client: Callable[..., AnySyncClient]
    async_client: Callable[..., AnyAsyncClient]
    credentials: tuple[Credential, ...]
    options: tuple[ScopeOption, ...]
    export: ExportPolicy
    resume_keys: tuple[str, ...]
    #: for ``reviewbridge providers``
    operations: str
    auth: str
    pagination: str
    #: constructor options besides credentials that a config entry may set (strings)
    client_options: tuple[str, ...] = ()
    #: replying to a review, where the provider has it
    reply: ReplySupport | None = None
    #: ``reviewbridge check``: what the API says of a scope's size ("42 reviews", "3 pages"), from a client,
    #: the scope's filters and its first page; None (or no function) where the API gives no total
    total: Callable[[AnySyncClient, Mapping[str, object], AnyPage], str | None] | None = None
    #: progress: the size of a walk from the start of its listing, from a client, the walk's filters, its
    #: first page and whether the walk is whole (no ``since``); None (or no function) where the API won't say
    walk_size: Callable[[AnySyncClient, Mapping[str, object], AnyPage, bool], WalkSize | None] | None = None

    def option(self, key: str) -> ScopeOption | None:
        return next((o for o in self.options if o.key == key), None)
