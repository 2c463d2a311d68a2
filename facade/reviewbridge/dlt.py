"""Reviews into any warehouse dlt loads: a dlt source built on reviewbridge's clients.

Needs the ``warehouse`` extra (``pip install 'reviewbridge[warehouse]'``: dlt with DuckDB and Arrow);
``import reviewbridge`` alone never imports dlt.

The source has one resource per scope (what a provider's reviews are listed by: a channel, a merchant, a
client, an organisation), all loading the table ``reviews``: the :class:`reviewbridge.Review` fields as
columns, ``raw`` the provider's record as JSON, primary key (``provider``, ``id``), write disposition ``merge``.
Each resource is incremental on the change time with the rules of ``reviewbridge export --state``,
walked by the same code (a 5 minute overlap, versions already loaded near the mark skipped, newest-first
walks stopping below the mark, a mark per channel, no mark from a change time in the future),
and keeps that state in its dlt resource state, committed together with its rows. So any
dlt pipeline can run it, in a script, a notebook, or as orchestrator tasks (one per resource):

    import dlt
    from reviewbridge.dlt import Scope, reviews_source

    source = reviews_source([Scope(provider, filters)])  # a name of `reviewbridge providers`, its options
    pipeline = dlt.pipeline("reviews", destination="duckdb", dataset_name="reviewbridge")
    pipeline.run(source)

Credentials come as for the clients: in ``Scope.credentials`` or the ``REVIEWBRIDGE_*`` variables (or
those a config file names), read when the pipeline runs a scope's resource.

A scope that stands for many, which only the API can name (every location of every account a user
reaches, say), becomes one scope, and one resource, per scope the API names, each with its own mark,
as ``reviewbridge load`` does: so a scope the API lists later has its history loaded once, while the
others go on from their marks. A dlt source's resources are fixed when it is made, so for such a scope
``reviews_source`` reads its credentials and asks the API when it is called (each time the source is
built); to build a source without contacting the API, name the scopes (the client lists them) instead.

A record the server sent that cannot be read, mapped or loaded does not stall its scope (were it fatal,
every later run would stop at it): it is set aside in a rejects file, ``reviewbridge.rejects.jsonl`` in the
working directory unless ``rejects=`` names another, with a warning naming the file, and the load goes
on. ``strict=True`` makes the first such record fail the run instead (an ``ExportError`` naming it, its
page not committed). The file's lines are those of ``reviewbridge export``'s rejects (see the README).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from dlt.extract import DltSource

from ._export import Job, Rejects, ScopeResult, default_client_factory, fanned_out, load_config, rejects_beside
from ._load import _rows
from ._load._source import resource_name
from ._load._source import reviews_source as _reviews_source

#: One scope of one provider: ``Scope(provider, filters, credentials={}, base_url=None, client_options={},
#: requests_per_minute=None)``. ``filters`` are the client's ``reviews()`` filters, the scope among them
#: (e.g. ``{"channel_id": ...}``); ``requests_per_minute`` sets the client-side limit on calls of a provider
#: that has one (its clients' argument of that name), shared by the scopes of that provider giving it.
Scope = Job

TABLE = _rows.TABLE
"""The table every scope loads into: ``reviews``."""
PRIMARY_KEY = _rows.PRIMARY_KEY
"""The table's primary key, on which a load merges: (``provider``, ``id``)."""

__all__ = ["PRIMARY_KEY", "TABLE", "Scope", "ScopeResult", "resource_name", "reviews_source", "scopes_from_config"]


def reviews_source(
    scopes: Sequence[Scope],
    *,
    since: dt.datetime | None = None,
    reviews_per_run: int | None = None,
    rejects: str | os.PathLike[str] | None = None,
    strict: bool = False,
) -> DltSource:
    """A dlt source of the reviews of ``scopes``: one merge resource per scope into table ``reviews``.

    ``since`` narrows a scope's first run to reviews changed since then (later runs continue from
    their own mark). ``reviews_per_run`` makes each resource stop after about that many reviews at a
    page boundary, keeping its place in its state: the next run continues there (a long first load
    then commits in steps). Every scope's provider and filters are checked before this returns; its
    credentials are read, and servers contacted, only when the pipeline runs its resource (so an
    orchestrator imports a DAG file that builds the source without them), except for a scope that only
    the API can name the scopes of: it is asked now, and each scope it names gets a resource and a mark
    of its own (see the module).

    A record that cannot be used goes to the file ``rejects`` (default ``reviewbridge.rejects.jsonl`` in
    the working directory, made only when a record is set aside), with a warning, and the load goes on;
    with ``strict`` the first one fails the run instead (see the module).
    """
    aside = Rejects(rejects_beside(None) if rejects is None else Path(rejects), strict=strict, warn=True)
    # A scope standing for many (every location) is each of them, as load walks them.
    walked = fanned_out(scopes, default_client_factory)
    return _reviews_source(walked, since=since, reviews_per_run=reviews_per_run, rejects=aside)


def scopes_from_config(path: str | Path) -> list[Scope]:
    """The scopes of an ``export``/``load`` TOML config file (its ``[[export]]`` entries), checked.

    Each scope's credentials stay the names of their variables (its ``*_env`` keys), read when the
    scope's client is made: when a pipeline runs its resource, not when the file is read."""
    return load_config(Path(path), read_credentials=False).jobs
