"""The sandbox's own registry of providers, found rather than listed: a provider's sandbox is the
:class:`~._provider.Provider` subclass its module ``_<provider>.py`` defines (its helpers live in
``_<provider>_<what>.py``). The sandbox never imports the SDK, so it does not read the SDK's registry."""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
from typing import TYPE_CHECKING

from ._provider import Provider

if TYPE_CHECKING:
    #: Every provider with a sandbox, by name, sorted.
    PROVIDERS: tuple[str, ...]

# A module that may hold a provider: one word after the underscore (``_<provider>_data`` is a helper).
_CANDIDATE = re.compile(r"_[a-z0-9]+")


@functools.cache
def implementations() -> dict[str, type[Provider]]:
    """Every provider's sandbox class, by name, sorted by name (imports the package's modules)."""
    package = importlib.import_module(__package__ or "reviewbridge_sandbox")
    found: dict[str, type[Provider]] = {}
    for module in pkgutil.iter_modules(package.__path__):
        if not _CANDIDATE.fullmatch(module.name):
            continue
        imported = importlib.import_module(f"{package.__name__}.{module.name}")
        for value in vars(imported).values():
            if (
                inspect.isclass(value)
                and issubclass(value, Provider)
                and value.__module__ == imported.__name__
                and not inspect.isabstract(value)
            ):
                found[value.name] = value
    return dict(sorted(found.items()))


def implementation(provider: str) -> type[Provider]:
    """The sandbox class of ``provider``; ValueError, naming the known ones, for an unknown name."""
    known = implementations()
    if provider not in known:
        raise ValueError(f"unknown provider {provider!r}; choose one of {', '.join(known)}")
    return known[provider]


def credentials_env() -> dict[str, str]:
    """The sandboxes' credentials as the ``REVIEWBRIDGE_*`` variables the clients and the CLI read."""
    return {key: value for provider in implementations().values() for key, value in provider.credentials_env.items()}


if not TYPE_CHECKING:  # type checkers see PROVIDERS declared above

    def __getattr__(name: str) -> object:
        if name == "PROVIDERS":
            return tuple(implementations())
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
