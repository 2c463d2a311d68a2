"""What the tests know of each provider's sandbox, one module per provider (``tests/providers/<p>.py``,
its home), found by the provider's name: tests take providers from the registries and these cases, and
list none. Credentials come from the sandbox itself (its ``credentials_env``), flags and config keys from
the provider's ``ProviderInfo``."""

from __future__ import annotations

import copy
import functools
import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reviewbridge._providers import REGISTRY, ProviderInfo
from reviewbridge_sandbox import credentials_env

from tests.conftest import PROVIDERS, load_spec

#: The scope every sandbox seeds by default (its example scope), by name.
SCOPE = "example.com"


@dataclass(frozen=True)
class Echo:
    """A server that echoes what a client sent, as this provider's API would (tests/e2e/test_hostile_echo.py)."""

    #: the client's credential arguments, each a value to look for in every output
    credentials: dict[str, str]
    #: the filters (and flags) of a walk
    scope: dict[str, str]
    #: the provider's error body around a message
    error_body: Callable[[str], dict[str, Any]]
    #: whether the credentials go out as Basic auth (their ``user:password`` pair is a secret too)
    basic: bool = False
    #: whether the client fetches a token first (the API then echoes that token)
    token: bool = False


@dataclass(frozen=True)
class Case:
    """One provider's sandbox as the tests walk it."""

    #: the filters that select the sandbox's example scope (the one ``?scope=example.com`` administers)
    scope: dict[str, Any]
    #: further filters a walk needs to list every review of the scope (not only the API's default selection)
    everything: dict[str, Any] = field(default_factory=dict)
    #: the filter (and config key) of the page size, where the list has one
    page_size: str | None = None
    #: sandbox latency (ms) that makes an export of a few hundred reviews long enough to be killed mid-way
    export_latency_ms: int = 15
    #: whether an incremental run finds every edited review (false: the API lists by creation time only,
    #: so an edit is found only on the pages a run walks anyway)
    sees_edits: bool = True
    #: whether tests/e2e/test_export_once_sandbox.py runs against this sandbox (lies, faults and kills over
    #: 1200 reviews: a slow test, run for a provider paged by number and one paged by link)
    lies_and_kills: bool = False
    #: how many operations document a JSON response body (the contract tests parse each through the client)
    json_operations: int = 0
    #: records the docs allow that a strict reading of a schema might refuse: (schema, record, the doc
    #: sentence that allows it); tests/contract/test_schemas_follow_docs.py validates each
    documented_forms: tuple[tuple[str, Any, str], ...] = ()
    #: (code, words of the message) its error body gives for wrong credentials (tests/e2e/test_facade_sandbox.py)
    auth_error: tuple[str | None, str] = (None, "")
    #: the HTTP status of that refusal (an OAuth refresh-token grant refuses with 400 invalid_grant)
    auth_status: int = 401
    #: how an echoing server answers this provider's client (None: not tested against one)
    echo: Echo | None = None
    #: the top of the rating scale of the sandbox's reviews (stars out of 5, or a score out of 10)
    rating_max: int = 5
    #: the ``/_sandbox/...?scope=`` value of the example scope
    admin_scope: str = SCOPE
    #: command-line filter flags (derived from the spec) the sandbox honours, selecting some but not all of
    #: the example scope's reviews
    narrowing: tuple[str, ...] = ()
    #: the exact types the README's Python examples produce with this provider, asserted where they are
    #: bound (tests/e2e/test_installed_typing.py): a line of an example (its text, stripped) -> the checks
    #: that follow it (a line changed in the README fails that test until this follows it)
    readme_types: dict[str, tuple[str, ...]] = field(default_factory=dict)
    name: str = ""

    @property
    def info(self) -> ProviderInfo:
        return REGISTRY[self.name]

    @property
    def has_filters(self) -> bool:
        """Whether the list operation has a command-line filter besides its scope, page size and order (one
        that can narrow a walk: what ``narrowing`` names)."""
        info = self.info
        scope = {option.key for option in info.scope} | set(info.export.order)
        return any(o.cli and not o.page_size and o.key not in scope for o in info.options)

    def filters(self, page: int | None = None) -> dict[str, Any]:
        """The filters of a walk over the whole example scope, ``page`` reviews a page where it can."""
        paging = {self.page_size: page} if page is not None and self.page_size else {}
        return {**self.scope, **self.everything, **paging}

    def credentials(self, wrong: bool = False) -> dict[str, str]:
        """The client's credential arguments for the sandbox (the last one wrong, if asked)."""
        env = credentials_env()
        given = {c.argument: env[c.env] for c in self.info.credentials}
        if wrong:
            given[self.info.credentials[-1].argument] = "wrong"
        return given

    def _export_scope(self) -> dict[str, Any]:
        # An export sends its own defaults (ExportPolicy.defaults): the rest of "everything" is for it to say.
        return {k: v for k, v in {**self.scope, **self.everything}.items() if k not in self.info.export.defaults}

    def flags(self) -> tuple[str, ...]:
        """The example scope (and ``everything``) as ``reviewbridge export PROVIDER`` flags."""
        found: list[str] = []
        for key, value in self._export_scope().items():
            option = self.info.option(key)
            assert option is not None and option.cli, f"{self.name}: {key} is not a command-line option"
            found += [option.flag] if option.kind == "flag" else [option.flag, str(value)]
        return tuple(found)

    def entry(self) -> str:
        """The example scope and the credentials' variable names as the TOML lines of an ``[[export]]``."""
        lines = [f"{key} = {json.dumps(value)}" for key, value in self._export_scope().items()]
        lines += [f'{c.argument}_env = "{c.env}"' for c in self.info.credentials]
        return "\n".join(lines) + "\n"


def documented(provider: str, path: str) -> dict[str, Any]:
    """A copy of the documented example (``docs``) of the answer to ``GET path`` in the provider's spec."""
    operation = load_spec(provider)["paths"][path]["get"]
    value: dict[str, Any] = operation["responses"]["200"]["content"]["application/json"]["examples"]["docs"]["value"]
    return copy.deepcopy(value)


def without(record: dict[str, Any], *names: str) -> dict[str, Any]:
    """``record`` without the members ``names``."""
    return {key: value for key, value in record.items() if key not in names}


@functools.cache
def cases() -> dict[str, Case]:
    """Every provider's case, by name; a provider without ``tests/providers/<p>.py`` fails here."""
    found: dict[str, Case] = {}
    for name in PROVIDERS:
        case = importlib.import_module(f"{__name__}.{name}").CASE
        found[name] = Case(**{**case.__dict__, "name": name})
    return found


def case(name: str) -> Case:
    return cases()[name]
