"""Hostile servers that echo the credentials they were sent: nothing the SDK says or keeps shows them.

Each provider's server repeats every credential it got (the header values, the Basic pair decoded, the
token form's fields) in one channel: a 401 body, the status line and headers of a 401, a redirect's
Location, or a 503 retried and then given up on. The forms echoed are the ones servers write: as sent,
upper case, URL-encoded, base64, JSON ``\\u``-escaped. Checked: the exception's str and repr and what it
keeps (message, code, request id, response headers, body, reason, request), every log record of every
logger at DEBUG (caplog), and what the command line prints.
"""

from __future__ import annotations

import base64
import dataclasses
import html
import json
import logging
import re
import socket
import urllib.parse
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
import reviewbridge as rb
from reviewbridge._cli import main
from reviewbridge._export import default_client_factory
from reviewbridge._providers import REGISTRY

from tests.e2e.hostile import Request, response_bytes, serve
from tests.providers import Echo, cases

ECHO_TOKEN = "et-echo-issued-token-0123456789"


@dataclasses.dataclass(frozen=True)
class Provider:
    name: str
    echo: Echo

    @property
    def credentials(self) -> dict[str, str]:  # client argument -> value
        return self.echo.credentials

    @property
    def env(self) -> dict[str, str]:  # environment variable -> value, for the command line
        return {c.env: self.echo.credentials[c.argument] for c in REGISTRY[self.name].credentials}

    @property
    def scope(self) -> dict[str, str]:
        return self.echo.scope

    @property
    def flags(self) -> tuple[str, ...]:
        flags = ((REGISTRY[self.name].option(key), value) for key, value in self.echo.scope.items())
        return tuple(part for option, value in flags if option is not None for part in (option.flag, value))

    def error_body(self, text: str) -> dict[str, Any]:  # the provider's error shape around a message
        return self.echo.error_body(text)


#: each provider whose test home says how an echoing server answers it (Case.echo)
PROVIDERS = [Provider(name, case.echo) for name, case in cases().items() if case.echo is not None]
CHANNELS = ["401 body", "401 status line and headers", "redirect", "retried 503"]


def _what_was_sent(request: Request) -> list[str]:
    """Every credential value the request carried, as the server can read it."""
    values = [v for k, v in request.headers.items() if k in ("authorization", "x-clientid")]
    for value in list(values):
        scheme, _, credentials = value.partition(" ")
        values.append(credentials)
        if scheme.lower() == "basic":
            values.append(base64.b64decode(credentials).decode())
            values.extend(base64.b64decode(credentials).decode().split(":"))
    if request.body:
        values.append(request.body.decode())  # the token form, URL-encoded as sent
        values.extend(v for _, v in urllib.parse.parse_qsl(request.body.decode()))
    return [v for v in values if v]


def _escaped(text: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in text)


def _echo(text_values: list[str]) -> str:
    forms: list[str] = []
    for value in text_values:
        forms += [value, value.upper(), urllib.parse.quote(value, safe=""), base64.b64encode(value.encode()).decode()]
    return " ".join(forms)


Respond = Callable[[Request, socket.socket], None]


def _server(provider: Provider, channel: str, *, token_endpoint_echoes: bool) -> Respond:
    def respond(request: Request, conn: socket.socket) -> None:
        if request.path.endswith("/oauth/token") and not token_endpoint_echoes:
            body = json.dumps({"access_token": ECHO_TOKEN, "expires_in": 300}).encode()
            conn.sendall(response_bytes(200, body, {"Content-Type": "application/json"}))
            return
        sent = _what_was_sent(request)
        echo = _echo(sent)
        if channel == "401 body":
            body = json.dumps(provider.error_body(echo)).encode()
            escaped = json.dumps({"detail": _escaped(" ".join(sent))}).encode().replace(b"\\\\u", b"\\u")
            body = body[:-1] + b', "escaped": ' + escaped + b"}"
            conn.sendall(response_bytes(401, body, {"Content-Type": "application/json"}))
        elif channel == "401 status line and headers":
            head = f"HTTP/1.1 401 {echo}\r\nContent-Length: 0\r\nConnection: close\r\n"
            head += f'X-Request-Id: {sent[0]}\r\nWWW-Authenticate: Basic realm="{echo}"\r\n\r\n'
            conn.sendall(head.encode("latin-1"))
        elif channel == "redirect":
            quoted = urllib.parse.quote(sent[0], safe="")
            location = f"/echo/{quoted}?next={quoted}&api_key={quoted}&raw={sent[-1]}"
            conn.sendall(response_bytes(307, b"", {"Location": location}))
        else:
            body = json.dumps(provider.error_body(echo)).encode()
            conn.sendall(response_bytes(503, body, {"Retry-After": sent[0], "Content-Type": "application/json"}))

    return respond


def _secret_forms(provider: Provider, *, token: bool) -> tuple[list[str], list[str]]:
    """What must not be found: each credential (and, for Basic auth, the ``user:password`` pair) in any
    case once the text is decoded, and their base64 as is (base64 in another case says nothing)."""
    values = list(provider.credentials.values()) + ([ECHO_TOKEN] if token else [])
    if provider.echo.basic:
        values.append(":".join([*provider.credentials.values(), ""][:2]))
    return [v.lower() for v in values], [base64.b64encode(v.encode()).decode().rstrip("=") for v in values]


def _decodings(text: str) -> list[str]:
    """``text`` and what it says once URL-, HTML- or JSON-unescaped: a secret spelt in any of them is there."""
    json_unescaped = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m[1], 16)), text).replace("\\/", "/")
    return [text, urllib.parse.unquote(text), urllib.parse.unquote_plus(text), html.unescape(text), json_unescaped]


def _assert_clean(texts: Iterable[str | bytes], forms: tuple[list[str], list[str]]) -> None:
    plain, encoded = forms
    for text in texts:
        if isinstance(text, bytes):
            text = text.decode("latin-1")
        for decoded in _decodings(text):
            for form in plain:
                assert form not in decoded.lower(), f"{form!r} leaked in {text[:300]!r}"
        for form in encoded:
            assert form not in text, f"{form!r} leaked in {text[:300]!r}"


def _exception_texts(exc: BaseException) -> list[str | bytes]:
    texts: list[str | bytes] = [str(exc), repr(exc)]
    for name in ("message", "code", "request_id", "body"):
        value = getattr(exc, name, None)
        if isinstance(value, str | bytes):
            texts.append(value)
    response = getattr(exc, "response", None)
    if response is not None:
        texts += [str(response.headers.raw), response.content, response.reason_phrase, repr(response)]
        texts += [str(response.request.url), str(response.request.headers.raw), response.request.content]
    return texts


def _log_texts(caplog: pytest.LogCaptureFixture) -> list[str]:
    formatter = logging.Formatter("%(name)s %(message)s")
    return [formatter.format(record) for record in caplog.records]


def _cases() -> list[Any]:
    cases = []
    for provider in PROVIDERS:
        for channel in CHANNELS:
            cases.append(pytest.param(provider, channel, True, id=f"{provider.name}-{channel}"))
            if provider.echo.token:  # the bearer token, echoed by the API after a good token answer
                cases.append(pytest.param(provider, channel, False, id=f"{provider.name}-api-{channel}"))
    return cases


@pytest.mark.parametrize(("provider", "channel", "token_endpoint_echoes"), _cases())
def test_echoed_credentials_never_leave_the_sdk(
    provider: Provider, channel: str, token_endpoint_echoes: bool, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    forms = _secret_forms(provider, token=not token_endpoint_echoes)
    with serve(_server(provider, channel, token_endpoint_echoes=token_endpoint_echoes)) as server:
        client_class = REGISTRY[provider.name].client
        with client_class(**provider.credentials, base_url=server.url, max_retries=1) as client:
            client._policy.base_delay = 0
            with pytest.raises(rb.APIError) as info:
                list(client.reviews(**provider.scope))
    sent = " ".join(str(r.headers) + urllib.parse.unquote(r.body.decode("latin-1")) for r in server.requests)
    assert any(form in sent.lower() for form in forms[0]) or any(form in sent for form in forms[1])  # sent
    _assert_clean(_exception_texts(info.value), forms)
    if isinstance(info.value, rb.UnconfirmedWriteError):
        _assert_clean(_exception_texts(info.value.cause), forms)
    _assert_clean(_log_texts(caplog), forms)


@pytest.mark.parametrize(("provider", "channel", "token_endpoint_echoes"), _cases())
def test_echoed_credentials_never_reach_the_command_line(
    provider: Provider,
    channel: str,
    token_endpoint_echoes: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    for name, value in provider.env.items():
        monkeypatch.setenv(name, value)

    def quick_retries(job: Any) -> Any:
        client = default_client_factory(job)
        client._policy.base_delay = 0
        return client

    with serve(_server(provider, channel, token_endpoint_echoes=token_endpoint_echoes)) as server:
        argv = ["export", provider.name, "--base-url", server.url, "--out", str(tmp_path / "o.jsonl"), *provider.flags]
        status = main(argv, client_factory=quick_retries)
    out = capsys.readouterr()
    assert status == 1 and "reviewbridge: error:" in out.err
    _assert_clean([out.out, out.err], _secret_forms(provider, token=not token_endpoint_echoes))
