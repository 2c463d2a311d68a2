"""One module per provider, the only place that knows a provider; ``REGISTRY`` lists them all, ``EXPORTS``
what ``reviewbridge`` exports from them."""

from __future__ import annotations

import functools
import importlib
from typing import TYPE_CHECKING

from ._info import Credential, ExportPolicy, ProviderInfo, ReplySupport, ScopeOption, WalkSize

if TYPE_CHECKING:
    #: Every provider by name, in the order listings show them.
    REGISTRY: dict[str, ProviderInfo]

#: The provider modules, in the order listings show them. Each imports its generated package, so they are
#: imported when ``REGISTRY`` is first read, not with this package (a client names only its own module).
_MODULES = ("reevoo", "thanx", "etrusted", "testfreaks", "trustpilot")


@functools.cache
def _registry() -> dict[str, ProviderInfo]:
    infos = (importlib.import_module(f".{name}", __name__).PROVIDER for name in _MODULES)
    return {info.name: info for info in infos}


#: What ``reviewbridge`` exports from each provider module, by name.
EXPORTS = {
    "Reevoo": "reevoo",
    "AsyncReevoo": "reevoo",
    "Thanx": "thanx",
    "AsyncThanx": "thanx",
    "ThanxResume": "thanx",
    "ETrusted": "etrusted",
    "AsyncETrusted": "etrusted",
    "ETrustedResume": "etrusted",
    "TestFreaks": "testfreaks",
    "AsyncTestFreaks": "testfreaks",
    "TestFreaksResume": "testfreaks",
    "Trustpilot": "trustpilot",
    "AsyncTrustpilot": "trustpilot",
    "TrustpilotResume": "trustpilot",
}


def export(name: str) -> object:
    """``reviewbridge.<name>``, from its provider module (imported now if it was not yet)."""
    module = EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'reviewbridge' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


if not TYPE_CHECKING:  # type checkers see REGISTRY declared above, and an unknown name as an error

    def __getattr__(name: str) -> object:
        if name == "REGISTRY":
            return _registry()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["REGISTRY", "Credential", "ExportPolicy", "ProviderInfo", "ReplySupport", "ScopeOption", "WalkSize"]
