"""The provider's id of a request, read where its spec says the provider sends one.

A spec names the places in ``x-reviewbridge-request-id`` (response headers, and a member of its error
bodies); the generated package holds them as ``REQUEST_ID_HEADERS`` and ``REQUEST_ID_ERROR_MEMBER``. No
header is read on a guess: a provider whose docs name none gives None, whatever headers it sends.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import httpx

from ._json import loads

#: (the response headers carrying the id, the first one present; the member of an error body carrying it)
RequestIdPlaces = tuple[Sequence[str], str | None]


class RequestIds:
    """Reads a provider's id of a request from a response; ``places`` loads where (from the generated
    package, on first use: importing it with the provider module would slow ``import reviewbridge``)."""

    def __init__(self, places: Callable[[], RequestIdPlaces]) -> None:
        self._load = places

    @functools.cached_property
    def _places(self) -> tuple[tuple[str, ...], str | None]:
        headers, member = self._load()
        return tuple(headers), member

    def __call__(self, response: httpx.Response) -> str | None:
        """The id ``response`` carries, or None: the first named header present, else (for an error
        status) the named member of its JSON body."""
        headers, member = self._places
        for name in headers:
            sent: str | None = response.headers.get(name)
            if sent:
                return sent
        if member is None or response.status_code < 400:
            return None
        try:
            body = loads(response.content)
        except (httpx.ResponseNotRead, ValueError, RecursionError):
            return None
        value: object = body.get(member) if isinstance(body, dict) else None
        return value if isinstance(value, str) and value else None
