"""``reviewbridge.dlt`` over Google Business Profile's sandbox on 127.0.0.1: a scope of ``all_locations``
becomes a resource (and a mark) per location, found when the source is built; when the user reaches one
more location, the next run loads that location's history once and only the new reviews of the others."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

dlt = pytest.importorskip("dlt")
import duckdb  # noqa: E402
import reviewbridge as rb  # noqa: E402
from reviewbridge.dlt import Scope, resource_name, reviews_source  # noqa: E402
from reviewbridge_sandbox import credentials_env, spawn  # noqa: E402

REVIEWS = 12
#: reviews the second run finds added to a location loaded before
ADDED = 3


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {**credentials_env(), "RUNTIME__DLTHUB_TELEMETRY": "false"}.items():
        monkeypatch.setenv(name, value)


@contextmanager
def sandbox(locations: int) -> Iterator[tuple[str, list[str]]]:
    """A sandbox serving ``locations`` locations (the same seed: the same locations and reviews for each
    count), and the locations' names."""
    with spawn("google", "--reviews", str(REVIEWS), "--scopes", str(locations)) as url:
        with rb.GoogleBusinessProfile(base_url=url) as client:
            names = client.location_names()
        assert len(names) == locations
        yield url, names


def rows(database: Path) -> dict[str, str | None]:
    """The table's rows: each review's id with its reply."""
    with duckdb.connect(str(database), read_only=True) as db:
        return dict(db.execute("SELECT id, reply FROM reviewbridge.reviews").fetchall())


def marks(pipeline: Any) -> dict[str, str]:
    """Each resource's marks: its scope key's ``hwm`` (an unfinished walk would show as ``running``)."""
    kept = pipeline.state["sources"]["reviewbridge"]["resources"]
    assert not any(entry.get("running") for state in kept.values() for entry in state.values())
    return {name: entry["hwm"] for name, state in kept.items() for entry in state.values()}


def loaded(pipeline: Any) -> int:
    """How many rows the pipeline's last run loaded into the table."""
    return int(pipeline.last_trace.last_normalize_info.row_counts.get("reviews", 0))


def test_all_locations_is_a_resource_and_a_mark_per_location_and_a_new_location_loads_once(tmp_path: Path) -> None:
    database = tmp_path / "w.duckdb"
    pipeline = dlt.pipeline(
        pipeline_name="google_reviews",
        pipelines_dir=str(tmp_path / "pipelines"),
        destination=dlt.destinations.duckdb(str(database)),
        dataset_name="reviewbridge",
    )
    with sandbox(3) as (url, first):
        source = reviews_source([Scope("google", {"all_locations": True}, base_url=url)])
        names = [resource_name(f"google:location={name}") for name in first]
        assert list(source.resources) == names  # a resource per location, none for all_locations itself
        pipeline.run(source)
        assert loaded(pipeline) == len(rows(database)) == 3 * REVIEWS
        after_first = marks(pipeline)
        assert sorted(after_first) == sorted(names)  # one mark per location, in its own resource state

    # The user now reaches a fourth location; one location loaded before has new reviews.
    with sandbox(4) as (url, second):
        assert second[:3] == first
        churn = httpx.post(f"{url}/_sandbox/churn", params={"scope": first[0], "add": ADDED}, timeout=30)
        churn.raise_for_status()
        pipeline.run(reviews_source([Scope("google", {"all_locations": True}, base_url=url)]))
        table = rows(database)
        assert loaded(pipeline) == REVIEWS + ADDED  # the new location's history, the others' new reviews
        assert len(table) == 4 * REVIEWS + ADDED
        by_location = [sum(1 for i in table if i.startswith(name + "/reviews/")) for name in second]
        assert by_location == [REVIEWS + ADDED, REVIEWS, REVIEWS, REVIEWS]
        after_second = marks(pipeline)
        assert sorted(after_second) == sorted(resource_name(f"google:location={name}") for name in second)
        assert after_second[names[0]] > after_first[names[0]]  # moved by the reviews added
        assert all(after_second[name] == after_first[name] for name in names[1:])

        pipeline.run(reviews_source([Scope("google", {"all_locations": True}, base_url=url)]))
        assert loaded(pipeline) == 0  # nothing new: nothing loaded again
        assert rows(database) == table


def test_a_source_of_named_locations_is_built_without_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a scope the API must name is asked when the source is built: named locations are scopes as they
    are, so a DAG file naming them builds its source without credentials (read when a resource runs)."""
    for name in credentials_env():
        monkeypatch.delenv(name)
    named = ["accounts/1/locations/2", "accounts/1/locations/3"]
    source = reviews_source([Scope("google", {"locations": named}, base_url="http://127.0.0.1:9")])
    assert list(source.resources) == [resource_name(f"google:location={name}") for name in named]
