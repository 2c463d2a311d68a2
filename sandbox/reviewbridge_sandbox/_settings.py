"""What a sandbox was asked to be: provider, data size, seed, faults (lies too), latency, token lifetime,
request quota and how many scopes it lists."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_SCOPE = "example.com"
MAX_REVIEWS = 5_000_000
MAX_SCOPES = 100_000


@dataclass(frozen=True)
class Settings:
    provider: str
    reviews: int = 200
    seed: int = 0
    fault_rate: float = 0.0
    latency_ms: int = 0
    #: access-token lifetime in seconds; None: the lifetime the provider documents (see token_lifetime)
    token_ttl: float | None = None
    slow_ms: int = 5000
    #: the faults include lies: answers that look fine to HTTP but are not (see _faults.LIAR_KINDS)
    liars: bool = False
    #: requests a minute each API allows before answering 429; None: the provider's documented quota
    #: (where it has one), 0: no limit
    quota: int | None = None
    #: how many scopes a sandbox whose API lists its scopes (an account's locations) lists; None: its own
    scopes: int | None = None

    def __post_init__(self) -> None:
        from ._registry import implementation  # on use: the registry imports the providers, which import this

        implementation(self.provider)  # ValueError for an unknown provider
        if isinstance(self.reviews, bool) or not isinstance(self.reviews, int):
            raise ValueError("reviews must be an integer")
        if not 0 <= self.reviews <= MAX_REVIEWS:
            raise ValueError(f"reviews must be between 0 and {MAX_REVIEWS}")
        if isinstance(self.seed, bool) or not isinstance(self.seed, int):
            raise ValueError("seed must be an integer")
        if not 0.0 <= self.fault_rate <= 1.0:
            raise ValueError(f"fault rate must be between 0 and 1, got {self.fault_rate}")
        if self.latency_ms < 0:
            raise ValueError("latency must not be negative")
        if self.token_ttl is not None and not self.token_ttl > 0:
            raise ValueError("token lifetime must be positive")
        if self.slow_ms < 0:
            raise ValueError("slow response time must not be negative")
        if self.quota is not None and (isinstance(self.quota, bool) or self.quota < 0):
            raise ValueError("quota must not be negative")
        if self.scopes is not None and not 1 <= self.scopes <= MAX_SCOPES:
            raise ValueError(f"scopes must be between 1 and {MAX_SCOPES}")

    def token_lifetime(self, documented: float) -> float:
        """The access-token lifetime to serve: the one asked for, else the provider's ``documented`` one."""
        return documented if self.token_ttl is None else self.token_ttl

    def quota_per_minute(self, documented: int) -> int:
        """The requests a minute to allow (0: no limit): the quota asked for, else the ``documented`` one."""
        return documented if self.quota is None else self.quota

    def scope_count(self, default: int) -> int:
        """The scopes to list: the number asked for, else the provider sandbox's ``default``."""
        return default if self.scopes is None else self.scopes
