"""``reviewbridge export``: the incremental, crash-safe export engine behind the command line, and the
incremental walk (``Walk``) the dlt source shares with it."""

from ._config import Config, load_config
from ._engine import ClientFactory, Job, ScopeResult, default_client_factory, provider_info, run_export, walk_size
from ._marks import Footprint, check_walks, scope_key
from ._rejects import PARTIAL, Rejects, rejects_beside, set_aside
from ._state import ScopeState, State, lock_state
from ._walk import Entries, Selection, Walk
from ._writer import FORMATS, UNWRITABLE, Writer, unwritable

__all__ = [
    "FORMATS",
    "PARTIAL",
    "UNWRITABLE",
    "ClientFactory",
    "Config",
    "Entries",
    "Footprint",
    "Job",
    "Rejects",
    "ScopeResult",
    "ScopeState",
    "Selection",
    "State",
    "Walk",
    "Writer",
    "check_walks",
    "default_client_factory",
    "load_config",
    "lock_state",
    "provider_info",
    "rejects_beside",
    "run_export",
    "scope_key",
    "set_aside",
    "unwritable",
    "walk_size",
]
