"""``export --all --config FILE``: a TOML file of ``[[export]]`` entries; credentials as env var names only."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._sync import PROVIDERS, Job

#: provider -> its scope and filter keys in a config entry (the facade's filter names)
FILTER_KEYS: dict[str, tuple[str, ...]] = {
    "reevoo": ("trkref", "branch_code", "older_reviews"),
    "thanx": ("merchant_id", "states", "per_page"),
    "etrusted": ("channel_id", "count"),
    "testfreaks": ("client_id", "limit"),
}
#: page-size keys (integers): how many reviews each request asks for
PAGE_SIZE_KEYS = frozenset({"per_page", "count", "limit"})
COMMON_KEYS = ("provider", "base_url", "token_url")
#: top-level keys: where ``export`` writes, and where ``load`` loads
_TOP_LEVEL = ("output", "state", "format", "to", "destination", "dataset")


class ConfigError(Exception):
    """The config file cannot be used."""


@dataclass(frozen=True)
class Config:
    jobs: list[Job]
    output: str | None
    state: str | None
    format: str | None
    #: ``reviewbridge load``: the DuckDB file, the dlt destination, the dataset
    to: str | None = None
    destination: str | None = None
    dataset: str | None = None


def _entry_jobs(index: int, entry: Any) -> list[Job]:
    where = f"[[export]] entry {index}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where} is not a table")
    provider = entry.get("provider")
    if not isinstance(provider, str) or provider not in PROVIDERS:
        raise ConfigError(f"{where}: provider must be one of {', '.join(PROVIDERS)}, not {provider!r}")
    credential_names = PROVIDERS[provider][1]
    env_keys = tuple(f"{name}_env" for name in credential_names)
    allowed = set(COMMON_KEYS) | set(FILTER_KEYS[provider]) | set(env_keys)
    for name in entry:
        if name in credential_names and name not in FILTER_KEYS[provider]:
            raise ConfigError(f"{where}: give credentials as environment variable names ({name}_env), never values")
        if name not in allowed:
            raise ConfigError(f"{where}: unknown key {name!r} for {provider}; known: {', '.join(sorted(allowed))}")
    credentials: dict[str, str] = {}
    for name, env_key in zip(credential_names, env_keys, strict=True):
        if env_key in entry:
            var = entry[env_key]
            if not isinstance(var, str) or not var:
                raise ConfigError(f"{where}: {env_key} must be the name of an environment variable")
            value = os.environ.get(var)
            if not value:
                raise ConfigError(f"{where}: environment variable {var} (from {env_key}) is not set")
            credentials[name] = value
    for name in ("base_url", "token_url"):
        if name in entry and not isinstance(entry[name], str):
            raise ConfigError(f"{where}: {name} must be a string")
    filters = {k: entry[k] for k in FILTER_KEYS[provider] if k in entry}
    for name, value in filters.items():
        if name in PAGE_SIZE_KEYS:
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError(f"{where}: {name} must be a positive whole number")
        elif name == "older_reviews":
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: older_reviews must be true or false")
        elif name in ("states", "channel_id"):
            if isinstance(value, str):
                filters[name] = [value]
            elif not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise ConfigError(f"{where}: {name} must be a string or a list of strings")
        elif not isinstance(value, str):
            raise ConfigError(f"{where}: {name} must be a string")
    base, token = entry.get("base_url"), entry.get("token_url")
    if provider == "etrusted":
        channels = filters.pop("channel_id", None)
        if not channels:
            raise ConfigError(f"{where}: etrusted needs channel_id (one or a list)")
        return [Job(provider, {**filters, "channel_id": c}, credentials, base, token) for c in channels]
    return [Job(provider, filters, credentials, base, token)]


def load_config(path: Path) -> Config:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
    entries = data.get("export")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"config file {path} has no [[export]] entries")
    unknown = sorted(set(data) - {"export", *_TOP_LEVEL})
    if unknown:
        raise ConfigError(f"config file {path}: unknown top-level key(s) {', '.join(unknown)}")
    top: dict[str, str | None] = {}
    for name in _TOP_LEVEL:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"config file {path}: {name} must be a string")
        top[name] = value
    jobs = [job for i, entry in enumerate(entries, 1) for job in _entry_jobs(i, entry)]
    base = path.parent
    output, state = top["output"], top["state"]
    if output is not None and output != "-":
        output = str(base / output)
    if state is not None:
        state = str(base / state)
    to = top["to"]
    if to is not None:
        to = str(base / to)
    return Config(jobs, output, state, top["format"], to, top["destination"], top["dataset"])
