"""``reviewbridge load``: run the dlt source in a pipeline whose working state lives beside the database.

Everything is checked (scopes, credentials, destination, dataset, path) before anything is written.
The walk commits every ``reviews_per_run`` reviews per scope (one dlt run each), so a run killed at any
moment loses at most that much work: the same command first loads what a killed run had extracted,
then continues each scope from its last committed page.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dlt
from dlt.common.configuration.exceptions import ConfigFieldMissingException
from dlt.common.destination import Destination
from dlt.pipeline.pipeline import Pipeline

from .._exceptions import ExportError, LockHeld, ReviewBridgeError
from .._export import ClientFactory, Job, Rejects, ScopeResult, default_client_factory, lock_state
from .._suggest import did_you_mean
from ._entries import StoredEntries
from ._recover import finish_interrupted_steps
from ._source import DIGESTS, SOURCE, check_scopes, reviews_source

DEFAULT_DESTINATION = "duckdb"
DEFAULT_DATASET = "reviewbridge"
DEFAULT_DATABASE = "reviews.duckdb"
PIPELINE = "reviewbridge"
#: reviews per scope between commits: bounds what a killed run repeats; each commit costs a dlt run
REVIEWS_PER_RUN = 50_000
#: DuckDB's cap on what it holds in memory (its default, 80% of RAM, lets it keep the pages of the whole
#: table it merges into: a load's peak grew with the table); past it DuckDB evicts and spills to disk
DUCKDB_MEMORY_LIMIT = "128MB"
_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")
#: the destinations reviewbridge has an extra for (pyproject.toml): ``pip install 'reviewbridge[postgres]'``
WAREHOUSE_EXTRAS = ("postgres", "bigquery", "snowflake")
_log = logging.getLogger("reviewbridge")


class LoadError(ExportError):
    """The load cannot start or go on; the message says what to do."""


@dataclass(frozen=True)
class Target:
    """Where reviews are loaded: a dlt destination, its dataset, and (DuckDB) the database file."""

    destination: str = DEFAULT_DESTINATION
    dataset: str = DEFAULT_DATASET
    database: Path | None = None

    @property
    def working_dir(self) -> Path | None:
        """The pipeline's working state: beside the database file; dlt's default place otherwise."""
        return self.database.with_name(self.database.name + ".dlt") if self.database is not None else None

    def describe(self) -> str:
        if self.database is not None:
            return f"{self.database} (dataset {self.dataset})"
        return f"{self.destination} (dataset {self.dataset})"


def resolve_target(destination: str | None, dataset: str | None, to: str | None) -> Target:
    """Check the target options; a LoadError naming the wrong one."""
    destination = destination or DEFAULT_DESTINATION
    dataset = DEFAULT_DATASET if dataset is None else dataset
    if not _IDENTIFIER.fullmatch(dataset):
        raise LoadError(
            f"dataset {dataset!r} is not a plain lower-case SQL name (letters, digits, underscores; not first a digit)"
        )
    try:
        reference = Destination.from_reference(destination)
    except Exception:  # dlt raises several kinds for a name it does not know
        reference = None
    if reference is None:
        known = sorted(n for n in dlt.destinations.__all__ if n != "destination")
        raise LoadError(
            f"unknown dlt destination {destination!r}{did_you_mean(destination, known)}; dlt's are "
            f"{', '.join(known)} (a destination of your own naming needs DESTINATION__<NAME>__DESTINATION_TYPE)"
        )
    try:
        reference.client_class  # noqa: B018 - imports the destination's driver, as the load would
    except ImportError as exc:
        raise LoadError(_missing_driver(reference.destination_type, exc)) from None
    if destination != DEFAULT_DESTINATION:
        if to is not None:
            raise LoadError(
                f"--to names a DuckDB file; {destination} takes its location and credentials from dlt's "
                "configuration (environment variables or .dlt/secrets.toml)"
            )
        return Target(destination, dataset)
    database = Path(to or DEFAULT_DATABASE).absolute()
    if database.is_dir():
        raise LoadError(f"--to {database} is a directory; name a database file")
    if not database.parent.is_dir():
        raise LoadError(f"--to {database}: directory {database.parent} does not exist")
    if not os.access(database.parent, os.W_OK):
        raise LoadError(f"--to {database}: directory {database.parent} is not writable")
    return Target(destination, dataset, database)


def _missing_driver(destination_type: str, exc: ImportError) -> str:
    """What to install for a destination whose driver did not import: reviewbridge's extra where it has
    one, else dlt's own."""
    name = destination_type.rpartition(".")[2]
    extra = f"reviewbridge[{name}]" if name in WAREHOUSE_EXTRAS else f"dlt[{name}]"
    module = f" ({exc.name} is not installed)" if exc.name else ""
    return f"the {name} destination needs its driver{module}: pip install '{extra}'"


def _explained(cause: BaseException, target: Target) -> str | None:
    """One line for a dlt failure a user can fix: a missing driver, an unset setting."""
    if isinstance(cause, ImportError) and _raised_by_destination(cause, target.destination):
        return _missing_driver(target.destination, cause)
    if isinstance(cause, ConfigFieldMissingException):
        section = target.destination.upper()
        names = ", ".join(f"DESTINATION__{section}__{field.upper()}" for field in cause.fields)
        return (
            f"the {target.destination} destination is not configured: set {names} "
            "(or put it in .dlt/secrets.toml); see dlt's documentation of the destination"
        )
    return None


def _raised_by_destination(exc: ImportError, destination: str) -> bool:
    """Whether dlt's code of ``destination`` raised ``exc`` (importing its driver): any other module
    missing is not the driver's fault, and the message says what is missing instead."""
    package = os.path.join("dlt", "destinations", "impl", destination.rpartition(".")[2], "")
    return any(package in frame.f_code.co_filename for frame, _ in traceback.walk_tb(exc.__traceback__))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _cause(exc: BaseException) -> BaseException:
    """The error under dlt's wrappers: ours (or an OSError) when one caused it, else the innermost."""
    seen: set[int] = set()
    current: BaseException | None = exc
    innermost = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ReviewBridgeError | OSError):
            return current
        innermost = current
        inner = getattr(current, "exception", None)
        current = inner if isinstance(inner, BaseException) else (current.__cause__ or current.__context__)
    return innermost


def _pipeline_name(target: Target) -> str:
    # A pipeline in dlt's own place is one per destination and dataset; beside a database file, one.
    return PIPELINE if target.working_dir is not None else f"{PIPELINE}_{target.destination}_{target.dataset}"


@contextlib.contextmanager
def _locked(target: Target) -> Iterator[None]:
    """Hold the target's pipeline for the block: a second load into it refuses at once (LoadError),
    as two dlt runs of one pipeline would interleave their packages and state."""
    working_dir = target.working_dir
    if working_dir is None:
        from dlt.common.pipeline import get_dlt_pipelines_dir

        pipelines = Path(get_dlt_pipelines_dir())
        try:
            pipelines.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LoadError(f"cannot create dlt's pipelines directory {pipelines}: {exc.strerror or exc}") from None
        working_dir = pipelines / _pipeline_name(target)
    try:
        with lock_state(working_dir):
            yield
    except LockHeld:
        raise LoadError(f"another load into {target.describe()} is running; wait for it to finish") from None


def open_pipeline(target: Target) -> Pipeline:
    """The pipeline of ``target`` (created on first use)."""
    destination: Any
    if target.database is not None:
        from dlt.destinations.impl.duckdb.configuration import DuckDbCredentials  # DuckDB's driver, if used

        credentials = DuckDbCredentials(str(target.database), global_config={"memory_limit": DUCKDB_MEMORY_LIMIT})
        destination = dlt.destinations.duckdb(credentials=credentials)
    else:
        destination = target.destination
    working_dir = target.working_dir
    if working_dir is None:  # dlt's own place for pipelines
        return dlt.pipeline(pipeline_name=_pipeline_name(target), destination=destination, dataset_name=target.dataset)
    return dlt.pipeline(
        pipeline_name=_pipeline_name(target),
        pipelines_dir=str(working_dir),
        destination=destination,
        dataset_name=target.dataset,
    )


def _pipeline_dir(target: Target) -> Path:
    """The pipeline's own directory: where dlt keeps its state, and the digest store (``DIGESTS``) lies."""
    from dlt.common.pipeline import get_dlt_pipelines_dir

    return (target.working_dir or Path(get_dlt_pipelines_dir())) / _pipeline_name(target)


def stored_digests(target: Target) -> Path:
    """Where the digest store of ``target``'s loads is (a full re-scan compares with it)."""
    return _pipeline_dir(target) / DIGESTS


def stored_scopes(target: Target) -> tuple[StoredEntries, str]:
    """The pipeline state of ``target`` as it is on disk, read without opening the pipeline: each scope's
    entries, and where it was read, in words."""
    from dlt.common.versioned_state import json_decode_state

    path = _pipeline_dir(target) / "state.json"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        restored = "" if target.database is not None else "; a load first restores it from the destination, if any"
        return StoredEntries(None), f"none yet at {path}{restored}"
    except (OSError, UnicodeDecodeError) as exc:
        raise LoadError(f"cannot read the pipeline state {path}: {exc}") from None
    try:
        data = json_decode_state(text)
        resources = data.get("sources", {}).get(SOURCE, {}).get("resources", {})
    except Exception:  # dlt's decoder raises its own kinds; any of them means the same here
        resources = None
    if not isinstance(resources, dict):
        raise LoadError(f"the pipeline state {path} is not one dlt wrote")
    return StoredEntries(resources), str(path)


def run_load(
    jobs: Sequence[Job],
    target: Target,
    *,
    since: dt.datetime | None = None,
    reviews_per_run: int = REVIEWS_PER_RUN,
    client_factory: ClientFactory = default_client_factory,
    on_start: Callable[[list[ScopeResult]], None] | None = None,
    on_page: Callable[[ScopeResult], None] | None = None,
    max_reviews: int | None = None,
    rejects: Rejects | None = None,
    full_scan: bool = False,
) -> list[ScopeResult]:
    """Load every job's scope into ``target``, continuing where the last run into it stopped; each scope
    stops after ``max_reviews`` reviews, the rest left to the next run. ``full_scan``: see
    ``reviews_source``."""
    keys = check_scopes(jobs, client_factory)
    results = [ScopeResult(key) for key in keys]
    before = _beside(target)
    loaded = False
    try:
        with _locked(target):
            pipeline = open_pipeline(target)
            if on_start is not None:
                on_start(results)
            for repaired in finish_interrupted_steps(pipeline):  # a killed run's half-done step
                _log.info("%s", repaired)
            if pipeline.has_pending_data:  # what a killed run extracted: load it first
                pipeline.run()
                loaded = True
            # Each dlt run commits every scope's rows and state together; a scope that stopped at a
            # checkpoint goes on in the next run, the others find nothing new.
            while True:
                source = reviews_source(
                    jobs,
                    since=since,
                    reviews_per_run=reviews_per_run,
                    client_factory=client_factory,
                    results=results,
                    on_page=on_page,
                    max_reviews=max_reviews,
                    rejects=rejects,
                    full_scan=full_scan,
                )
                pipeline.run(source)
                loaded = True
                if all(r.done or r.limited for r in results):
                    return results
                full_scan = False  # a scan that stopped at a checkpoint goes on as one; the others are done
    except Exception as exc:
        if not loaded:  # a run that loaded nothing leaves nothing behind
            for path in _beside(target) - before:
                with contextlib.suppress(OSError):
                    shutil.rmtree(path) if path.is_dir() else path.unlink()
        cause = _cause(exc)
        if isinstance(cause, KeyboardInterrupt):  # dlt wraps an interrupt in its step error
            raise KeyboardInterrupt from None
        if isinstance(cause, ReviewBridgeError | OSError):
            raise cause from None
        explained = _explained(cause, target)
        if explained is not None:
            raise LoadError(explained) from None
        raise LoadError(f"loading into {target.describe()} failed: {_first_line(cause)}") from None


def _beside(target: Target) -> set[Path]:
    """The database file and what belongs to it (its write-ahead log, the pipeline's working state, the lock)."""
    database = target.database
    if database is None:
        return set()
    return {p for p in database.parent.iterdir() if p.name.startswith(database.name)}
