"""``reviewbridge export``: the incremental, crash-safe export engine behind the command line."""

from ._config import Config, load_config
from ._engine import ClientFactory, Job, ScopeResult, default_client_factory, provider_info, run_export
from ._state import State, lock_state
from ._writer import FORMATS, Writer

__all__ = [
    "FORMATS",
    "ClientFactory",
    "Config",
    "Job",
    "ScopeResult",
    "State",
    "Writer",
    "default_client_factory",
    "load_config",
    "lock_state",
    "provider_info",
    "run_export",
]
