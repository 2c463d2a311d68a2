"""A credential holder that never shows its value in reprs, logs or tracebacks."""

from __future__ import annotations

import os
from typing import Final

from ._exceptions import ConfigurationError

_MASK: Final = "********"


class Secret:
    """Wraps a secret string; ``str()`` and ``repr()`` show only a mask. ``reveal()`` returns the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({_MASK!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> tuple[type[Secret], tuple[str]]:
        raise TypeError("a Secret cannot be pickled")


def credential(value: str | Secret | None, env_var: str, *, what: str) -> Secret:
    """The credential given, else the environment variable's; a clear error when neither is set."""
    if isinstance(value, Secret):
        return value
    if value is None:
        value = os.environ.get(env_var)
    if not value:
        raise ConfigurationError(f"missing {what}: pass it to the client or set {env_var}")
    return Secret(value)
