"""What a provider module tells the rest of reviewbridge about itself: one ``ProviderInfo`` each.

The export engine, the command line, the config reader and the state store iterate over these
(``reviewbridge._providers.REGISTRY``) and hold no provider names of their own.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal, Protocol, cast

from .._client import AnyAdapter, AnyAsyncClient, AnySyncClient, ReviewPage
from .._pagination import Descriptor, PagingParameter, describe
from .._review import Review
from .._secrets import Secret, credential

#: A page of any provider's listing, as ``reviewbridge check`` reads the first one.
AnyPage = ReviewPage[Any, Any, Any]


class FilterDescription(PagingParameter, Protocol):
    """A filter of a list operation as its spec describes it: a generated ``types.FilterParameter`` (a
    parameter, as a paging descriptor names one, with its kind, bounds and values)."""

    @property
    def required(self) -> bool: ...
    @property
    def kind(self) -> str: ...
    @property
    def repeated(self) -> bool: ...
    @property
    def choices(self) -> tuple[str | int | float, ...]: ...
    @property
    def open_choices(self) -> bool: ...
    @property
    def minimum(self) -> int | float | None: ...
    @property
    def maximum(self) -> int | float | None: ...
    @property
    def pattern(self) -> str | None: ...
    @property
    def example(self) -> object: ...
    @property
    def description(self) -> str: ...


class FilterSource(Protocol):
    """A generated list operation module, as the options are derived from it: its filters and paging."""

    @property
    def FILTERS(self) -> tuple[FilterDescription, ...]: ...
    @property
    def PAGINATION(self) -> Descriptor: ...


#: The kind of an option's value (of each value, for a repeated one): a string, a whole number, a number,
#: true/false (a flag on the command line), or a date, a date-time or either (ISO 8601).
OptionKind = Literal["text", "int", "number", "flag", "date", "date-time", "date-or-date-time"]


@dataclass(frozen=True)
class Credential:
    """A credential: the client constructor's argument and the environment variable it defaults to."""

    argument: str
    env: str
    description: str

    def read(self, value: str | Secret | None) -> Secret:
        """The credential given to the constructor, else the environment variable's (a clear error when
        neither is set)."""
        return credential(value, self.env, what=self.description)


@dataclass(frozen=True)
class ScopeOption:
    """A scope or filter of the list operation, as a command-line flag and a config-file key.

    Most come from the generated list operation (its ``FILTERS``, see ``_filters.py``); a provider module
    declares only what its spec does not say: an option of the facade's own, or how one of the spec's is
    given (its flag, a scope per value, ``unless``)."""

    key: str  # the facade's filter name, also the config-file key
    help: str
    kind: OptionKind = "text"
    required: bool = False
    cli: bool = True  # False: config files only
    #: a flag option that stands in for this one when it is required (``--all-channels`` for the channels)
    unless: str | None = None
    #: the command-line flag when it is not the key's (``--business-unit`` for ``business_unit_id``)
    cli_flag: str | None = None
    #: each value is a scope of its own (a walk and a mark each): the flag may be repeated and a config
    #: file may give a list, for an option the list operation takes one value of (a business unit)
    scope_per_value: bool = False
    #: several values: the flag repeated, a list in a config file (a lone value stands for a list of one)
    repeated: bool = False
    #: the values the spec lists; ``open_choices``: others may be given too (the provider may add some)
    choices: tuple[str | int | float, ...] = ()
    open_choices: bool = False
    minimum: int | float | None = None
    maximum: int | float | None = None
    #: the regular expression a text value must match (the spec's ``pattern``)
    pattern: str | None = None
    #: the spec's example value (a config template's), None where it gives none
    example: object = None
    #: the list operation's page size (the descriptor's): ``--page-size`` on the command line
    page_size: bool = False

    @property
    def flag(self) -> str:
        return self.cli_flag or "--" + self.key.rstrip("_").replace("_", "-")

    @property
    def many(self) -> bool:
        """Whether the option takes several values (repeated, or a scope per value)."""
        return self.repeated or self.scope_per_value


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
class CallLimit:
    """A client-side limit on calls a user may set, where a provider has one: its clients'
    ``requests_per_minute`` argument, ``--requests-per-minute N`` of ``export``, ``load`` and ``check``, and
    ``requests_per_minute`` in a config entry (each a whole number of 1 or more). The limit is shared by
    every client of the provider in the process."""

    #: the limit when none is set, and why, for ``--help`` ("240 a minute, below the quota of 300")
    default: str


#: ``ProviderInfo.listing`` when none is given: the adapter's list operation
_ADAPTERS_LISTING: Final = cast("FilterSource", object())


@dataclass(frozen=True)
class ProviderInfo:
    """Every fact about one provider that code outside its module needs: what its adapter says (its name,
    list operation and resume keys) and what a provider module declares besides."""

    adapter: type[AnyAdapter]
    client: Callable[..., AnySyncClient]
    async_client: Callable[..., AnyAsyncClient]
    credentials: tuple[Credential, ...]
    export: ExportPolicy
    #: for ``reviewbridge providers``
    operations: str
    auth: str
    #: constructor options besides credentials that a config entry may set (strings)
    client_options: tuple[str, ...] = ()
    #: replying to a review, where the provider has it
    reply: ReplySupport | None = None
    #: the client-side limit on calls a user may set (its clients take ``requests_per_minute``), if any
    call_limit: CallLimit | None = None
    #: ``reviewbridge check``: what the API says of a scope's size ("42 reviews", "3 pages"), from a client,
    #: the scope's filters and its first page; None (or no function) where the API gives no total
    total: Callable[[AnySyncClient, Mapping[str, object], AnyPage], str | None] | None = None
    #: progress: the size of a walk from the start of its listing, from a client, the walk's filters, its
    #: first page and whether the walk is whole (no ``since``); None (or no function) where the API won't say
    walk_size: Callable[[AnySyncClient, Mapping[str, object], AnyPage, bool], WalkSize | None] | None = None
    #: a fan-out: the filters of each scope a job's filters stand for, found by asking the API with a client
    #: of the job, made by the function it is given when it must ask (every location of every account the
    #: user reaches); export, load and the dlt source walk each as a scope of its own, with its own mark.
    #: None: a job's filters are one scope
    fan_out: Callable[[Callable[[], AnySyncClient], Mapping[str, Any]], list[dict[str, Any]]] | None = None

    #: options the spec does not say, or how one of its filters is given (a declared key the list operation
    #: has keeps the spec's kind, values and bounds, and takes the declaration's flag, help, scope per value,
    #: ``required`` and ``unless``)
    scope: tuple[ScopeOption, ...] = ()
    #: filters of the list operation not offered as options, each with why (besides those the export sets
    #: itself: ``export.order``, ``export.since_filter`` and the descriptor's change cursor)
    not_offered: Mapping[str, str] = field(default_factory=dict)
    #: ``--help``'s example: the flags of one scope (``--business-unit 507f...``), after the provider's name
    example: str = ""
    #: the generated list operation, its ``FILTERS`` and ``PAGINATION`` giving the scope and filter options:
    #: the adapter's (``package.operation``) unless given
    listing: FilterSource = _ADAPTERS_LISTING

    def __post_init__(self) -> None:
        if self.listing is _ADAPTERS_LISTING:  # a generated list operation module has both
            object.__setattr__(self, "listing", cast("FilterSource", self.adapter.package.operation))

    @property
    def name(self) -> str:
        return self.adapter.name

    @property
    def resume_keys(self) -> tuple[str, ...]:
        return self.adapter.resume_args

    @property
    def pagination(self) -> str:
        """How the list operation pages, for ``reviewbridge providers`` (from its paging descriptor)."""
        return describe(self.listing.PAGINATION)

    @functools.cached_property
    def options(self) -> tuple[ScopeOption, ...]:
        """Every scope and filter option: the declared ones, then the list operation's filters."""
        from ._filters import options

        return options(self)

    @functools.cached_property
    def refused(self) -> dict[str, str]:
        """The list operation's filters that are no option, each with why (one clear line when given)."""
        from ._filters import refused

        return refused(self)

    def option(self, key: str) -> ScopeOption | None:
        return next((o for o in self.options if o.key == key), None)

    @property
    def page_size(self) -> ScopeOption | None:
        """The option of the list operation's page size (``--page-size``), where it has one."""
        return next((o for o in self.options if o.page_size), None)
