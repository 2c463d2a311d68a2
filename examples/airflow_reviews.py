"""An Airflow DAG that loads reviews with reviewbridge's dlt source: one task per scope, in parallel.

Copy it into your DAGs folder and adapt the three settings below. The scopes come from the same TOML
file ``reviewbridge export/load --all --config`` reads (its ``[[export]]`` entries, credentials as the
names of environment variables). The destination's credentials come the dlt way: Airflow variables,
environment variables (e.g. ``DESTINATION__POSTGRES__CREDENTIALS``) or ``.dlt/secrets.toml`` beside
the DAGs (see dlt's Airflow deployment guide).

``decompose="parallel-isolated"`` makes each resource (one per scope) an Airflow task with a pipeline
state of its own; the first runs alone to create the table, the others then run side by side. Each
task is incremental on its own: its mark and boundary live in its resource state in the destination.
The scheduler imports this file without any credential: the scopes keep their credentials' variable
names, and each task reads them when it runs (so they need only be set where tasks run).
Needs ``pip install 'reviewbridge[warehouse]' apache-airflow`` and the destination's dlt extra;
``make airflow-check`` runs it under real Airflow (``airflow dags test``) against the sandboxes.
"""

from __future__ import annotations

import os

import dlt
import pendulum
from dlt.helpers.airflow_helper import PipelineTasksGroup
from reviewbridge.dlt import reviews_source, scopes_from_config

try:  # Airflow 3
    from airflow.sdk import dag
except ImportError:  # Airflow 2
    from airflow.decorators import dag

#: adapt: the scopes to load, the warehouse, and the dataset (schema) of the ``reviews`` table
CONFIG = os.environ.get("REVIEWBRIDGE_CONFIG", os.path.join(os.path.dirname(__file__), "reviews.toml"))
DESTINATION = os.environ.get("REVIEWBRIDGE_DESTINATION", "postgres")
DATASET = os.environ.get("REVIEWBRIDGE_DATASET", "reviewbridge")


@dag(
    schedule="@hourly",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,  # two runs of one scope at once would repeat each other's work
    default_args={"owner": "reviews"},
)
def load_reviews() -> None:
    tasks = PipelineTasksGroup("reviews", use_data_folder=False, wipe_local_data=True)
    pipeline = dlt.pipeline(pipeline_name="reviews", destination=DESTINATION, dataset_name=DATASET)
    source = reviews_source(scopes_from_config(CONFIG))
    tasks.add_run(pipeline, source, decompose="parallel-isolated", trigger_rule="all_done", retries=0)


load_reviews()
