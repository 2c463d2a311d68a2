"""A credential holder that never shows its value in reprs, logs or tracebacks."""

from __future__ import annotations

import os
import urllib.parse
from typing import Final

import httpx

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


#: Words that mark a query parameter as a credential (a TestFreaks ``token``, a signed URL's ``signature``).
SECRET_WORDS = ("token", "secret", "key", "password", "signature")
#: Headers and token-form fields also carry client identities (Thanx's ``X-ClientId``, a form's
#: ``client_id``) and sessions.
SECRET_FIELD_WORDS = (*SECRET_WORDS, "auth", "client", "cookie", "session")
_FORM = "application/x-www-form-urlencoded"


def is_secret_name(name: str, words: tuple[str, ...] = SECRET_WORDS) -> bool:
    """Whether a query parameter (or, with ``SECRET_FIELD_WORDS``, a header or form field) of this name may
    carry a credential."""
    lowered = name.lower()
    return any(word in lowered for word in words)


def _field_mask(name: str, value: str) -> str:
    return _MASK if is_secret_name(name, SECRET_FIELD_WORDS) else value


def masked_url(url: httpx.URL) -> httpx.URL:
    """The URL without user info, the values of secret-looking query parameters masked."""
    params = [(name, _MASK if is_secret_name(name) else value) for name, value in url.params.multi_items()]
    return url.copy_with(userinfo=b"", params=params or None)


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` fit to keep in an exception: credential headers, query values and form fields
    (a token request's ``client_secret``) masked. Other bodies are kept as they are."""
    headers = [(name, _field_mask(name, value)) for name, value in request.headers.multi_items()]
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    if content and request.headers.get("content-type", "").startswith(_FORM):
        fields = urllib.parse.parse_qsl(content.decode("latin-1"), keep_blank_values=True)
        content = urllib.parse.urlencode([(k, _field_mask(k, v)) for k, v in fields]).encode()
        headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
    return httpx.Request(request.method, masked_url(request.url), headers=headers, content=content)
