"""Mapping a page without the cyclic garbage collector re-scanning it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic collector while one page becomes reviews (as the generated clients do while a
    body becomes models): the thousands of objects made form no cycles, and a running collector
    re-scans the page being built many times over. Reference counting still frees everything; the
    collector resumes afterwards, and only if it was running before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
