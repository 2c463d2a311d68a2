"""Redaction: every live Secret is masked in any spelling a server's encoder gives it, and only while alive."""

from __future__ import annotations

import base64
import gc
import html
import json
import logging
import urllib.parse

import pytest
import reviewbridge as rb
from reviewbridge._secrets import Secret, redact, redact_bytes

VALUE = "sk_live/AbC+123=ü xyz"


def _spellings(value: str) -> list[str]:
    quoted = urllib.parse.quote(value, safe="")
    return [
        value,
        value.upper(),
        quoted,
        quoted.lower(),
        urllib.parse.quote_plus(value),
        urllib.parse.quote(value, safe="/+="),  # only some characters encoded, as a URL path does
        json.dumps(value)[1:-1],
        json.dumps(value)[1:-1].replace("/", "\\/"),
        "".join(f"\\u{ord(c):04X}" for c in value),
        html.escape(value),
        "".join(f"&#{ord(c)};" for c in value),
        base64.b64encode(value.encode()).decode(),
        base64.urlsafe_b64encode(value.encode()).decode().rstrip("="),
    ]


@pytest.mark.parametrize("spelling", _spellings(VALUE))
def test_every_spelling_of_a_live_secret_is_masked(spelling: str) -> None:
    secret = Secret(VALUE)
    text = f"error: key {spelling} rejected"
    assert redact(text) == "error: key ******** rejected"
    if spelling != VALUE.upper():  # bytes know the letter case of ASCII only (ü, Ü are other bytes)
        assert redact_bytes(text.encode()) == b"error: key ******** rejected"
    del secret


def test_a_secret_is_forgotten_with_its_holder_and_short_values_are_kept() -> None:
    secret = Secret("et-token-0123456789")
    assert redact("token et-token-0123456789") == "token ********"
    del secret
    gc.collect()
    assert redact("token et-token-0123456789") == "token et-token-0123456789"
    short = Secret("key")
    assert redact("invalid api key") == "invalid api key"  # too short to tell from a word
    del short


def test_exceptions_and_log_records_are_masked_whoever_makes_them(caplog: pytest.LogCaptureFixture) -> None:
    secret = Secret("a-long-enough-secret")
    error = rb.PaginationError("cursor a-long-enough-secret came back twice")
    assert "a-long-enough-secret" not in str(error) + repr(error)
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("httpx").info("sent %s", "A-LONG-ENOUGH-SECRET")
        try:
            raise ValueError("a-long-enough-secret")
        except ValueError:
            logging.getLogger("reviewbridge").exception("failed")
    assert caplog.records and all("long-enough" not in caplog.text.lower() for _ in caplog.records)
    del secret
