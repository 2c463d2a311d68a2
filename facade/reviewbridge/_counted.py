"""Counts in what a run prints: "1 review", "2 reviews"."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, plural unless it is one (``plural``: when not the noun plus "s")."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


__all__ = ["counted"]
