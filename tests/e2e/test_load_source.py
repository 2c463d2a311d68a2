"""``reviewbridge.dlt`` in pipelines of one's own: a script, commits in steps, and orchestrator-style tasks
(the Airflow example's wiring, each decomposed task run as ``parallel-isolated`` runs it)."""

from __future__ import annotations

import runpy
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

dlt = pytest.importorskip("dlt")
import duckdb  # noqa: E402
from reviewbridge._providers import REGISTRY  # noqa: E402
from reviewbridge.dlt import Scope, resource_name, reviews_source  # noqa: E402

from tests.e2e.test_export_providers import CREDENTIALS, ENV, spawn  # noqa: E402
from tests.providers import cases  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
#: a provider walked over partitions (each with its own mark), two of them in one scope; and a plain one
SPLIT = next(name for name, info in REGISTRY.items() if info.export.partition)
PARTITION = str(REGISTRY[SPLIT].export.partition)
PARTS = ("chl-a", "chl-b")
PLAIN = next(name for name, case in cases().items() if case.page_size and not REGISTRY[name].export.partition)
PLAIN_SCOPE = cases()[PLAIN].scope


def key(provider: str, scope: dict[str, Any]) -> str:
    """The scope's key (``provider:name=value``), as the walk names its mark."""
    return f"{provider}:" + ",".join(f"{name}={value}" for name, value in scope.items())


@pytest.fixture(scope="module")
def urls() -> Iterator[dict[str, str]]:
    with spawn(PLAIN, "--reviews", "120", env=ENV) as plain, spawn(SPLIT, "--reviews", "90", env=ENV) as split:
        yield {PLAIN: plain, SPLIT: split}


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {**ENV, "RUNTIME__DLTHUB_TELEMETRY": "false"}.items():
        monkeypatch.setenv(name, value)


def scopes(urls: dict[str, str]) -> list[Scope]:
    return [
        Scope(PLAIN, {**PLAIN_SCOPE, str(cases()[PLAIN].page_size): 25}, base_url=urls[PLAIN]),
        # Both partitions in one walk: one scope, one resource.
        Scope(SPLIT, {PARTITION: list(PARTS), str(cases()[SPLIT].page_size): 20}, base_url=urls[SPLIT]),
    ]


def expected(urls: dict[str, str]) -> set[tuple[str, str]]:
    import httpx

    found = set()
    for provider, scope_names in ((PLAIN, [cases()[PLAIN].admin_scope]), (SPLIT, list(PARTS))):
        for scope in scope_names:
            answer = httpx.get(f"{urls[provider]}/_sandbox/dataset", params={"scope": scope}, timeout=30)
            found |= {(provider, r["id"]) for r in answer.json()["reviews"]}
    return found


def table(database: Path) -> list[tuple[str, str]]:
    with duckdb.connect(str(database), read_only=True) as db:
        return [(p, i) for p, i in db.execute("SELECT provider, id FROM reviewbridge.reviews").fetchall()]


def pipeline(tmp_path: Path, name: str = "reviews") -> Any:
    return dlt.pipeline(
        pipeline_name=name,
        pipelines_dir=str(tmp_path / "pipelines"),
        destination=dlt.destinations.duckdb(str(tmp_path / "w.duckdb")),
        dataset_name="reviewbridge",
    )


def test_one_pipeline_run_loads_every_scope_once(urls: dict[str, str], tmp_path: Path) -> None:
    source = reviews_source(scopes(urls))
    assert list(source.resources) == [
        resource_name(key(PLAIN, PLAIN_SCOPE)),
        resource_name(key(SPLIT, {PARTITION: ",".join(PARTS)})),
    ]
    p = pipeline(tmp_path)
    p.run(source)
    rows = table(tmp_path / "w.duckdb")
    assert len(rows) == len(set(rows)) and set(rows) == expected(urls)
    kept = p.state["sources"]["reviewbridge"]["resources"]
    # Each scope's resource state, and (as export keeps them) a mark per partition, each in the resource
    # state of the scope of that partition alone.
    channels = {resource_name(key(SPLIT, {PARTITION: c})): key(SPLIT, {PARTITION: c}) for c in PARTS}
    assert set(kept) == {*source.resources, *channels}
    assert all(kept[name][key]["hwm"] for name, key in channels.items())
    assert all(not scope.get("running") for state in kept.values() for scope in state.values())
    p.run(reviews_source(scopes(urls)))  # again: nothing new, nothing doubled
    assert sorted(table(tmp_path / "w.duckdb")) == sorted(rows)


def test_reviews_per_run_commits_in_steps(urls: dict[str, str], tmp_path: Path) -> None:
    p = pipeline(tmp_path)
    sizes = []
    for _ in range(20):
        p.run(reviews_source(scopes(urls), reviews_per_run=30))
        sizes.append(len(table(tmp_path / "w.duckdb")))
        kept = p.state["sources"]["reviewbridge"]["resources"]
        if not any(scope.get("running") for state in kept.values() for scope in state.values()):
            break
    assert len(sizes) > 2 and sizes == sorted(sizes)  # several commits, each adding to the last
    rows = table(tmp_path / "w.duckdb")
    assert len(rows) == len(set(rows)) and set(rows) == expected(urls)


def test_airflow_example_tasks_each_load_their_scope(
    urls: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The example DAG, with Airflow's pieces recorded instead of scheduled: it makes one parallel-isolated
    group of the source; each of its resources then runs as such a task would, in a pipeline of its own."""
    config = tmp_path / "reviews.toml"
    config.write_text(
        f'[[export]]\nprovider = "{PLAIN}"\nbase_url = "{urls[PLAIN]}"\n{cases()[PLAIN].entry()}\n'
        f'[[export]]\nprovider = "{SPLIT}"\nbase_url = "{urls[SPLIT]}"\n{PARTITION} = {list(PARTS)!r}\n'
        + "".join(f'{c.argument}_env = "{c.env}"\n' for c in REGISTRY[SPLIT].credentials)
    )
    runs: list[dict[str, Any]] = []

    class PipelineTasksGroup:
        def __init__(self, name: str, **options: Any) -> None:
            self.name = name

        def add_run(self, pipeline: Any, data: Any, **options: Any) -> list[Any]:
            runs.append({"group": self.name, "pipeline": pipeline, "data": data, **options})
            return []

    def dag(**options: Any) -> Any:
        assert options["max_active_runs"] == 1
        return lambda build: build

    airflow = types.ModuleType("airflow")
    decorators = types.ModuleType("airflow.decorators")
    decorators.dag = dag  # type: ignore[attr-defined]
    helper = types.ModuleType("dlt.helpers.airflow_helper")
    helper.PipelineTasksGroup = PipelineTasksGroup  # type: ignore[attr-defined]
    for name, module in (
        ("airflow", airflow),
        ("airflow.decorators", decorators),
        ("dlt.helpers.airflow_helper", helper),
    ):
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setenv("REVIEWBRIDGE_CONFIG", str(config))
    monkeypatch.setenv("REVIEWBRIDGE_DESTINATION", "duckdb")
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))
    credentials = dict(CREDENTIALS)
    for name in credentials:  # the scheduler imports the DAG file without them
        monkeypatch.delenv(name)
    runpy.run_path(str(ROOT / "examples" / "airflow_reviews.py"), run_name="airflow_reviews")

    assert len(runs) == 1 and runs[0]["decompose"] == "parallel-isolated"
    assert runs[0]["pipeline"].dataset_name == "reviewbridge"
    source = runs[0]["data"]
    assert len(source.resources) == 2  # one task per scope (the partitions are one walk)
    for name, value in credentials.items():  # ... and its tasks run with them
        monkeypatch.setenv(name, value)
    database = tmp_path / "w.duckdb"
    for _ in range(2):  # each task: its resource, its own pipeline (state), the shared dataset
        for name in source.resources:
            task_pipeline = pipeline(tmp_path, f"reviews_{name}")
            task_pipeline.run(source.clone().with_resources(name))  # the DAG's source, as each task has it
    rows = table(database)
    assert len(rows) == len(set(rows)) and set(rows) == expected(urls)
