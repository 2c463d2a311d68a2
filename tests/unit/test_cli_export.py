"""The export engine and command line against an in-memory TestFreaks API (httpx.MockTransport)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
import reviewbridge as rb
from reviewbridge import ExportError, StateError
from reviewbridge import TestFreaks as TFClient
from reviewbridge._cli import main
from reviewbridge._export import Job, State, lock_state, run_export
from reviewbridge._providers import REGISTRY

T0 = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


class FakeTestFreaks:
    """Reviews ordered by updated_at, ``after`` cursor, ``updated_after`` filter, pages of ``limit``."""

    def __init__(self, count: int, page_size: int = 10) -> None:
        self.page_size = page_size
        self.reviews: dict[str, dict[str, Any]] = {}
        self.clock = T0
        for _ in range(count):
            self.add()
        self.requests = 0

    def add(self, review_id: str | None = None) -> None:
        self.clock += dt.timedelta(seconds=1)
        rid = review_id or f"r{len(self.reviews):04d}"
        self.reviews[rid] = {
            "id": rid,
            "score": 4,
            "score_max": 5,
            "extract": f"text of {rid}",
            "pros": ["good", "cheap"],
            "cons": [],
            "updated_at": self.clock.isoformat(),
            "date": T0.isoformat(),
        }

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        params = request.url.params
        items = sorted(self.reviews.values(), key=lambda r: (r["updated_at"], r["id"]))
        if "updated_after" in params:
            floor = dt.datetime.fromisoformat(params["updated_after"])
            items = [r for r in items if dt.datetime.fromisoformat(r["updated_at"]) >= floor]
        if "after" in params:
            stamp, _, rid = params["after"].partition("|")
            items = [r for r in items if (r["updated_at"], r["id"]) > (stamp, rid)]
        page = items[: self.page_size]
        links: dict[str, Any] = {}
        if len(items) > self.page_size:
            last = page[-1]
            # Only the cursor: the facade would pass a repeated updated_after on as a string (see report).
            links["next"] = str(httpx.URL("/v1/reviews", params={"after": f"{last['updated_at']}|{last['id']}"}))
        return httpx.Response(200, json={"data": page, "links": links})

    def factory(self, job: Job) -> TFClient:
        return TFClient(
            api_key="secret-key",
            base_url="https://tf.example",
            http_client=httpx.Client(transport=httpx.MockTransport(self.handler)),
        )


JOB = Job("testfreaks", {"client_id": "shop"})


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def export(api: FakeTestFreaks, out: Path, state: Path | None, **kwargs: Any) -> int:
    results = run_export([JOB], out=str(out), state_path=state, client_factory=api.factory, **kwargs)
    return sum(r.written for r in results)


def test_full_export_jsonl_fields(tmp_path: Path) -> None:
    api = FakeTestFreaks(25)
    out = tmp_path / "out.jsonl"
    assert export(api, out, None) == 25
    records = lines(out)
    assert [r["id"] for r in records] == sorted(api.reviews)
    first = records[0]
    assert first["provider"] == "testfreaks"
    assert first["pros"] == ["good", "cheap"]
    assert first["updated_at"].endswith("+00:00")
    assert first["raw"]["extract"] == "text of r0000"


def test_csv_header_once_and_pros_joined(tmp_path: Path) -> None:
    api = FakeTestFreaks(15)
    out, state = tmp_path / "out.csv", tmp_path / "state.json"
    export(api, out, state, fmt="csv")
    api.add()
    export(api, out, state, fmt="csv")
    rows = out.read_text().splitlines()
    assert rows[0].startswith("provider,id,")
    assert sum(row.startswith("provider,") for row in rows) == 1
    assert len(rows) == 17
    assert "good | cheap" in rows[1]


def test_csv_bom_starts_the_file_once_whatever_runs_append(tmp_path: Path) -> None:
    bom = "\ufeff".encode()
    api = FakeTestFreaks(15)
    api.reviews["r0001"]["extract"] = "schön und gemütlich"
    out, state = tmp_path / "out.csv", tmp_path / "state.json"
    argv = ["export", "testfreaks", "--client-id", "shop", "--format", "csv", "--csv-bom", "--out", str(out)]
    assert main([*argv, "--state", str(state)], client_factory=api.factory) == 0
    api.add("r0002")  # a changed review and a new one: appended by the next run
    api.add()
    assert main([*argv, "--state", str(state)], client_factory=api.factory) == 0
    data = out.read_bytes()
    assert data.startswith(bom + b"provider,id,")
    assert data.count(bom) == 1
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 17 and "provider" in rows[0]
    assert [r["text"] for r in rows if r["id"] == "r0001"] == ["schön und gemütlich"]
    # A one-off export (replaced whole) starts with it too; without the flag there is none.
    one_off = tmp_path / "one.csv"
    assert main([*argv[:-1], str(one_off)], client_factory=api.factory) == 0
    assert one_off.read_bytes().startswith(bom + b"provider,") and one_off.read_bytes().count(bom) == 1
    plain = tmp_path / "plain.csv"
    assert main([a for a in argv[:-1] if a != "--csv-bom"] + [str(plain)], client_factory=api.factory) == 0
    assert plain.read_bytes().startswith(b"provider,")


def test_csv_bom_is_for_csv_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["export", "testfreaks", "--client-id", "shop", "--csv-bom", "--out", str(tmp_path / "o.jsonl")]
    assert main(argv, client_factory=FakeTestFreaks(1).factory) == 2
    assert "--csv-bom applies to --format csv only" in capsys.readouterr().err
    assert not (tmp_path / "o.jsonl").exists()


def test_second_run_writes_nothing_then_only_changes(tmp_path: Path) -> None:
    api = FakeTestFreaks(42)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    assert export(api, out, state) == 42
    assert export(api, out, state) == 0  # the overlap window comes back; the boundary drops it
    api.add("r0003")  # an update: a new version
    api.add()  # a new review
    assert export(api, out, state) == 2
    keys = [(r["id"], r["updated_at"]) for r in lines(out)]
    assert len(keys) == len(set(keys)) == 44
    saved = json.loads(state.read_text())
    assert saved["version"] == 1
    assert saved["output_offset"] == out.stat().st_size
    assert "resume" not in saved["scopes"]["testfreaks:client_id=shop"]


class Crash(Exception):
    pass


def test_exactly_once_across_crashes_between_write_and_state_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = FakeTestFreaks(95, page_size=7)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    real_save = State.save
    for crash_at in (1, 3, 2, 5, 4, 1):
        calls = {"n": 0}

        def save(self: State, crash_at: int = crash_at, calls: dict[str, int] = calls) -> None:
            calls["n"] += 1
            if calls["n"] == crash_at:
                raise Crash  # the page is in the output and fsynced, the state does not know it yet
            real_save(self)

        monkeypatch.setattr(State, "save", save)
        with pytest.raises(Crash):
            export(api, out, state)
        api.add()  # the API moves on between runs
        api.add(f"r{crash_at:04d}")
    monkeypatch.setattr(State, "save", real_save)
    export(api, out, state)
    assert export(api, out, state) == 0
    keys = [(r["id"], r["updated_at"]) for r in lines(out)]
    assert len(keys) == len(set(keys))
    expected = {(r["id"], r["updated_at"]) for r in api.reviews.values()}
    assert expected <= set(keys)


def test_torn_page_is_cut_back(tmp_path: Path) -> None:
    api = FakeTestFreaks(30)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    export(api, out, state)
    with out.open("ab") as handle:
        handle.write(b'{"half a line')
    api.add()
    assert export(api, out, state) == 1
    assert len(lines(out)) == 31


def test_corrupt_state_is_refused_and_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    api = FakeTestFreaks(5)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    out.write_text("keep me\n")
    state.write_text("{not json")
    argv = ["export", "testfreaks", "--out", str(out), "--state", str(state)]
    assert main(argv, client_factory=api.factory) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("reviewbridge: error: state file") and "corrupt" in err[0]
    assert state.read_text() == "{not json"
    assert out.read_text() == "keep me\n"
    assert api.requests == 0


def test_lock_held(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    api = FakeTestFreaks(5)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    with lock_state(state):
        assert main(["export", "testfreaks", "--out", str(out), "--state", str(state)], client_factory=api.factory) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "another export" in err[0]
    assert not out.exists() and not state.exists()


def test_concurrent_runs_one_wins(tmp_path: Path) -> None:
    api = FakeTestFreaks(5)
    state = tmp_path / "state.json"
    with lock_state(state), pytest.raises(Exception, match="another export"):
        export(api, tmp_path / "o.jsonl", state)
    assert threading.active_count() >= 1


#: each provider with a required scope option -> that option's flag
REQUIRED = {
    name: next(o.flag for o in info.options if o.required)
    for name, info in REGISTRY.items()
    if any(o.required for o in info.options)
}


def test_bad_inputs_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REVIEWBRIDGE_TESTFREAKS_API_KEY", raising=False)
    out = tmp_path / "out.jsonl"
    cases = [
        (["export", "nope", "--out", str(out)], "unknown provider"),
        (["export", "testfreaks", "--out", str(out), "--since", "yesterday"], "--since"),
        (["export", "testfreaks", "--out", str(out)], "REVIEWBRIDGE_TESTFREAKS_API_KEY"),
        # every provider's first required scope flag, when it is missing
        *((["export", name, "--out", str(out)], flag) for name, flag in REQUIRED.items()),
        (["export", "testfreaks", "--out", str(tmp_path / "no" / "dir.jsonl")], "REVIEWBRIDGE_TESTFREAKS_API_KEY"),
    ]
    for argv, expected in cases:
        assert main(argv) != 0
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1, err
        assert err[0].startswith("reviewbridge: error: ") and expected in err[0], err
    assert not out.exists()


def test_unwritable_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    api = FakeTestFreaks(3)
    state = tmp_path / "state.json"
    argv = ["export", "testfreaks", "--out", str(tmp_path / "no" / "x.jsonl"), "--state", str(state)]
    assert main(argv, client_factory=api.factory) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "No such file" in err[0]
    assert not state.exists()


def test_cli_summary_and_no_secret(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    api = FakeTestFreaks(12)
    out = tmp_path / "out.jsonl"
    assert main(["export", "testfreaks", "--client-id", "shop", "--out", str(out)], client_factory=api.factory) == 0
    err = capsys.readouterr().err
    assert "testfreaks:client_id=shop: 12 reviews written" in err
    assert "secret-key" not in err


def test_state_with_stdout_refused() -> None:
    with pytest.raises(ExportError):
        run_export([JOB], out="-", state_path=Path("s.json"))


def test_providers_lists_all(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["providers"]) == 0
    out = capsys.readouterr().out
    for name in REGISTRY:
        assert name in out


def test_config_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_TF_KEY", "k")
    api_a, api_b = FakeTestFreaks(20), FakeTestFreaks(9)
    config = tmp_path / "export.toml"
    config.write_text(
        'output = "all.jsonl"\nstate = "all.state"\n'
        '[[export]]\nprovider = "testfreaks"\nclient_id = "a"\napi_key_env = "MY_TF_KEY"\n'
        '[[export]]\nprovider = "testfreaks"\nclient_id = "b"\napi_key_env = "MY_TF_KEY"\n'
    )

    def factory(job: Job) -> TFClient:
        assert job.credentials == {"api_key": "k"}
        return (api_a if job.filters["client_id"] == "a" else api_b).factory(job)

    assert main(["export", "--all", "--config", str(config)], client_factory=factory) == 0
    assert len(lines(tmp_path / "all.jsonl")) == 29
    assert main(["export", "--all", "--config", str(config)], client_factory=factory) == 0
    assert len(lines(tmp_path / "all.jsonl")) == 29


def test_config_refuses_secret_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "export.toml"
    config.write_text('output = "x.jsonl"\n[[export]]\nprovider = "testfreaks"\napi_key = "hunter2"\n')
    assert main(["export", "--all", "--config", str(config)]) == 1
    err = capsys.readouterr().err
    assert "api_key_env" in err and "hunter2" not in err


def test_sandbox_is_an_alias_of_reviewbridge_sandbox(capfd: pytest.CaptureFixture[str]) -> None:
    assert main(["sandbox", "--help"]) == 0
    assert "usage: reviewbridge-sandbox" in capfd.readouterr().out
    assert main(["sandbox", "nosuch"]) == 2
    assert "invalid choice: 'nosuch'" in capfd.readouterr().err


def test_failed_export_without_state_keeps_the_old_output(tmp_path: Path) -> None:
    out = tmp_path / "keep.jsonl"
    out.write_bytes(b"old content\n")

    class Broken(FakeTestFreaks):
        def handler(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(401, json={"errors": ["Invalid API key"]})

    with pytest.raises(rb.AuthenticationError):
        export(Broken(3), out, None)
    assert out.read_bytes() == b"old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.jsonl"]  # no temporary file left behind


def test_new_state_refuses_an_output_with_content(tmp_path: Path) -> None:
    out, state = tmp_path / "old.jsonl", tmp_path / "state.json"
    out.write_bytes(b"a\nb\n")
    with pytest.raises(ExportError, match="already has content"):
        export(FakeTestFreaks(3), out, state)
    assert out.read_bytes() == b"a\nb\n" and not state.exists()


def test_output_and_state_must_differ(tmp_path: Path) -> None:
    same = tmp_path / "same.json"
    with pytest.raises(ExportError, match="same file"):
        export(FakeTestFreaks(3), same, same)


def test_since_never_goes_back_before_the_mark(tmp_path: Path) -> None:
    api = FakeTestFreaks(20)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    assert export(api, out, state) == 20
    assert export(api, out, state, since=dt.datetime(2000, 1, 1, tzinfo=dt.UTC)) == 0
    assert len(lines(out)) == 20


def test_format_is_fixed_by_the_state(tmp_path: Path) -> None:
    api = FakeTestFreaks(5)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    export(api, out, state)
    before = out.read_bytes()
    with pytest.raises(StateError, match="--format jsonl"):
        export(api, out, state, fmt="csv")
    assert out.read_bytes() == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": True}, "version"),
        ({"scopes": {"testfreaks:client_id=shop": {"hwm": "0001-01-01T00:00:00+00:00"}}}, "usable"),
        ({"scopes": {"testfreaks:client_id=shop": {"running": True, "resume": {"next": "http://x"}}}}, "resume"),
    ],
)
def test_state_with_wrong_contents_is_refused(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    api = FakeTestFreaks(5)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    export(api, out, state)
    data = {**json.loads(state.read_text()), **change}
    state.write_text(json.dumps(data))
    before = state.read_bytes()
    with pytest.raises(StateError, match=message):
        export(api, out, state)
    assert state.read_bytes() == before


def test_config_provider_must_be_a_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "c.toml"
    config.write_text('output = "o.jsonl"\n[[export]]\nprovider = ["testfreaks"]\n')
    assert main(["export", "--all", "--config", str(config)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("reviewbridge: error:") and "provider" in err[0]
