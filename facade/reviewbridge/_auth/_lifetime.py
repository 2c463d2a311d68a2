"""The token rules: how long a token lives, when it is renewed, and the moments a held token passes.

A token must still live when the server reads the request, not only when the request was built: it is
renewed ahead of its end (:func:`refresh_margin`), and its life is counted both from when it was asked for
and from when it came (the server issued it somewhere in between).
"""

from __future__ import annotations

import dataclasses
import math

from .._secrets import Secret

__all__ = [
    "DEFAULT_TOKEN_LIFETIME",
    "REFRESH_AHEAD",
    "REFRESH_AHEAD_FRACTION",
    "Token",
    "refresh_margin",
    "token_lifetime",
]

#: Seconds a token is taken to live when the answer gives no usable ``expires_in``.
DEFAULT_TOKEN_LIFETIME = 300.0
#: A token is renewed while this much of its life still remains: REFRESH_AHEAD seconds or
#: REFRESH_AHEAD_FRACTION of its lifetime, whichever is more (a request handed a token may wait behind
#: others, on a busy machine, before it goes out), but never more than half of the lifetime (a token of
#: a second must still serve for some requests, not one each).
REFRESH_AHEAD = 5.0
REFRESH_AHEAD_FRACTION = 0.25


def refresh_margin(lifetime: float) -> float:
    """Seconds before a token of ``lifetime`` seconds runs out at which it is renewed."""
    return min(lifetime / 2, max(REFRESH_AHEAD, lifetime * REFRESH_AHEAD_FRACTION))


def token_lifetime(value: object) -> float:
    """Seconds from an ``expires_in``; the default for a missing, non-numeric, non-finite or non-positive one
    (a lifetime of zero or NaN would otherwise ask for a new token on every call)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_TOKEN_LIFETIME
    try:
        seconds = float(value)
    except (ValueError, OverflowError):
        return DEFAULT_TOKEN_LIFETIME
    return seconds if math.isfinite(seconds) and seconds > 0 else DEFAULT_TOKEN_LIFETIME


@dataclasses.dataclass(frozen=True, eq=False, repr=False)
class Token:
    """A token held, with the moments that matter (``clock`` seconds). The server issued it somewhere
    between our request and its answer, so its life ends between ``dies_at`` and ``dead_at``."""

    secret: Secret
    #: from here a new request does not take it: it asks for a new one (see :func:`refresh_margin`)
    renew_at: float
    #: from here the server may refuse it: its lifetime counted from when it was asked for
    dies_at: float
    #: from here the server refuses it for sure: its lifetime counted from when it came
    dead_at: float
