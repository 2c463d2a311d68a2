"""``export --all --config FILE``: a TOML file of ``[[export]]`` entries; credentials as env var names only."""

from __future__ import annotations

import dataclasses
import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._exceptions import ConfigurationError
from .._providers import REGISTRY, ProviderInfo, ScopeOption
from .._providers._filters import BadValue, from_config
from .._ratelimit import REQUESTS_PER_MINUTE, per_minute_problem
from .._suggest import did_you_mean
from ._jobs import Job, job_credentials

COMMON_KEYS = ("provider", "base_url")
#: top-level keys (where ``export`` writes, and where ``load`` loads): an example value and what it is
_TOP_LEVEL_HELP = {
    "output": ('"reviews.jsonl"', "export: the output file ('-' for standard output)"),
    "state": ('"state.json"', "export: the state file; each run exports only what changed since the last"),
    "format": ('"jsonl"', "export: jsonl (the default) or csv"),
    "to": ('"reviews.duckdb"', "load: the DuckDB file (its pipeline state goes beside it)"),
    "destination": ('"duckdb"', "load: a dlt destination name (its credentials from dlt's variables)"),
    "dataset": ('"reviewbridge"', "load: the dataset (schema) of the reviews table"),
}
_TOP_LEVEL = tuple(_TOP_LEVEL_HELP)
#: the top-level keys a new config sets; the others are shown commented out
_TOP_LEVEL_SET = ("output", "state")


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


def _option_value(where: str, option: ScopeOption, value: object) -> object:
    """A config value checked against its option's kind, values and bounds (a lone value stands for a list
    of one where the option takes several)."""
    try:
        return from_config(option, value)
    except BadValue as exc:
        raise ConfigurationError(f"{where}: {option.key} {exc}") from None


def missing_options(info: ProviderInfo, given: dict[str, Any], *, cli: bool = False) -> list[ScopeOption]:
    """The required options of ``info`` that ``given`` leaves out (an option's ``unless`` flag stands in)."""
    return [
        option
        for option in info.options
        if option.required
        and (option.cli or not cli)
        and not given.get(option.key)
        and not (option.unless is not None and given.get(option.unless))
    ]


def scopes_per_value(info: ProviderInfo, given: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The scopes ``given`` stands for: one per value of each option that takes a scope per value (in
    the order given, each value once), the other options shared."""
    scopes: list[dict[str, Any]] = [dict(given)]
    for option in info.options:
        values = given.get(option.key)
        if option.scope_per_value and isinstance(values, list):
            scopes = [{**scope, option.key: value} for scope in scopes for value in dict.fromkeys(values)]
    return scopes


def _entry_jobs(index: int, entry: Any, read_credentials: bool = True) -> list[Job]:
    where = f"[[export]] entry {index}"
    if not isinstance(entry, dict):
        raise ConfigurationError(f"{where} is not a table")
    name = entry.get("provider")
    if not isinstance(name, str) or name not in REGISTRY:
        raise ConfigurationError(
            f"{where}: provider must be one of {', '.join(REGISTRY)}, not {name!r}{did_you_mean(name, REGISTRY)}"
        )
    info = REGISTRY[name]
    credential_names = {c.argument for c in info.credentials}
    env_keys = {f"{c.argument}_env": c.argument for c in info.credentials}
    option_keys = {o.key for o in info.options}
    limit = {REQUESTS_PER_MINUTE} if info.call_limit is not None else set()
    allowed = set(COMMON_KEYS) | set(info.client_options) | limit | option_keys | set(env_keys)
    for key in entry:
        if key == REQUESTS_PER_MINUTE and key not in allowed:
            raise ConfigurationError(f"{where}: {key} does not apply to {name}: it has no client-side limit on calls")
        if key in credential_names and key not in option_keys:
            raise ConfigurationError(
                f"{where}: give credentials as environment variable names ({key}_env), never values"
            )
        if key in info.refused and key not in allowed:
            raise ConfigurationError(f"{where}: {key} is not an option: {info.refused[key]}")
        if key not in allowed:
            raise ConfigurationError(f"{where}: unknown key {key!r} for {name}; known: {', '.join(sorted(allowed))}")
    credential_env: dict[str, str] = {}
    for env_key, argument in env_keys.items():
        if env_key in entry:
            var = entry[env_key]
            if not isinstance(var, str) or not var:
                raise ConfigurationError(f"{where}: {env_key} must be the name of an environment variable")
            credential_env[argument] = var
    for key in ("base_url", *info.client_options):
        if key in entry and not isinstance(entry[key], str):
            raise ConfigurationError(f"{where}: {key} must be a string")
    filters = {o.key: _option_value(where, o, entry[o.key]) for o in info.options if o.key in entry}
    missing = [o.key + (f" (or {o.unless} = true)" if o.unless else "") for o in missing_options(info, filters)]
    if missing:
        raise ConfigurationError(f"{where}: {name} needs {', '.join(missing)}")
    client_options = {key: entry[key] for key in info.client_options if key in entry}
    per_minute = entry.get(REQUESTS_PER_MINUTE)
    problem = per_minute_problem(per_minute) if per_minute is not None else None
    if problem is not None:
        raise ConfigurationError(f"{where}: {REQUESTS_PER_MINUTE} {problem}")
    base_url = entry.get("base_url")
    job = Job(
        name,
        filters,
        base_url=base_url,
        client_options=client_options,
        credential_env=credential_env,
        requests_per_minute=per_minute,
    )
    if read_credentials:
        try:
            job = dataclasses.replace(job, credentials=job_credentials(job))
        except ConfigurationError as exc:
            raise ConfigurationError(f"{where}: {exc}") from None
    return [dataclasses.replace(job, filters=scope) for scope in scopes_per_value(info, filters)]


def load_config(path: Path, *, read_credentials: bool = True) -> Config:
    """The config file at ``path``, checked. ``read_credentials=False`` leaves each entry's credentials
    as the names of their variables (``Job.credential_env``), read when a client is made."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ConfigurationError(f"cannot read config file {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigurationError(f"config file {path} is not UTF-8 text (byte {exc.start}), as TOML must be") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"config file {path} is not valid TOML: {exc}") from exc
    entries = data.get("export")
    if not isinstance(entries, list) or not entries:
        raise ConfigurationError(f"config file {path} has no [[export]] entries")
    unknown = sorted(set(data) - {"export", *_TOP_LEVEL})
    if unknown:
        raise ConfigurationError(f"config file {path}: unknown top-level key(s) {', '.join(unknown)}")
    top: dict[str, str | None] = {}
    for name in _TOP_LEVEL:
        value = data.get(name)
        if value is not None and (not isinstance(value, str) or not value):
            raise ConfigurationError(f"config file {path}: {name} must be a non-empty string")
        top[name] = value
    jobs = [job for i, entry in enumerate(entries, 1) for job in _entry_jobs(i, entry, read_credentials)]
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


#: an example value of each kind of scope option without one in the spec, for the template
_EXAMPLES = {
    "text": "...",
    "int": 1,
    "number": 1,
    "flag": False,
    "date": "2024-05-01",
    "date-time": "2024-05-01T00:00:00Z",
    "date-or-date-time": "2024-05-01",
}


def _example(option: ScopeOption) -> str:
    """A value of ``option`` as TOML: the spec's example, else a listed value or one of its kind."""
    value = option.example
    if value is None:
        value = option.choices[0] if option.choices else _EXAMPLES[option.kind]
        if option.minimum is not None and option.kind in ("int", "number"):
            value = option.minimum
    if option.many and not isinstance(value, list | tuple):
        value = [value]
    return json.dumps(list(value) if isinstance(value, tuple) else value)


def config_template() -> str:
    """A commented config file naming every provider's scope keys and credential variables (``reviewbridge
    init``): the top-level keys set, every provider's ``[[export]]`` entry commented out."""
    lines = [
        "# reviewbridge config: reviewbridge export|load|check --all --config FILE",
        "# Each [[export]] entry is one scope of one provider. Credentials are never written here: each *_env",
        "# key names the environment variable that holds one. Remove the # before a key to use it, and",
        '# replace "..." with your values.',
        "",
    ]
    for key, (example, what) in _TOP_LEVEL_HELP.items():
        lines.append(f"{'' if key in _TOP_LEVEL_SET else '#'}{key} = {example}  # {what}")
    for info in REGISTRY.values():
        lines += ["", f"# ---------- {info.name}: {info.auth}; pagination: {info.pagination}"]
        lines += ["#[[export]]", f'#provider = "{info.name}"']
        for option in info.options:
            needed = ""
            if option.required:
                needed = f" (required, unless {option.unless} = true)" if option.unless else " (required)"
            lines.append(f"#{option.key} = {_example(option)}  # {option.help}{needed}")
        for credential in info.credentials:
            lines.append(f'#{credential.argument}_env = "{credential.env}"  # {credential.description}')
        for key in info.client_options:
            lines.append(f'#{key} = "..."  # client option (the provider\'s own when left out)')
        if info.call_limit is not None:
            lines.append(
                f"#{REQUESTS_PER_MINUTE} = 60  # at most N requests a minute (default {info.call_limit.default})"
            )
        lines.append('#base_url = "..."  # another server (a sandbox); the production API when left out')
    return "\n".join(lines) + "\n"
