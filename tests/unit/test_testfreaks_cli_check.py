"""``reviewbridge check`` of a TestFreaks scope with one page, with an in-memory API."""

from __future__ import annotations

import httpx
import pytest
from reviewbridge._cli import main

from tests.unit._support import tf_client, tf_item, tf_page


def test_a_single_page_scope_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=tf_page([tf_item(i) for i in range(2)], None))

    assert main(["check", "testfreaks"], client_factory=lambda job: tf_client(handler)) == 0
    captured = capsys.readouterr()
    assert captured.out == "testfreaks:: ok, 2 reviews on the first page (no more pages)\n"
    assert captured.err == ""
