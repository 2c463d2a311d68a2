"""eTrusted exports: every channel in one walk over getReviews, a mark per channel in the state, so walks
over different sets of channels (or the whole account) continue each other with every version once."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import reviewbridge as rb
from reviewbridge import ExportError, StateError
from reviewbridge._cli import main
from reviewbridge._export import Job, State, run_export

from tests.unit._support import ET_CLIENT_ID, ET_CLIENT_SECRET, ET_TOKEN_PREFIX, etrusted_item, token_body

T0 = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
A, B, C = "chl-a", "chl-b", "chl-c"


class FakeAccount:
    """getReviews over an account: ``channels`` selects (absent: every channel), newest ``updatedAt``
    first with ``orderBy=updatedAt``, ``after`` = the id of the last review of the previous page."""

    def __init__(self, page_size: int = 4) -> None:
        self.page_size = page_size
        self.reviews: dict[str, dict[str, Any]] = {}
        self.clock = T0
        self.requests: list[httpx.Request] = []
        self.fail_after: int | None = None  # answer 500 from this many list requests on

    def add(self, channel: str | None, n: int = 1) -> list[str]:
        ids = []
        for _ in range(n):
            self.clock += dt.timedelta(minutes=10)
            item = copy.deepcopy(etrusted_item(len(self.reviews)))
            item["id"] = f"rev-{len(self.reviews):05d}"
            item["updatedAt"] = self.clock.isoformat()
            if channel is None:
                item.pop("channelRef", None)
            else:
                item["channelRef"] = channel
            self.reviews[item["id"]] = item
            ids.append(item["id"])
        return ids

    def update(self, review_id: str) -> None:
        self.clock += dt.timedelta(minutes=10)
        self.reviews[review_id]["updatedAt"] = self.clock.isoformat()

    def versions(self, *channels: str) -> set[tuple[str, str]]:
        return {
            (r["id"], dt.datetime.fromisoformat(r["updatedAt"]).isoformat())
            for r in self.reviews.values()
            if not channels or r.get("channelRef") in channels
        }

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body(ET_TOKEN_PREFIX + "1"))
        assert request.url.path == "/reviews"
        self.requests.append(request)
        if self.fail_after is not None and len(self.requests) > self.fail_after:
            return httpx.Response(500)
        params = request.url.params
        assert params["orderBy"] == "updatedAt" and params["ignoreStatements"] == "false"
        named = params.get("channels")
        items = [r for r in self.reviews.values() if named is None or r.get("channelRef") in named.split(",")]
        items.sort(key=lambda r: (r["updatedAt"], r["id"]), reverse=True)
        if "after" in params:
            ids = [r["id"] for r in items]
            items = items[ids.index(params["after"]) + 1 :]
        page = items[: self.page_size]
        after = page[-1]["id"] if len(items) > self.page_size else ""
        body = {"totalElements": 0, "paging": {"count": len(page), "cursor": {"before": None, "after": after}}}
        return httpx.Response(200, json={**body, "items": page})

    def factory(self, job: Job) -> rb.ETrusted:
        client = rb.ETrusted(
            ET_CLIENT_ID,
            ET_CLIENT_SECRET,
            base_url="https://et.example",
            max_retries=0,
            http_client=httpx.Client(transport=httpx.MockTransport(self.handler)),
        )
        return client


def export(api: FakeAccount, out: Path, state: Path, *scopes: dict[str, Any]) -> list[int]:
    jobs = [Job("etrusted", dict(scope)) for scope in scopes]
    return [r.written for r in run_export(jobs, out=str(out), state_path=state, client_factory=api.factory)]


def written(out: Path) -> list[tuple[str, str]]:
    return [(r["id"], r["updated_at"]) for r in map(json.loads, out.read_text().splitlines())]


def exactly_once(out: Path, api: FakeAccount, *channels: str) -> None:
    found = written(out)
    assert len(found) == len(set(found)), "a version was written twice"
    assert set(found) >= api.versions(*channels)


def interrupt(api: FakeAccount, out: Path, state: Path, scope: dict[str, Any], after: int) -> None:
    """An export of ``scope`` that fails once ``after`` list requests are answered (the walk unfinished)."""
    api.fail_after = after
    with pytest.raises(rb.InternalServerError):
        export(api, out, state, scope)
    api.fail_after = None


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "out.jsonl", tmp_path / "state.json"


def test_several_channels_are_one_walk_with_a_mark_each(files: tuple[Path, Path]) -> None:
    out, state = files
    api = FakeAccount()
    api.add(A, 5), api.add(B, 6), api.add(C, 3)
    assert export(api, out, state, {"channel_id": [B, A]}) == [11]
    assert {r.url.params["channels"] for r in api.requests} == {f"{A},{B}"}
    assert len(api.requests) == 3  # 11 reviews, 4 a page: one walk, not one per channel
    exactly_once(out, api, A, B)
    scopes = json.loads(state.read_text())["scopes"]
    assert {f"etrusted:channel_id={A}", f"etrusted:channel_id={B}"} <= set(scopes)
    assert scopes[f"etrusted:channel_id={A}"]["hwm"] == scopes[f"etrusted:channel_id={B}"]["hwm"]
    api.requests.clear()
    assert export(api, out, state, {"channel_id": [A, B]}) == [0]
    # 11 reviews, 4 a page: the second page is wholly older than the mark, the third confirms it (the end)
    assert len(api.requests) == 3
    api.update(api.add(A, 2)[0])
    api.add(B)
    assert export(api, out, state, {"channel_id": [A, B]}) == [3]
    exactly_once(out, api, A, B)


def test_a_channel_added_between_runs_is_walked_whole_the_others_from_their_marks(
    files: tuple[Path, Path],
) -> None:
    out, state = files
    api = FakeAccount()
    api.add(B, 4), api.add(A, 6)
    assert export(api, out, state, {"channel_id": A}) == [6]
    api.add(A, 2), api.add(B, 1)
    api.update("rev-00004")  # a review of A, older than the mark, changes
    assert export(api, out, state, {"channel_id": [A, B]}) == [3 + 5]
    exactly_once(out, api, A, B)
    api.add(C, 2)
    assert export(api, out, state, {"channel_id": [A, B, C]}) == [2]
    assert export(api, out, state, {"channel_id": [A, B, C]}) == [0]
    assert export(api, out, state, {"channel_id": B}) == [0]  # a smaller set continues too
    exactly_once(out, api, A, B, C)


def test_state_of_the_per_channel_export_keeps_working(files: tuple[Path, Path]) -> None:
    """A state file as the export wrote it when it walked one scope per channel, marks apart."""
    out, state = files
    api = FakeAccount()
    api.add(A, 5)
    assert export(api, out, state, {"channel_id": A}) == [5]
    api.add(B, 3)
    api.add(A, 1)
    assert export(api, out, state, {"channel_id": B}) == [3]
    saved = json.loads(state.read_text())
    assert saved["version"] == 1
    assert set(saved["scopes"]) == {f"etrusted:channel_id={A}", f"etrusted:channel_id={B}"}
    old = saved["scopes"][f"etrusted:channel_id={A}"]
    # the old format: nothing but a mark and its boundary (and the digest store's counters, kept beside)
    assert set(old) - {"store_seq", "scans"} == {"hwm", "boundary"}
    api.add(B, 2)
    assert export(api, out, state, {"channel_id": [A, B]}) == [1 + 2]
    exactly_once(out, api, A, B)


def test_an_old_state_file_written_by_hand(files: tuple[Path, Path]) -> None:
    out, state = files
    api = FakeAccount()
    first = api.add(A, 3)
    api.add(B, 2)
    mark = api.reviews[first[-1]]["updatedAt"]
    # What the per-channel export left after exporting A's three reviews (and nothing of B).
    lines = [json.dumps({"id": i, "updated_at": api.reviews[i]["updatedAt"]}) + "\n" for i in first]
    out.write_text("".join(lines))
    version = f"{first[-1]}@{dt.datetime.fromisoformat(mark).isoformat()}"
    scopes = {f"etrusted:channel_id={A}": {"hwm": mark, "boundary": [version]}}
    state.write_text(
        json.dumps(
            {"version": 1, "output": str(out.resolve()), "format": "jsonl", "output_offset": out.stat().st_size}
            | {"scopes": scopes}
        )
    )
    assert export(api, out, state, {"channel_id": [A, B]}) == [2]
    exactly_once(out, api, A, B)


def test_all_channels_then_named_then_all_again(files: tuple[Path, Path]) -> None:
    out, state = files
    api = FakeAccount()
    api.add(A, 3), api.add(B, 3)
    assert export(api, out, state, {"channel_id": A}) == [3]
    assert export(api, out, state, {"all_channels": True}) == [3]  # B whole, A skipped by its mark
    assert all("channels" not in r.url.params for r in api.requests[-2:])
    api.add(C, 2)  # a new channel of the account
    api.add(A, 1)
    assert export(api, out, state, {"channel_id": [A, B]}) == [1]
    assert export(api, out, state, {"all_channels": True}) == [2]
    assert export(api, out, state, {"channel_id": C}) == [0]  # the account's walk covered C
    assert export(api, out, state, {"all_channels": True}) == [0]
    exactly_once(out, api)


def test_reviews_without_a_channel_are_kept_by_the_walk(files: tuple[Path, Path]) -> None:
    out, state = files
    api = FakeAccount()
    api.add(A, 2), api.add(None, 2), api.add(B, 1)
    assert export(api, out, state, {"all_channels": True}) == [5]
    assert export(api, out, state, {"all_channels": True}) == [0]
    exactly_once(out, api)


@pytest.mark.parametrize("lie", [123, {"id": "chl-a"}, "", "chl-a,chl-b", None, "chl-not-asked-for"])
def test_a_server_lying_about_channels_writes_nothing_twice(files: tuple[Path, Path], lie: object) -> None:
    out, state = files
    api = FakeAccount()
    api.add(A, 3), api.add(B, 3)
    for review_id in ("rev-00001", "rev-00004"):
        api.reviews[review_id]["channelRef"] = lie
    handler = api.handler

    def lying(request: httpx.Request) -> httpx.Response:  # the lying records are listed for A and B alike
        response = handler(request)
        if request.url.path == "/reviews" and response.status_code == 200:
            body = json.loads(response.content)
            listed = {r["id"] for r in body["items"]}
            body["items"] += [r for i, r in api.reviews.items() if r["channelRef"] == lie and i not in listed]
            return httpx.Response(200, json=body)
        return response

    api.handler = lying  # type: ignore[method-assign]
    assert sum(export(api, out, state, {"channel_id": [A, B]})) == 6
    api.add(A)
    assert sum(export(api, out, state, {"channel_id": [A, B]})) == 1
    assert sum(export(api, out, state, {"channel_id": [A, B]})) == 0
    exactly_once(out, api)


def test_an_interrupted_walk_must_be_finished_before_its_channels_join_another(files: tuple[Path, Path]) -> None:
    out, state = files
    api = FakeAccount(page_size=3)
    api.add(A, 5), api.add(B, 5), api.add(C, 4)
    interrupt(api, out, state, {"channel_id": [A, B]}, after=2)
    for scope in ({"channel_id": [A, B, C]}, {"channel_id": A}, {"all_channels": True}):
        with pytest.raises(StateError, match=f"export of etrusted:channel_id={A},{B} was interrupted"):
            export(api, out, state, scope)
    assert export(api, out, state, {"channel_id": [B, A]}) == [4]  # 6 written before the failure
    assert export(api, out, state, {"channel_id": [A, B, C]}) == [4]
    exactly_once(out, api)


def test_an_interrupted_walk_of_one_channel_continues_from_its_cursor(files: tuple[Path, Path]) -> None:
    out, state = files
    api = FakeAccount(page_size=2)
    api.add(A, 7), api.add(B, 2)
    interrupt(api, out, state, {"channel_id": A}, after=2)
    saved = json.loads(state.read_text())["scopes"][f"etrusted:channel_id={A}"]
    assert saved["running"] and saved["resume"] == {"after": written(out)[-1][0]}
    with pytest.raises(StateError, match="run that export again as it was"):
        export(api, out, state, {"channel_id": [A, B]})
    api.requests.clear()
    assert export(api, out, state, {"channel_id": A}) == [3]
    assert api.requests[0].url.params["after"] == saved["resume"]["after"]
    assert export(api, out, state, {"channel_id": [A, B]}) == [2]
    exactly_once(out, api)


@pytest.mark.parametrize(
    "scopes",
    [
        ({"channel_id": [A, B]}, {"channel_id": B}),
        ({"channel_id": A}, {"all_channels": True}),
        ({"all_channels": True}, {}),
    ],
)
def test_two_scopes_of_one_export_may_not_share_a_channel(
    files: tuple[Path, Path], scopes: tuple[dict[str, Any], ...]
) -> None:
    out, state = files
    api = FakeAccount()
    api.add(A, 1)
    with pytest.raises(ExportError, match=r"both cover|listed twice"):
        export(api, out, state, *scopes)
    assert not out.exists() and api.requests == []


def test_marks_across_a_sigkill_like_stop_between_write_and_state(
    files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    out, state = files
    api = FakeAccount(page_size=3)
    api.add(A, 4), api.add(B, 4)
    export(api, out, state, {"channel_id": A})
    api.add(A, 3), api.add(B, 3)
    real_save = State.save
    for crash_at in (2, 1, 3):
        calls = {"n": 0}

        def save(self: State, crash_at: int = crash_at, calls: dict[str, int] = calls) -> None:
            calls["n"] += 1
            if calls["n"] == crash_at:
                raise KeyboardInterrupt  # the page is in the output, the state does not know it yet
            real_save(self)

        monkeypatch.setattr(State, "save", save)
        with pytest.raises(KeyboardInterrupt):
            export(api, out, state, {"channel_id": [A, B]})
        api.add(B)
    monkeypatch.setattr(State, "save", real_save)
    export(api, out, state, {"channel_id": [A, B]})  # finishes the interrupted walk
    assert export(api, out, state, {"channel_id": [A, B]}) == [3]  # what came after that walk began
    assert export(api, out, state, {"channel_id": [A, B]}) == [0]
    exactly_once(out, api)


def test_cli_channels_in_one_walk_and_all_channels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    api = FakeAccount()
    api.add(A, 2), api.add(B, 3)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    base = ["export", "etrusted", "--out", str(out), "--state", str(state)]
    assert main([*base, "--channel-id", A, "--channel-id", B], client_factory=api.factory) == 0
    assert f"etrusted:channel_id={A},{B}: 5 reviews written" in capsys.readouterr().err
    api.add(C, 1)
    assert main([*base, "--all-channels"], client_factory=api.factory) == 0
    assert "etrusted:all_channels=True: 1 review written" in capsys.readouterr().err
    assert main([*base, "--all-channels", "--channel-id", A], client_factory=api.factory) == 2
    assert "name no channels" in capsys.readouterr().err
    monkeypatch.setenv("ET_ID", ET_CLIENT_ID)
    monkeypatch.setenv("ET_SECRET", ET_CLIENT_SECRET)
    config = tmp_path / "export.toml"
    config.write_text(
        'output = "out.jsonl"\nstate = "state.json"\n[[export]]\nprovider = "etrusted"\nall_channels = true\n'
        'client_id_env = "ET_ID"\nclient_secret_env = "ET_SECRET"\n'
    )
    api.add(A, 1)
    assert main(["export", "--all", "--config", str(config)], client_factory=api.factory) == 0
    assert "etrusted:all_channels=True: 1 review written" in capsys.readouterr().err
    config.write_text('[[export]]\nprovider = "etrusted"\n')
    assert main(["export", "--all", "--config", str(config), "--out", str(out)], client_factory=api.factory) == 1
    assert "channel_id (or all_channels = true)" in capsys.readouterr().err
    exactly_once(out, api)


def test_cli_needs_channels_or_all_channels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "etrusted", "--out", str(tmp_path / "o.jsonl")]) == 2
    assert "etrusted needs --channel-id (repeat it for several) or --all-channels" in capsys.readouterr().err


def test_a_channel_seen_only_before_an_account_walk_was_interrupted_is_covered_by_its_end(
    files: tuple[Path, Path],
) -> None:
    out, state = files
    api = FakeAccount(page_size=2)
    api.add(C, 3), api.add(A, 2), api.add(B, 2)  # C's reviews are the oldest: the last pages of the walk
    interrupt(api, out, state, {"all_channels": True}, after=3)
    api.add(C, 1)
    assert export(api, out, state, {"all_channels": True}) == [1]  # finishes: the last page, C's oldest
    # A was seen only by the run's first attempt; the account's walk covered it all the same.
    assert export(api, out, state, {"channel_id": A}) == [0]
    assert export(api, out, state, {"channel_id": [A, B, C]}) == [1]  # C's new one
    exactly_once(out, api)


@pytest.mark.parametrize("parts", [[1], "chl-a", ["chl-a,chl-b"], [""]])
def test_run_parts_that_are_not_partition_names_are_refused(files: tuple[Path, Path], parts: object) -> None:
    out, state = files
    out.write_text("")
    entry = {"hwm": None, "boundary": [], "running": True, "resume": None, "run_parts": parts}
    document = {"version": 1, "output": str(out.resolve()), "format": "jsonl", "output_offset": 0}
    state.write_text(json.dumps({**document, "scopes": {"etrusted:all_channels=True": entry}}))
    with pytest.raises(StateError, match="run_parts is not a list of partition names"):
        export(FakeAccount(), out, state, {"all_channels": True})


def test_a_walk_with_other_filters_keeps_marks_of_its_own_beside_an_interrupted_one(files: tuple[Path, Path]) -> None:
    out, state = files
    api = FakeAccount(page_size=3)
    api.add(A, 5), api.add(B, 5)
    interrupt(api, out, state, {"channel_id": [A, B]}, after=2)
    before = json.loads(state.read_text())["scopes"]
    # Another set of filters shares no mark with the interrupted walk: it is not refused, and moves none of it.
    assert export(api, out, state, {"channel_id": A, "has_reply": True}) == [5]
    after = json.loads(state.read_text())["scopes"]
    assert {k: v for k, v in after.items() if "[" not in k} == before
    narrowed = sorted(k for k in after if "[" in k)
    assert narrowed == [f"etrusted:channel_id={A} [has_reply=true]"]
    assert after[narrowed[0]]["hwm"] is not None
    # The interrupted walk, as it was, finishes where it stopped; with the filters again, nothing is new.
    assert export(api, out, state, {"channel_id": [A, B]}) == [4]
    assert export(api, out, state, {"channel_id": [A], "has_reply": True}) == [0]
    # Interrupted with the filters, it bars only walks with the same filters over its channels.
    api.add(A, 5)
    interrupt(api, out, state, {"channel_id": [A], "has_reply": True}, after=len(api.requests) + 1)
    with pytest.raises(StateError, match=r"export of etrusted:channel_id=chl-a \[has_reply=true\] was interrupted"):
        export(api, out, state, {"channel_id": [A, B], "has_reply": True})
    assert export(api, out, state, {"channel_id": [A, B]}) == [5]
