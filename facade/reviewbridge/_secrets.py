"""Credentials: a holder that never shows its value, and the redaction of every value it holds.

Every :class:`Secret` alive in the process is known here (weakly: a token that was replaced and dropped
is forgotten with it). :func:`redact` and :func:`redact_bytes` cut each of them out of a text, in every
form a server could echo it back: as is, in any letter case, URL-encoded, JSON- or HTML-escaped, in
base64 (a Basic ``user:password`` pair is a Secret of its own, so its base64 is covered too). The
exceptions (their messages and the responses and bodies they keep), the log records of reviewbridge,
httpx and httpcore, and the command line's output pass through them before they leave the SDK.
"""

from __future__ import annotations

import base64
import html
import itertools
import json
import logging
import os
import re
import urllib.parse
import weakref
from typing import Final

import httpx

_MASK: Final = "********"
#: Shorter values are not redacted: they cannot be told from ordinary words ("key", "test"), and no real
#: credential is that short.
MIN_REDACTED_LENGTH: Final = 8


class Secret:
    """Wraps a secret string; ``str()`` and ``repr()`` show only a mask. ``reveal()`` returns the value."""

    __slots__ = ("__weakref__", "_value")

    def __init__(self, value: str) -> None:
        self._value = value
        _register(self)

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
    """The credential given, else the environment variable's; a clear error when neither is set, or when
    it is not something a request can carry (not text, or with control characters: a line break in a
    header would end it)."""
    from ._exceptions import ConfigurationError  # here: the exceptions redact through this module

    if isinstance(value, Secret):
        return value
    given = value is not None
    if value is None:
        value = os.environ.get(env_var)
    if not value:
        raise ConfigurationError(f"missing {what}: pass it to the client or set {env_var}")
    where = "as given" if given else f"in {env_var}"
    if not isinstance(value, str):
        raise ConfigurationError(f"the {what} must be a string, not {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ConfigurationError(f"the {what} {where} is not valid text (bytes that are not UTF-8)") from None
    if any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in value):
        raise ConfigurationError(f"the {what} {where} holds control characters (a line break, a tab, ...)")
    return Secret(value)


#: Words that mark a query parameter as a credential (an API's ``token``, a signed URL's ``signature``).
SECRET_WORDS = ("token", "secret", "key", "password", "signature")
#: Headers and token-form fields also carry client identities (an ``X-ClientId`` header, a form's
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


# -- redaction -----------------------------------------------------------------------------------

_live: dict[int, weakref.ref[Secret]] = {}
_versions = itertools.count()
_version = next(_versions)
_cache: tuple[int, re.Pattern[str] | None, re.Pattern[bytes] | None] = (-1, None, None)


def _register(secret: Secret) -> None:
    global _version
    key = id(secret)

    def forget(_: object, key: int = key) -> None:
        global _version
        _live.pop(key, None)
        _version = next(_versions)

    _live[key] = weakref.ref(secret, forget)
    _version = next(_versions)


def _character(c: str) -> str:
    """A pattern for one character of a secret in each spelling a server's encoder may give it: as is,
    percent-encoded (a space also as ``+``), as a JSON escape, as an HTML entity. Each character of a
    secret may be spelt differently (a URL encodes only its reserved characters, a JSON encoder only its
    slashes): a secret is matched whatever mix its characters come in."""
    spellings = {re.escape(c), "".join(f"%{byte:02x}" for byte in c.encode("utf-8", "surrogatepass"))}
    spellings |= {re.escape(escape) for escape in _json_escapes(c)}
    spellings |= {re.escape(html.escape(c)), f"&#{ord(c)};", f"&#x0*{ord(c):x};"}
    if c == " ":
        spellings.add(r"\+")
    return "(?:" + "|".join(sorted(spellings, key=len, reverse=True)) + ")"


def _json_escapes(c: str) -> set[str]:
    units = c.encode("utf-16-be", "surrogatepass")
    escaped = {"".join(f"\\u{units[i]:02x}{units[i + 1]:02x}" for i in range(0, len(units), 2))}
    escaped.add(json.dumps(c)[1:-1])
    if c == "/":
        escaped.add("\\/")
    return escaped


def _source(value: str) -> str:
    """The pattern of one secret: its characters in any spelling (any letter case; in bytes, ASCII letters
    only), or its base64 (as is, padded or not, either alphabet)."""
    raw = value.encode("utf-8", "surrogatepass")
    encoded = {base64.b64encode(raw).decode().rstrip("="), base64.urlsafe_b64encode(raw).decode().rstrip("=")}
    spelt = "".join(_character(c) for c in value)
    return f"(?i:{spelt})|" + "|".join(re.escape(form) + "={0,2}" for form in sorted(encoded))


def _patterns() -> tuple[re.Pattern[str] | None, re.Pattern[bytes] | None]:
    global _cache
    version, text, data = _cache
    if version == _version:
        return text, data
    version = _version  # read before the snapshot: a Secret made meanwhile makes the next call rebuild
    values = {ref_secret.reveal() for ref in list(_live.values()) if (ref_secret := ref()) is not None}
    sources = [_source(value) for value in sorted(values, key=len, reverse=True) if len(value) >= MIN_REDACTED_LENGTH]
    if not sources:
        _cache = (version, None, None)
        return None, None
    source = "|".join(sources)
    text = re.compile(source)
    data = re.compile(source.encode("utf-8", "surrogatepass"))
    _cache = (version, text, data)
    return text, data


def redact(text: str) -> str:
    """``text`` with every live secret, in each of its forms, replaced by a mask."""
    pattern = _patterns()[0]
    return text if pattern is None or not text else pattern.sub(_MASK, text)


def redact_bytes(data: bytes) -> bytes:
    """``data`` with every live secret, in each of its forms, replaced by a mask."""
    pattern = _patterns()[1]
    return data if pattern is None or not data else pattern.sub(_MASK.encode(), data)


def redacted_response(response: httpx.Response) -> httpx.Response:
    """A copy of ``response`` fit to keep in an exception: secrets masked in its reason phrase, headers and
    body; its request redacted as :func:`redacted_request` does."""
    headers = [(name, redact_bytes(value)) for name, value in response.headers.raw]
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    clean = redact_bytes(content)
    if clean != content:
        headers = [(k, v) for k, v in headers if k.lower() not in (b"content-length", b"content-encoding")]
    reason = response.extensions.get("reason_phrase")
    extensions = {"reason_phrase": redact_bytes(reason)} if isinstance(reason, bytes) else {}
    try:
        request: httpx.Request | None = redacted_request(response.request)
    except RuntimeError:  # a response built without a request
        request = None
    return httpx.Response(response.status_code, headers=headers, content=clean, request=request, extensions=extensions)


class RedactingFilter(logging.Filter):
    """Masks every live secret in a log record's message, exception text and stack (formatted here, once)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _patterns()[0] is None:
            return True
        record.msg, record.args = redact(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


#: The loggers whose records can carry what a server sent (httpcore logs response headers at DEBUG).
#: A filter applies to the logger it is added to only, not to its children: each is named.
REDACTED_LOGGERS = (
    "reviewbridge",
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
_FILTER = RedactingFilter()
for _name in REDACTED_LOGGERS:
    logging.getLogger(_name).addFilter(_FILTER)
