"""Running a sandbox as a local server: ``serve()`` and the ``reviewbridge-sandbox`` command."""

from __future__ import annotations

import argparse
import logging
import socket
import sys
from typing import Any

import uvicorn

from ._app import create_app
from ._faults import DroppedConnection
from ._registry import implementations
from ._settings import MAX_REVIEWS, MAX_SCOPES


class _QuietDrops(logging.Filter):
    """Injected dropped connections are intended; do not log each one as a server error."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, banner: str) -> None:
        super().__init__(config)
        self._banner = banner

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if not self.should_exit:
            print(self._banner, flush=True)


def _bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def serve(provider: str, *, host: str = "127.0.0.1", port: int = 0, **create_app_kwargs: Any) -> None:
    """Serve ``provider``'s sandbox until interrupted (loopback only unless ``host`` says otherwise).

    Once the server accepts connections it prints exactly one line to stdout,
    ``reviewbridge-sandbox <provider> listening on http://HOST:PORT``; ``port=0`` picks a free port.
    """
    app = create_app(provider, **create_app_kwargs)
    sock = _bind(host, port)
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    banner = f"reviewbridge-sandbox {provider} listening on http://{shown}:{bound_port}"
    logging.getLogger("uvicorn.error").addFilter(_QuietDrops())
    config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=1)
    try:
        _Server(config, banner).run(sockets=[sock])
    finally:
        sock.close()


def _fault_rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def _bounded_int(low: int, high: int | None = None) -> Any:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
        if value < low or (high is not None and value > high):
            raise argparse.ArgumentTypeError(f"must be between {low} and {high}" if high else f"must be >= {low}")
        return value

    return parse


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {text}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``reviewbridge-sandbox PROVIDER``."""
    providers = list(implementations())
    parser.add_argument("provider", metavar="PROVIDER", choices=providers, help=f"one of: {', '.join(providers)}")
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default: 127.0.0.1, loopback only)")
    parser.add_argument("--port", type=_bounded_int(0, 65535), default=0, help="port (default: 0, any free port)")
    parser.add_argument(
        "--reviews", type=_bounded_int(0, MAX_REVIEWS), default=200, help="reviews per scope (default: 200)"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated data and faults (default: 0)")
    parser.add_argument(
        "--fault-rate", type=_fault_rate, default=0.0, help="fraction of API requests that fail, 0..1 (default: 0)"
    )
    parser.add_argument("--latency-ms", type=_bounded_int(0), default=0, help="latency added to every answer")
    parser.add_argument(
        "--token-ttl",
        type=_positive_float,
        default=None,
        help="access-token lifetime in seconds (default: the provider's documented lifetime)",
    )
    parser.add_argument("--slow-ms", type=_bounded_int(0), default=5000, help="duration of a 'slow' fault (ms)")
    parser.add_argument(
        "--liars",
        action="store_true",
        help="faults include lies to GETs: empty 200, {}, a redirect, truncated JSON, a future timestamp",
    )
    parser.add_argument(
        "--quota",
        type=_bounded_int(0),
        default=None,
        help="requests a minute each API allows before a 429 (default: the provider's documented quota, "
        "where it has one; 0: no limit)",
    )
    parser.add_argument(
        "--scopes",
        type=_bounded_int(1, MAX_SCOPES),
        default=None,
        help="scopes listed where the API lists them, e.g. an account's locations (default: the provider's own)",
    )


def run(args: argparse.Namespace) -> int:
    """Run the sandbox described by parsed ``add_arguments`` options; the process exit code."""
    try:
        serve(
            args.provider,
            host=args.host,
            port=args.port,
            reviews=args.reviews,
            seed=args.seed,
            fault_rate=args.fault_rate,
            latency_ms=args.latency_ms,
            token_ttl=args.token_ttl,
            slow_ms=args.slow_ms,
            liars=args.liars,
            quota=args.quota,
            scopes=args.scopes,
        )
    except ValueError as exc:
        print(f"reviewbridge-sandbox: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"reviewbridge-sandbox: error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="reviewbridge-sandbox", description="Serve a local sandbox of one review provider's API."
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))
