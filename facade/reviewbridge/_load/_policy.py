"""TEMPORARY: each provider's export policy, until the provider registry carries it (then removed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from .._export._sync import EXPORT_DEFAULTS, _since_filters


@dataclass(frozen=True)
class _Policy:
    provider: str
    defaults: Mapping[str, object] = field(default_factory=dict)
    newest_first: bool = False
    ids_are_versions: bool = False

    def filters(self, since: dt.datetime | None) -> dict[str, object]:
        return dict(_since_filters(self.provider, since))


def export_policy(provider: str) -> _Policy:
    return _Policy(
        provider,
        EXPORT_DEFAULTS.get(provider, {}),
        newest_first=provider == "etrusted",
        ids_are_versions=provider == "reevoo",
    )
