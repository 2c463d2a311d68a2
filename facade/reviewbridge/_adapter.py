"""A provider's quirks in one place: the :class:`Adapter` each provider module fills in."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import Any, ClassVar, Generic

import httpx

from ._exceptions import UsageError
from ._filters import checked_filters
from ._generated import ClientT as ClientT
from ._generated import Generated as Generated
from ._http import ProviderHTTP
from ._json import FromJSON
from ._operations import ListOperation
from ._page import Body, ItemT, PageT
from ._pagination import Strategy, paged_arguments, strategy_for
from ._ratelimit import RateLimit
from ._review import Review
from ._timestamps import parse_iso8601


class Adapter(Generic[PageT, ItemT, ClientT]):
    """A provider's quirks, in one place. Subclasses fill in the class attributes and hooks.

    A subclass names its ``name``, its ``scope_keys`` and, in ``package``, what it takes from the generated
    package (see :class:`Generated`); the rest is read from there when the class is made: its production
    server, what the HTTP layer knows of it (errors read by :meth:`parse_error`) and its resume
    arguments (the list operation's paging descriptor's)."""

    name: ClassVar[str]
    scope_keys: ClassVar[tuple[str, ...]]
    package: Generated[PageT, ItemT, ClientT]
    #: read from ``package``
    production_url: ClassVar[str]
    http: ClassVar[ProviderHTTP]
    resume_args: ClassVar[tuple[str, ...]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        package: Generated[Any, Any, Any] | None = vars(cls).get("package")
        if package is not None:
            cls.production_url = package.api.PRODUCTION_URL
            cls.http = package.http(cls.name, cls.parse_error)
            cls.resume_args = paged_arguments(package.operation.PAGINATION)

    @staticmethod
    def parse_error(body: Any) -> tuple[str | None, str | None]:
        """(code, message) of an error answer's parsed body, where the provider's format has them."""
        return None, None

    def list_operation(self) -> ListOperation[PageT]:
        """The generated list operation module (its ``parse_success`` gives the page model)."""
        return self.package.operation

    def load_filters(self) -> type[Mapping[str, object]]:
        """The list operation's generated ``<Operation>Filters`` TypedDict: the scope and filters."""
        return self.package.filters

    def load_models(self) -> tuple[FromJSON[PageT], FromJSON[ItemT]]:
        """The generated models of a list response and of one record."""
        return self.package.page_model, self.package.item_model

    def generated_client(self, base_url: str) -> ClientT:
        """The provider's generated ``Client`` for ``base_url``."""
        return self.package.client(base_url=base_url)

    @functools.cached_property
    def filters(self) -> type[Mapping[str, object]]:
        """The TypedDict naming the list operation's scope and filters (generated from the spec)."""
        return self.load_filters()

    def check_filters(self, filters: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """(scope, arguments of the list operation) from user filters.

        Unknown names, missing required ones and values of the wrong type are a UsageError, before any
        request is sent."""
        filters = checked_filters(self.name, self.filters, filters)
        scope = {k: filters.get(k) for k in self.scope_keys}
        try:
            return scope, self.list_args(filters)
        except ValueError as exc:
            raise UsageError(f"{self.name}: invalid filter value: {exc}") from None

    def list_args(self, filters: dict[str, Any]) -> dict[str, Any]:
        """User filter values as the list operation's arguments (its generated ``filter_arguments``)."""
        return dict(self.list_operation().filter_arguments(filters))

    def from_resume(self, resume: dict[str, Any]) -> dict[str, Any]:
        """A resume point (as ``ReviewPage.resume`` gave it, JSON-ready) as list-operation arguments: the
        descriptor's change cursor, a time, back from ISO 8601."""
        changed = self.list_operation().PAGINATION.change_cursor
        stamp = resume.get(changed.python_name) if changed is not None else None
        if changed is not None and isinstance(stamp, str):
            resume = {**resume, changed.python_name: parse_iso8601(stamp)}
        return resume

    def strategy(self, base_url: httpx.URL, *, follow_changes: bool = False) -> Strategy[Body]:
        """The provider's pagination, built from the list operation's paging descriptor; ``follow_changes``
        asks for one that neither skips nor repeats records changing during the walk, where the
        provider's documented one could (a descriptor's change cursor, with :meth:`last_change`)."""
        operation = self.list_operation()
        return strategy_for(
            operation.PAGINATION,
            path=operation.PATH,
            base_url=base_url,
            follow_changes=follow_changes,
            changed_at=self.last_change,
        )

    def last_change(self, item: dict[str, Any]) -> dt.datetime | None:
        """When a listed record last changed (None: it does not say); a walk following changes pages by it."""
        return None

    def to_review(self, item: dict[str, Any], scope: dict[str, Any]) -> Review[ItemT]:
        """One listed record as a :class:`Review`: the hot path of every walk, so a provider writes it flat.

        It reads the record through the generated ``<Model>JSON`` TypedDict (``cast`` once), so a member
        renamed in the spec fails mypy there; as ``obj[k] if k in obj``, because mypy checks the key of a
        subscript (not of ``get``) and both are single dict operations (a view's property costs a Python
        call per member read). The ``_json`` helpers' checks are inlined: a call per member was a fifth of
        mapping a record."""
        raise NotImplementedError

    def retryable_post(self, request: httpx.Request) -> bool:
        return False

    def rate_limit(self) -> RateLimit | None:
        """The provider's client-side limit on calls, shared by its clients in the process (None: none)."""
        return None

    def auth(self) -> httpx.Auth:
        raise NotImplementedError

    def headers(self) -> dict[str, str]:
        return {}

    def token_requests(self) -> int:
        """How many access tokens the adapter's auth has asked for (0: the provider takes fixed credentials)."""
        return 0

    @functools.cached_property
    def models(self) -> tuple[FromJSON[PageT], FromJSON[ItemT]]:
        return self.load_models()


AnyAdapter = Adapter[Any, Any, Any]
