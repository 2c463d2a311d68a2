"""``reviewbridge check`` with an in-memory API: what a total the API refuses does."""

from __future__ import annotations

import httpx
import pytest
from reviewbridge._cli import main

from tests.unit._support import etrusted, etrusted_item, etrusted_page, token_body


def test_a_total_the_api_refuses_leaves_the_scope_ok(capsys: pytest.CaptureFixture[str]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body("tok-0123456789"))
        if request.url.path == "/reviews/count":
            return httpx.Response(403, json={"message": "no counting for you"})
        return httpx.Response(200, json=etrusted_page([etrusted_item(i) for i in range(3)], "rev-next"))

    assert main(["check", "etrusted", "--channel-id", "chl-1"], client_factory=lambda job: etrusted(handler)) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith("etrusted:channel_id=chl-1: ok, 3 reviews on the first page (more pages follow); no total (")
    assert "HTTP 403" in line
