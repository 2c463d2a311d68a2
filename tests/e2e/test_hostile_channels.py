"""A hostile eTrusted server on 127.0.0.1 against an export of several channels in one walk: a lie
mid-walk fails the run without moving any channel's mark, and the runs after it (the same set, then a
larger one) write every review version exactly once; a page listed out of newest-first order loses no
review behind it; reviews that name no usable channel are kept."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from reviewbridge._cli import main

from tests.e2e.hostile import Request, response_bytes, send_json, serve
from tests.unit._support import ET_CLIENT_ID, ET_CLIENT_SECRET, etrusted_item, token_body

A, B, C = "chl-a", "chl-b", "chl-c"


class Account:
    """getReviews, newest ``updatedAt`` first, ``after`` = the last id of the previous page; ``lie``
    answers instead of the truth while it returns bytes."""

    def __init__(self, size: int = 3) -> None:
        self.size = size
        self.items: list[dict[str, object]] = []
        self.lie: Callable[[Request], bytes | None] = lambda request: None
        #: the listing as the server orders it, given the true order (newest first)
        self.order: Callable[[list[dict[str, object]]], list[dict[str, object]]] = lambda items: items

    def add(self, channel: object, count: int) -> None:
        for _ in range(count):
            n = len(self.items)
            item = {**etrusted_item(n), "id": f"rev-{n:05d}", "channelRef": channel}
            item["updatedAt"] = f"2024-03-{1 + n // 24:02d}T{n % 24:02d}:00:00Z"
            self.items.append(item)

    def __call__(self, request: Request, conn: socket.socket) -> None:
        if request.path == "/oauth/token":
            send_json(conn, token_body("hostile-token"))
            return
        lie = self.lie(request)
        if lie is not None:
            conn.sendall(lie)
            return
        named = request.params.get("channels")
        chosen = [i for i in self.items if named is None or i["channelRef"] in named.split(",")]
        chosen.sort(key=lambda i: str(i["updatedAt"]), reverse=True)
        chosen = self.order(chosen)
        after = request.params.get("after")
        if after:
            chosen = chosen[[i["id"] for i in chosen].index(after) + 1 :]
        page = chosen[: self.size]
        cursor = page[-1]["id"] if len(chosen) > self.size else ""
        send_json(conn, {"paging": {"count": len(page), "cursor": {"after": cursor}}, "items": page})


@pytest.fixture
def export(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> Callable[..., tuple[int, str]]:
    """``reviewbridge export etrusted --state`` in this process: (exit status, stderr)."""
    monkeypatch.setenv("REVIEWBRIDGE_ETRUSTED_CLIENT_ID", ET_CLIENT_ID)
    monkeypatch.setenv("REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET", ET_CLIENT_SECRET)

    def run(url: str, *scope: str) -> tuple[int, str]:
        files = ["--out", str(tmp_path / "out.jsonl"), "--state", str(tmp_path / "state.json")]
        status = main(["export", "etrusted", "--base-url", url, *files, "--timeout", "10", *scope])
        return status, capsys.readouterr().err

    return run


def versions(path: Path) -> list[tuple[str, str]]:
    return [(r["id"], r["updated_at"]) for r in map(json.loads, path.read_text().splitlines())]


@pytest.mark.parametrize(
    "lie",
    [
        response_bytes(200, b"", {"Content-Type": "application/json"}),
        response_bytes(200, b"{}", {"Content-Type": "application/json"}),
        response_bytes(200, b'{"items": [{"id": "rev', {"Content-Type": "application/json"}),
        response_bytes(302, b"", {"Location": "/reviews-elsewhere"}),
    ],
    ids=["empty 200", "{}", "truncated JSON", "302"],
)
def test_a_lie_mid_walk_moves_no_mark_and_the_next_runs_lose_and_repeat_nothing(
    export: Callable[..., tuple[int, str]], tmp_path: Path, lie: bytes
) -> None:
    account = Account()
    account.add(A, 5), account.add(B, 4), account.add(C, 3)
    account.lie = lambda request: lie if request.params.get("after") else None  # every second page
    with serve(account) as server:
        status, err = export(server.url, "--channel-id", A, "--channel-id", B)
        assert status == 1 and err.startswith("reviewbridge: error:"), err
        scopes = json.loads((tmp_path / "state.json").read_text())["scopes"]
        assert all(entry["hwm"] is None for entry in scopes.values()), scopes  # no mark from a broken walk
        account.lie = lambda request: None
        status, err = export(server.url, "--channel-id", B, "--channel-id", A)
        assert status == 0, err
        account.add(A, 1)
        status, err = export(server.url, "--channel-id", A, "--channel-id", B, "--channel-id", C)
        assert status == 0, err
        assert "4 reviews written" in err  # C whole, A's new one
    found = versions(tmp_path / "out.jsonl")
    assert len(found) == len(set(found)) == 13


def test_reviews_naming_no_usable_channel_are_exported_once(
    export: Callable[..., tuple[int, str]], tmp_path: Path
) -> None:
    account = Account()
    account.add(A, 2)
    for lie in (None, 7, ["chl-a"], "", "chl-a,chl-b"):
        account.add(lie, 1)
    account.add(B, 2)
    with serve(account) as server:
        for _ in range(2):
            status, err = export(server.url, "--all-channels")
            assert status == 0, err
    found = versions(tmp_path / "out.jsonl")
    assert len(found) == len(set(found)) == 9


def test_a_page_out_of_newest_first_order_loses_no_review_behind_it(
    export: Callable[..., tuple[int, str]], tmp_path: Path
) -> None:
    account = Account()  # 3 a page
    account.add(A, 12)
    with serve(account) as server:
        status, err = export(server.url, "--channel-id", A)
        assert status == 0, err
        account.add(A, 2)  # rev-00012, then rev-00013, an hour apart: both after the mark

        def misplaced(items: list[dict[str, object]]) -> list[dict[str, object]]:
            # rev-00012 listed behind a page wholly older than the mark: [13, 11, 10], [9, 8, 7], [12, 6, 5] ...
            late = next(i for i in items if i["id"] == "rev-00012")
            rest = [i for i in items if i is not late]
            return [*rest[:6], late, *rest[6:]]

        account.order = misplaced
        status, err = export(server.url, "--channel-id", A)
        assert status == 0, err
        account.order = lambda items: items
        for _ in range(2):  # the runs after it, in order: what the lie hid is exported, and only once
            status, err = export(server.url, "--channel-id", A)
            assert status == 0, err
    found = versions(tmp_path / "out.jsonl")
    assert len(found) == len(set(found)), "a version was written twice"
    assert {review_id for review_id, _ in found} == {str(i["id"]) for i in account.items}, "a review was lost"
