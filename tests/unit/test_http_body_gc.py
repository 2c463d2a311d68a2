"""A successful body is parsed once by the HTTP layer (``_http._parse_body_once``) with the cyclic collector
paused (a JSON tree has no cycles), and the collector is left as it was found, whether the body parses."""

from __future__ import annotations

import gc
from typing import Any

import httpx
import pytest
from reviewbridge import _http
from reviewbridge._providers import REGISTRY


def test_a_body_is_parsed_with_the_collector_paused_then_resumed(monkeypatch: pytest.MonkeyPatch) -> None:
    running: list[bool] = []
    loads = _http._loads

    def watched(content: bytes) -> Any:
        running.append(gc.isenabled())
        return loads(content)

    monkeypatch.setattr(_http, "_loads", watched)
    response = httpx.Response(200, content=b'{"data": [{"id": "r-1"}]}')
    assert gc.isenabled()
    _http._parse_body_once(None, response)  # type: ignore[arg-type]  # the provider is read only on failure
    assert running == [False]
    assert gc.isenabled()
    assert response.json() == {"data": [{"id": "r-1"}]}
    gc.disable()
    try:  # paused by the caller: left paused
        _http._parse_body_once(None, httpx.Response(200, content=b"[]"))  # type: ignore[arg-type]
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert running == [False, False]


def test_a_body_that_is_not_json_leaves_the_collector_running() -> None:
    provider = next(iter(REGISTRY.values())).adapter.http  # any provider's: the error names it
    with pytest.raises(Exception, match="not JSON"):
        _http._parse_body_once(provider, httpx.Response(200, content=b"{", request=httpx.Request("GET", "http://h/")))
    assert gc.isenabled()
