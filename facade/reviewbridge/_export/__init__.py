"""``reviewbridge export``: the incremental, crash-safe export engine behind the command line."""

from ._config import Config, ConfigError, load_config
from ._state import LockHeld, State, StateError, lock_state
from ._sync import ExportError, Job, ScopeResult, run_export
from ._writer import Writer

__all__ = [
    "Config",
    "ConfigError",
    "ExportError",
    "Job",
    "LockHeld",
    "ScopeResult",
    "State",
    "StateError",
    "Writer",
    "load_config",
    "lock_state",
    "run_export",
]
