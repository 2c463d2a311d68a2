"""``reviewbridge export``: the incremental, crash-safe export engine behind the command line, and the
incremental walk (``Walk``) and page loop (``PageLoop``) the dlt source shares with it."""

from ._config import Config, load_config
from ._digests import DigestStore
from ._engine import run_export
from ._jobs import ClientFactory, Job, SharedClients, client_limit, default_client_factory, fanned_out, provider_info
from ._loop import PageLoop, Sink
from ._marks import Footprint, check_walks, scope_key
from ._rejects import PARTIAL, Rejects, rejects_beside
from ._rescan import Tombstone
from ._result import ScopeResult
from ._scope import ScopeState
from ._state import State, lock_state
from ._walk import Entries, Selection, Walk
from ._writer import FORMATS, UNWRITABLE, Writer, unwritable

__all__ = [
    "FORMATS",
    "PARTIAL",
    "UNWRITABLE",
    "ClientFactory",
    "Config",
    "DigestStore",
    "Entries",
    "Footprint",
    "Job",
    "PageLoop",
    "Rejects",
    "ScopeResult",
    "ScopeState",
    "Selection",
    "SharedClients",
    "Sink",
    "State",
    "Tombstone",
    "Walk",
    "Writer",
    "check_walks",
    "client_limit",
    "default_client_factory",
    "fanned_out",
    "load_config",
    "lock_state",
    "provider_info",
    "rejects_beside",
    "run_export",
    "scope_key",
    "unwritable",
]
