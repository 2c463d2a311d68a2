"""A successful body is parsed once, with the cyclic collector paused (``_http._parse_body_once``): a page
is thousands of containers and no cycle, and a collector running while it is built re-scans it over and
over (on eTrusted's pages of 1,000 reviews, most of a walk's time: ``make bench``)."""

from __future__ import annotations

import gc
from typing import Any

import httpx
import pytest
from reviewbridge import _http


@pytest.mark.parametrize("enabled_before", [True, False])
def test_a_body_is_parsed_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch, enabled_before: bool) -> None:
    seen: list[bool] = []
    parse = _http._loads

    def recording(content: bytes) -> Any:
        seen.append(gc.isenabled())
        return parse(content)

    monkeypatch.setattr(_http, "_loads", recording)
    response = httpx.Response(200, content=b'{"items": [{"id": "a", "rating": 4.5}]}')
    was = gc.isenabled()
    (gc.enable if enabled_before else gc.disable)()
    try:
        _http._parse_body_once(None, response)  # type: ignore[arg-type]  # the provider is read on errors only
        after = gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False]
    assert after is enabled_before  # resumed only if it was running
    assert response.json() == {"items": [{"id": "a", "rating": 4.5}]}
