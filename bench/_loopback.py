"""A loopback HTTP server that serves pre-rendered pages, in its own process (so it shares no GIL with the
client being measured). It knows nothing of the SDK: every client column reads the same bytes."""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from ._pages import page_index

TOKEN = b'{"access_token": "bench-token", "expires_in": 3600, "token_type": "Bearer"}'


def _serve(provider: str, bodies: list[bytes], ready: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real APIs
        disable_nagle_algorithm = True

        def _answer(self, body: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            self._answer(bodies[page_index(provider, dict(parse_qsl(url.query)))])

        def do_POST(self) -> None:  # a token request
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self._answer(TOKEN)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    # Next links in the pages name the mock's origin; here they must name this server.
    bodies[:] = [body.replace(b"http://127.0.0.1/", f"http://127.0.0.1:{port}/".encode()) for body in bodies]
    ready.put(port)
    server.serve_forever()


@contextlib.contextmanager
def serving(provider: str, bodies: list[bytes]) -> Iterator[str]:
    """Serve ``bodies`` on loopback for the duration; yields the base URL."""
    context = multiprocessing.get_context("fork")
    ready = context.Queue()
    process = context.Process(target=_serve, args=(provider, bodies, ready), daemon=True)
    process.start()
    try:
        port = ready.get(timeout=30)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.join(10)
