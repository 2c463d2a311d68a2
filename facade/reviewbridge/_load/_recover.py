"""Finishing the steps a killed load left half done in dlt's working folder, before dlt reads it.

dlt moves a load package through its folders in steps that are each atomic but not atomic together,
and a run killed between two of them leaves a folder the next run cannot go on from:

- normalize renames the normalized package into ``load/normalized`` and then deletes the extracted
  one: killed in between (or during the delete), the next run normalizes the extracted package again
  and fails on the rename ("Directory not empty") or on what the delete left ("No such file").
- load writes a package's completed marker and then moves it to ``load/loaded``: killed in between,
  the next run loads the package again and is refused ("already completed").
- load records a job's pending transition, moves the job file and then removes the record: killed in
  between, every later run logs an error for the stale record.
- dlt creates its load storage's folder, then its ``.version`` file, then the folders inside, and takes
  the first as proof of the rest: killed in between, every later run fails listing a folder not there.
- extract writes a package in a temporary folder and renames it into ``normalize/extracted``: killed
  before, the folder stays behind for good, with every review it had extracted.

Each repair takes the step to the end an uninterrupted run would have reached; none of them touches a
package dlt can still finish (the destination's copy is dlt's to reconcile, and it does). The caller
holds the pipeline's lock, so no other run is between those steps.
"""

from __future__ import annotations

import os
import re

from dlt.common.storages import (
    LoadStorage,
    LoadStorageConfiguration,
    NormalizeStorage,
    NormalizeStorageConfiguration,
)
from dlt.pipeline.pipeline import Pipeline

#: the temporary folder an extract writes its packages into (dlt's ``uniq_id(8)``: 16 hex digits)
_EXTRACT_FOLDER = re.compile(r"[0-9a-f]{16}")


def finish_interrupted_steps(pipeline: Pipeline) -> list[str]:
    """Repair what a killed run of ``pipeline`` left half done; what was repaired, in words (for logs)."""
    done: list[str] = []
    # The storages as the pipeline opens them (dlt's layout of its working folder).
    normalize = NormalizeStorage(
        False, NormalizeStorageConfiguration(normalize_volume_path=os.path.join(pipeline.working_dir, "normalize"))
    )
    config = LoadStorageConfiguration(load_volume_path=os.path.join(pipeline.working_dir, "load"))
    # As the owner dlt finishes creating a storage it started (it leaves one it has not started alone).
    load = LoadStorage(os.path.isdir(config.load_volume_path), [], config)
    loading = load.is_storage_ready()
    normalized = set(load.list_normalized_packages()) if loading else set()
    committed = normalized | set(load.list_loaded_packages()) if loading else set()
    if normalize.is_storage_ready():
        extracted = normalize.extracted_packages
        for load_id in extracted.list_packages():
            if load_id in committed:  # normalized already: what is left here is the delete's
                extracted.delete_package(load_id)
                done.append(f"deleted the normalized package {load_id} from the extracted ones")
    if os.path.isdir(normalize.storage.storage_path):
        for entry in os.scandir(normalize.storage.storage_path):
            if entry.is_dir() and _EXTRACT_FOLDER.fullmatch(entry.name):
                normalize.storage.delete_folder(entry.name, recursively=True)
                done.append(f"deleted an unfinished extract ({entry.name})")
    for load_id in sorted(normalized):
        packages = load.normalized_packages
        if packages.is_package_completed(load_id):  # the destination has it: finish the move
            load.storage.rename_tree(load.get_normalized_package_path(load_id), load.get_loaded_package_path(load_id))
            done.append(f"moved the completed package {load_id} to the loaded ones")
            continue
        started = {os.path.basename(path) for path in packages.list_started_jobs(load_id)}
        for name in packages.list_pending_transitions(load_id):
            if name not in started:  # the job moved on: the record's removal is what was left
                packages.clear_pending_transition(load_id, name)
                done.append(f"removed the stale transition record of {name} in {load_id}")
    return done
