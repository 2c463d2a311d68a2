"""Locks between processes, taken without waiting: lock files (filelock), and an output's own lock.

filelock is portable: ``flock`` on POSIX, the system's own lock on Windows, and an exclusively created
marker file where neither exists. A lock file is a file of its own, beside what it guards. An export's output
is locked in place where the system can (``flock`` on the open file, POSIX), so no file appears
beside it; elsewhere a lock file beside it (``<output>.lock``) stands in.
"""

from __future__ import annotations

import errno
import importlib
import os
import warnings
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

Release = Callable[[], None]


def _fcntl() -> ModuleType | None:
    try:
        return importlib.import_module("fcntl")
    except ImportError:  # not POSIX (Windows)
        return None


_FCNTL = _fcntl()


def lock_file(path: Path) -> Release | None:
    """Hold the lock file ``path`` (created if missing): its release, or None when another process
    holds it. OSError when it cannot be created."""
    if not path.parent.is_dir():  # where filelock would create the missing directories, refuse as open() does
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path))
    with warnings.catch_warnings():  # imported on first use: it costs a CLI start tens of ms
        # Without flock filelock warns on import that it falls back to marker files: expected there,
        # and a warning would be a second line of output.
        warnings.filterwarnings("ignore", "only soft file lock is available")
        import filelock
    lock = filelock.FileLock(str(path), timeout=0, mode=0o600)
    try:
        lock.acquire()
    except filelock.Timeout:
        return None
    return lock.release


def lock_output(fd: int, path: Path) -> Release | None:
    """Hold the lock of the output ``path``, open as ``fd``: its release (the lock also ends when ``fd``
    closes, where it is the file's own), or None when another process holds it."""
    if _FCNTL is None:
        return lock_file(path.with_name(path.name + ".lock"))
    try:
        _FCNTL.flock(fd, _FCNTL.LOCK_EX | _FCNTL.LOCK_NB)
    except BlockingIOError:
        return None
    return _nothing


def _nothing() -> None:
    """The release of a lock that ends when its descriptor closes."""
