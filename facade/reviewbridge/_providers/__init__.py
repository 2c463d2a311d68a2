"""One module per provider, the only place that knows a provider; ``REGISTRY`` lists them all, found in
this package rather than listed: a module here whose name does not start with ``_`` and that defines
``PROVIDER`` is a provider. Each module's ``EXPORTS`` is what ``reviewbridge`` exports from it."""

from __future__ import annotations

import functools
import importlib
import pkgutil
from types import ModuleType
from typing import TYPE_CHECKING

from ._info import CallLimit, Credential, ExportPolicy, ProviderInfo, ReplySupport, ScopeOption, WalkSize

if TYPE_CHECKING:
    #: Every provider by name, in alphabetical order (the order listings show them).
    REGISTRY: dict[str, ProviderInfo]


@functools.cache
def modules() -> tuple[str, ...]:
    """The public modules of this package, by name, sorted; found without importing them (each imports its
    generated package, so a client names only its own module)."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")))


def _module(name: str) -> ModuleType:
    return importlib.import_module(f".{name}", __name__)


@functools.cache
def _registry() -> dict[str, ProviderInfo]:
    infos = (getattr(_module(name), "PROVIDER", None) for name in modules())
    found = sorted((info for info in infos if isinstance(info, ProviderInfo)), key=lambda info: info.name)
    return {info.name: info for info in found}


def export(name: str) -> object:
    """``reviewbridge.<name>``, from its provider module (imported now if it was not yet).

    A provider module's exported names start with its name, ``Async`` aside, in any case
    (``AsyncShop``, ``ShopResume``, ``shop_review_id`` from ``shop.py``): so only that module is imported.
    """
    wanted = name.lower().removeprefix("async")
    for module in sorted((m for m in modules() if wanted.startswith(m)), key=len, reverse=True):
        found = _module(module)
        if name in getattr(found, "EXPORTS", ()):
            return getattr(found, name)
    raise AttributeError(f"module 'reviewbridge' has no attribute {name!r}")


def exported() -> list[str]:
    """Every name ``reviewbridge`` exports from the provider modules (this imports them all)."""
    return sorted(name for module in modules() for name in getattr(_module(module), "EXPORTS", ()))


if not TYPE_CHECKING:  # type checkers see REGISTRY declared above, and an unknown name as an error

    def __getattr__(name: str) -> object:
        if name == "REGISTRY":
            return _registry()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "REGISTRY",
    "CallLimit",
    "Credential",
    "ExportPolicy",
    "ProviderInfo",
    "ReplySupport",
    "ScopeOption",
    "WalkSize",
]
