"""``init``, ``providers``, ``reply`` and ``sandbox``."""

from __future__ import annotations

import argparse
import importlib.util
import signal
import subprocess
import sys
import threading

from .._exceptions import UsageError
from .._export import (
    ClientFactory,
    Job,
)
from .._providers import REGISTRY
from .._suggest import did_you_mean
from ._args import parse_timeout
from ._parser import reply_options
from ._say import say


def init_command(args: argparse.Namespace) -> int:
    """``reviewbridge init``: the config template on standard output, or in a new file."""
    from .._export._config import config_template

    text = config_template()
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        with args.output.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise UsageError(f"{args.output} exists; init never overwrites a file (remove it, or name another)") from None
    say(f"wrote {args.output}: edit it, then run: reviewbridge check --all --config {args.output}")
    return 0


def providers_command() -> int:
    for info in REGISTRY.values():
        env = ", ".join(c.env for c in info.credentials)
        print(f"{info.name}\n  operations: {info.operations}\n  auth:       {info.auth} ({env})")
        print(f"  pagination: {info.pagination}")
        print(f"  replies:    {info.reply.summary if info.reply else 'not supported'}")
        if info.call_limit is not None:
            print(f"  limit:      {info.call_limit.default} (--requests-per-minute N, requests_per_minute = N)")
    return 0


def reply_command(args: argparse.Namespace, client_factory: ClientFactory) -> int:
    """``reviewbridge reply PROVIDER REVIEW_ID TEXT``: credentials from the environment, as for export."""
    info = REGISTRY.get(args.provider)
    repliers = ", ".join(name for name, other in REGISTRY.items() if other.reply is not None)
    if info is None:
        hint = did_you_mean(args.provider, REGISTRY)
        raise UsageError(f"unknown provider {args.provider!r}{hint}; choose one of {repliers}")
    if info.reply is None:
        raise UsageError(f"{info.name} does not support replies (these do: {repliers})")
    flags = {o.key: o.flag for other in REGISTRY.values() for o in reply_options(other)}
    given = {key: getattr(args, key) for key in flags if getattr(args, key, None) is not None}
    own = {o.key for o in info.reply.options}
    wrong = sorted({flags[key] for key in given if key not in own})
    if wrong:
        raise UsageError(f"{', '.join(wrong)} do(es) not apply to {info.name} replies")
    for option in info.reply.options:
        if option.required and not given.get(option.key):
            raise UsageError(f"{info.name} replies need {option.flag}")
    timeout = parse_timeout(args.timeout) if args.timeout is not None else None
    job = Job(info.name, {}, base_url=args.base_url, allow_insecure=args.allow_insecure, timeout=timeout)
    client = client_factory(job)
    try:
        outcome = info.reply.send(client, args.review_id, args.text, given)
    finally:
        client.close()
    say(f"{info.name}: {outcome}")
    return 0


def sandbox_command(rest: list[str]) -> int:
    """``reviewbridge sandbox ARGS`` runs ``reviewbridge-sandbox ARGS`` as a child process (the SDK never
    imports the sandbox) and answers its exit status; Ctrl-C and SIGTERM stop the sandbox too."""
    if importlib.util.find_spec("reviewbridge_sandbox") is None:
        raise UsageError("the sandbox is not installed; install it with: pip install 'reviewbridge[sandbox]'")
    command = [sys.executable, "-m", "reviewbridge_sandbox", *rest]
    child = subprocess.Popen(command)  # noqa: S603 - this interpreter and our own module, arguments as a list
    on_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, lambda *_: child.terminate()) if on_main_thread else None
    try:
        while True:
            try:
                return child.wait()
            except KeyboardInterrupt:  # pass it on, then wait for the sandbox to stop
                child.send_signal(signal.SIGINT)
    finally:
        if on_main_thread:
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)
        if child.poll() is None:
            child.kill()
            child.wait()
