"""Small hostile HTTP servers on 127.0.0.1 for tests: each request answered by a function writing raw bytes.

A server that lies, trickles, bombs or redirects has to be able to break HTTP's rules, so this is a bare
socket server, not a framework. Every wait is bounded: sockets time out, threads are joined with a limit.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

SOCKET_TIMEOUT = 10.0
MAX_HEAD = 65536


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def params(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.target).query))


Respond = Callable[[Request, socket.socket], None]


@dataclass
class Server:
    url: str
    requests: list[Request] = field(default_factory=list)
    #: what happened on the server side that a test may check ("hung up" when the client left early)
    events: list[str] = field(default_factory=list)


def _read_request(conn: socket.socket) -> Request | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk or len(data) > MAX_HEAD:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = conn.recv(4096)
        if not chunk:
            break
        rest += chunk
    return Request(method, target, headers, rest[:length])


def response_bytes(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> bytes:
    headers = {"Content-Length": str(len(body)), "Connection": "close", **(headers or {})}
    head = f"HTTP/1.1 {status} X\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return head.encode("latin-1") + body


def send_json(conn: socket.socket, body: Any, status: int = 200, headers: dict[str, str] | None = None) -> None:
    conn.sendall(
        response_bytes(status, json.dumps(body).encode(), {"Content-Type": "application/json", **(headers or {})})
    )


@contextmanager
def serve(respond: Respond, *, tls: ssl.SSLContext | None = None) -> Iterator[Server]:
    """Run a server until the block ends; each connection carries one request (``Connection: close``)."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    scheme = "https" if tls else "http"
    server = Server(f"{scheme}://127.0.0.1:{listener.getsockname()[1]}")
    stop = threading.Event()
    workers: list[threading.Thread] = []

    def handle(conn: socket.socket) -> None:
        with conn:
            try:
                conn.settimeout(SOCKET_TIMEOUT)
                if tls is not None:
                    conn = tls.wrap_socket(conn, server_side=True)
                request = _read_request(conn)
                if request is None:
                    return
                server.requests.append(request)
                respond(request, conn)
            except (BrokenPipeError, ConnectionResetError):
                server.events.append("hung up")
            except (OSError, ssl.SSLError) as exc:
                server.events.append(f"error: {type(exc).__name__}")

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            worker = threading.Thread(target=handle, args=(conn,), daemon=True)
            workers.append(worker)
            worker.start()

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    try:
        yield server
    finally:
        stop.set()
        acceptor.join(timeout=5)
        listener.close()
        deadline = time.monotonic() + 15
        for worker in workers:
            worker.join(timeout=max(0.0, deadline - time.monotonic()))


def trickle(conn: socket.socket, data: bytes, *, every: float, limit: float) -> None:
    """Send ``data`` a byte at a time, ``every`` seconds apart, for at most ``limit`` seconds."""
    deadline = time.monotonic() + limit
    for i in range(len(data)):
        if time.monotonic() > deadline:
            return
        conn.sendall(data[i : i + 1])
        time.sleep(every)


#: Seconds a stalling server keeps stalling before it gives up on its own and hangs up: the hard cap of a
#: test whose client fails to end the request itself (then it ends without the timeout the test expects).
STALL_LIMIT = 15.0


def header_trickle(request: Request, conn: socket.socket) -> None:
    """A status line and headers a byte every 0.1 s, never ending (until STALL_LIMIT)."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: " + b"a" * 10_000
    trickle(conn, head, every=0.1, limit=STALL_LIMIT)


def endless_continue(request: Request, conn: socket.socket) -> None:
    """``100 Continue`` after ``100 Continue``, every 0.05 s, never a final answer (until STALL_LIMIT)."""
    deadline = time.monotonic() + STALL_LIMIT
    while time.monotonic() < deadline:
        conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
        time.sleep(0.05)


def body_trickle(request: Request, conn: socket.socket) -> None:
    """Headers at once, then the body a byte every 0.1 s (until STALL_LIMIT)."""
    body = b'{"data": [], "links": {}}' + b" " * 10_000
    conn.sendall(response_bytes(200, b"", {"Content-Type": "application/json", "Content-Length": str(len(body))}))
    trickle(conn, body, every=0.1, limit=STALL_LIMIT)
