"""Where reviewbridge's log records go: the command line's ``-v``/``--log-level``/``--log-format``, and
``REVIEWBRIDGE_LOG`` (``REVIEWBRIDGE_LOG_FORMAT``) for SDK users.

Records: one at DEBUG per attempt of each request, one at INFO per retry (see ``_transport``); each
carries the request's fields (``REQUEST_FIELDS``) besides its message. Every text a record holds has the
live secrets masked (``_secrets.RedactingFilter`` on the loggers, and once more in the JSON lines).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import json
import logging
import os
import sys
import warnings
from collections.abc import Callable, Iterator
from typing import TextIO

from ._secrets import redact

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
FORMATS = ("text", "json")
#: what a request's records carry besides the message (``extra=``), in the order JSON lines give them
REQUEST_FIELDS = ("provider", "scope", "operation", "method", "url", "status", "attempt", "elapsed_ms", "request_id")
#: with -vv: the HTTP libraries' own records too (redacted like reviewbridge's)
WIRE_LOGGERS = ("httpx", "httpcore")


#: the scope (``provider:key=value``) whose walk is sending the requests of this thread or task
_SCOPE: contextvars.ContextVar[str | None] = contextvars.ContextVar("reviewbridge_scope", default=None)


@contextlib.contextmanager
def log_scope(key: str) -> Iterator[None]:
    """Name the scope ``key`` in the request records made within the block."""
    token = _SCOPE.set(key)
    try:
        yield
    finally:
        _SCOPE.reset(token)


def current_scope() -> str | None:
    """The scope named by the innermost ``log_scope`` block, if any."""
    return _SCOPE.get()


class JSONFormatter(logging.Formatter):
    """One JSON object per record: time (UTC), level, logger, message and the request's fields it has."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in REQUEST_FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                entry[name] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        clean = {k: redact(v) if isinstance(v, str) else v for k, v in entry.items()}
        return json.dumps(clean, ensure_ascii=False)


class _Stderr(logging.StreamHandler[TextIO]):
    """Writes to ``sys.stderr`` as it is at each record: the progress display redirects it while it runs,
    so that records show above the bar rather than through it."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        pass  # always the current sys.stderr


#: undoes what ``REVIEWBRIDGE_LOG`` set up, while it is in force
_from_environment: Callable[[], None] | None = None


def configure(level: int, fmt: str = "text", *, wire: bool = False) -> Callable[[], None]:
    """Send reviewbridge's records from ``level`` up to standard error, as text lines or JSON lines
    (``wire``: httpx's and httpcore's too), in place of what ``REVIEWBRIDGE_LOG`` set up; returns what
    undoes it (and puts that back)."""
    global _from_environment
    environment, _from_environment = _from_environment, None
    if environment is not None:
        environment()
    handler = _Stderr()
    text = logging.Formatter("reviewbridge: %(levelname)s: %(message)s")
    handler.setFormatter(JSONFormatter() if fmt == "json" else text)
    names = ("reviewbridge", *(WIRE_LOGGERS if wire else ()))
    saved = [(logging.getLogger(name), logging.getLogger(name).level) for name in names]
    for logger, _ in saved:
        logger.setLevel(level)
        logger.addHandler(handler)

    def undo() -> None:
        for logger, previous in saved:
            logger.removeHandler(handler)
            logger.setLevel(previous)
        if environment is not None:
            from_environment()

    return undo


def from_environment() -> None:
    """``REVIEWBRIDGE_LOG=debug|info|warning|error`` (and ``REVIEWBRIDGE_LOG_FORMAT=json``): records to
    standard error, for SDK users who set up no logging of their own. Unset: nothing is configured."""
    value = os.environ.get("REVIEWBRIDGE_LOG", "").strip().lower()
    if not value:
        return
    fmt = os.environ.get("REVIEWBRIDGE_LOG_FORMAT", "text").strip().lower() or "text"
    if value not in LEVELS or fmt not in FORMATS:
        warnings.warn(
            f"REVIEWBRIDGE_LOG must be one of {', '.join(LEVELS)} and REVIEWBRIDGE_LOG_FORMAT one of "
            f"{', '.join(FORMATS)}; logging is left as it is",
            RuntimeWarning,
            stacklevel=2,
        )
        return
    global _from_environment
    undo = configure(LEVELS[value], fmt)
    _from_environment = undo
