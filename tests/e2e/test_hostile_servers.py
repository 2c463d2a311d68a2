"""Hostile servers on 127.0.0.1, one class of issue 11 after another: nothing lost, leaked, hung or corrupted.

The client-side classes (bounded resources, network conventions, bad data, lying pages) are here;
the export-side ones (marks, the output, CSV, the terminal) follow below them. One provider is the
example throughout (its pages are what the servers lie in); the cases of a provider's own features
(a token endpoint, planned page numbers) and its credentials in a redirect are in
tests/e2e/test_<p>_hostile.py.
"""

from __future__ import annotations

import csv
import datetime as dt
import fcntl
import gzip
import json
import os
import socket
import ssl
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import reviewbridge as rb
import trustme
from reviewbridge._cli import main

from tests.e2e.hostile import Request, response_bytes, send_json, serve, trickle
from tests.unit._support import tf_item, tf_page

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR")


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def one_page(request: Request, conn: socket.socket) -> None:
    send_json(conn, tf_page([tf_item(1)], None))


# -- bounded resources ----------------------------------------------------------------------------


def _trickling(request: Request, conn: socket.socket) -> None:
    body = b'{"data": [], "links": {}}' + b" " * 2000
    conn.sendall(response_bytes(200, b"", {"Content-Type": "application/json", "Content-Length": str(len(body))}))
    trickle(conn, body, every=0.05, limit=30)


def test_a_trickling_body_is_cut_at_the_timeout() -> None:
    with serve(_trickling) as server:
        client = rb.TestFreaks("key", base_url=server.url, timeout=0.5, max_retries=0)
        with pytest.raises(rb.APITimeoutError):
            list(client.reviews())
        client.close()
    assert "hung up" in server.events  # the client left; the server did not get to finish


async def test_async_a_trickling_body_is_cut_at_the_timeout() -> None:
    with serve(_trickling) as server:
        async with rb.AsyncTestFreaks("key", base_url=server.url, timeout=0.5, max_retries=0) as client:
            with pytest.raises(rb.APITimeoutError):
                [r async for r in client.reviews()]
    assert "hung up" in server.events


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """80 MiB of zeros in well under 1 MiB of gzip: more than the default cap of 64 MiB."""
    return gzip.compress(b"\0" * (80 * 1024 * 1024), compresslevel=6)


@pytest.mark.parametrize("cap", [None, 1024 * 1024])
def test_a_gzip_bomb_stops_at_the_size_cap(gzip_bomb: bytes, cap: int | None) -> None:
    assert len(gzip_bomb) < 1024 * 1024

    def respond(request: Request, conn: socket.socket) -> None:
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        conn.sendall(response_bytes(200, gzip_bomb, headers))

    with serve(respond) as server:
        options = {"max_response_bytes": cap} if cap else {}
        limit = cap or 64 * 1024 * 1024
        with (
            rb.TestFreaks("key", base_url=server.url, max_retries=0, **options) as client,  # type: ignore[arg-type]
            pytest.raises(rb.ResponseParseError, match=f"larger than {limit} bytes"),
        ):
            list(client.reviews())


# -- network conventions --------------------------------------------------------------------------


def _proxy(request: Request, conn: socket.socket) -> None:
    if request.method == "CONNECT":
        conn.sendall(response_bytes(403))
    else:
        send_json(conn, tf_page([tf_item(1)], None))


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_http_proxy_from_the_environment(monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    with serve(_proxy) as proxy:
        monkeypatch.setenv(variable, proxy.url)
        with rb.TestFreaks("key", base_url="http://reviews.invalid", allow_insecure=True, max_retries=0) as client:
            assert [r.id for r in client.reviews()] == ["tf000001"]
    assert [r.target.partition("?")[0] for r in proxy.requests] == ["http://reviews.invalid/v1/reviews"]
    assert proxy.requests[0].headers["authorization"].startswith("Basic ")  # the API's auth, through the proxy


def test_no_proxy_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    with serve(_proxy) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "reviews.invalid")
        client = rb.TestFreaks("key", base_url="http://reviews.invalid", allow_insecure=True, max_retries=0)
        with client, pytest.raises(rb.APIConnectionError):
            list(client.reviews())
    assert proxy.requests == []


def test_https_proxy_tunnels_to_the_api(monkeypatch: pytest.MonkeyPatch) -> None:
    with serve(_proxy) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        client = rb.TestFreaks("key", base_url="https://reviews.invalid", max_retries=0)
        with client, pytest.raises(rb.APIConnectionError):
            list(client.reviews())
    assert [(r.method, r.target) for r in proxy.requests] == [("CONNECT", "reviews.invalid:443")]


@pytest.fixture(scope="module")
def certificate_authority() -> trustme.CA:
    return trustme.CA()


def test_ssl_cert_file_is_honoured(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, certificate_authority: trustme.CA
) -> None:
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    certificate_authority.issue_cert("127.0.0.1").configure_cert(server_context)
    bundle = tmp_path / "ca.pem"
    certificate_authority.cert_pem.write_to_path(str(bundle))
    with serve(one_page, tls=server_context) as server:
        client = rb.TestFreaks("key", base_url=server.url, max_retries=0)
        with client, pytest.raises(rb.APIConnectionError):  # an unknown authority: refused
            list(client.reviews())
        monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
        with rb.TestFreaks("key", base_url=server.url, max_retries=0) as client:
            assert [r.id for r in client.reviews()] == ["tf000001"]


def test_unusable_ssl_cert_file_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    with pytest.raises(rb.ConfigurationError, match="SSL_CERT_FILE"):
        rb.TestFreaks("key", base_url="https://reviews.invalid")


# -- bad data: an error naming the record, or kept ------------------------------------------------


def test_null_ids_are_an_error_naming_the_record_never_a_merge() -> None:
    def respond(request: Request, conn: socket.socket) -> None:
        send_json(conn, tf_page([{**tf_item(1), "id": None}, {**tf_item(2), "id": None}], None))

    with (
        serve(respond) as server,
        rb.TestFreaks("key", base_url=server.url) as client,
        pytest.raises(rb.ResponseParseError, match=r"record 1 on the page .*its id is missing or null"),
    ):
        list(client.reviews())


def test_out_of_range_timestamps_are_kept_as_none_and_raw(tmp_path: Path) -> None:
    stamp = "0001-01-01T00:00:00+05:00"

    def respond(request: Request, conn: socket.socket) -> None:
        send_json(conn, tf_page([{**tf_item(1), "updated_at": stamp, "date": stamp}], None))

    with serve(respond) as server, rb.TestFreaks("key", base_url=server.url) as client:
        (review,) = client.reviews()
    assert review.updated_at is None and review.created_at is None
    assert review.raw_json["updated_at"] == stamp


def test_a_malformed_retry_after_is_ignored() -> None:
    answers = iter([response_bytes(503, b"", {"Retry-After": "\u00b2"}), None])

    def respond(request: Request, conn: socket.socket) -> None:
        answer = next(answers, None)
        if answer is None:
            send_json(conn, tf_page([tf_item(1)], None))
        else:
            conn.sendall(answer.replace(b"\\u00b2", "²".encode()))

    with serve(respond) as server, rb.TestFreaks("key", base_url=server.url) as client:
        client._policy.base_delay = 0
        assert [r.id for r in client.reviews()] == ["tf000001"]
        assert client.retries == 1


# -- lying pages: a walk ends only on the documented end ---------------------------------------


def test_a_server_that_answers_302_then_empty_bodies_loses_nothing_for_a_caller() -> None:
    answers = iter(
        [
            response_bytes(302, b"", {"Location": "/elsewhere"}),
            response_bytes(200, b"", {"Content-Type": "application/json"}),
            response_bytes(200, b"{}", {"Content-Type": "application/json"}),
        ]
    )

    def respond(request: Request, conn: socket.socket) -> None:
        if request.params.get("after") == "1":
            lie = next(answers, None)
            if lie is not None:
                conn.sendall(lie)
                return
            send_json(conn, tf_page([tf_item(2)], None))
        else:
            send_json(conn, tf_page([tf_item(1)], "/v1/reviews?after=1"))

    with serve(respond) as server, rb.TestFreaks("key", base_url=server.url) as client:
        client._policy.base_delay = 0
        assert [r.id for r in client.reviews()] == ["tf000001", "tf000002"]
    assert len(server.requests) == 1 + 3 + 1


# == the export ===================================================================================


class ReviewsAPI:
    """A TestFreaks-shaped list endpoint over ``items`` (by offset, ``size`` a page, ``updated_after``
    honoured); ``lie`` answers instead of the truth while it returns bytes (it sees the request count)."""

    def __init__(self, items: list[dict[str, object]], size: int = 2) -> None:
        self.items = items
        self.size = size
        self.calls = 0
        self.lie: Callable[[Request, int], bytes | None] = lambda request, n: None

    def __call__(self, request: Request, conn: socket.socket) -> None:
        self.calls += 1
        lie = self.lie(request, self.calls)
        if lie is not None:
            conn.sendall(lie)
            return
        since = request.params.get("updated_after")
        chosen = [i for i in self.items if since is None or str(i["updated_at"]) >= since.replace("+00:00", "Z")]
        start = int(request.params.get("after", "0"))
        chunk = chosen[start : start + self.size]
        more = start + self.size < len(chosen)
        send_json(conn, tf_page(chunk, f"/v1/reviews?after={start + self.size}" if more else None))


def _stamped(i: int, when: str) -> dict[str, object]:
    return {**tf_item(i), "updated_at": when}


@pytest.fixture
def export(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str]]:
    """``reviewbridge export testfreaks`` in this process: (exit status, stderr)."""
    monkeypatch.setenv("REVIEWBRIDGE_TESTFREAKS_API_KEY", "hostile-test-key")

    def run(url: str, out: Path | str, *extra: str) -> tuple[int, str]:
        status = main(["export", "testfreaks", "--base-url", url, "--out", str(out), *extra])
        return status, capsys.readouterr().err

    return run


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.mark.parametrize(
    "lie",
    [
        response_bytes(200, b"", {"Content-Type": "application/json"}),
        response_bytes(200, b"{}", {"Content-Type": "application/json"}),
        response_bytes(302, b"", {"Location": "/v1/elsewhere"}),
        response_bytes(200, b'{"data": [{"id": "tf', {"Content-Type": "application/json"}),
    ],
    ids=["empty 200", "{}", "302", "truncated JSON"],
)
def test_a_lie_mid_walk_fails_the_run_and_the_next_run_loses_nothing(
    export: Callable[..., tuple[int, str]], tmp_path: Path, lie: bytes
) -> None:
    api = ReviewsAPI([_stamped(i, f"2024-01-0{i}T00:00:00Z") for i in range(1, 7)])
    api.lie = lambda request, n: lie if request.params.get("after") == "2" else None
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    with serve(api) as server:
        status, err = export(server.url, out, "--state", str(state))
        assert status == 1 and "reviewbridge: error:" in err
        assert json.loads(state.read_text())["scopes"]["testfreaks:"]["hwm"] is None  # no mark from a broken walk
        api.lie = lambda request, n: None
        status, err = export(server.url, out, "--state", str(state))
    assert status == 0, err
    assert sorted(r["id"] for r in _lines(out)) == [f"tf{i:06d}" for i in range(1, 7)]


def test_a_review_from_the_future_is_exported_once_and_does_not_become_the_mark(
    export: Callable[..., tuple[int, str]], tmp_path: Path
) -> None:
    api = ReviewsAPI([_stamped(1, "2024-01-01T00:00:00Z"), _stamped(2, "9999-12-30T00:00:00Z")])
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    with serve(api) as server:
        status, err = export(server.url, out, "--state", str(state))
        assert status == 0, err
        assert err.count("warning:") == 1 and "tf000002 at 9999-12-30" in err
        mark = dt.datetime.fromisoformat(json.loads(state.read_text())["scopes"]["testfreaks:"]["hwm"])
        assert mark <= dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
        # Stamped after the first run ended and well inside the overlap window below its mark (the mark is
        # the first run's clock plus the 5-minute allowance, since tf000002's future stamp is capped): a
        # stamp a second from now lay on the window's edge, inside or out by how fast the next run started.
        later = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
        api.items.append(_stamped(3, later))  # changed after the first run: must not be hidden by the mark
        status, err = export(server.url, out, "--state", str(state))
        assert status == 0, err
        assert "warning:" not in err
        # tf000003, exported within the mark's window, now claims a change from the future: reported,
        # but not written again (its only news is a time nobody can have made a change at yet).
        api.items[2] = _stamped(3, "9999-12-31T23:59:59Z")
        status, err = export(server.url, out, "--state", str(state))
    assert status == 0, err
    assert err.count("warning:") == 1 and "tf000003 at 9999-12-31" in err
    assert [r["id"] for r in _lines(out)] == ["tf000001", "tf000002", "tf000003"]


# -- the output belongs to one run at a time --------------------------------------------------


def test_a_second_run_with_another_state_cannot_write_to_a_locked_output(
    export: Callable[..., tuple[int, str]], tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"")
    with serve(ReviewsAPI([tf_item(1)])) as server, out.open("rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a run writing to it does
        for extra in (("--state", str(tmp_path / "a.json")), ()):
            status, err = export(server.url, out, *extra)
            assert status == 1 and "another export is writing to" in err
    assert out.read_bytes() == b""
    assert not (tmp_path / "a.json").exists()


def test_a_first_run_refuses_an_output_another_state_wrote(
    export: Callable[..., tuple[int, str]], tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    with serve(ReviewsAPI([tf_item(1), tf_item(2), tf_item(3)])) as server:
        assert export(server.url, out, "--state", str(tmp_path / "a.json"))[0] == 0
        before = out.read_bytes()
        status, err = export(server.url, out, "--state", str(tmp_path / "b.json"))
    assert status == 1 and "does not know of" in err
    assert out.read_bytes() == before


def test_a_fifo_is_written_to_not_replaced(export: Callable[..., tuple[int, str]], tmp_path: Path) -> None:
    fifo = tmp_path / "reviews.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    with serve(ReviewsAPI([tf_item(1), tf_item(2)])) as server:
        status, err = export(server.url, fifo)
    reader.join(timeout=30)
    assert status == 0, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [json.loads(line)["id"] for line in received[0].splitlines()] == ["tf000001", "tf000002"]


@pytest.mark.skipif(os.geteuid() != 0, reason="creating a device node needs root")
def test_a_character_device_is_written_to_not_replaced(export: Callable[..., tuple[int, str]], tmp_path: Path) -> None:
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # the same device as /dev/null
    with serve(ReviewsAPI([tf_item(1)])) as server:
        status, err = export(server.url, null)
    assert status == 0, err
    assert stat.S_ISCHR(os.lstat(null).st_mode)


@pytest.mark.parametrize("redirected", [False, True])
def test_dev_stdout_is_written_to_not_replaced(tmp_path: Path, redirected: bool) -> None:
    """``--out`` through a link to /proc/self/fd/1, as /dev/stdout is: the test does not name /dev/stdout
    itself, so a regression cannot replace the machine's /dev/stdout (as root it would)."""
    stdout = tmp_path / "stdout"
    stdout.symlink_to("/proc/self/fd/1")
    env = {**{k: v for k, v in os.environ.items() if k not in PROXY_VARIABLES}, "REVIEWBRIDGE_TESTFREAKS_API_KEY": "k"}
    target = tmp_path / "redirected.jsonl"
    with serve(ReviewsAPI([tf_item(1)])) as server, target.open("wb") as sink:
        inode = os.fstat(sink.fileno()).st_ino
        command = [sys.executable, "-m", "reviewbridge._cli", "export", "testfreaks", "--base-url", server.url,
                   "--out", str(stdout)]  # fmt: skip
        result = subprocess.run(
            command, env=env, stdout=sink if redirected else subprocess.PIPE, stderr=subprocess.PIPE, timeout=60
        )
    assert result.returncode == 0, result.stderr
    written = target.read_bytes() if redirected else result.stdout
    assert json.loads(written)["id"] == "tf000001"
    assert os.stat(target).st_ino == inode
    assert stdout.is_symlink()


@pytest.mark.parametrize("with_state", [False, True])
def test_a_symlinked_output_is_written_through(
    export: Callable[..., tuple[int, str]], tmp_path: Path, with_state: bool
) -> None:
    real, link = tmp_path / "real.jsonl", tmp_path / "link.jsonl"
    real.write_text("")
    link.symlink_to(real)
    extra = ("--state", str(tmp_path / "state.json")) if with_state else ()
    with serve(ReviewsAPI([tf_item(1)])) as server:
        status, err = export(server.url, link, *extra)
    assert status == 0, err
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert json.loads(real.read_text())["id"] == "tf000001"


# -- safe output -------------------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://evil.example")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]


@pytest.mark.parametrize("raw", [False, True])
def test_csv_cells_that_are_formulas_are_neutralised(
    export: Callable[..., tuple[int, str]], tmp_path: Path, raw: bool
) -> None:
    items = [{**tf_item(i), "extract": text} for i, text in enumerate([*FORMULAS, "a\rb", "plain"], 1)]
    out = tmp_path / "out.csv"
    with serve(ReviewsAPI(items, size=10)) as server:
        status, err = export(server.url, out, "--format", "csv", *(("--csv-raw",) if raw else ()))
    assert status == 0, err
    with out.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(items)  # a bare CR inside a cell is quoted: no extra rows
    texts = [row["text"] for row in rows]
    expected = FORMULAS if raw else ["'" + f for f in FORMULAS]
    assert texts == [*expected, "a\rb", "plain"]


def test_escape_sequences_from_a_server_never_reach_the_terminal(
    export: Callable[..., tuple[int, str]], tmp_path: Path
) -> None:
    hostile = "bad \x1b[2J\x1b]0;pwned\x07 request\r\n\x9b31m\x07"

    def respond(request: Request, conn: socket.socket) -> None:
        send_json(conn, {"errors": [hostile]}, status=400)

    with serve(respond) as server:
        status, err = export(server.url, tmp_path / "out.jsonl")
    assert status == 1
    assert "bad request" in " ".join(err.split())
    assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in err)


# -- bad input at the command line and in the state -------------------------------------------


@pytest.mark.parametrize("since", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "0001-01-01", "yesterday"])
def test_since_validated_at_both_ends(export: Callable[..., tuple[int, str]], tmp_path: Path, since: str) -> None:
    status, err = export("http://127.0.0.1:9", tmp_path / "out.jsonl", "--since", since)
    assert status == 2 and "--since" in err and "Traceback" not in err


@pytest.mark.parametrize("timeout", ["0", "-1", "nan", "inf", "soon"])
def test_timeout_validated(export: Callable[..., tuple[int, str]], tmp_path: Path, timeout: str) -> None:
    status, err = export("http://127.0.0.1:9", tmp_path / "out.jsonl", "--timeout", timeout)
    assert status == 2 and "--timeout" in err


def test_cli_timeout_bounds_a_trickling_server(export: Callable[..., tuple[int, str]], tmp_path: Path) -> None:
    with serve(_trickling) as server:
        status, err = export(server.url, tmp_path / "out.jsonl", "--timeout", "0.3")
    assert status == 1 and "timed out" in err


def test_load_timeout_bounds_a_trickling_server(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pytest.importorskip("dlt")
    monkeypatch.setenv("REVIEWBRIDGE_TESTFREAKS_API_KEY", "hostile-test-key")
    database = tmp_path / "reviews.duckdb"
    with serve(_trickling) as server:
        args = ["load", "testfreaks", "--base-url", server.url, "--to", str(database), "--timeout", "0.3"]
        status = main(args)
    err = capsys.readouterr().err
    assert status == 1 and "timed out" in err and "Traceback" not in err
    assert "hung up" in server.events  # the client gave up at the timeout, before the body's end


@pytest.mark.parametrize(
    "content",
    [
        '{"version": 1, "output_offset": 0, "scopes": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"version": 1, "output_offset": 0, "scopes": {"testfreaks:": {"hwm": "9999-12-31T23:59:59-05:00"}}}',
        '{"version": 1, "output_offset": 0, "scopes": {"testfreaks:": {"hwm": "0001-01-01T00:00:00+05:00"}}}',
    ],
    ids=["deep nesting", "mark past 9999", "mark before year 1"],
)
def test_a_broken_state_file_is_a_clear_error(
    export: Callable[..., tuple[int, str]], tmp_path: Path, content: str
) -> None:
    state = tmp_path / "state.json"
    state.write_text(content)
    status, err = export("http://127.0.0.1:9", tmp_path / "out.jsonl", "--state", str(state))
    assert status == 1 and f"state file {state}" in err and "Traceback" not in err
