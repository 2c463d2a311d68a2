"""What a command line gives, checked: text, times, timeouts, and the scopes to read (the jobs)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import math

from .._client import timeout_problem
from .._exceptions import UsageError
from .._export import (
    Config,
    Job,
    load_config,
)
from .._export._config import missing_options, scopes_per_value
from .._providers import REGISTRY
from .._ratelimit import REQUESTS_PER_MINUTE
from .._suggest import did_you_mean
from .._timestamps import LATEST_MARK, OutOfRange, parse_iso8601
from ._flags import LIMIT_FLAG, given_options


def parse_since(value: str) -> dt.datetime:
    example = "e.g. 2024-05-01T00:00:00Z"
    try:  # room for the marks' arithmetic (minutes either way) at both ends of datetime's range
        return parse_iso8601(value, latest=LATEST_MARK)
    except OutOfRange:
        raise UsageError(
            f"--since {value!r} is out of range: give a date between the years 1 and 9999 ({example})"
        ) from None
    except ValueError:
        raise UsageError(f"--since {value!r} is not an ISO 8601 date-time ({example})") from None


def parse_timeout(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    problem = timeout_problem(seconds)
    if problem is not None:
        what = "not a positive number of seconds" if math.isnan(seconds) else problem
        raise UsageError(f"--timeout {value!r} is {what}")
    return seconds


#: Options naming files: any bytes the file system takes. Every other argument is text sent or shown.
_PATH_OPTIONS = frozenset({"out", "to", "config", "state", "output", "rejects"})


def check_text(args: argparse.Namespace) -> None:
    """Arguments that are not text (bytes that are not UTF-8, which Python keeps as lone surrogates)
    cannot be sent to an API: one clear line, before anything starts."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if name not in _PATH_OPTIONS and isinstance(item, str) and not _is_text(item):
                option = name.removeprefix("filter_").rstrip("_")
                flag = name if name in ("provider", "review_id", "text") else "--" + option.replace("_", "-")
                raise UsageError(f"{flag} is not valid text (it holds bytes that are not UTF-8)")


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def jobs_from_args(args: argparse.Namespace) -> list[Job]:
    info = REGISTRY.get(args.provider)
    if info is None:
        hint = did_you_mean(args.provider, REGISTRY)
        raise UsageError(f"unknown provider {args.provider!r}{hint}; choose one of {', '.join(REGISTRY)}")
    given = given_options(info, args)
    for option in missing_options(info, given, cli=True):
        repeat = " (repeat it for several)" if option.many else ""
        instead = info.option(option.unless) if option.unless else None
        alternative = f" or {instead.flag}" if instead is not None else ""
        raise UsageError(f"{info.name} needs {option.flag}{repeat}{alternative}")
    per_minute = getattr(args, REQUESTS_PER_MINUTE, None)  # a typed parser's: checked, of a provider with one
    return [
        Job(
            info.name, scope, base_url=args.base_url, allow_insecure=args.allow_insecure, requests_per_minute=per_minute
        )
        for scope in scopes_per_value(info, given)
    ]


def read_jobs(args: argparse.Namespace) -> tuple[list[Job], Config | None]:
    """The scopes to read, from PROVIDER and its flags or from --all --config (with the config)."""
    config: Config | None
    if args.all:
        if args.provider:
            raise UsageError("give either a PROVIDER or --all, not both")
        if args.config is None:
            raise UsageError("--all needs --config FILE")
        given = sorted(k for k, v in vars(args).items() if v is not None and k.startswith(("filter_", "page_size")))
        if given:
            raise UsageError("scope and filter flags name one PROVIDER's scope; with --all, give them in the config")
        if getattr(args, REQUESTS_PER_MINUTE, None) is not None:
            raise UsageError(
                f"{LIMIT_FLAG} is one PROVIDER's; with --all, give {REQUESTS_PER_MINUTE} in a config entry"
            )
        config = load_config(args.config)
        jobs = config.jobs
        if args.allow_insecure:
            jobs = [dataclasses.replace(job, allow_insecure=True) for job in jobs]
    elif not args.provider:
        raise UsageError("give a PROVIDER (one of " + ", ".join(REGISTRY) + ") or --all --config FILE")
    else:
        jobs, config = jobs_from_args(args), None
    if args.timeout is not None:
        timeout = parse_timeout(args.timeout)
        jobs = [dataclasses.replace(job, timeout=timeout) for job in jobs]
    return jobs, config
