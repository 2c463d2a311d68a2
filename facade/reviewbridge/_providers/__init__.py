"""One module per provider, the only place that knows a provider; ``REGISTRY`` lists them all."""

from __future__ import annotations

from . import etrusted, reevoo, testfreaks, thanx
from ._info import Credential, ExportPolicy, ProviderInfo, ReplySupport, ScopeOption

#: Every provider by name, in the order listings show them.
REGISTRY: dict[str, ProviderInfo] = {
    info.name: info for info in (reevoo.PROVIDER, thanx.PROVIDER, etrusted.PROVIDER, testfreaks.PROVIDER)
}

__all__ = ["REGISTRY", "Credential", "ExportPolicy", "ProviderInfo", "ReplySupport", "ScopeOption"]
