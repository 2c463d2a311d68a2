"""The jobs of an export or a load: one scope of one provider each, and the client made for it."""

from __future__ import annotations

import dataclasses
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .._client import SyncClient
from .._exceptions import ConfigurationError, ExportError
from .._providers import REGISTRY, ProviderInfo
from .._ratelimit import REQUESTS_PER_MINUTE
from .._suggest import did_you_mean


@dataclass(frozen=True)
class Job:
    """One scope of one provider to export."""

    provider: str
    filters: dict[str, Any]
    credentials: dict[str, str] = field(default_factory=dict)
    base_url: str | None = None
    #: constructor options besides credentials the provider allows (``ProviderInfo.client_options``)
    client_options: dict[str, str] = field(default_factory=dict)
    allow_insecure: bool = False
    #: seconds one attempt of a request may take in all (the client's default when None)
    timeout: float | None = None
    #: the environment variable each credential was read from, by constructor argument (a config file's
    #: ``*_env`` keys), for messages; a credential not named here comes from its provider's default one
    credential_env: dict[str, str] = field(default_factory=dict)
    #: the client-side limit on calls where the provider has one (``ProviderInfo.call_limit``): at most
    #: this many a minute, shared by the provider's clients in the process; its default when None
    requests_per_minute: int | None = None


ClientFactory = Callable[[Job], SyncClient]


def provider_info(name: str) -> ProviderInfo:
    """The registry entry of ``name``; an ExportError naming the known providers otherwise."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise ExportError(
            f"unknown provider {name!r}{did_you_mean(name, REGISTRY)}; known: {', '.join(REGISTRY)}"
        ) from None


def job_credentials(job: Job) -> dict[str, str]:
    """The job's credentials: those it holds, and those it names by variable (``credential_env``) read
    now. A scope of ``reviewbridge.dlt.scopes_from_config`` holds names only, so that its credentials
    are read when its client is made (an orchestrator's task), not when the config is."""
    found = dict(job.credentials)
    for argument, var in job.credential_env.items():
        if argument not in found:
            value = os.environ.get(var)
            if not value:
                raise ConfigurationError(f"environment variable {var} (from {argument}_env) is not set")
            found[argument] = value
    return found


def client_limit(job: Job) -> dict[str, int]:
    """The job's ``requests_per_minute`` as its client's argument (none when it sets none); an ExportError
    when its provider has no client-side limit to set."""
    if job.requests_per_minute is None:
        return {}
    if provider_info(job.provider).call_limit is None:
        raise ExportError(f"{job.provider} has no client-side limit on calls: {REQUESTS_PER_MINUTE} does not apply")
    return {REQUESTS_PER_MINUTE: job.requests_per_minute}


def default_client_factory(job: Job) -> SyncClient:
    info = provider_info(job.provider)
    # Plain http is accepted for loopback (the sandboxes) and refused elsewhere by the client itself.
    options: dict[str, Any] = {"timeout": job.timeout} if job.timeout is not None else {}
    credentials = job_credentials(job)
    return info.client(
        base_url=job.base_url,
        allow_insecure=job.allow_insecure,
        **credentials,
        **job.client_options,
        **client_limit(job),
        **options,
    )


class SharedClients:
    """A run's client factory: the scopes of a provider whose scopes the API names (``ProviderInfo.fan_out``:
    the locations of the user's accounts) share one connection and one token when their clients would be
    made alike, each scope with a client of its own over them (its own retries count, ``with_options``):
    a run over hundreds of locations asks for one token, not one per location. Every other job gets a
    client of its own from ``client_factory``. ``close`` closes the shared ones (after their scopes')."""

    def __init__(self, client_factory: ClientFactory) -> None:
        self.client_factory = client_factory
        self._bases: dict[tuple[object, ...], SyncClient] = {}
        self._lock = threading.Lock()

    def __call__(self, job: Job) -> SyncClient:
        if provider_info(job.provider).fan_out is None:
            return self.client_factory(job)
        with self._lock:  # walks ask from threads of their own
            base = self._bases.get(_made_of(job))
            if base is None:
                base = self._bases[_made_of(job)] = self.client_factory(job)
        return base.with_options()

    def close(self) -> None:
        with self._lock:
            bases, self._bases = list(self._bases.values()), {}
        for base in bases:
            base.close()


def _made_of(job: Job) -> tuple[object, ...]:
    """What a job's client is made of: everything but its filters."""
    return (
        job.provider,
        job.base_url,
        tuple(sorted(job.credentials.items())),
        tuple(sorted(job.credential_env.items())),
        tuple(sorted(job.client_options.items())),
        job.allow_insecure,
        job.timeout,
        job.requests_per_minute,
    )


class _Lazy:
    """A client of one job, made on first use (its credentials read then), closed by ``close``."""

    def __init__(self, job: Job, client_factory: ClientFactory) -> None:
        self.job, self.client_factory = job, client_factory
        self.client: SyncClient | None = None

    def __call__(self) -> SyncClient:
        if self.client is None:
            self.client = self.client_factory(self.job)
        return self.client

    def close(self) -> None:
        if self.client is not None:
            self.client.close()


def fanned_out(jobs: Sequence[Job], client_factory: ClientFactory) -> list[Job]:
    """Each job as the scopes it stands for: a provider with a fan-out (``ProviderInfo.fan_out``) is asked
    which scopes a job's filters name, and asks the API with a client of the job where it must (every
    location of every account, say); every other job is one scope. A client is made (and its credentials
    read) only for a job whose scopes the API must tell. An ExportError when a fan-out finds no scope."""
    found: list[Job] = []
    for job in jobs:
        fan_out = provider_info(job.provider).fan_out
        if fan_out is None:
            found.append(job)
            continue
        connect = _Lazy(job, client_factory)
        try:
            scopes = fan_out(connect, job.filters)
        finally:
            connect.close()
        if not scopes:
            raise ExportError(f"{job.provider}: the filters {job.filters} name nothing to walk (the API lists none)")
        found += [dataclasses.replace(job, filters=filters) for filters in scopes]
    return found


__all__ = [
    "ClientFactory",
    "Job",
    "SharedClients",
    "client_limit",
    "default_client_factory",
    "fanned_out",
    "job_credentials",
    "provider_info",
]
