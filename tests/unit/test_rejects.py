"""A record that cannot be read, mapped or written does not stall its scope: export and load set it aside in
a rejects file (reason and record), go on past it, and exit with status 3; ``--strict`` stops at it."""

from __future__ import annotations

import base64
import datetime as dt
import json
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from reviewbridge import TestFreaks as TFClient
from reviewbridge._cli import main
from reviewbridge._export import Job

from tests.e2e.hostile import Request, response_bytes, serve

T0 = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
HALF_AN_EMOJI = "\ud83d"  # a lone surrogate: JSON's grammar allows its escape, UTF-8 cannot hold it


def _nested(depth: int) -> object:
    value: object = 1
    for _ in range(depth):
        value = {"a": value}
    return value


def _record(index: int) -> dict[str, Any]:
    stamp = (T0 + dt.timedelta(minutes=10 * index)).isoformat()
    return {"id": f"r{index:02d}", "score": 4, "score_max": 5, "extract": "text", "updated_at": stamp}


class Listing:
    """TestFreaks' list: ``updated_after``, ``after`` cursor, pages of 5; record 3 holds half an emoji,
    record 6 a member nested 300 deep (read, but deeper than JSON is written), record 8 an id that is a
    list (it cannot be mapped to a review)."""

    def __init__(self, count: int = 12) -> None:
        self.records = [_record(i) for i in range(count)]
        self.records[3]["extract"] = f"great {HALF_AN_EMOJI} coffee"
        self.records[6]["deep"] = _nested(300)
        self.records[8]["id"] = ["r08"]
        self.requests = 0

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        items = self.records
        floor = request.url.params.get("updated_after")
        if floor is not None:
            items = [r for r in items if dt.datetime.fromisoformat(r["updated_at"]) >= dt.datetime.fromisoformat(floor)]
        after = request.url.params.get("after")
        if after is not None:
            items = items[[r["id"] for r in items].index(after) + 1 :]  # the last of a page has a usable id
        page = items[:5]
        links = {"next": str(httpx.URL("/v1/reviews", params={"after": page[-1]["id"]}))} if len(items) > 5 else {}
        body = b'{"data": [' + b", ".join(map(sent, page)) + b'], "links": ' + json.dumps(links).encode() + b"}"
        return httpx.Response(200, content=body)

    def factory(self, job: Job) -> TFClient:
        transport = httpx.MockTransport(self.handler)
        return TFClient(api_key="sk-test", base_url="https://tf.example", http_client=httpx.Client(transport=transport))


def sent(record: dict[str, Any]) -> bytes:
    """A record's bytes as the server sends them: indented, a price spelled ``1.50`` (written again as JSON,
    neither survives), the surrogate as its escape (ASCII JSON), not as bytes UTF-8 cannot hold."""
    return (
        json.dumps({**record, "price": 0}, ensure_ascii=True, indent=1)
        .encode()
        .replace(b'"price": 0', b'"price": 1.50')
    )


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="ascii").splitlines()]


def _check_rejects(path: Path) -> None:
    rejects = _lines(path)  # page by page; on a page, what could not be read before what could not be written
    assert [(r["id"], r["scope"]) for r in rejects] == [("r03", SCOPE), (None, SCOPE), ("r06", SCOPE)]
    assert "not valid text" in rejects[0]["reason"] and HALF_AN_EMOJI in json.loads(rejects[0]["raw"])["extract"]
    assert "record 4 on the page" in rejects[1]["reason"] and json.loads(rejects[1]["raw"])["id"] == ["r08"]
    assert "nested too deeply" in rejects[2]["reason"] and json.loads(rejects[2]["raw"])["deep"] == _nested(300)
    # Each record's bytes exactly as the server sent them, as text and in base64.
    records = Listing().records
    for reject, index in zip(rejects, (3, 8, 6), strict=True):
        assert reject["raw"].encode() == sent(records[index])
        assert base64.b64decode(reject["raw_base64"]) == sent(records[index])


SCOPE = "testfreaks:client_id=shop"
EXPORT = ["export", "testfreaks", "--client-id", "shop"]


def test_export_sets_bad_records_aside_and_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    api = Listing()
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    assert main([*EXPORT, "--out", str(out), "--state", str(state)], client_factory=api.factory) == 3
    written = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert written == [f"r{i:02d}" for i in range(12) if i not in (3, 6, 8)]
    _check_rejects(tmp_path / "out.rejects.jsonl")
    err = capsys.readouterr().err
    assert f"3 record(s) could not be used and were set aside in {tmp_path / 'out.rejects.jsonl'}" in err
    # The mark went past them: the next run finds nothing new, and sets nothing aside again.
    assert main([*EXPORT, "--out", str(out), "--state", str(state)], client_factory=api.factory) == 0
    assert len(_lines(tmp_path / "out.rejects.jsonl")) == 3


def test_export_strict_stops_at_the_first_bad_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    api = Listing()
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    assert main([*EXPORT, "--out", str(out), "--state", str(state), "--strict"], client_factory=api.factory) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "'r03'" in err[0] and "--strict stops at it" in err[0], err
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == []  # its page is not recorded
    assert not (tmp_path / "out.rejects.jsonl").exists()


def test_load_sets_bad_records_aside_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("dlt")
    import duckdb

    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
    api = Listing()
    database = tmp_path / "reviews.duckdb"
    load = ["load", "testfreaks", "--client-id", "shop", "--to", str(database)]
    assert main(load, client_factory=api.factory) == 3
    with duckdb.connect(str(database), read_only=True) as db:
        ids = sorted(i for (i,) in db.execute("SELECT id FROM reviewbridge.reviews").fetchall())
    assert ids == [f"r{i:02d}" for i in range(12) if i not in (3, 6, 8)]
    _check_rejects(tmp_path / "reviews.rejects.jsonl")
    assert "3 record(s) could not be used and were set aside" in capsys.readouterr().err
    assert main(load, client_factory=api.factory) == 0
    assert main([*load, "--strict"], client_factory=api.factory) == 0  # nothing new, nothing bad met


def test_load_strict_stops_at_the_first_bad_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("dlt")
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
    load = ["load", "testfreaks", "--client-id", "shop", "--to", str(tmp_path / "reviews.duckdb"), "--strict"]
    assert main(load, client_factory=Listing().factory) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "'r03'" in err[0] and "--strict stops at it" in err[0], err


def _respond(api: Listing) -> Callable[[Request, socket.socket], None]:
    """``api`` as a server on 127.0.0.1 answers."""

    def respond(request: Request, conn: socket.socket) -> None:
        answer = api.handler(httpx.Request(request.method, f"http://127.0.0.1{request.target}"))
        conn.sendall(response_bytes(answer.status_code, answer.content, {"Content-Type": "application/json"}))

    return respond


def _dlt_load(tmp_path: Path, url: str, **options: Any) -> list[str]:
    """Load the listing at ``url`` with ``reviewbridge.dlt`` into a DuckDB file; the ids in the table."""
    import dlt
    import duckdb
    from reviewbridge.dlt import Scope, reviews_source

    scope = Scope("testfreaks", {"client_id": "shop"}, credentials={"api_key": "sk-test"}, base_url=url)
    database = tmp_path / "reviews.duckdb"
    pipeline = dlt.pipeline(
        "rejects", destination=dlt.destinations.duckdb(str(database)), pipelines_dir=str(tmp_path / "pipelines")
    )
    pipeline.run(reviews_source([scope], **options))
    with duckdb.connect(str(database), read_only=True) as db:
        return sorted(i for (i,) in db.execute("SELECT id FROM rejects_dataset.reviews").fetchall())


@pytest.fixture
def dlt_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    pytest.importorskip("dlt")
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
    monkeypatch.chdir(tmp_path)  # where the default rejects file goes
    return tmp_path


def test_the_dlt_source_sets_bad_records_aside_by_default(dlt_here: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A library user's pipeline does not stall at a bad record either: by default it goes to
    reviewbridge.rejects.jsonl in the working directory, with a warning naming the file."""
    with serve(_respond(Listing())) as server:
        assert _dlt_load(dlt_here, server.url) == [f"r{i:02d}" for i in range(12) if i not in (3, 6, 8)]
    _check_rejects(dlt_here / "reviewbridge.rejects.jsonl")
    warned = [r.getMessage() for r in caplog.records if r.name == "reviewbridge" and r.levelname == "WARNING"]
    assert len(warned) == 3 and all("reviewbridge.rejects.jsonl" in line for line in warned), warned


def test_the_dlt_source_takes_a_rejects_file_or_stops_when_strict(dlt_here: Path) -> None:
    from dlt.pipeline.exceptions import PipelineStepFailed

    with serve(_respond(Listing())) as server:
        assert len(_dlt_load(dlt_here, server.url, rejects=dlt_here / "aside.jsonl")) == 9
        _check_rejects(dlt_here / "aside.jsonl")
        with pytest.raises(PipelineStepFailed) as info:
            _dlt_load(dlt_here / "strict", server.url, strict=True)
    assert "'r03'" in str(info.value) and "stops at it" in str(info.value)
    assert not (dlt_here / "reviewbridge.rejects.jsonl").exists()
