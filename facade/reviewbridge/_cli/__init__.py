"""The ``reviewbridge`` command: ``export``, ``load``, ``check``, ``init``, ``reply``, ``providers``, ``schema``,
``sandbox``. ``main`` runs it (the console script ``reviewbridge``, and ``python -m reviewbridge._cli``)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from .._exceptions import ReviewBridgeError, UsageError
from .._export import ClientFactory, default_client_factory
from .._logging import LEVELS as LOG_LEVELS
from .._logging import configure as configure_logging
from ._args import check_text, jobs_from_args
from ._commands import init_command, providers_command, reply_command, sandbox_command
from ._parser import build_parser
from ._progress import Progress, progress_fields
from ._read import check_command, export_command, load_command
from ._say import fail


def main(argv: list[str] | None = None, *, client_factory: ClientFactory = default_client_factory) -> int:
    """Run the command line; the exit status (0 success, 1 failure, 2 usage)."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv[:1] == ["sandbox"]:  # its own parser: argparse's REMAINDER would not pass it "--help"
            return sandbox_command(argv[1:])
        args = build_parser().parse_args(argv)
        check_text(args)
        undo = _log_to_stderr(args)
        try:
            return _command(args, client_factory)
        finally:
            undo()
    except UsageError as exc:
        return fail(str(exc), 2)
    except ReviewBridgeError as exc:
        return fail(str(exc), 1)
    except OSError as exc:
        where = f" {exc.filename}" if getattr(exc, "filename", None) else ""
        return fail(f"{exc.strerror or exc}{':' if where else ''}{where}", 1)
    except KeyboardInterrupt:
        return fail("interrupted; run the same command again to continue", 130)


def _log_to_stderr(args: argparse.Namespace) -> Callable[[], None]:
    """Logging as the options ask (nothing changes without them: ``REVIEWBRIDGE_LOG`` applies)."""
    if args.log_level is None and not args.verbose:
        return lambda: None
    level = LOG_LEVELS[args.log_level] if args.log_level else logging.INFO if args.verbose == 1 else logging.DEBUG
    return configure_logging(level, args.log_format, wire=args.verbose >= 3)


def _command(args: argparse.Namespace, client_factory: ClientFactory) -> int:
    if args.command == "providers":
        return providers_command()
    if args.command == "init":
        return init_command(args)
    if args.command == "schema":
        from .._schema import describe

        sys.stdout.write(describe(args.format, args.dataset))
        return 0
    if args.command == "sandbox":
        return sandbox_command(args.rest)
    if args.command == "load":
        return load_command(args, client_factory)
    if args.command == "reply":
        return reply_command(args, client_factory)
    if args.command == "check":
        return check_command(args, client_factory)
    return export_command(args, client_factory)


#: what the tests reach in here for
_Progress = Progress
_jobs_from_args = jobs_from_args
__all__ = ["_Progress", "_jobs_from_args", "build_parser", "main", "progress_fields"]
